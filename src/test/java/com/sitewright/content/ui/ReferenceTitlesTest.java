package com.sitewright.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ItemStatus;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reference columns look up a page of rows' targets in one call, and never ask twice for a known title. */
class ReferenceTitlesTest {

    private final Map<UUID, String> stored = new HashMap<>();
    private final List<Collection<UUID>> lookups = new ArrayList<>();
    private final ReferenceTitles titles = new ReferenceTitles(ids -> {
        lookups.add(List.copyOf(ids));
        Map<UUID, String> found = new HashMap<>();
        ids.stream().filter(stored::containsKey).forEach(id -> found.put(id, stored.get(id)));
        return found;
    });
    private final FieldDefinition category = field("category", FieldType.REFERENCE);
    private final FieldDefinition pairings = field("pairings", FieldType.REFERENCES);

    @Test
    void aPageOfRowsIsLookedUpInOneCall() {
        List<UUID> categories =
                IntStream.range(0, 8).mapToObj(i -> target("Category " + i)).toList();
        List<UUID> others =
                IntStream.range(0, 30).mapToObj(i -> target("Item " + i)).toList();
        List<ContentItemRow> page = IntStream.range(0, 50)
                .mapToObj(i -> row(Map.of(
                        "category", categories.get(i % 8).toString(),
                        "pairings",
                                List.of(
                                        others.get(i % 30).toString(),
                                        others.get((i + 1) % 30).toString(),
                                        others.get((i + 2) % 30).toString()))))
                .toList();

        titles.load(page, List.of(category, pairings));

        assertThat(lookups).hasSize(1);
        assertThat(lookups.getFirst()).hasSize(38);
        assertThat(titles.text(page.get(3), category)).isEqualTo("Category 3");
        assertThat(titles.text(page.get(3), pairings)).isEqualTo("Item 3, Item 4 +1");

        titles.load(page, List.of(category, pairings));
        assertThat(lookups).as("known titles are not asked for again").hasSize(1);
    }

    @Test
    void aMissingTargetIsSaidSoAndNotAskedForAgain() {
        UUID gone = UUID.randomUUID();
        List<ContentItemRow> page =
                List.of(row(Map.of("category", gone.toString())), row(Map.of("category", "not-an-id")));

        titles.load(page, Set.of(category));
        titles.load(page, Set.of(category));

        assertThat(lookups).hasSize(1);
        assertThat(titles.text(page.get(0), category)).isEqualTo("(missing item)");
        assertThat(titles.text(page.get(1), category)).isEmpty();
    }

    @Test
    void rowsWithoutReferencesNeedNoLookup() {
        titles.load(List.of(row(Map.of("price", 4.5))), List.of(category));

        assertThat(lookups).isEmpty();
    }

    private UUID target(String title) {
        UUID id = UUID.randomUUID();
        stored.put(id, title);
        return id;
    }

    private static ContentItemRow row(Map<String, Object> data) {
        return new ContentItemRow(
                UUID.randomUUID(),
                "menuItem",
                "en",
                "slug",
                "Title",
                ItemStatus.DRAFT,
                1,
                null,
                data,
                Instant.now(),
                Instant.now());
    }

    private static FieldDefinition field(String key, FieldType type) {
        return new FieldDefinition(key, key, type, false, false, null, List.of("menuItem"));
    }
}
