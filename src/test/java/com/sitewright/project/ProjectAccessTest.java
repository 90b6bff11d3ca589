package com.sitewright.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sitewright.base.NotFoundException;
import com.sitewright.security.Role;
import com.sitewright.security.StudioPrincipal;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The project checks as method security runs them: the role first (access denied), then whether the user sees the
 * project (not found, thrown through the expression unwrapped, so a foreign project answers exactly like a missing
 * one).
 */
class ProjectAccessTest {

    private static final Map<UUID, Project> STORED = new HashMap<>();

    private final StudioPrincipal admin = user(Role.ADMIN);
    private final StudioPrincipal editor = user(Role.EDITOR);
    private final StudioPrincipal viewer = user(Role.VIEWER);
    private final UUID editorsProject = store(editor);
    private final UUID viewersProject = store(viewer);
    private final UUID unknown = UUID.randomUUID();

    private AnnotationConfigApplicationContext context;
    private Guarded guarded;

    @BeforeEach
    void start() {
        context = new AnnotationConfigApplicationContext(Secured.class);
        guarded = context.getBean(Guarded.class);
    }

    @AfterEach
    void stop() {
        SecurityContextHolder.clearContext();
        context.close();
    }

    @Test
    void theOwnerSeesAndEditsTheirProject() {
        signIn(editor);
        assertThat(guarded.view(editorsProject)).isEqualTo("viewed");
        assertThat(guarded.edit(editorsProject)).isEqualTo("edited");
    }

    @Test
    void anAdminSeesAndEditsEveryProject() {
        signIn(admin);
        assertThat(guarded.view(editorsProject)).isEqualTo("viewed");
        assertThat(guarded.edit(viewersProject)).isEqualTo("edited");
    }

    @Test
    void someoneElsesProjectIsNotFoundLikeAMissingOne() {
        signIn(editor);
        assertThatThrownBy(() -> guarded.view(viewersProject))
                .isExactlyInstanceOf(NotFoundException.class)
                .hasMessage("No such project");
        assertThatThrownBy(() -> guarded.edit(viewersProject))
                .isExactlyInstanceOf(NotFoundException.class)
                .hasMessage("No such project");
        assertThatThrownBy(() -> guarded.view(unknown))
                .isExactlyInstanceOf(NotFoundException.class)
                .hasMessage("No such project");
        assertThatThrownBy(() -> guarded.edit(unknown)).isExactlyInstanceOf(NotFoundException.class);
    }

    @Test
    void aViewerMayLookButNotEdit() {
        signIn(viewer);
        assertThat(guarded.view(viewersProject)).isEqualTo("viewed");
        assertThatThrownBy(() -> guarded.edit(viewersProject)).isInstanceOf(AccessDeniedException.class);
        // The role is checked before the project, as it was when roles and projects were checked apart.
        assertThatThrownBy(() -> guarded.edit(editorsProject)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guarded.view(editorsProject)).isExactlyInstanceOf(NotFoundException.class);
    }

    @Test
    void aVisitorWhoIsNotSignedInIsDenied() {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> guarded.view(editorsProject)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guarded.edit(editorsProject)).isInstanceOf(AccessDeniedException.class);
    }

    private static StudioPrincipal user(Role role) {
        return new StudioPrincipal(UUID.randomUUID(), role.name().toLowerCase(), "{noop}x", role, true);
    }

    private static UUID store(StudioPrincipal owner) {
        UUID id = UUID.randomUUID();
        STORED.put(
                id,
                new Project(
                        owner.id(),
                        new NewProject(
                                "Site", "A site", "a site", "retail", null, 1, GenerationEngine.OFFLINE, null, null),
                        Instant.EPOCH));
        return id;
    }

    private static void signIn(StudioPrincipal user) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Service methods guarded the way the studio's services are. */
    static class Guarded {

        @PreAuthorize("@projectAccess.canView(#projectId)")
        public String view(UUID projectId) {
            return "viewed";
        }

        @PreAuthorize("@projectAccess.canEdit(#projectId)")
        public String edit(UUID projectId) {
            return "edited";
        }
    }

    @Configuration
    @EnableMethodSecurity
    static class Secured {

        @Bean
        ProjectAccess projectAccess() {
            ProjectRepository repository = (ProjectRepository) Proxy.newProxyInstance(
                    ProjectRepository.class.getClassLoader(),
                    new Class<?>[] {ProjectRepository.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "findById" -> Optional.ofNullable(STORED.get((UUID) args[0]));
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
            return new ProjectAccess(repository);
        }

        @Bean
        Guarded guarded() {
            return new Guarded();
        }
    }
}
