package com.sitewright.cms.connection;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The CMSs a project can live in, with the settings a connection to each takes. */
public enum CmsProvider {
    OPTIMIZELY(
            "optimizely",
            List.of(
                    Setting.url("cmsUrl", "https://api.cms.optimizely.com"),
                    Setting.id(
                            "clientId", true, null, 200, "[A-Za-z0-9._~-]+", "letters, digits, '.', '_', '~' and '-'"),
                    Setting.secret("clientSecret", true),
                    Setting.url("graphUrl", "https://cg.optimizely.com"),
                    Setting.secret("graphSingleKey", false),
                    Setting.id(
                            "graphAppKey",
                            false,
                            null,
                            200,
                            "[A-Za-z0-9._~-]+",
                            "letters, digits, '.', '_', '~' and '-'"),
                    Setting.secret("graphSecret", false),
                    Setting.locale("en"),
                    Setting.rate("10"))),

    CONTENTFUL(
            "contentful",
            List.of(
                    Setting.id("spaceId", true, null, 64, "[a-z0-9]+", "lower-case letters and digits"),
                    Setting.id(
                            "environment",
                            false,
                            "master",
                            64,
                            "[A-Za-z0-9][A-Za-z0-9._-]*",
                            "letters, digits, '.', '_' and '-', starting with a letter or digit"),
                    Setting.secret("managementToken", true),
                    Setting.secret("deliveryToken", false),
                    Setting.secret("previewToken", false),
                    Setting.url("managementUrl", "https://api.contentful.com"),
                    Setting.url("uploadUrl", "https://upload.contentful.com"),
                    Setting.url("deliveryUrl", "https://cdn.contentful.com"),
                    Setting.url("previewUrl", "https://preview.contentful.com"),
                    Setting.locale("en-US"),
                    Setting.rate("7"))),

    SANITY(
            "sanity",
            List.of(
                    Setting.id("projectId", true, null, 64, "[a-z0-9][a-z0-9-]*", "lower-case letters, digits and '-'"),
                    Setting.id(
                            "dataset",
                            false,
                            "production",
                            64,
                            "[a-z0-9][a-z0-9_-]*",
                            "lower-case letters, digits, '_' and '-', starting with a letter or digit"),
                    Setting.secret("token", true),
                    Setting.version("apiVersion", "2025-02-19"),
                    Setting.url("apiUrl", "https://{projectId}.api.sanity.io"),
                    Setting.rate("25")));

    private final String id;
    private final List<Setting> settings;

    CmsProvider(String id, List<Setting> settings) {
        this.id = id;
        this.settings = settings;
    }

    public String id() {
        return id;
    }

    List<Setting> settings() {
        return settings;
    }

    /** The settings a connection form asks for, in the API's order. */
    public List<SettingField> fields() {
        return settings.stream()
                .map(setting -> new SettingField(
                        setting.name(),
                        setting.kind().name().toLowerCase(Locale.ROOT),
                        setting.required(),
                        setting.defaultValue()))
                .toList();
    }

    /**
     * One setting as a form shows it.
     *
     * @param kind         {@code url}, {@code id}, {@code secret}, {@code locale}, {@code version} or {@code rate}
     * @param defaultValue taken when left empty; {@code {projectId}} stands for the connection's project id setting
     */
    public record SettingField(String name, String kind, boolean required, String defaultValue) {

        public boolean secret() {
            return kind.equals("secret");
        }
    }

    public static Optional<CmsProvider> of(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(provider -> provider.id.equals(wanted))
                .findFirst();
    }
}
