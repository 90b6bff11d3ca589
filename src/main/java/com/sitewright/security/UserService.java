package com.sitewright.security;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD = 200;

    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    private final UserAccountRepository users;
    private final Clock clock;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    UserService(
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** A user's summary for lists; never carries the password hash. */
    public record UserSummary(UUID id, String username, Role role, boolean enabled, java.time.Instant createdAt) {
        static UserSummary of(UserAccount account) {
            return new UserSummary(
                    account.getId(),
                    account.getUsername(),
                    account.getRole(),
                    account.isEnabled(),
                    account.getCreatedAt());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username)
                .map(StudioPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    @Transactional(readOnly = true)
    StudioPrincipal principal(UUID userId) {
        return users.findById(userId)
                .map(StudioPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary createUser(String username, String password, Role role) {
        return UserSummary.of(create(username, password, role));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> listUsers() {
        return users.findAllByOrderByUsername().stream().map(UserSummary::of).toList();
    }

    /**
     * Lets a user sign in again, or stops them: a disabled user's studio sessions end at once, and their password,
     * API tokens and preview access stop working (each of those checks the account on every use).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary setEnabled(String username, boolean enabled) {
        UserAccount account = find(username);
        if (!enabled && account.getId().equals(CurrentUser.require().id())) {
            throw new InvalidInputException("You cannot disable your own account; ask another admin.");
        }
        if (account.isEnabled() != enabled) {
            account.setEnabled(enabled);
            log.info(
                    "{} {} the user '{}'",
                    CurrentUser.require().username(),
                    enabled ? "enabled" : "disabled",
                    account.getUsername());
            if (!enabled) {
                events.publishEvent(new UserDisabled(account.getId(), account.getUsername()));
            }
        }
        return UserSummary.of(account);
    }

    /** The ID of a user an admin names, e.g. to manage their tokens. */
    @Transactional(readOnly = true)
    UUID idOf(String username) {
        return find(username).getId();
    }

    private UserAccount find(String username) {
        return users.findByUsernameIgnoreCase(username == null ? "" : username.strip())
                .orElseThrow(() -> new NotFoundException("No user is called '" + username + "'."));
    }

    /** Creates the first administrator; called once at start-up, before anyone can sign in. */
    @Transactional
    boolean createAdminIfNoUsers(String password) {
        if (users.count() > 0) {
            return false;
        }
        create("admin", password, Role.ADMIN);
        return true;
    }

    private UserAccount create(String username, String password, Role role) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException(
                    "A username is 3 to 64 characters: letters, digits, dots, dashes or underscores.");
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new InvalidInputException(
                    "A password is " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long.");
        }
        if (role == null) {
            throw new InvalidInputException("Choose a role: ADMIN, EDITOR or VIEWER.");
        }
        if (users.existsByUsernameIgnoreCase(name)) {
            throw new ConflictException("The username '" + name + "' is taken.");
        }
        String hash = Objects.requireNonNull(passwordEncoder.encode(password), "a password's hash");
        return users.save(new UserAccount(name, hash, role, clock.instant()));
    }
}
