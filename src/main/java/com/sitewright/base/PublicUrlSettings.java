package com.sitewright.base;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where people and vendors reach the studio from outside, e.g. {@code https://studio.example.com}. Vendors call
 * the studio's webhooks there; without it the studio registers none.
 *
 * @param publicUrl the studio's public base URL (http or https, no query); empty when the studio is not reachable
 */
@ConfigurationProperties("sitewright")
public record PublicUrlSettings(String publicUrl) {

    /** The base URL without a trailing slash, when it is set and is an absolute http(s) URL. */
    public Optional<String> base() {
        if (publicUrl == null || publicUrl.isBlank()) {
            return Optional.empty();
        }
        String url = publicUrl.strip().replaceAll("/+$", "");
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null) {
                return Optional.of(url);
            }
        } catch (IllegalArgumentException e) {
            // not a URL: treated as unset, and the webhook's state says so
        }
        return Optional.empty();
    }

    /** Whether something was configured that is not a usable URL. */
    public boolean invalid() {
        return publicUrl != null && !publicUrl.isBlank() && base().isEmpty();
    }
}
