package com.sitewright.delivery;

import com.sitewright.api.RestApi;
import com.sitewright.base.InvalidInputException;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentQuery;
import com.sitewright.content.ContentService;
import com.sitewright.model.ContentTypeDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only JSON for generated sites. Published content may be cached briefly by anyone; preview
 * answers are private and revalidated every time (the ETag makes that a cheap 304).
 */
@RestApi
@RestController
@RequestMapping("/delivery/v1/{projectId}")
class DeliveryApi {

    private static final String FILTER_PREFIX = "filter.";
    private static final int MAX_SEARCH = 200;
    private static final int MAX_FILTERS = 20;

    private final DeliveryService delivery;

    DeliveryApi(DeliveryService delivery) {
        this.delivery = delivery;
    }

    record ItemJson(
            UUID id,
            String type,
            String locale,
            String slug,
            String title,
            String status,
            long version,
            Instant updatedAt,
            Map<String, Object> data) {
        static ItemJson of(ContentItemRow row, Map<String, Object> data) {
            return new ItemJson(
                    row.id(),
                    row.typeKey(),
                    row.locale(),
                    row.slug(),
                    row.title(),
                    row.status().id(),
                    row.version(),
                    row.updatedAt(),
                    data);
        }
    }

    record ItemPage(List<ItemJson> items, long total, int page, int size) {}

    @GetMapping("/content-types")
    ResponseEntity<List<ContentTypeDefinition>> contentTypes(@PathVariable UUID projectId) {
        return cached(projectId, delivery.contentTypes(projectId));
    }

    /** Items with paging, an optional type, search text and exact-value filters: {@code filter.<field>=<value>}. */
    @GetMapping("/items")
    ResponseEntity<ItemPage> items(
            @PathVariable UUID projectId,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort,
            @RequestParam Map<String, String> parameters) {
        if (page < 0 || size < 1 || size > ContentService.MAX_PAGE_SIZE) {
            throw new InvalidInputException(
                    "page must be 0 or more and size between 1 and " + ContentService.MAX_PAGE_SIZE + ".");
        }
        if (q != null && q.length() > MAX_SEARCH) {
            throw new InvalidInputException("A search text is at most " + MAX_SEARCH + " characters.");
        }
        Map<String, String> filters = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(FILTER_PREFIX) && name.length() > FILTER_PREFIX.length()) {
                filters.put(name.substring(FILTER_PREFIX.length()), value);
            }
        });
        if (filters.size() > MAX_FILTERS) {
            throw new InvalidInputException("At most " + MAX_FILTERS + " filters at once.");
        }
        ContentQuery query = new ContentQuery(
                        type == null || type.isBlank() ? null : type.strip(), q, null, "title", true)
                .withEquals(filters);
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", 2);
            query = query.sortedBy(
                    parts[0].strip(), parts.length < 2 || !parts[1].strip().equalsIgnoreCase("desc"));
        }
        DeliveryService.Page result = delivery.items(projectId, query, page, size);
        return cached(
                projectId, new ItemPage(json(projectId, result.items()), result.total(), result.page(), result.size()));
    }

    @GetMapping("/items/{itemId}")
    ResponseEntity<ItemJson> item(@PathVariable UUID projectId, @PathVariable UUID itemId) {
        return cached(
                projectId,
                json(projectId, List.of(delivery.item(projectId, itemId))).getFirst());
    }

    @GetMapping("/types/{type}/slugs/{slug}")
    ResponseEntity<ItemJson> itemBySlug(
            @PathVariable UUID projectId, @PathVariable String type, @PathVariable String slug) {
        return cached(
                projectId,
                json(projectId, List.of(delivery.itemBySlug(projectId, type, slug)))
                        .getFirst());
    }

    /** Items as sites read them: asset field values carry the addresses this reader may load them from. */
    private List<ItemJson> json(UUID projectId, List<ContentItemRow> rows) {
        List<Map<String, Object>> data = delivery.withAssetLinks(
                projectId, rows.stream().map(ContentItemRow::data).toList());
        List<ItemJson> items = new java.util.ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            items.add(ItemJson.of(rows.get(i), data.get(i)));
        }
        return items;
    }

    private <T> ResponseEntity<T> cached(UUID projectId, T body) {
        CacheControl cache = delivery.kind(projectId) == DeliveryKind.PRODUCTION
                ? CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().staleWhileRevalidate(Duration.ofMinutes(10))
                : CacheControl.noCache().cachePrivate();
        return ResponseEntity.ok().cacheControl(cache).varyBy("Authorization").body(body);
    }
}
