package com.sitewright.assets;

import com.sitewright.base.StudioSettings;
import jakarta.annotation.PreDestroy;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the responsive variants of images: WebP at {@link #WIDTHS} (never wider than the original).
 * <p>
 * Java has no WebP encoder, and none resolves from the Maven registry, so the variants are encoded by sharp
 * (libvips, shipped inside its npm package) in a Node.js process kept while batches come; Node.js is already part of the
 * studio for building sites. sharp is installed once into the data directory. Where it cannot be (no Node.js,
 * no registry), the variants are PNG, scaled with Java2D, and the studio logs why.
 */
@Component
class ImageVariants {

    static final int[] WIDTHS = {480, 960, 1600};
    private static final Logger log = LoggerFactory.getLogger(ImageVariants.class);
    private static final String SHARP = "sharp@0.35.5";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Passed to npm and node by exact name; the studio's secrets stay out of the processes it starts. */
    private static final List<String> ENVIRONMENT = List.of(
            "PATH",
            "LANG",
            "LC_ALL",
            "TZ",
            "TMPDIR",
            "HTTP_PROXY",
            "HTTPS_PROXY",
            "NO_PROXY",
            "http_proxy",
            "https_proxy",
            "no_proxy");

    /** A worker idle this long is stopped; the next batch starts one again. */
    private static final java.time.Duration IDLE = java.time.Duration.ofSeconds(60);

    private final Path toolDir;
    private final boolean sharpWanted;
    private volatile Boolean sharpReady;
    private Worker worker;
    private final java.util.concurrent.ScheduledExecutorService idleCheck =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("image-encoder-idle").factory());

    ImageVariants(
            StudioSettings studio,
            @Value("${sitewright.images.tool-dir:}") String toolDir,
            @Value("${sitewright.images.sharp:true}") boolean sharpWanted) {
        this.toolDir = (toolDir.isBlank() ? studio.dataDir().resolve("image-tools") : Path.of(toolDir))
                .toAbsolutePath()
                .normalize()
                .resolve(SHARP.replace('@', '-'));
        this.sharpWanted = sharpWanted;
        idleCheck.scheduleWithFixedDelay(this::stopIdleWorker, 15, 15, TimeUnit.SECONDS);
    }

    /** An image to make variants of: drawn pixels, or the bytes of a PNG, JPEG, GIF or WebP file. */
    record Source(BufferedImage image, byte[] bytes) {
        static Source of(BufferedImage image) {
            return new Source(image, null);
        }

        static Source of(byte[] bytes) {
            return new Source(null, bytes);
        }
    }

    record Variant(int width, int height, String contentType, byte[] bytes) {}

    /** For each source, its variants from the narrowest to the widest. */
    List<List<Variant>> make(List<Source> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        if (sharp()) {
            return bySharp(sources);
        }
        return sources.stream().map(ImageVariants::byJava).toList();
    }

    /** The widths to make for an original this wide: each listed width it exceeds, then its own (at most the widest). */
    static List<Integer> widthsFor(int originalWidth) {
        List<Integer> widths = new ArrayList<>();
        int top = Math.min(originalWidth, WIDTHS[WIDTHS.length - 1]);
        for (int width : WIDTHS) {
            if (width < top) {
                widths.add(width);
            }
        }
        widths.add(top);
        return widths;
    }

    boolean encodesWebp() {
        return sharp();
    }

    private List<List<Variant>> bySharp(List<Source> sources) {
        Path work = null;
        try {
            long started = System.nanoTime();
            work = Files.createTempDirectory("sitewright-variants");
            List<Map<String, Object>> jobs = new ArrayList<>();
            List<byte[]> inputs = new ArrayList<>();
            // Identical pictures (the same pixels or bytes) are encoded once and share their variants: a cheap hash
            // finds candidates, and only equal bytes count as the same.
            Map<Integer, List<Integer>> byHash = new java.util.HashMap<>();
            List<Integer> rawWidths = new ArrayList<>();
            int[] encodedAs = new int[sources.size()];
            for (int i = 0; i < sources.size(); i++) {
                Source source = sources.get(i);
                byte[] input = source.image() != null ? rgb(source.image()) : source.bytes();
                int rawWidth = source.image() != null ? source.image().getWidth() : -1;
                List<Integer> candidates = byHash.computeIfAbsent(
                        31 * java.util.Arrays.hashCode(input) + rawWidth, h -> new ArrayList<>());
                Integer same = candidates.stream()
                        .filter(j -> rawWidths.get(j) == rawWidth && java.util.Arrays.equals(inputs.get(j), input))
                        .findFirst()
                        .orElse(null);
                if (same != null) {
                    encodedAs[i] = same;
                    continue;
                }
                candidates.add(jobs.size());
                rawWidths.add(rawWidth);
                encodedAs[i] = jobs.size();
                Map<String, Object> job = new LinkedHashMap<>();
                int width;
                if (source.image() != null) {
                    width = source.image().getWidth();
                    job.put(
                            "raw",
                            Map.of("width", width, "height", source.image().getHeight()));
                } else {
                    width = ImageFormat.of(input)
                            .flatMap(f -> f.dimensions(input))
                            .map(ImageFormat.Dimensions::width)
                            .orElse(WIDTHS[WIDTHS.length - 1]);
                }
                job.put("size", input.length);
                List<Map<String, Object>> outputs = new ArrayList<>();
                for (int w : widthsFor(width)) {
                    outputs.add(Map.of(
                            "width",
                            w,
                            "path",
                            work.resolve(jobs.size() + "-" + w + ".webp").toString()));
                }
                job.put("outputs", outputs);
                jobs.add(job);
                inputs.add(input);
            }
            long prepared = System.nanoTime();
            JsonNode results = worker().encode(JSON.writeValueAsString(Map.of("jobs", jobs)), inputs);
            List<List<Variant>> encoded = new ArrayList<>();
            for (int j = 0; j < jobs.size(); j++) {
                JsonNode result = results.get(j);
                if (result == null || result.has("error")) {
                    throw new IllegalArgumentException("The image cannot be encoded: "
                            + (result == null
                                    ? "no answer"
                                    : result.get("error").asString()));
                }
                List<Variant> variants = new ArrayList<>();
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> outputs =
                        (List<Map<String, Object>>) jobs.get(j).get("outputs");
                for (int k = 0; k < outputs.size(); k++) {
                    JsonNode info = result.get(k);
                    byte[] bytes =
                            Files.readAllBytes(Path.of((String) outputs.get(k).get("path")));
                    variants.add(new Variant(
                            info.get("width").asInt(), info.get("height").asInt(), "image/webp", bytes));
                }
                encoded.add(distinctWidths(variants));
            }
            log.debug(
                    "Variants of {} images ({} distinct): inputs {} ms, sharp {} ms",
                    sources.size(),
                    jobs.size(),
                    (prepared - started) / 1_000_000,
                    (System.nanoTime() - prepared) / 1_000_000);
            List<List<Variant>> all = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                all.add(encoded.get(encodedAs[i]));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make image variants", e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** The encoding worker, started when none is running (the first time, or after it stopped or failed). */
    private synchronized Worker worker() throws IOException {
        if (worker == null || !worker.alive()) {
            Path log = toolDir.resolve("encoder.log");
            worker = new Worker(
                    start(List.of("node", toolDir.resolve("variants.mjs").toString()), toolDir, log), log);
        }
        return worker;
    }

    /** Stops a worker left idle, so a studio that is not drawing keeps no Node.js process. */
    private synchronized void stopIdleWorker() {
        if (worker != null && worker.idleFor() > IDLE.toNanos()) {
            worker.close();
            worker = null;
        }
    }

    @PreDestroy
    synchronized void stopWorker() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
        idleCheck.shutdownNow();
    }

    /**
     * One Node.js process with sharp loaded, kept across batches: starting Node.js and loading sharp for every batch
     * cost more than encoding a batch of small pictures. Requests go one at a time.
     */
    private static final class Worker {

        private final Process process;
        private final Path errorLog;
        private final java.io.OutputStream in;
        private final java.io.BufferedReader out;
        private volatile long lastUsed = System.nanoTime();
        private volatile boolean busy;

        Worker(Process process, Path errorLog) {
            this.process = process;
            this.errorLog = errorLog;
            this.in = new java.io.BufferedOutputStream(process.getOutputStream(), 1 << 20);
            this.out = new java.io.BufferedReader(
                    new java.io.InputStreamReader(process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        }

        boolean alive() {
            return process.isAlive();
        }

        long idleFor() {
            return busy ? 0 : System.nanoTime() - lastUsed;
        }

        synchronized JsonNode encode(String header, List<byte[]> inputs) throws IOException {
            busy = true;
            try {
                in.write((header + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (byte[] input : inputs) {
                    in.write(input);
                }
                in.flush();
                var reply = new java.util.concurrent.CompletableFuture<String>();
                Thread.ofVirtual().start(() -> {
                    try {
                        reply.complete(out.readLine());
                    } catch (IOException | RuntimeException e) {
                        reply.completeExceptionally(e);
                    }
                });
                String line = reply.get(5, TimeUnit.MINUTES);
                if (line == null) {
                    throw new IOException("The image encoder stopped" + errors());
                }
                JsonNode answer = JSON.readTree(line);
                if (answer.isObject() && answer.has("error")) {
                    throw new IOException(
                            "The image encoder failed: " + answer.get("error").asString());
                }
                return answer;
            } catch (java.util.concurrent.TimeoutException e) {
                close();
                throw new IOException("The image encoder did not answer in 5 minutes", e);
            } catch (java.util.concurrent.ExecutionException e) {
                close();
                throw new IOException("The image encoder could not be read" + errors(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IOException("Interrupted while encoding images", e);
            } catch (IOException e) {
                close();
                throw e;
            } finally {
                lastUsed = System.nanoTime();
                busy = false;
            }
        }

        private String errors() {
            try {
                String text = Files.readString(errorLog).strip();
                return text.isEmpty() ? "" : ": " + text.substring(Math.max(0, text.length() - 600));
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }

        void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // the process is stopped below either way
            }
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /** An original narrower than a listed width gives that width once. */
    private static List<Variant> distinctWidths(List<Variant> variants) {
        Map<Integer, Variant> byWidth = new TreeMap<>();
        variants.forEach(variant -> byWidth.putIfAbsent(variant.width(), variant));
        return List.copyOf(byWidth.values());
    }

    /** The pixels as RGB bytes, read straight from the raster of a drawn picture (getRGB converts pixel by pixel). */
    private static byte[] rgb(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] out = new byte[width * height * 3];
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt buffer
                && buffer.getNumBanks() == 1
                && buffer.getData().length == width * height) {
            int[] pixels = buffer.getData();
            for (int i = 0, o = 0; i < pixels.length; i++) {
                int rgb = pixels[i];
                out[o++] = (byte) (rgb >> 16);
                out[o++] = (byte) (rgb >> 8);
                out[o++] = (byte) rgb;
            }
            return out;
        }
        int[] row = new int[width];
        for (int y = 0, o = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int rgb : row) {
                out[o++] = (byte) (rgb >> 16);
                out[o++] = (byte) (rgb >> 8);
                out[o++] = (byte) rgb;
            }
        }
        return out;
    }

    static List<Variant> byJava(Source source) {
        try {
            BufferedImage image =
                    source.image() != null ? source.image() : ImageIO.read(new ByteArrayInputStream(source.bytes()));
            if (image == null) {
                throw new IllegalArgumentException("The image cannot be read");
            }
            List<Variant> variants = new ArrayList<>();
            for (int width : widthsFor(image.getWidth())) {
                int height = Math.max(1, Math.round(image.getHeight() * (float) width / image.getWidth()));
                BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = scaled.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(image, 0, 0, width, height, null);
                g.dispose();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(scaled, "png", out);
                variants.add(new Variant(width, height, "image/png", out.toByteArray()));
            }
            return distinctWidths(variants);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Installs sharp once (under a file lock shared with other studio processes); false when it cannot be. */
    private boolean sharp() {
        Boolean ready = sharpReady;
        if (ready != null) {
            return ready;
        }
        synchronized (this) {
            if (sharpReady == null) {
                sharpReady = sharpWanted && install();
            }
            return sharpReady;
        }
    }

    private boolean install() {
        try {
            Files.createDirectories(toolDir);
            try (FileChannel channel = FileChannel.open(
                            toolDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                try (InputStream script = ImageVariants.class.getResourceAsStream("/images/variants.mjs")) {
                    Files.write(toolDir.resolve("variants.mjs"), script.readAllBytes());
                }
                if (!Files.exists(toolDir.resolve(".installed"))) {
                    Files.writeString(
                            toolDir.resolve("package.json"),
                            "{\"name\":\"sitewright-image-tools\",\"private\":true,\"type\":\"module\"}\n");
                    run(
                            List.of(
                                    "npm",
                                    "install",
                                    "--no-audit",
                                    "--no-fund",
                                    "--no-save",
                                    "--loglevel=error",
                                    SHARP),
                            toolDir,
                            Map.of(),
                            10);
                    Files.writeString(toolDir.resolve(".installed"), SHARP + "\n");
                }
            }
            run(List.of("node", "-e", "require('sharp')"), toolDir, Map.of(), 1);
            log.info("Image variants are encoded as WebP by {} in {}", SHARP, toolDir);
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Image variants will be PNG: {} could not be installed or run ({})", SHARP, e.getMessage());
            return false;
        }
    }

    /** Starts a long-running process with the same cleaned environment as {@link #run}. */
    private Process start(List<String> command, Path directory, Path errors) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        environment(builder, directory);
        return builder.redirectError(errors.toFile()).start();
    }

    private String run(List<String> command, Path directory, Map<String, String> extra, int minutes)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        environment(builder, directory);
        builder.environment().putAll(extra);
        Path errors = Files.createTempFile("sitewright-node", ".log");
        try {
            Process process = builder.redirectError(errors.toFile()).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.getFirst() + " did not finish in " + minutes + " minutes");
            }
            if (process.exitValue() != 0) {
                String tail = Files.readString(errors);
                throw new IllegalStateException(command.getFirst() + " exited with " + process.exitValue() + ": "
                        + tail.substring(0, Math.min(tail.length(), 600)).strip());
            }
            return new String(out, java.nio.charset.StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making image variants", e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** Only named variables reach npm and node: the studio's secrets stay out of the processes it starts. */
    private static void environment(ProcessBuilder builder, Path directory) {
        Map<String, String> environment = builder.environment();
        Map<String, String> parent = new LinkedHashMap<>(environment);
        environment.clear();
        ENVIRONMENT.forEach(name -> {
            if (parent.containsKey(name)) {
                environment.put(name, parent.get(name));
            }
        });
        parent.forEach((name, value) -> {
            String upper = name.toUpperCase(Locale.ROOT);
            if (upper.startsWith("NPM_CONFIG_") || upper.startsWith("NODE_")) {
                environment.put(name, value);
            }
        });
        if (parent.containsKey("HOME")) {
            // npm keeps the user's package cache and registry settings, found by path.
            environment.putIfAbsent(
                    "npm_config_cache", Path.of(parent.get("HOME"), ".npm").toString());
            environment.putIfAbsent(
                    "npm_config_userconfig",
                    Path.of(parent.get("HOME"), ".npmrc").toString());
        }
        environment.put("HOME", directory.toString());
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the system cleans it in the end
        }
    }
}
