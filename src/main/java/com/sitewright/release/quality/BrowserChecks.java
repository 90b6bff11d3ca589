package com.sitewright.release.quality;

import com.sitewright.release.quality.QualityResults.Axe;
import com.sitewright.release.quality.QualityResults.Lighthouse;
import com.sitewright.release.quality.QualityResults.LighthouseMetrics;
import com.sitewright.release.quality.QualityResults.LighthousePage;
import com.sitewright.release.quality.QualityResults.Status;
import com.sitewright.release.quality.QualityResults.Violation;
import com.sitewright.release.quality.QualityResults.ViolationPage;
import com.sitewright.site.NodeBuildException;
import com.sitewright.site.NodeToolchain;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core and Lighthouse in headless Chromium, through a small Node.js script. The npm packages are
 * installed on first use into the studio's shared npm install (later runs reuse it); Chromium is the
 * machine's. A missing tool or a crash gives a {@code not_checked} result that says what to do.
 */
final class BrowserChecks {

    private static final Logger log = LoggerFactory.getLogger(BrowserChecks.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MIN_NODE_MAJOR = 20;
    /** Pinned: Lighthouse 13 needs Node.js 22; puppeteer-core and chrome-launcher as Lighthouse 12.2.3 asks. */
    static final Map<String, String> PACKAGES = Map.of(
            "lighthouse", "12.2.3",
            "axe-core", "4.14.1",
            "puppeteer-core", "23.9.0",
            "chrome-launcher", "1.1.2");

    private static final Pattern PROGRESS = Pattern.compile("^progress (\\d+)/(\\d+) (.*)$");

    /** A page for Lighthouse: its path and what kind of page it is (home, listing, detail). */
    record Target(String path, String kind) {}

    private final NodeToolchain toolchain;
    private final Path toolsDir;
    private final Path chromium;

    BrowserChecks(NodeToolchain toolchain, Path toolsDir, Path chromium) {
        this.toolchain = toolchain;
        this.toolsDir = toolsDir;
        this.chromium = chromium;
    }

    /** Why the browser checks cannot run on this machine, or empty when they can. */
    Optional<String> unavailable() {
        OptionalInt node = NodeToolchain.nodeMajorVersion();
        if (node.isEmpty() || !NodeToolchain.available()) {
            return Optional.of(
                    "Node.js " + MIN_NODE_MAJOR + " or newer with npm is needed and none was found on the PATH. "
                            + "Install it, then run the checks again.");
        }
        if (node.getAsInt() < MIN_NODE_MAJOR) {
            return Optional.of("Node.js " + MIN_NODE_MAJOR + " or newer is needed; this machine has Node.js "
                    + node.getAsInt() + ".");
        }
        if (!Files.isExecutable(chromium)) {
            return Optional.of(
                    "Chromium was not found at " + chromium + ". Install it (for example `apt install chromium`) "
                            + "or set sitewright.quality.chromium-path, then run the checks again.");
        }
        return Optional.empty();
    }

    /** Installs the npm packages the checks use (only the first time does any downloading). */
    void install(Consumer<String> progress) {
        try {
            Files.createDirectories(toolsDir);
            Map<String, Object> packageJson = new LinkedHashMap<>();
            packageJson.put("name", "sitewright-quality-checks");
            packageJson.put("private", true);
            packageJson.put("type", "module");
            packageJson.put("dependencies", new java.util.TreeMap<>(PACKAGES));
            Files.writeString(toolsDir.resolve("package.json"), JSON.writeValueAsString(packageJson));
            try (InputStream script = BrowserChecks.class.getResourceAsStream("/quality/check.mjs")) {
                if (script == null) {
                    throw new IllegalStateException("check.mjs is missing from the studio");
                }
                Files.write(toolsDir.resolve("check.mjs"), script.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the check tools in " + toolsDir, e);
        }
        Path shared = toolchain.sharedDirFor(toolsDir);
        if (!Files.isDirectory(shared.resolve("node_modules"))) {
            progress.accept("Installing the check tools (Lighthouse, axe-core; first time only)");
        }
        toolchain.install(toolsDir, line -> log.debug("npm: {}", line));
    }

    Axe axe(URI base, List<String> paths, Consumer<String> progress) {
        Map<String, Object> input = Map.of(
                "chromePath",
                chromium.toString(),
                "urls",
                paths.stream().map(path -> base.resolve(path).toString()).toList());
        Run run = run("axe", input, progress, "Accessibility");
        if (run.error() != null) {
            return Axe.of(Status.NOT_CHECKED, run.error());
        }
        Map<String, Violation> byRule = new LinkedHashMap<>();
        List<String> checked = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (JsonNode page : run.result().path("pages")) {
            String path = pathOf(base, page.path("url").asString());
            if (page.hasNonNull("error")) {
                failed.add(path + ": " + page.path("error").asString());
                continue;
            }
            checked.add(path);
            for (JsonNode found : page.path("violations")) {
                String rule = found.path("id").asString();
                Violation known = byRule.get(rule);
                List<ViolationPage> pages = new ArrayList<>(known == null ? List.of() : known.pages());
                pages.add(new ViolationPage(
                        path, found.path("nodes").asInt(), found.path("example").asString(null)));
                byRule.put(
                        rule,
                        new Violation(
                                rule,
                                found.path("impact").asString(null),
                                found.path("help").asString(),
                                found.path("helpUrl").asString(null),
                                List.copyOf(pages)));
            }
        }
        if (checked.isEmpty()) {
            return new Axe(
                    Status.NOT_CHECKED,
                    "No page could be loaded in the browser" + (failed.isEmpty() ? "." : ": " + failed.getFirst()),
                    List.of(),
                    failed,
                    List.of());
        }
        List<Violation> violations = byRule.values().stream()
                .sorted(java.util.Comparator.comparingInt((Violation v) -> impactRank(v.impact()))
                        .thenComparing(Violation::rule))
                .toList();
        return new Axe(Status.DONE, null, checked, failed, violations);
    }

    /** Runs Lighthouse {@code runs} times on each target; each category's median counts. */
    Lighthouse lighthouse(URI base, List<Target> targets, int runs, Consumer<String> progress) {
        Map<String, Object> input = Map.of(
                "chromePath",
                chromium.toString(),
                "runs",
                Math.max(1, runs),
                "targets",
                targets.stream()
                        .map(target -> Map.of("url", base.resolve(target.path()).toString(), "kind", target.kind()))
                        .toList());
        Run run = run("lighthouse", input, progress, "Lighthouse");
        if (run.error() != null) {
            return Lighthouse.of(Status.NOT_CHECKED, run.error());
        }
        List<LighthousePage> pages = new ArrayList<>();
        for (JsonNode page : run.result().path("pages")) {
            pages.add(new LighthousePage(
                    pathOf(base, page.path("url").asString()),
                    page.path("kind").asString(),
                    score(page, "performance"),
                    score(page, "accessibility"),
                    score(page, "bestPractices"),
                    score(page, "seo"),
                    page.path("error").asString(null),
                    metrics(page.path("metrics"))));
        }
        boolean anyScore = pages.stream().anyMatch(page -> page.performance() != null || page.accessibility() != null);
        if (!anyScore) {
            String why = pages.stream()
                    .map(LighthousePage::error)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElse("no page was scored");
            return new Lighthouse(Status.NOT_CHECKED, "Lighthouse could not score the pages: " + why, pages);
        }
        return new Lighthouse(Status.DONE, null, pages);
    }

    private record Run(JsonNode result, String error) {}

    private Run run(String mode, Map<String, Object> input, Consumer<String> progress, String what) {
        Path in = null;
        Path out = null;
        try {
            in = Files.createTempFile(toolsDir, mode + "-", ".json");
            out = Files.createTempFile(toolsDir, mode + "-", ".out.json");
            Files.writeString(in, JSON.writeValueAsString(input));
            Files.writeString(out, "");
            try {
                toolchain.runScript(
                        toolsDir,
                        List.of("check.mjs", mode, in.toString(), out.toString()),
                        Map.of("CHROME_PATH", chromium.toString()),
                        line -> {
                            Matcher matcher = PROGRESS.matcher(line);
                            if (matcher.matches()) {
                                progress.accept(what + (mode.equals("lighthouse") ? ": run " : ": page ")
                                        + matcher.group(1) + " of " + matcher.group(2));
                            } else {
                                log.debug("{}: {}", mode, line);
                            }
                        },
                        what);
            } catch (NodeBuildException e) {
                String reported = readError(out);
                if (reported == null) {
                    log.warn("The {} check failed: {}\n{}", mode, e.getMessage(), String.join("\n", e.lastLines()));
                }
                return new Run(
                        null,
                        what + " could not check the site: " + (reported != null ? reported : e.getMessage()) + ".");
            }
            String text = Files.readString(out);
            if (text.isBlank()) {
                return new Run(null, what + " could not check the site: the checker wrote no result.");
            }
            JsonNode result = JSON.readTree(text);
            if (result.hasNonNull("error")) {
                return new Run(
                        null,
                        what + " could not check the site: "
                                + result.path("error").asString() + ".");
            }
            return new Run(result, null);
        } catch (tools.jackson.core.JacksonException e) {
            return new Run(
                    null, what + " could not check the site: the checker wrote a result that could not be read.");
        } catch (IOException e) {
            return new Run(
                    null, what + " could not check the site: its files could not be written (" + e.getMessage() + ").");
        } finally {
            deleteQuietly(in);
            deleteQuietly(out);
        }
    }

    private static String readError(Path out) {
        try {
            String text = Files.readString(out);
            if (text.isBlank()) {
                return null;
            }
            JsonNode node = JSON.readTree(text);
            return node.hasNonNull("error") ? node.path("error").asString() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.debug("Could not delete {}: {}", file, e.getMessage());
            }
        }
    }

    private static Integer score(JsonNode page, String key) {
        JsonNode value = page.path(key);
        return value.isNumber() ? value.asInt() : null;
    }

    private static LighthouseMetrics metrics(JsonNode metrics) {
        if (!metrics.isObject()) {
            return null;
        }
        JsonNode shift = metrics.path("cumulativeLayoutShift");
        return new LighthouseMetrics(
                score(metrics, "firstContentfulPaintMs"),
                score(metrics, "largestContentfulPaintMs"),
                score(metrics, "totalBlockingTimeMs"),
                shift.isNumber() ? shift.asDouble() : null,
                score(metrics, "speedIndexMs"));
    }

    static String pathOf(URI base, String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    static int impactRank(String impact) {
        return switch (impact == null ? "" : impact) {
            case "critical" -> 0;
            case "serious" -> 1;
            case "moderate" -> 2;
            case "minor" -> 3;
            default -> 4;
        };
    }
}
