package com.sitewright.project;

import com.sitewright.base.NotFoundException;
import com.sitewright.security.CurrentUser;
import com.sitewright.security.Role;
import com.sitewright.security.StudioPrincipal;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a project, for method security: {@code @PreAuthorize("@projectAccess.canView(#projectId)")}.
 * A user sees the projects they own, an admin sees all. A project the user may not see throws {@link
 * NotFoundException}, exactly like a missing one, so nobody learns which IDs exist; a user who sees it but lacks the
 * role gets {@code false}, which method security turns into "access denied".
 */
@Component("projectAccess")
public class ProjectAccess {

    private static final Set<String> EDITING_ROLES = Set.of(Role.ADMIN.authority(), Role.EDITOR.authority());

    private final ProjectRepository projects;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    ProjectAccess(ProjectRepository projects) {
        this.projects = projects;
    }

    /** Whether the signed-in user may look at the project; throws "not found" when they may not see it at all. */
    public boolean canView(UUID projectId) {
        if (!signedIn()) {
            return false;
        }
        visible(projectId);
        return true;
    }

    /** Whether the signed-in user may change the project: an admin or editor who sees it (the role is checked first). */
    public boolean canEdit(UUID projectId) {
        if (!signedIn() || !mayEdit()) {
            return false;
        }
        visible(projectId);
        return true;
    }

    /** Throws "not found" unless the signed-in user may see the project. */
    private void visible(UUID projectId) {
        StudioPrincipal user = CurrentUser.require();
        // Shared projects will widen this check.
        projects.findById(projectId)
                .filter(project -> user.isAdmin() || project.getOwnerId().equals(user.id()))
                .orElseThrow(() -> new NotFoundException("No such project"));
    }

    private boolean signedIn() {
        return trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
    }

    private static boolean mayEdit() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(EDITING_ROLES::contains);
    }
}
