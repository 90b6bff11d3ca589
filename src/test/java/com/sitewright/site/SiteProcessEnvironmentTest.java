package com.sitewright.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteProcessEnvironmentTest {

    private static final String CANARY = "canary-5f1d";

    @Test
    void onlyAllowListedNamesReachASiteProcessAndNoSecretDoes() {
        Map<String, String> parent = new HashMap<>();
        parent.put("OPENAI_API_KEY", "sk-" + CANARY);
        parent.put("SITEWRIGHT_ADMIN_PASSWORD", CANARY);
        parent.put("SITEWRIGHT_STORAGE_SECRET_KEY", CANARY);
        parent.put("SITEWRIGHT_DELIVERY_TOKEN", CANARY);
        parent.put("SPRING_DATASOURCE_PASSWORD", CANARY);
        parent.put("AWS_SECRET_ACCESS_KEY", CANARY);
        parent.put("GITHUB_TOKEN", CANARY);
        parent.put("JAVA_HOME", "/usr/lib/jvm/" + CANARY);
        parent.put("MAVEN_OPTS", "-D" + CANARY);
        parent.put("PATH", "/usr/local/bin:/usr/bin");
        parent.put("HOME", "/home/studio");
        parent.put("LANG", "C.UTF-8");
        parent.put("TZ", "Europe/Amsterdam");
        parent.put("NODE_EXTRA_CA_CERTS", "/etc/ssl/certs/ca-certificates.crt");
        parent.put("npm_config_registry", "https://registry.example.test/");

        Map<String, String> environment = SiteProcessEnvironment.of(parent, Path.of("/data/node-cache/home"));

        assertThat(environment)
                .containsOnlyKeys(
                        "PATH",
                        "HOME",
                        "LANG",
                        "TZ",
                        "NODE_EXTRA_CA_CERTS",
                        "npm_config_registry",
                        "npm_config_cache",
                        "npm_config_userconfig",
                        "NEXT_TELEMETRY_DISABLED");
        assertThat(String.join("\n", environment.values())).doesNotContain(CANARY);
        assertThat(environment)
                .containsEntry("HOME", "/data/node-cache/home")
                .containsEntry("PATH", "/usr/local/bin:/usr/bin")
                .containsEntry("npm_config_cache", "/home/studio/.npm")
                .containsEntry("npm_config_userconfig", "/home/studio/.npmrc")
                .containsEntry("npm_config_registry", "https://registry.example.test/");
    }

    @Test
    void npmSettingsOfTheStudioWinOverTheDefaultsInItsHome() {
        Map<String, String> environment = SiteProcessEnvironment.of(
                Map.of("HOME", "/home/studio", "NPM_CONFIG_CACHE", "/var/cache/npm"), Path.of("/data/home"));

        assertThat(environment)
                .containsEntry("NPM_CONFIG_CACHE", "/var/cache/npm")
                .doesNotContainKey("npm_config_cache")
                .containsEntry("npm_config_userconfig", "/home/studio/.npmrc");
    }

    @Test
    void aChildProcessSeesTheAllowListedEnvironmentAndWhatTheCallerAdds() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("env");
        builder.environment().put("OPENAI_API_KEY", "sk-" + CANARY);
        SiteProcessEnvironment.apply(builder, Path.of("/tmp"), Map.of("SITEWRIGHT_PROJECT_ID", "p1"));
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();

        assertThat(output).contains("SITEWRIGHT_PROJECT_ID=p1", "HOME=/tmp").doesNotContain(CANARY);
        assertThat(output.lines().map(line -> line.substring(0, line.indexOf('='))))
                .doesNotContain("JAVA_HOME", "OPENAI_API_KEY")
                .noneMatch(name -> name.startsWith("MAVEN") || name.startsWith("SPRING_") || name.startsWith("AWS_"));
    }
}
