package com.sitewright.site;

import com.sitewright.base.JobApi;
import com.sitewright.base.StudioSettings;
import com.sitewright.project.ProjectDeletedEvent;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each project's generated source lives in a Git repository under the data directory; every generation is a
 * commit. These are the jobs' ways in: write a generation, commit it, and read a commit back to build it.
 */
@Service
@JobApi
public class SiteSources {

    private final Path projectsDir;
    /** One writer per repository at a time: Git's index is not shared safely between threads. */
    private final ConcurrentMap<UUID, Object> locks = new ConcurrentHashMap<>();

    SiteSources(StudioSettings settings) {
        this.projectsDir = settings.dataDir().toAbsolutePath().resolve("projects");
    }

    /** The work tree to write generated files into, emptied of the previous generation's files. */
    public Path prepareWorkTree(UUID projectId) {
        GitWorkTree tree = tree(projectId);
        synchronized (lock(projectId)) {
            tree.clear();
        }
        return tree.directory();
    }

    /** Commits whatever the work tree now holds; empty when nothing changed. */
    public Optional<CommitInfo> commit(UUID projectId, String message) {
        synchronized (lock(projectId)) {
            return tree(projectId).commitAll(message);
        }
    }

    /** The latest commit of a project's source, if it has one. */
    public Optional<CommitInfo> head(UUID projectId) {
        // Under the writers' lock: a repository being created or committed to is not read half-way.
        synchronized (lock(projectId)) {
            return tree(projectId).head();
        }
    }

    /** The files of one commit, written into an empty directory. */
    public void export(UUID projectId, String commitId, Path target) {
        synchronized (lock(projectId)) {
            tree(projectId).export(commitId, target);
        }
    }

    @TransactionalEventListener
    void onProjectDeleted(ProjectDeletedEvent event) {
        synchronized (lock(event.projectId())) {
            tree(event.projectId()).delete();
        }
        locks.remove(event.projectId());
    }

    GitWorkTree tree(UUID projectId) {
        return new GitWorkTree(projectsDir.resolve(projectId.toString()).resolve("source"));
    }

    private Object lock(UUID projectId) {
        return locks.computeIfAbsent(projectId, id -> new Object());
    }
}
