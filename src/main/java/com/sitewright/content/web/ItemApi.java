package com.sitewright.content.web;

import com.sitewright.api.ApiParams;
import com.sitewright.api.RestApi;
import com.sitewright.base.InvalidInputException;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentQuery;
import com.sitewright.content.ContentService;
import com.sitewright.model.ContentModelService;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.SiteRoutes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A project's content items: list, read, create, edit, duplicate, delete, publish. */
@RestApi
@RestController
@RequestMapping("/api/v1/projects")
class ItemApi {

    private final ContentService content;
    private final ContentModelService model;

    ItemApi(ContentService content, ContentModelService model) {
        this.content = content;
        this.model = model;
    }

    /**
     * {@code path} is where the item renders on the generated site; null for types without pages of their own.
     * {@code publishedVersion} is the version production sites show; null when the item is not published.
     */
    record ItemJson(
            UUID id,
            String type,
            String locale,
            String slug,
            String title,
            String status,
            long version,
            Long publishedVersion,
            @Nullable String path,
            Map<String, Object> data,
            Instant createdAt,
            Instant updatedAt) {}

    record ItemPage(List<ItemJson> items, long total, int page, int size) {}

    record ItemChange(Map<String, Object> data, Long version) {}

    @GetMapping("/{id}/items")
    ItemPage items(
            @PathVariable UUID id,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String sort) {
        ApiParams.page(page, size, ContentService.MAX_PAGE_SIZE);
        ContentQuery query =
                new ContentQuery(blankToNull(type), ApiParams.search(q), StatusParam.of(status), "title", true);
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", 2);
            boolean ascending = parts.length < 2 || !parts[1].strip().equalsIgnoreCase("desc");
            query = query.sortedBy(parts[0].strip(), ascending);
        }
        Map<String, ContentTypeDefinition> types = typesOf(id);
        List<ItemJson> items = content.page(id, query, page * size, size).stream()
                .map(row -> toJson(row, types))
                .toList();
        return new ItemPage(items, content.count(id, query), page, size);
    }

    @GetMapping("/{id}/items/{itemId}")
    ItemJson item(@PathVariable UUID id, @PathVariable UUID itemId) {
        return toJson(content.get(id, itemId), typesOf(id));
    }

    @PutMapping("/{id}/items/{itemId}")
    ItemJson updateItem(@PathVariable UUID id, @PathVariable UUID itemId, @RequestBody ItemChange change) {
        if (change == null || change.data() == null || change.version() == null) {
            throw new InvalidInputException("Send {\"data\": {...}, \"version\": n} with the version you read.");
        }
        return toJson(content.update(id, itemId, change.data(), change.version()), typesOf(id));
    }

    record NewItem(String type, Map<String, Object> data) {}

    /** A new draft item of the type, checked like an edit; its slug comes from its slug field or its title. */
    @PostMapping("/{id}/items")
    ResponseEntity<ItemJson> createItem(@PathVariable UUID id, @RequestBody NewItem request) {
        if (request == null || request.type() == null || request.type().isBlank()) {
            throw new InvalidInputException("Send {\"type\": \"…\", \"data\": {...}}.");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(toJson(content.create(id, request.type().strip(), request.data()), typesOf(id)));
    }

    /** A draft copy: its title gets "(copy)", its slug a free "-copy" suffix. */
    @PostMapping("/{id}/items/{itemId}/duplicate")
    ResponseEntity<ItemJson> duplicateItem(@PathVariable UUID id, @PathVariable UUID itemId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(toJson(content.duplicate(id, itemId), typesOf(id)));
    }

    /** Deletes the item from the studio and production, and every reference to it. */
    @DeleteMapping("/{id}/items/{itemId}")
    ResponseEntity<Void> deleteItem(@PathVariable UUID id, @PathVariable UUID itemId) {
        content.delete(id, List.of(itemId));
        return ResponseEntity.noContent().build();
    }

    /** Production sites show the item's current version from now on. */
    @PostMapping("/{id}/items/{itemId}/publish")
    ItemJson publishItem(@PathVariable UUID id, @PathVariable UUID itemId) {
        return toJson(content.publish(id, List.of(itemId)).getFirst(), typesOf(id));
    }

    /** Production sites no longer show the item; it stays a draft in the studio. */
    @PostMapping("/{id}/items/{itemId}/unpublish")
    ItemJson unpublishItem(@PathVariable UUID id, @PathVariable UUID itemId) {
        return toJson(content.unpublish(id, List.of(itemId)).getFirst(), typesOf(id));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Map<String, ContentTypeDefinition> typesOf(UUID projectId) {
        return model.model(projectId).stream().collect(Collectors.toMap(ContentTypeDefinition::key, t -> t));
    }

    private static ItemJson toJson(ContentItemRow row, Map<String, ContentTypeDefinition> types) {
        ContentTypeDefinition type = types.get(row.typeKey());
        String path = type == null ? null : SiteRoutes.pathOf(type, row.slug()).orElse(null);
        return new ItemJson(
                row.id(),
                row.typeKey(),
                row.locale(),
                row.slug(),
                row.title(),
                row.status().id(),
                row.version(),
                row.publishedVersion(),
                path,
                row.data(),
                row.createdAt(),
                row.updatedAt());
    }
}
