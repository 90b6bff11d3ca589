package com.sitewright.release.quality;

import com.sitewright.release.quality.QualityResults.DeadLink;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every internal link of a running site from its home page, a level at a time with a bounded
 * number of requests in flight, and reports the links that answer an error or nothing. Written in Java
 * rather than run through a Node link checker so that links to the site's public address are read from
 * its loopback server, and the pages found feed the browser checks' sample directly.
 */
final class SiteCrawler {

    private static final int SHOWN_REFERRERS = 5;

    /** The site's HTML pages that answered, sorted; dead links by URL; counts of pages and links read. */
    record Result(List<String> pages, List<DeadLink> deadLinks, int pagesRead, int links, boolean truncated) {}

    private record Fetched(String path, int status, String reason, boolean html, List<String> links) {}

    private final HttpClient http;
    private final int concurrency;
    private final int maxPages;
    private final Duration requestTimeout;

    SiteCrawler(int concurrency, int maxPages, Duration requestTimeout) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.concurrency = Math.max(1, concurrency);
        this.maxPages = Math.max(1, maxPages);
        this.requestTimeout = requestTimeout;
    }

    /**
     * Crawls the site served at {@code base} (scheme, host and port). Links to any of {@code sameSite} (origins
     * such as the site's public address) count as internal and are read from {@code base}.
     */
    Result crawl(URI base, Collection<URI> sameSite, IntConsumer pagesRead) {
        Set<String> origins = new HashSet<>();
        origins.add(origin(base));
        sameSite.forEach(uri -> origins.add(origin(uri)));
        Map<String, Set<String>> referrers = new ConcurrentHashMap<>();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<Fetched> results = new ArrayList<>();
        List<String> frontier = List.of("/");
        seen.add("/");
        int links = 0;
        boolean truncated = false;
        try (ExecutorService workers =
                Executors.newFixedThreadPool(concurrency, Thread.ofVirtual().factory())) {
            while (!frontier.isEmpty()) {
                List<Callable<Fetched>> level = frontier.stream()
                        .<Callable<Fetched>>map(path -> () -> fetch(base, path, origins))
                        .toList();
                List<String> next = new ArrayList<>();
                for (Future<Fetched> future : workers.invokeAll(level)) {
                    Fetched page = future.get();
                    results.add(page);
                    for (String link : page.links()) {
                        links++;
                        referrers
                                .computeIfAbsent(link, key -> ConcurrentHashMap.newKeySet())
                                .add(page.path());
                        if (seen.add(link)) {
                            if (seen.size() > maxPages) {
                                truncated = true;
                            } else {
                                next.add(link);
                            }
                        }
                    }
                }
                pagesRead.accept(results.size());
                frontier = next;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The link check was interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "The link check failed: " + e.getCause().getMessage(), e.getCause());
        }
        List<String> pages = new ArrayList<>();
        List<DeadLink> dead = new ArrayList<>();
        for (Fetched page : results) {
            if (page.status() >= 200 && page.status() < 400 && page.reason() == null) {
                if (page.html()) {
                    pages.add(page.path());
                }
            } else {
                Set<String> from = new TreeSet<>(referrers.getOrDefault(page.path(), Set.of()));
                dead.add(new DeadLink(
                        page.path(),
                        page.status(),
                        page.reason(),
                        from.size(),
                        from.stream().limit(SHOWN_REFERRERS).toList()));
            }
        }
        pages.sort(Comparator.naturalOrder());
        dead.sort(Comparator.comparing(DeadLink::occurrences).reversed().thenComparing(DeadLink::url));
        return new Result(pages, dead, results.size(), links, truncated);
    }

    private Fetched fetch(URI base, String path, Set<String> origins) {
        URI uri = base.resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept", "text/html,*/*;q=0.8")
                .header("User-Agent", "Sitewright link check")
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return new Fetched(path, 0, "no answer within " + requestTimeout.toSeconds() + " s", false, List.of());
        } catch (IOException e) {
            return new Fetched(
                    path,
                    0,
                    "no answer: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    false,
                    List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched(path, 0, "interrupted", false, List.of());
        }
        int status = response.statusCode();
        boolean html = response.headers()
                .firstValue("Content-Type")
                .orElse("")
                .toLowerCase(Locale.ROOT)
                .contains("text/html");
        if (status >= 400) {
            return new Fetched(path, status, null, false, List.of());
        }
        if (!html) {
            // Not a page (a feed, a file): it answered, so the link is fine, but there are no links to follow.
            return new Fetched(path, status, null, false, List.of());
        }
        Document document = Jsoup.parse(response.body(), response.uri().toString());
        Set<String> links = new LinkedHashSet<>();
        for (Element anchor : document.select("a[href]")) {
            internalPath(anchor.absUrl("href"), origins).ifPresent(links::add);
        }
        return new Fetched(path, status, null, true, List.copyOf(links));
    }

    /** The path and query of an internal link, without its fragment; empty for external and non-HTTP links. */
    static java.util.Optional<String> internalPath(String absolute, Set<String> origins) {
        if (absolute == null || absolute.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            URI uri = new URI(absolute.strip());
            if (uri.getScheme() == null
                    || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")
                    || !origins.contains(origin(uri))) {
                return java.util.Optional.empty();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return java.util.Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }
}
