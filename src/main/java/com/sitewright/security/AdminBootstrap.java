package com.sitewright.security;

import com.sitewright.base.StudioSettings;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** On the very first start, creates the {@code admin} user so someone can sign in. */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final StudioSettings settings;

    AdminBootstrap(UserService users, StudioSettings settings) {
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean configured =
                settings.adminPassword() != null && !settings.adminPassword().isBlank();
        String password = configured ? settings.adminPassword() : randomPassword();
        if (users.createAdminIfNoUsers(password)) {
            if (configured) {
                log.info("Created the 'admin' user with the password from SITEWRIGHT_ADMIN_PASSWORD");
            } else {
                // Printed once: the hash is all that is stored.
                log.warn("Created the 'admin' user. Its password, shown only this once: {}", password);
            }
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
