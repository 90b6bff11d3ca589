package com.sitewright.base;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and directories only the studio's own user may read: keys, the database's and the object
 * store's data. They are created with owner-only permissions ({@code rwx------} directories,
 * {@code rw-------} files), never created open and narrowed afterwards, so there is no moment in
 * which another user could open them. On a file system without POSIX permissions the directory's
 * own access rules apply.
 */
public final class PrivateFiles {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {}

    /** Creates the directory and any missing parents, each owner-only; existing ones are left as they are. */
    public static Path createDirectories(Path directory) throws IOException {
        if (POSIX) {
            return Files.createDirectories(
                    directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createDirectories(directory);
    }

    /**
     * Writes a new owner-only file in place of {@code file}: the bytes go to a temporary file created
     * owner-only next to it, which then replaces {@code file} in one step, so a reader never sees a
     * half-written key.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        createDirectories(file.toAbsolutePath().resolveSibling("."));
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            try (OutputStream out =
                    Files.newOutputStream(Files.createFile(temporary, fileAttributes()), StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?>[] fileAttributes() {
        return POSIX
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
    }
}
