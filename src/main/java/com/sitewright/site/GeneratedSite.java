package com.sitewright.site;

import java.nio.file.Path;
import java.util.List;

/** A generated site: where it was written, the files (relative, sorted) and its route patterns (sorted). */
public record GeneratedSite(Path targetDir, List<String> files, List<String> routes) {

    public GeneratedSite {
        files = List.copyOf(files);
        routes = List.copyOf(routes);
    }
}
