package com.sitewright.release.preview;

import com.sitewright.base.StudioSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Where builds and their logs live: {@code <data>/projects/<project>/builds/<preview>[.log]}. */
@Component
class PreviewFiles {

    private final Path projectsDir;

    PreviewFiles(StudioSettings settings) {
        this.projectsDir = settings.dataDir().toAbsolutePath().normalize().resolve("projects");
    }

    Path buildsDir(UUID projectId) {
        return projectsDir.resolve(projectId.toString()).resolve("builds");
    }

    Path siteDir(UUID projectId, UUID previewId) {
        return buildsDir(projectId).resolve(previewId.toString());
    }

    Path log(UUID projectId, UUID previewId) {
        return buildsDir(projectId).resolve(previewId + ".log");
    }

    /** Removes a directory tree; a symbolic link (the shared node_modules) is removed, never followed. */
    static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + root, e);
        }
    }
}
