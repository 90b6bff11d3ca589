package com.sitewright.site;

import com.sitewright.base.NotFoundException;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectSummary;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A project's generated source as people see it: its history and a zip of the latest commit. Jobs write and read
 * it through {@link SiteSources}.
 */
@Service
public class SourceService {

    private static final int HISTORY_LIMIT = 200;

    private final SiteSources sources;
    private final ProjectService projects;

    SourceService(SiteSources sources, ProjectService projects) {
        this.sources = sources;
        this.projects = projects;
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    public List<CommitInfo> history(UUID projectId) {
        return sources.tree(projectId).history(HISTORY_LIMIT);
    }

    /** Writes the latest commit's files as a zip named after the project. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    public void writeZip(UUID projectId, OutputStream out) {
        ProjectSummary project = projects.get(projectId);
        if (!sources.tree(projectId).writeZip(folderName(project.name()), out)) {
            throw new NotFoundException("This project has no generated source yet.");
        }
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    public String zipFileName(UUID projectId) {
        return folderName(projects.get(projectId).name()) + ".zip";
    }

    static String folderName(String projectName) {
        String slug = projectName
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "site" : slug;
    }
}
