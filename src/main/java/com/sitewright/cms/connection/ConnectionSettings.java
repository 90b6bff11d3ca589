package com.sitewright.cms.connection;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.SecretBox;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A connection's settings checked and completed with defaults: plain values apart from secrets. A secret
 * that is left out, or sent back as the mask the studio showed, keeps the value already stored; one sent
 * as {@code null} or empty is removed.
 */
record ConnectionSettings(Map<String, String> plain, Map<String, String> secrets) {

    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");
    private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * @param stored the secrets of the connection saved so far for the same provider (plain), or empty
     */
    static ConnectionSettings check(CmsProvider provider, Map<String, ?> input, Map<String, String> stored) {
        Map<String, ?> given = input == null ? Map.of() : input;
        for (String name : given.keySet()) {
            if (provider.settings().stream().noneMatch(setting -> setting.name().equals(name))) {
                throw new InvalidInputException("'" + name + "' is not a setting of a " + provider.id()
                        + " connection; its settings are "
                        + provider.settings().stream().map(Setting::name).collect(Collectors.joining(", ")) + ".");
            }
        }
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (Setting setting : provider.settings()) {
            String value = text(setting, given.get(setting.name()));
            if (setting.secret()) {
                boolean cleared = value == null && given.containsKey(setting.name());
                if (cleared) {
                    value = null;
                } else if (value == null || SecretBox.isMask(value)) {
                    if (value != null && !stored.containsKey(setting.name())) {
                        throw new InvalidInputException("Setting '" + setting.name() + "' holds a masked value, but no "
                                + setting.name() + " is stored yet: send the full value.");
                    }
                    value = stored.get(setting.name());
                } else {
                    checkSecret(setting, value);
                }
                if (value != null) {
                    secrets.put(setting.name(), value);
                } else if (setting.required()) {
                    throw missing(provider, setting);
                }
                continue;
            }
            if (value == null) {
                if (setting.required()) {
                    throw missing(provider, setting);
                }
                value = setting.defaultValue();
                if (value == null) {
                    continue;
                }
                if (value.contains("{projectId}")) {
                    value = value.replace("{projectId}", plain.get("projectId"));
                }
            }
            plain.put(setting.name(), checked(setting, value));
        }
        return new ConnectionSettings(plain, secrets);
    }

    private static String text(Setting setting, Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Number number && setting.kind() == Setting.Kind.RATE) {
            return number.toString();
        }
        if (!(raw instanceof String text)) {
            throw new InvalidInputException("Setting '" + setting.name() + "' must be text.");
        }
        String value = text.strip();
        return value.isEmpty() ? null : value;
    }

    private static InvalidInputException missing(CmsProvider provider, Setting setting) {
        return new InvalidInputException(
                "Setting '" + setting.name() + "' is required for a " + provider.id() + " connection.");
    }

    private static void checkSecret(Setting setting, String value) {
        if (value.length() > setting.maxLength()) {
            throw new InvalidInputException(
                    "Setting '" + setting.name() + "' is at most " + setting.maxLength() + " characters.");
        }
        if (!value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInputException(
                    "Setting '" + setting.name() + "' may hold only visible ASCII characters, without spaces.");
        }
    }

    private static String checked(Setting setting, String value) {
        return switch (setting.kind()) {
            case URL -> url(setting, value);
            case ID -> {
                if (value.length() > setting.maxLength()) {
                    throw new InvalidInputException(
                            "Setting '" + setting.name() + "' is at most " + setting.maxLength() + " characters.");
                }
                if (!setting.pattern().matcher(value).matches()) {
                    throw new InvalidInputException(
                            "Setting '" + setting.name() + "' may hold only " + setting.patternRule() + ".");
                }
                yield value;
            }
            case LOCALE -> {
                if (!LOCALE.matcher(value).matches()) {
                    throw new InvalidInputException("Setting 'locale' must be a language tag such as en or en-US.");
                }
                yield value;
            }
            case VERSION -> {
                String version = value.startsWith("v") ? value.substring(1) : value;
                if (!VERSION.matcher(version).matches()) {
                    throw new InvalidInputException(
                            "Setting '" + setting.name() + "' must be a date such as 2025-02-19.");
                }
                yield version;
            }
            case RATE -> {
                double rate;
                try {
                    rate = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("Setting 'requestsPerSecond' must be a number.");
                }
                if (!(rate >= 0.1 && rate <= 1000)) {
                    throw new InvalidInputException("Setting 'requestsPerSecond' must be between 0.1 and 1000.");
                }
                yield value;
            }
            case SECRET -> throw new IllegalArgumentException("Secrets are not plain settings.");
        };
    }

    private static String url(Setting setting, String value) {
        String problem = "Setting '" + setting.name() + "' must be an http or https address with a host, such as "
                + setting.defaultValue() + ".";
        if (value.length() > setting.maxLength()) {
            throw new InvalidInputException(
                    "Setting '" + setting.name() + "' is at most " + setting.maxLength() + " characters.");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidInputException(problem);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getHost().isBlank()
                || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new InvalidInputException(problem);
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
