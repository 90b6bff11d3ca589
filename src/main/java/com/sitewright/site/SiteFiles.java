package com.sitewright.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The files and routes of a site being generated, kept sorted so output never depends on order of writing. */
final class SiteFiles {

    private final Map<String, String> files = new TreeMap<>();
    private final TreeSet<String> routes = new TreeSet<>();

    void add(String path, String content) {
        if (files.putIfAbsent(path, normalise(content)) != null) {
            throw new IllegalStateException("Generated twice: " + path);
        }
    }

    /** A file shipped as-is from {@code src/main/resources/codegen/static}. */
    void copy(String path) {
        String resource = "/codegen/static/" + path;
        try (InputStream in = SiteFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing template " + resource);
            }
            add(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void route(String pattern) {
        routes.add(pattern);
    }

    Map<String, String> files() {
        return files;
    }

    GeneratedSite writeTo(Path targetDir) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = targetDir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the site to " + targetDir, e);
        }
        return new GeneratedSite(targetDir, new ArrayList<>(files.keySet()), List.copyOf(routes));
    }

    private static String normalise(String content) {
        String lf = content.replace("\r\n", "\n").replace('\r', '\n');
        return lf.endsWith("\n") ? lf : lf + "\n";
    }
}
