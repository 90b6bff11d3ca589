package com.sitewright.site;

import com.sitewright.base.PrivateFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Installs and builds generated sites with Node.js. All sites with the same dependency versions share
 * one {@code npm install} under {@code <cacheRoot>/<hash of the dependencies>/node_modules}, symlinked
 * into each site, so only the first install downloads anything. Output lines are streamed to the
 * caller; a build that fails or overruns its time limit throws {@link NodeBuildException} with the
 * last lines of output. Every process starts from {@link SiteProcessEnvironment}: none of the studio's
 * secrets reach it.
 */
public final class NodeToolchain {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARKER = ".sitewright-installed";
    private static final int TAIL_LINES = 40;
    /** One install per shared directory at a time within this JVM; a file lock covers other processes. */
    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final Path cacheRoot;
    private final String node;
    private final String npm;
    private final Duration timeLimit;
    /** HOME of the processes: the studio's own directory rather than its user's home. */
    private final Path home;

    public NodeToolchain(Path cacheRoot) {
        this(cacheRoot, "node", "npm", Duration.ofMinutes(10));
    }

    public NodeToolchain(Path cacheRoot, String node, String npm, Duration timeLimit) {
        this.cacheRoot = cacheRoot.toAbsolutePath().normalize();
        this.node = node;
        this.npm = npm;
        this.timeLimit = timeLimit;
        this.home = this.cacheRoot.resolve("home");
    }

    public record InstallResult(Path sharedNodeModules, boolean reused, Duration duration) {}

    public record BuildResult(int exitCode, Duration duration, List<String> lastLines) {}

    /** Whether {@code node} and {@code npm} can be run here. */
    public static boolean available() {
        return runs("node", "--version") && runs("npm", "--version");
    }

    private static boolean runs(String... command) {
        try {
            Process process = SiteProcessEnvironment.apply(new ProcessBuilder(command), tmp(), Map.of())
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The shared directory for a site's dependencies (whether or not it is installed yet). */
    public Path sharedDirFor(Path siteDir) {
        return cacheRoot.resolve(hash(dependencies(siteDir)));
    }

    /** Makes {@code siteDir/node_modules} a link to the shared install, installing it first if needed. */
    public InstallResult install(Path siteDir, Consumer<String> output) {
        long start = System.nanoTime();
        Map<String, String> dependencies = dependencies(siteDir);
        Path shared = cacheRoot.resolve(hash(dependencies));
        boolean reused;
        ReentrantLock lock = LOCKS.computeIfAbsent(shared, key -> new ReentrantLock());
        lock.lock();
        try {
            Files.createDirectories(shared);
            try (FileChannel channel = FileChannel.open(
                            shared.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                reused = Files.exists(shared.resolve(MARKER)) && Files.isDirectory(shared.resolve("node_modules"));
                if (!reused) {
                    Files.writeString(shared.resolve("package.json"), sharedPackageJson(dependencies));
                    output.accept("Installing npm packages into " + shared);
                    run(
                            List.of(
                                    npm,
                                    "install",
                                    "--no-audit",
                                    "--no-fund",
                                    "--no-update-notifier",
                                    "--loglevel=error"),
                            shared,
                            Map.of(),
                            output,
                            "npm install");
                    Files.writeString(shared.resolve(MARKER), String.join("\n", dependencies.keySet()) + "\n");
                } else {
                    output.accept("Reusing npm packages from " + shared);
                }
            }
            link(siteDir.resolve("node_modules"), shared.resolve("node_modules"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not install npm packages for " + siteDir, e);
        } finally {
            lock.unlock();
        }
        return new InstallResult(shared.resolve("node_modules"), reused, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Runs {@code next build} in an installed site; {@code env} adds to the allow-listed environment. */
    public BuildResult build(Path siteDir, Map<String, String> env, Consumer<String> output) {
        Path nextBin = siteDir.resolve("node_modules/next/dist/bin/next");
        if (!Files.exists(nextBin)) {
            throw new NodeBuildException(
                    "Next.js is not installed in " + siteDir + "; call install first", -1, List.of());
        }
        Map<String, String> environment = new LinkedHashMap<>();
        // Turbopack reads only files under its root; the shared node_modules lives outside the site.
        environment.put(
                "SITEWRIGHT_TURBOPACK_ROOT", commonRoot(siteDir, cacheRoot).toString());
        environment.putAll(env);
        return run(List.of(node, nextBin.toString(), "build"), siteDir, environment, output, "next build");
    }

    /**
     * Runs a Node.js script in {@code dir} (its packages installed by {@link #install}), streaming its output;
     * {@code env} adds to the allow-listed environment. Fails like a build: exit code and last lines.
     */
    public BuildResult runScript(
            Path dir, List<String> arguments, Map<String, String> env, Consumer<String> output, String what) {
        List<String> command = new ArrayList<>();
        command.add(node);
        command.addAll(arguments);
        return run(command, dir, env, output, what);
    }

    /**
     * Starts {@code next start} for a built site on a loopback port, appending its output to
     * {@code logFile}. The caller owns the process: waiting for it to answer, and stopping it.
     */
    public Process start(Path siteDir, int port, Map<String, String> env, Path logFile) {
        Path nextBin = siteDir.resolve("node_modules/next/dist/bin/next");
        if (!Files.isDirectory(siteDir.resolve(".next")) || !Files.exists(nextBin)) {
            throw new NodeBuildException("There is no finished build in " + siteDir, -1, List.of());
        }
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("NODE_ENV", "production");
        environment.put(
                "SITEWRIGHT_TURBOPACK_ROOT", commonRoot(siteDir, cacheRoot).toString());
        environment.putAll(env);
        try {
            ProcessBuilder builder = new ProcessBuilder(
                            node, nextBin.toString(), "start", "-p", String.valueOf(port), "-H", "127.0.0.1")
                    .directory(siteDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            PrivateFiles.createDirectories(home);
            return SiteProcessEnvironment.apply(builder, home, environment).start();
        } catch (IOException e) {
            throw new NodeBuildException("next start could not start: " + e.getMessage(), -1, List.of());
        }
    }

    /** The Node.js major version on the PATH, or empty when there is none. */
    public static java.util.OptionalInt nodeMajorVersion() {
        return nodeMajorVersion("node");
    }

    static java.util.OptionalInt nodeMajorVersion(String nodeCommand) {
        try {
            Process process = SiteProcessEnvironment.apply(
                            new ProcessBuilder(nodeCommand, "--version"), tmp(), Map.of())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || !out.matches("v\\d+\\..*")) {
                return java.util.OptionalInt.empty();
            }
            return java.util.OptionalInt.of(Integer.parseInt(out.substring(1, out.indexOf('.'))));
        } catch (IOException e) {
            return java.util.OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.OptionalInt.empty();
        }
    }

    private BuildResult run(
            List<String> command, Path dir, Map<String, String> env, Consumer<String> output, String what) {
        long start = System.nanoTime();
        Deque<String> tail = new ArrayDeque<>();
        Process process;
        try {
            PrivateFiles.createDirectories(home);
            process = SiteProcessEnvironment.apply(
                            new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true), home, env)
                    .start();
        } catch (IOException e) {
            throw new NodeBuildException(what + " could not start: " + e.getMessage(), -1, List.of());
        }
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (tail) {
                        tail.addLast(line);
                        if (tail.size() > TAIL_LINES) {
                            tail.removeFirst();
                        }
                    }
                    output.accept(line);
                }
            } catch (IOException e) {
                // The process ended; what was read is enough.
            }
        });
        try {
            if (!process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                reader.join(Duration.ofSeconds(5));
                throw new NodeBuildException(
                        what + " took longer than " + timeLimit + " and was stopped", -1, copy(tail));
            }
            reader.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new NodeBuildException(what + " was interrupted", -1, copy(tail));
        }
        int exit = process.exitValue();
        List<String> last = copy(tail);
        if (exit != 0) {
            throw new NodeBuildException(what + " failed with exit code " + exit, exit, last);
        }
        return new BuildResult(exit, Duration.ofNanos(System.nanoTime() - start), last);
    }

    private static Path tmp() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static List<String> copy(Deque<String> tail) {
        synchronized (tail) {
            return new ArrayList<>(tail);
        }
    }

    private static void link(Path link, Path target) throws IOException {
        if (Files.isSymbolicLink(link)) {
            if (Files.readSymbolicLink(link).equals(target)) {
                return;
            }
            Files.delete(link);
        } else if (Files.exists(link)) {
            throw new IOException(link + " exists and is not a link to the shared install; remove it first");
        }
        Files.createSymbolicLink(link, target);
    }

    private static Path commonRoot(Path a, Path b) {
        Path left = real(a);
        Path right = real(b);
        while (left != null && !right.startsWith(left)) {
            left = left.getParent();
        }
        return left == null ? right.getRoot() : left;
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** Dependencies and devDependencies of the site's package.json, sorted by name. */
    private static Map<String, String> dependencies(Path siteDir) {
        JsonNode packageJson;
        try {
            packageJson = JSON.readTree(Files.readString(siteDir.resolve("package.json")));
        } catch (IOException e) {
            throw new UncheckedIOException("No readable package.json in " + siteDir, e);
        }
        Map<String, String> all = new TreeMap<>();
        for (String section : List.of("dependencies", "devDependencies")) {
            packageJson
                    .path(section)
                    .properties()
                    .forEach(entry -> all.put(entry.getKey(), entry.getValue().asString()));
        }
        return all;
    }

    private static String sharedPackageJson(Map<String, String> dependencies) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", "sitewright-shared-dependencies");
        json.put("private", true);
        json.put("dependencies", dependencies);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
    }

    private static String hash(Map<String, String> dependencies) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            dependencies.forEach(
                    (name, version) -> digest.update((name + "@" + version + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
