package com.sitewright.release.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sitewright.site.NodeToolchain;
import com.sitewright.support.ApiClient;
import com.sitewright.support.Projects;
import com.sitewright.support.StudioProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Runs the studio as a separate process with recognisable secrets in its environment (an OpenAI key,
 * the admin password, cloud and other credentials), builds a preview through the API, and reads the
 * environment of the {@code next build} and {@code next start} processes from {@code /proc}: none of
 * the secrets is there, and the processes the studio starts carry only allow-listed names. Also checks
 * that the keys, the database and the object store of a fresh data directory are owner-only.
 */
class SiteProcessSecretsIT {

    private static final String CANARY =
            "canary-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String ADMIN_PASSWORD = "admin-" + CANARY;
    /** What a process the studio starts itself may carry (Next.js adds its own names in the processes it starts). */
    private static final Pattern ALLOWED = Pattern.compile("PATH|HOME|LANG|LC_ALL|LC_CTYPE|TZ|TMPDIR"
            + "|(?i:https?_proxy|no_proxy)|NODE_[A-Z_]+|(?i:npm_config_\\w+)|NEXT_TELEMETRY_DISABLED"
            + "|SITEWRIGHT_(DELIVERY_URL|PROJECT_ID|DELIVERY_TOKEN|SITE_URL|REVALIDATE_SECRET|TURBOPACK_ROOT)");

    private static final Set<String> FORBIDDEN_PREFIXES = Set.of(
            "JAVA_", "MAVEN", "SPRING_", "AWS_", "OPENAI_", "SITEWRIGHT_ADMIN", "SITEWRIGHT_STORAGE", "DATABASE_");

    private Process studio;

    @AfterEach
    void stopStudio() throws InterruptedException {
        if (studio != null && studio.isAlive()) {
            studio.destroy();
            studio.waitFor();
        }
    }

    @Test
    void noStudioSecretReachesTheSiteProcessesAndKeysAreOwnerOnly() throws Exception {
        assumeTrue(NodeToolchain.available(), "node and npm are not installed: skipping previews");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no /proc to read process environments from");
        Path dataDir = Files.createDirectories(
                        Path.of("target", "site-secrets-test", String.valueOf(System.nanoTime())))
                .toAbsolutePath()
                .resolve("data");
        int port = StudioProcess.freePort();
        studio = start(dataDir, port);
        ApiClient admin = ApiClient.basic(port, "admin", ADMIN_PASSWORD);
        StudioProcess.awaitUp(studio, admin);

        var created =
                admin.post("/api/v1/projects", Map.of("prompt", "Build me a coffee shop website", "engine", "offline"));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String projectId = created.json().path("id").asString();
        assertThat(Projects.awaitFinished(admin, projectId)
                        .path("generation")
                        .path("state")
                        .asString())
                .isEqualTo("succeeded");
        Projects.awaitSource(admin, projectId);

        String previewId = admin.post("/api/v1/projects/" + projectId + "/previews", "")
                .json()
                .path("id")
                .asString();
        Path buildDir =
                dataDir.resolve("projects").resolve(projectId).resolve("builds").resolve(previewId);
        Map<Long, Map<String, String>> seen = new LinkedHashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        // Each poll also notes the build's processes and their environments while they run.
        JsonNode preview = await("the preview finishing")
                .atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> {
                            processesIn(buildDir)
                                    .forEach(pid -> environment(pid).ifPresent(env -> {
                                        seen.putIfAbsent(pid, env);
                                        ProcessHandle.of(pid)
                                                .flatMap(ProcessHandle::parent)
                                                .ifPresent(parent -> parents.put(pid, parent.pid()));
                                    }));
                            return admin.get("/api/v1/projects/" + projectId + "/previews/" + previewId)
                                    .json();
                        },
                        found -> List.of("ready", "failed")
                                .contains(found.path("state").asString()));
        assertThat(preview.path("state").asString()).as(String.valueOf(preview)).isEqualTo("ready");
        assertThat(seen).as("next build was seen running").isNotEmpty();

        long server = Long.parseLong(Files.readAllLines(dataDir.resolve("site-servers/preview-" + previewId + ".pid"))
                .getFirst()
                .strip());
        List<Long> serverTree = new ArrayList<>(List.of(server));
        ProcessHandle.of(server).orElseThrow().descendants().forEach(child -> serverTree.add(child.pid()));
        serverTree.forEach(pid -> environment(pid).ifPresent(env -> seen.put(pid, env)));
        parents.put(server, studio.pid());
        Map<String, String> nextStart = seen.get(server);
        assertThat(nextStart)
                .as("the environment of next start")
                .isNotNull()
                .containsKeys("SITEWRIGHT_DELIVERY_TOKEN", "SITEWRIGHT_REVALIDATE_SECRET", "PATH", "HOME");

        seen.forEach((pid, env) -> {
            String described = "process " + pid + " " + command(pid);
            assertThat(String.join("\n", env.keySet()) + "\n" + String.join("\n", env.values()))
                    .as(described)
                    .doesNotContain(CANARY);
            assertThat(env.keySet())
                    .as(described)
                    .noneMatch(name -> FORBIDDEN_PREFIXES.stream().anyMatch(name::startsWith));
            if (parents.getOrDefault(pid, -1L) == studio.pid()) {
                assertThat(env.keySet())
                        .as("started by the studio: " + described)
                        .allMatch(name -> ALLOWED.matcher(name).matches());
            }
        });
        assertThat(parents.values())
                .as("a next build started by the studio was seen")
                .contains(studio.pid());

        assertThat(permissions(dataDir.resolve("keys"))).isEqualTo("rwx------");
        assertThat(permissions(dataDir.resolve("keys/site-tickets.key"))).isEqualTo("rw-------");
        assertThat(permissions(dataDir.resolve("postgres"))).isEqualTo("rwx------");
        assertThat(permissions(dataDir.resolve("objects"))).isEqualTo("rwx------");
        assertThat(permissions(dataDir.resolve("site-servers"))).isEqualTo("rwx------");
    }

    private static Process start(Path dataDir, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(StudioProcess.command(
                        dataDir,
                        port,
                        "--sitewright.node-cache-dir="
                                + Path.of("target", "node-cache").toAbsolutePath()))
                .redirectErrorStream(true);
        Files.createDirectories(dataDir.getParent());
        builder.redirectOutput(dataDir.getParent().resolve("studio.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("OPENAI_API_KEY", "sk-" + CANARY);
        environment.put("OPENAI_BASE_URL", "http://127.0.0.1:9");
        environment.put("SITEWRIGHT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("AWS_SECRET_ACCESS_KEY", "aws-" + CANARY);
        environment.put("PAYMENT_PROVIDER_SECRET", "other-" + CANARY);
        return builder.start();
    }

    /** Processes whose working directory is inside {@code dir}. */
    private static List<Long> processesIn(Path dir) {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(entry -> entry.getFileName().toString().matches("\\d+"))
                    .filter(entry -> {
                        try {
                            return Files.readSymbolicLink(entry.resolve("cwd")).startsWith(dir);
                        } catch (IOException | UnsupportedOperationException e) {
                            return false;
                        }
                    })
                    .map(entry -> Long.parseLong(entry.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<Map<String, String>> environment(long pid) {
        try {
            String raw = new String(
                    Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "environ")), StandardCharsets.UTF_8);
            Map<String, String> environment = new LinkedHashMap<>();
            for (String entry : raw.split("\0")) {
                int equals = entry.indexOf('=');
                if (equals > 0) {
                    environment.put(entry.substring(0, equals), entry.substring(equals + 1));
                }
            }
            return Optional.of(environment);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String command(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(handle -> handle.info().commandLine())
                .orElse("(ended)");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
