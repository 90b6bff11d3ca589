package com.sitewright.benchmark;

import com.sitewright.security.StudioPrincipal;
import com.sitewright.security.UserService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The figures a benchmark prints as it goes and writes to a file under target/ at the end. */
final class BenchmarkReport {

    private final List<String> lines = new ArrayList<>();

    void line(String format, Object... args) {
        String text = String.format(Locale.ENGLISH, format, args);
        lines.add(text);
        System.out.println("[benchmark] " + text);
    }

    void write(String fileName) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", fileName), lines);
    }

    static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** Signs the admin in on this thread, so services are called as a signed-in view calls them. */
    static void signInAsAdmin(UserService users) {
        var admin = (StudioPrincipal) users.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }
}
