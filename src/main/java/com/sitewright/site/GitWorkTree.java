package com.sitewright.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A project's source as a Git work tree: generated files are written into it, and every generation
 * becomes a commit. Build output and installed packages are ignored, never committed.
 */
final class GitWorkTree {

    static final String IGNORED = """
            node_modules
            .next
            .env*
            *.log
            """;
    private static final PersonIdent STUDIO = new PersonIdent("Sitewright", "studio@sitewright.local");

    private final Path directory;

    GitWorkTree(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** Removes every file but the Git data and ignored output, so a generation also removes what it no longer writes. */
    void clear() {
        ensureRepository();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.equals(".git") && !name.equals("node_modules") && !name.equals(".next")) {
                    deleteRecursively(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stages additions, changes and deletions and commits them; empty when nothing changed. */
    Optional<CommitInfo> commitAll(String message) {
        ensureRepository();
        try (Git git = Git.open(directory.toFile())) {
            Files.writeString(directory.resolve(".gitignore"), IGNORED);
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            if (git.status().call().isClean() && hasCommits(git.getRepository())) {
                return Optional.empty();
            }
            RevCommit commit = git.commit()
                    .setMessage(message)
                    .setAuthor(STUDIO)
                    .setCommitter(STUDIO)
                    .call();
            return Optional.of(info(commit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("Could not commit the generated source: " + e.getMessage(), e);
        }
    }

    /** Newest first. */
    List<CommitInfo> history(int limit) {
        if (!Files.isDirectory(directory.resolve(".git"))) {
            return List.of();
        }
        try (Git git = Git.open(directory.toFile())) {
            if (!hasCommits(git.getRepository())) {
                return List.of();
            }
            List<CommitInfo> commits = new ArrayList<>();
            git.log().setMaxCount(limit).call().forEach(commit -> commits.add(info(commit)));
            return commits;
        } catch (org.eclipse.jgit.errors.RepositoryNotFoundException e) {
            // The source job is creating the repository at this moment: it has no history yet.
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("Could not read the source history: " + e.getMessage(), e);
        }
    }

    /** Writes the files of the latest commit as a zip, under a top-level folder; false when there is no commit yet. */
    boolean writeZip(String folder, OutputStream out) {
        if (!Files.isDirectory(directory.resolve(".git"))) {
            return false;
        }
        try (Git git = Git.open(directory.toFile());
                RevWalk walk = new RevWalk(git.getRepository())) {
            Repository repository = git.getRepository();
            ObjectId head = repository.resolve("HEAD");
            if (head == null) {
                return false;
            }
            RevCommit commit = walk.parseCommit(head);
            ZipOutputStream zip = new ZipOutputStream(out);
            try (TreeWalk tree = new TreeWalk(repository)) {
                tree.addTree(commit.getTree());
                tree.setRecursive(true);
                while (tree.next()) {
                    ObjectLoader blob = repository.open(tree.getObjectId(0));
                    zip.putNextEntry(new ZipEntry(folder + "/" + tree.getPathString()));
                    blob.copyTo(zip);
                    zip.closeEntry();
                }
            }
            zip.finish();
            return true;
        } catch (org.eclipse.jgit.errors.RepositoryNotFoundException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The latest commit, if any. */
    Optional<CommitInfo> head() {
        if (!Files.isDirectory(directory.resolve(".git"))) {
            return Optional.empty();
        }
        try (Git git = Git.open(directory.toFile());
                RevWalk walk = new RevWalk(git.getRepository())) {
            ObjectId head = git.getRepository().resolve("HEAD");
            return head == null ? Optional.empty() : Optional.of(info(walk.parseCommit(head)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the files of one commit into {@code target}, which must be empty or missing. Paths come
     * from our own commits, but are still checked to stay inside the target.
     */
    void export(String commitId, Path target) {
        try (Git git = Git.open(directory.toFile());
                RevWalk walk = new RevWalk(git.getRepository())) {
            Repository repository = git.getRepository();
            ObjectId id = repository.resolve(commitId + "^{commit}");
            if (id == null) {
                throw new IllegalArgumentException("No commit " + commitId);
            }
            RevCommit commit = walk.parseCommit(id);
            Path root = target.toAbsolutePath().normalize();
            try (TreeWalk tree = new TreeWalk(repository)) {
                tree.addTree(commit.getTree());
                tree.setRecursive(true);
                while (tree.next()) {
                    Path file = root.resolve(tree.getPathString()).normalize();
                    if (!file.startsWith(root)) {
                        throw new IllegalStateException("Unsafe path in commit: " + tree.getPathString());
                    }
                    Files.createDirectories(file.getParent());
                    try (OutputStream out = Files.newOutputStream(file)) {
                        repository.open(tree.getObjectId(0)).copyTo(out);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete() {
        if (Files.exists(directory)) {
            deleteRecursively(directory);
        }
    }

    private void ensureRepository() {
        try {
            Files.createDirectories(directory);
            if (!Files.isDirectory(directory.resolve(".git"))) {
                Git.init()
                        .setDirectory(directory.toFile())
                        .setInitialBranch("main")
                        .call()
                        .close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("Could not create the source repository: " + e.getMessage(), e);
        }
    }

    private static boolean hasCommits(Repository repository) throws IOException {
        return repository.resolve("HEAD") != null;
    }

    private static CommitInfo info(RevCommit commit) {
        return new CommitInfo(
                commit.getName(), commit.getFullMessage().strip(), Instant.ofEpochSecond(commit.getCommitTime()));
    }

    private static void deleteRecursively(Path path) {
        try {
            if (Files.isSymbolicLink(path) || !Files.isDirectory(path)) {
                Files.deleteIfExists(path);
                return;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path entry :
                        walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
