package com.sitewright.content;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.model.ContentModels;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.SiteRoutes;
import com.sitewright.model.ValidationError;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's content items for the editor and the REST API: paged queries, edits, publishing and imports. Jobs use
 * {@link ContentJobs}, model changes {@link ContentMigrations}, the delivery API {@link DeliveryContent}.
 * Editors change the working copy; production sites read the published copy, which changes only
 * when items are published. Every change is announced as a {@link ContentChangedEvent}.
 */
@Service
public class ContentService {

    public static final int MAX_PAGE_SIZE = 500;

    private final ContentItemStore store;
    private final ItemMigrationStore migrations;
    private final ContentModels model;
    private final ApplicationEventPublisher events;
    private final ItemChecks checks = new ItemChecks();
    private final ItemBulkEdits bulk;
    private final ItemLinks links;
    private final ItemImports imports = new ItemImports();

    ContentService(
            ContentItemStore store,
            ItemMigrationStore migrations,
            ContentModels model,
            ApplicationEventPublisher events) {
        this.store = store;
        this.migrations = migrations;
        this.bulk = new ItemBulkEdits(store, migrations);
        this.links = new ItemLinks(migrations);
        this.model = model;
        this.events = events;
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public List<ContentItemRow> page(UUID projectId, ContentQuery query, int offset, int limit) {
        ContentTypeDefinition type = query.typeKey() == null ? null : model.type(projectId, query.typeKey());
        return store.page(
                ContentCopy.WORKING, projectId, query, type, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE_SIZE));
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public long count(UUID projectId, ContentQuery query) {
        return store.count(ContentCopy.WORKING, projectId, query);
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public ContentItemRow get(UUID projectId, UUID itemId) {
        return store.find(ContentCopy.WORKING, projectId, itemId)
                .orElseThrow(() -> new NotFoundException("No such item"));
    }

    /**
     * Replaces an item's data if nobody changed it since {@code expectedVersion}. The data must pass
     * its type's validations and every reference must point to an item of an allowed type in this
     * project; the title and slug follow the fields they come from. Only the working copy changes:
     * production sites keep showing what was published until the item is published again.
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public ContentItemRow update(UUID projectId, UUID itemId, Map<String, Object> data, long expectedVersion) {
        ContentItemRow current = store.find(ContentCopy.WORKING, projectId, itemId)
                .orElseThrow(() -> new NotFoundException("No such item"));
        if (data == null) {
            throw new InvalidInputException("Send the item's \"data\" as a JSON object.");
        }
        Map<String, ContentTypeDefinition> types = typesOf(projectId);
        ContentTypeDefinition type = Objects.requireNonNull(types.get(current.typeKey()), current.typeKey());
        if (current.version() != expectedVersion) {
            throw staleVersion(current.version());
        }
        List<ValidationError> errors = checks.check(
                type, data, key -> Optional.ofNullable(types.get(key)), ids -> store.typesOf(projectId, ids));
        if (!errors.isEmpty()) {
            throw new InvalidContentException(errors);
        }
        NewContentItem changed = new NewContentItem(
                itemId,
                current.typeKey(),
                current.locale(),
                slugOf(type, data, current),
                titleOf(type, data, current),
                data,
                current.status());
        checkRoute(projectId, type, types, changed, current.slug());
        try {
            if (!store.update(projectId, type, changed, expectedVersion)) {
                throw staleVersion(store.find(ContentCopy.WORKING, projectId, itemId)
                        .map(ContentItemRow::version)
                        .orElse(expectedVersion + 1));
            }
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    "Another " + type.displayName() + " already uses the slug '" + changed.slug() + "'.");
        }
        Optional<String> oldPath = SiteRoutes.pathOf(type, current.slug());
        Optional<String> newPath = SiteRoutes.pathOf(type, changed.slug());
        if (oldPath.isPresent() && newPath.isPresent() && !oldPath.equals(newPath)) {
            links.follow(projectId, List.copyOf(types.values()), Map.of(oldPath.get(), newPath.get()));
        }
        events.publishEvent(new ContentChangedEvent(
                projectId,
                List.of(new ContentChangedEvent.ChangedItem(itemId, current.typeKey(), changed.slug(), current.slug())),
                false,
                false));
        return store.find(ContentCopy.WORKING, projectId, itemId).orElseThrow();
    }

    /**
     * Publishes the items' working copies: production sites show them from now on, replacing what was
     * published before. Returns the items as they are now.
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public List<ContentItemRow> publish(UUID projectId, Collection<UUID> itemIds) {
        Set<UUID> ids = existingItems(projectId, itemIds);
        Map<UUID, String> previousSlugs = store.publishedSlugs(projectId, ids);
        store.publish(projectId, ids);
        List<ContentItemRow> published = store.findAll(projectId, ids);
        announcePublished(projectId, published, previousSlugs);
        return published;
    }

    /** Takes the items off production sites; they stay in the studio as drafts. Returns the items as they are now. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public List<ContentItemRow> unpublish(UUID projectId, Collection<UUID> itemIds) {
        Set<UUID> ids = existingItems(projectId, itemIds);
        Map<UUID, String> previousSlugs = store.publishedSlugs(projectId, ids);
        store.unpublish(projectId, ids);
        List<ContentItemRow> unpublished = store.findAll(projectId, ids);
        // Items that were not published leave production as it was.
        announcePublished(
                projectId,
                unpublished.stream()
                        .filter(row -> previousSlugs.containsKey(row.id()))
                        .toList(),
                previousSlugs);
        return unpublished;
    }

    /** IDs of the items the query matches, in ID order after {@code after} (null: from the first): how bulk work walks a filter. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public List<UUID> ids(UUID projectId, ContentQuery query, UUID after, int limit) {
        return store.ids(projectId, query, after, Math.clamp(limit, 1, 5_000));
    }

    /** Those of the IDs that are items of the project now (bulk work skips items deleted since it was asked for). */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public List<UUID> existing(UUID projectId, Collection<UUID> itemIds) {
        Set<UUID> found = store.typesOf(projectId, itemIds).keySet();
        return itemIds.stream().filter(found::contains).distinct().toList();
    }

    /**
     * Deletes the items from the studio and from production, and takes them out of every reference to them, so no
     * item points to one that is gone. Returns how many were deleted.
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public int delete(UUID projectId, Collection<UUID> itemIds) {
        Set<UUID> ids = existingItems(projectId, itemIds);
        Map<UUID, String> publishedSlugs = store.publishedSlugs(projectId, ids);
        List<ContentItemRow> rows = store.findAll(projectId, ids);
        List<ContentTypeDefinition> types = model.load(projectId);
        int deleted = bulk.delete(projectId, ids, types);
        links.follow(projectId, types, addressesOf(types, rows, publishedSlugs));
        events.publishEvent(new ContentChangedEvent(
                projectId,
                rows.stream()
                        .map(row -> new ContentChangedEvent.ChangedItem(
                                row.id(), row.typeKey(), row.slug(), publishedSlugs.get(row.id())))
                        .toList(),
                false,
                !publishedSlugs.isEmpty()));
        return deleted;
    }

    /** Where the deleted items' pages were, in the working and the published copy: links there now lead nowhere. */
    private static Map<String, String> addressesOf(
            List<ContentTypeDefinition> types, List<ContentItemRow> rows, Map<UUID, String> publishedSlugs) {
        Map<String, ContentTypeDefinition> byKey = new HashMap<>();
        types.forEach(type -> byKey.put(type.key(), type));
        Map<String, String> gone = new HashMap<>();
        for (ContentItemRow row : rows) {
            ContentTypeDefinition type = byKey.get(row.typeKey());
            if (type != null) {
                SiteRoutes.pathOf(type, row.slug()).ifPresent(path -> gone.put(path, null));
                SiteRoutes.pathOf(type, publishedSlugs.get(row.id())).ifPresent(path -> gone.put(path, null));
            }
        }
        // The home page is the site's root whether or not an item describes it.
        gone.remove("/");
        return gone;
    }

    /**
     * Refuses, with the reason, a value that cannot be set on every item of the type (or of the listed items'
     * types): a missing, slug or reference field, or a value the field's rules reject. Changes nothing.
     */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public void checkFieldValue(
            UUID projectId, String typeKey, Collection<UUID> itemIds, String fieldKey, Object value) {
        Map<String, ContentTypeDefinition> types = typesOf(projectId);
        Set<String> typeKeys = typeKey != null
                ? Set.of(typeKey)
                : new LinkedHashSet<>(store.typesOf(projectId, itemIds).values());
        for (String key : typeKeys) {
            ContentTypeDefinition type = types.get(key);
            if (type == null) {
                throw new NotFoundException("No content type '" + key + "' in this project");
            }
            bulk.settable(type, fieldKey, value);
        }
    }

    /**
     * Sets one field of every item to the same value (empty clears it), checked against the field's rules; each item
     * gets a new version of its working copy. Returns how many items changed.
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public int setField(UUID projectId, Collection<UUID> itemIds, String fieldKey, Object value) {
        Set<UUID> ids = existingItems(projectId, itemIds);
        Map<String, ContentTypeDefinition> types = typesOf(projectId);
        List<NewContentItem> changed = bulk.setField(store.findAll(projectId, ids), types, fieldKey, value);
        store.updateAll(projectId, types, changed);
        events.publishEvent(new ContentChangedEvent(
                projectId,
                changed.stream()
                        .map(item -> new ContentChangedEvent.ChangedItem(
                                item.id(), item.typeKey(), item.slug(), item.slug()))
                        .toList(),
                false,
                false));
        return changed.size();
    }

    /** What importing the rows into the type would do, and every problem found; writes nothing. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional(readOnly = true)
    public ImportReport checkImport(UUID projectId, String typeKey, List<ImportRow> rows) {
        return report(checked(projectId, typeKey, rows), false);
    }

    /**
     * Imports the rows into the type, all or nothing: with any problem nothing is written and the report says
     * which rows and why ({@link InvalidImportException}); otherwise new items are created and named ones updated in
     * one transaction. A named item whose row gives another status is published or unpublished with it.
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public ImportReport importItems(UUID projectId, String typeKey, List<ImportRow> rows) {
        model.loadForChange(projectId);
        ItemImports.Checked checked = checked(projectId, typeKey, rows);
        if (!checked.problems().isEmpty()) {
            throw new InvalidImportException(report(checked, false));
        }
        Map<String, ContentTypeDefinition> types = typesOf(projectId);
        store.insert(projectId, Objects.requireNonNull(types.get(typeKey), typeKey), checked.created());
        store.updateAll(projectId, types, checked.updated());
        events.publishEvent(new ContentChangedEvent(
                projectId,
                List.of(),
                true,
                checked.created().stream().anyMatch(item -> item.status() == ItemStatus.PUBLISHED)));
        if (!checked.toPublish().isEmpty()) {
            publish(projectId, checked.toPublish());
        }
        if (!checked.toUnpublish().isEmpty()) {
            unpublish(projectId, checked.toUnpublish());
        }
        return report(checked, true);
    }

    private ItemImports.Checked checked(UUID projectId, String typeKey, List<ImportRow> rows) {
        Map<String, ContentTypeDefinition> types = typesOf(projectId);
        ContentTypeDefinition type = types.get(typeKey);
        if (type == null) {
            throw new NotFoundException("No content type '" + typeKey + "' in this project");
        }
        List<UUID> named = rows.stream()
                .map(ImportRow::id)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<UUID, ContentItemRow> current = store.findAll(projectId, named).stream()
                .collect(Collectors.toMap(ContentItemRow::id, Function.identity()));
        return imports.check(type, types, rows, current, store.identities(projectId));
    }

    private static ImportReport report(ItemImports.Checked checked, boolean written) {
        List<ImportProblem> listed = checked.problems().size() <= ImportReport.MAX_LISTED
                ? checked.problems()
                : checked.problems().subList(0, ImportReport.MAX_LISTED);
        return new ImportReport(
                checked.validRows(),
                checked.problems().size(),
                listed,
                checked.created().size(),
                checked.updated().size(),
                written);
    }

    /**
     * A new draft item of the type, checked like an edit; its title comes from its title field and its slug from its
     * slug field or, when that is empty, from the title.
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public ContentItemRow create(UUID projectId, String typeKey, Map<String, Object> data) {
        ImportRow row = new ImportRow(1, null, null, ItemStatus.DRAFT, data == null ? Map.of() : data, List.of());
        ItemImports.Checked checked = checked(projectId, typeKey, List.of(row));
        if (!checked.problems().isEmpty()) {
            throw new InvalidContentException(checked.problems().stream()
                    .map(problem -> new ValidationError(problem.field(), problem.reason()))
                    .toList());
        }
        NewContentItem item = checked.created().getFirst();
        store.insert(projectId, model.type(projectId, typeKey), List.of(item));
        events.publishEvent(new ContentChangedEvent(
                projectId,
                List.of(new ContentChangedEvent.ChangedItem(item.id(), typeKey, item.slug(), null)),
                false,
                false));
        return store.find(ContentCopy.WORKING, projectId, item.id()).orElseThrow();
    }

    /** A draft copy of the item: its title gets "(copy)" and its slug a free "-copy" suffix. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public ContentItemRow duplicate(UUID projectId, UUID itemId) {
        ContentItemRow original = get(projectId, itemId);
        ContentTypeDefinition type = model.type(projectId, original.typeKey());
        Map<String, Object> data = new java.util.LinkedHashMap<>(original.data());
        Set<String> slugs = store.identities(projectId).stream()
                .filter(item -> item.typeKey().equals(type.key()))
                .map(ItemIdentity::slug)
                .collect(Collectors.toSet());
        String slug = original.slug() + "-copy";
        for (int n = 2; slugs.contains(slug); n++) {
            slug = original.slug() + "-copy-" + n;
        }
        String copySlug = slug;
        type.fields().forEach(field -> {
            if (field.type() == FieldType.SLUG) {
                data.put(field.key(), copySlug);
            } else if (field.type() == FieldType.TEXT && original.title().equals(data.get(field.key()))) {
                String title = original.title() + " (copy)";
                int max = field.validations().maxLength() == null
                        ? Integer.MAX_VALUE
                        : field.validations().maxLength();
                data.put(field.key(), title.length() <= max ? title : original.title());
            }
        });
        NewContentItem copy = new NewContentItem(
                UUID.randomUUID(),
                type.key(),
                original.locale(),
                copySlug,
                original.title() + " (copy)",
                data,
                ItemStatus.DRAFT);
        store.insert(projectId, type, List.of(copy));
        events.publishEvent(new ContentChangedEvent(
                projectId,
                List.of(new ContentChangedEvent.ChangedItem(copy.id(), type.key(), copySlug, null)),
                false,
                false));
        return store.find(ContentCopy.WORKING, projectId, copy.id()).orElseThrow();
    }

    /**
     * Items a reference may point to: of the given types, whose text matches the search, in title order, a page at a
     * time, so a picker stays quick over any number of candidates.
     */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public List<ReferenceCandidate> candidates(
            UUID projectId, Collection<String> typeKeys, String search, int offset, int limit) {
        return store.candidates(projectId, typeKeys, search, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE_SIZE));
    }

    /** The named items as a picker shows them (missing ones are left out), for the values a reference field holds. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public List<ReferenceCandidate> candidatesById(UUID projectId, Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : store.candidatesById(projectId, ids);
    }

    /** The distinct IDs asked for, once each is known to be an item of the project. */
    private Set<UUID> existingItems(UUID projectId, Collection<UUID> itemIds) {
        if (itemIds == null || itemIds.isEmpty() || itemIds.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("Name at least one item by its ID.");
        }
        Set<UUID> ids = new LinkedHashSet<>(itemIds);
        Map<UUID, String> found = store.typesOf(projectId, ids);
        ids.stream().filter(id -> !found.containsKey(id)).findFirst().ifPresent(missing -> {
            throw new NotFoundException("No such item: " + missing);
        });
        return ids;
    }

    private void announcePublished(UUID projectId, List<ContentItemRow> rows, Map<UUID, String> previousSlugs) {
        if (rows.isEmpty()) {
            return;
        }
        List<ContentChangedEvent.ChangedItem> items = rows.stream()
                .map(row -> new ContentChangedEvent.ChangedItem(
                        row.id(), row.typeKey(), row.slug(), previousSlugs.get(row.id())))
                .toList();
        events.publishEvent(new ContentChangedEvent(projectId, items, false, true));
    }

    /** Titles of the referenced items that exist in the project, for showing references by name. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public Map<UUID, String> titles(UUID projectId, Collection<UUID> itemIds) {
        return store.titles(projectId, itemIds);
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public Map<String, Long> countByType(UUID projectId) {
        return store.countByType(projectId);
    }

    /** The project's content types by key. */
    private Map<String, ContentTypeDefinition> typesOf(UUID projectId) {
        return model.load(projectId).stream()
                .collect(Collectors.toMap(ContentTypeDefinition::key, Function.identity()));
    }

    private static ConflictException staleVersion(long storedVersion) {
        return new StaleItemException(storedVersion);
    }

    /**
     * A top-level page's slug is its whole path: refuse one the site's routes already use, or another top-level page's
     * (those types share one URL space, while the database keeps slugs unique per type only).
     */
    private void checkRoute(
            UUID projectId,
            ContentTypeDefinition type,
            Map<String, ContentTypeDefinition> types,
            NewContentItem item,
            String slugBefore) {
        if (!SiteRoutes.isTopLevel(type) || item.slug() == null || item.slug().equals(slugBefore)) {
            return;
        }
        String field = type.fields().stream()
                .filter(f -> f.type() == FieldType.SLUG)
                .map(FieldDefinition::key)
                .findFirst()
                .orElse("slug");
        Optional<String> conflict = SiteRoutes.slugConflict(type, item.slug(), types.values());
        if (conflict.isEmpty()) {
            conflict = store.identities(projectId).stream()
                    .filter(other -> !other.id().equals(item.id())
                            && !other.typeKey().equals(type.key())
                            && item.slug().equals(other.slug())
                            && types.containsKey(other.typeKey())
                            && SiteRoutes.isTopLevel(types.get(other.typeKey())))
                    .findFirst()
                    .map(other -> "\"" + item.slug() + "\" is used by another page ("
                            + Objects.requireNonNull(types.get(other.typeKey())).displayName() + " \""
                            + other.title() + "\")");
        }
        conflict.ifPresent(reason -> {
            throw new InvalidContentException(List.of(new ValidationError(field, reason)));
        });
    }

    private static String slugOf(ContentTypeDefinition type, Map<String, Object> data, ContentItemRow current) {
        return type.fields().stream()
                .filter(field -> field.type() == FieldType.SLUG)
                .map(field -> data.get(field.key()))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .findFirst()
                .orElse(current.slug());
    }

    /** The title follows the text field it was taken from (the one holding the old title), if any. */
    private static String titleOf(ContentTypeDefinition type, Map<String, Object> data, ContentItemRow current) {
        return type.fields().stream()
                .filter(field -> field.type() == FieldType.TEXT)
                .filter(field -> current.title().equals(current.data().get(field.key())))
                .map(field -> data.get(field.key()))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .filter(title -> !title.isBlank())
                .findFirst()
                .orElse(current.title());
    }
}
