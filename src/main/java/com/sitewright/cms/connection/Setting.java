package com.sitewright.cms.connection;

import java.util.regex.Pattern;

/**
 * One setting of a CMS connection: its name, what it holds, whether it is required or secret, and its
 * default (where {@code {projectId}} stands for the connection's project id setting).
 */
record Setting(
        String name,
        Kind kind,
        boolean required,
        String defaultValue,
        Pattern pattern,
        String patternRule,
        int maxLength) {

    /** What a setting holds, which decides how it is checked. */
    enum Kind {
        /** An http(s) address with a host; a trailing slash is dropped. */
        URL,
        /** An identifier of the vendor's allowed characters. */
        ID,
        /** A credential: sealed at rest, shown masked. */
        SECRET,
        /** A language tag such as {@code en} or {@code en-US}. */
        LOCALE,
        /** A date-shaped API version such as {@code 2025-02-19}. */
        VERSION,
        /** Requests per second the studio allows itself against the vendor, 1 to 1000. */
        RATE
    }

    static Setting url(String name, String defaultValue) {
        return new Setting(name, Kind.URL, false, defaultValue, null, null, 2048);
    }

    static Setting id(String name, boolean required, String defaultValue, int maxLength, String regex, String rule) {
        return new Setting(name, Kind.ID, required, defaultValue, Pattern.compile(regex), rule, maxLength);
    }

    static Setting secret(String name, boolean required) {
        return new Setting(name, Kind.SECRET, required, null, null, null, 4096);
    }

    static Setting locale(String defaultValue) {
        return new Setting("locale", Kind.LOCALE, false, defaultValue, null, null, 35);
    }

    static Setting version(String name, String defaultValue) {
        return new Setting(name, Kind.VERSION, false, defaultValue, null, null, 11);
    }

    static Setting rate(String defaultValue) {
        return new Setting("requestsPerSecond", Kind.RATE, false, defaultValue, null, null, 16);
    }

    boolean secret() {
        return kind == Kind.SECRET;
    }
}
