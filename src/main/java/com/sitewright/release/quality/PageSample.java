package com.sitewright.release.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of a site's pages the browser checks look at. Pages are grouped by route: the home page, each
 * top-level page ({@code /about}, {@code /menu}) and each collection's items ({@code /menu/*}).
 */
final class PageSample {

    private PageSample() {}

    static String kindOf(String path) {
        String[] segments = segments(path);
        return switch (segments.length) {
            case 0 -> "/";
            case 1 -> "/" + segments[0];
            default -> "/" + segments[0] + "/*";
        };
    }

    /** Up to {@code perKind} pages of every kind, the home page first, at most {@code max} in all. */
    static List<String> forAxe(List<String> pages, int perKind, int max) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        pages.stream()
                .map(PageSample::withoutQuery)
                .distinct()
                .sorted(Comparator.comparingInt((String p) -> segments(p).length)
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(path -> byKind.computeIfAbsent(kindOf(path), key -> new ArrayList<>())
                        .add(path));
        List<String> sample = new ArrayList<>();
        // Round by round, so that when the cap is reached every kind has had its first page checked.
        for (int round = 0; round < Math.max(1, perKind) && sample.size() < max; round++) {
            for (List<String> kind : byKind.values()) {
                if (round < kind.size() && sample.size() < max) {
                    sample.add(kind.get(round));
                }
            }
        }
        return sample;
    }

    /** The home page, the listing with the most items and one of its items, as far as the site has them. */
    static List<BrowserChecks.Target> forLighthouse(List<String> pages) {
        List<String> plain =
                pages.stream().map(PageSample::withoutQuery).distinct().sorted().toList();
        List<BrowserChecks.Target> targets = new ArrayList<>();
        if (plain.contains("/")) {
            targets.add(new BrowserChecks.Target("/", "home"));
        }
        Optional<String> listing = plain.stream()
                .filter(path -> segments(path).length == 1)
                .max(Comparator.comparingLong(
                                (String path) -> children(plain, path).size())
                        .thenComparing(Comparator.<String>reverseOrder()))
                .filter(path -> !children(plain, path).isEmpty());
        listing.ifPresent(path -> {
            targets.add(new BrowserChecks.Target(path, "listing"));
            children(plain, path).stream()
                    .findFirst()
                    .ifPresent(item -> targets.add(new BrowserChecks.Target(item, "detail")));
        });
        return targets;
    }

    private static List<String> children(List<String> pages, String listing) {
        return pages.stream()
                .filter(path -> path.startsWith(listing + "/")
                        && segments(path).length == 2
                        && !path.startsWith(listing + "/page/"))
                .toList();
    }

    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static String[] segments(String path) {
        String plain = withoutQuery(path);
        return java.util.Arrays.stream(plain.split("/"))
                .filter(segment -> !segment.isEmpty())
                .toArray(String[]::new);
    }
}
