package com.sitewright.site;

import com.sitewright.base.NotFoundException;
import com.sitewright.base.StudioSettings;
import com.sitewright.project.ProjectDeletedEvent;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectSummary;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each project's generated source lives in a Git repository under the data directory; every
 * generation is a commit. Methods without {@code @PreAuthorize} are for jobs.
 */
@Service
public class SourceService {

    private static final int HISTORY_LIMIT = 200;

    private final Path projectsDir;
    private final ProjectService projects;
    /** One writer per repository at a time: Git's index is not shared safely between threads. */
    private final ConcurrentMap<UUID, Object> locks = new ConcurrentHashMap<>();

    SourceService(StudioSettings settings, ProjectService projects) {
        this.projectsDir = settings.dataDir().toAbsolutePath().resolve("projects");
        this.projects = projects;
    }

    /** For jobs: the work tree to write generated files into, emptied of the previous generation's files. */
    public Path prepareWorkTree(UUID projectId) {
        GitWorkTree tree = tree(projectId);
        synchronized (lock(projectId)) {
            tree.clear();
        }
        return tree.directory();
    }

    /** For jobs: commits whatever the work tree now holds; empty when nothing changed. */
    public Optional<CommitInfo> commit(UUID projectId, String message) {
        synchronized (lock(projectId)) {
            return tree(projectId).commitAll(message);
        }
    }

    /** For jobs: the latest commit of a project's source, if it has one. */
    public Optional<CommitInfo> head(UUID projectId) {
        // Under the writers' lock: a repository being created or committed to is not read half-way.
        synchronized (lock(projectId)) {
            return tree(projectId).head();
        }
    }

    /** For jobs: the files of one commit, written into an empty directory. */
    public void export(UUID projectId, String commitId, Path target) {
        synchronized (lock(projectId)) {
            tree(projectId).export(commitId, target);
        }
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    public List<CommitInfo> history(UUID projectId) {
        return tree(projectId).history(HISTORY_LIMIT);
    }

    /** Writes the latest commit's files as a zip named after the project. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    public void writeZip(UUID projectId, OutputStream out) {
        ProjectSummary project = projects.get(projectId);
        if (!tree(projectId).writeZip(folderName(project.name()), out)) {
            throw new NotFoundException("This project has no generated source yet.");
        }
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    public String zipFileName(UUID projectId) {
        return folderName(projects.get(projectId).name()) + ".zip";
    }

    @TransactionalEventListener
    void onProjectDeleted(ProjectDeletedEvent event) {
        synchronized (lock(event.projectId())) {
            tree(event.projectId()).delete();
        }
        locks.remove(event.projectId());
    }

    private GitWorkTree tree(UUID projectId) {
        return new GitWorkTree(projectsDir.resolve(projectId.toString()).resolve("source"));
    }

    private Object lock(UUID projectId) {
        return locks.computeIfAbsent(projectId, id -> new Object());
    }

    static String folderName(String projectName) {
        String slug = projectName
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "site" : slug;
    }
}
