package com.sitewright.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ItemStatus;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The toolbar turns the URL into the grid's filter, and putting the URL on it is not taken for a change. */
class ContentToolbarTest {

    /** Held here because Vaadin keeps the current UI only weakly: a collected UI fails the test at random. */
    private final UI ui = new UI();

    private final ContentTypeDefinition menuItem = type("menuItem", "Menu Item");
    private final ContentTypeDefinition category = type("menuCategory", "Menu Category");
    private ContentToolbar toolbar;
    private int changes;

    @BeforeEach
    void makeToolbar() {
        // The export links register their downloads with the current UI.
        UI.setCurrent(ui);
        toolbar = new ContentToolbar(new Span());
        toolbar.onTypeChosen(() -> changes++);
        toolbar.onFilterChange(() -> changes++);
    }

    @AfterEach
    void leaveUi() {
        UI.setCurrent(null);
    }

    @Test
    void theUrlsTypeSearchAndStatusBecomeTheFilterWithoutReportingAChange() {
        ContentTypeDefinition shown = toolbar.show(
                List.of(menuItem, category), new ContentUrl("menuItem", "latte", ItemStatus.DRAFT, null, null));

        assertThat(shown).isEqualTo(menuItem);
        assertThat(toolbar.allTypes()).isFalse();
        assertThat(toolbar.query().typeKey()).isEqualTo("menuItem");
        assertThat(toolbar.query().text()).isEqualTo("latte");
        assertThat(toolbar.query().status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(changes).isZero();
    }

    @Test
    void anUnknownTypeShowsAllTypes() {
        toolbar.show(List.of(menuItem, category), new ContentUrl("gone", "", null, null, null));

        assertThat(toolbar.allTypes()).isTrue();
        assertThat(toolbar.query().typeKey()).isNull();
        assertThat(toolbar.query().status()).isNull();
    }

    @Test
    void itemsAreShownInTheirOwnTypeAndNamedByIt() {
        toolbar.show(List.of(menuItem, category), new ContentUrl(null, "", null, null, null));

        assertThat(toolbar.typeOf(row("menuCategory"))).isEqualTo(category);
        assertThat(toolbar.typeOf(row("removedType")).key()).isEqualTo("*");
        assertThat(toolbar.displayName("menuItem")).isEqualTo("Menu Item");
        assertThat(toolbar.displayName("removedType")).isEqualTo("removedType");
        assertThat(toolbar.typeNames()).containsEntry("menuCategory", "Menu Category");
    }

    @Test
    void aFieldIsSetInBulkOnTheChosenTypeOrOnTheTickedRowsOneType() {
        toolbar.show(List.of(menuItem, category), new ContentUrl(null, "", null, null, null));
        assertThat(toolbar.typeForBulk("menuCategory")).isEqualTo(category);
        assertThat(toolbar.typeForBulk(null)).isNull();

        toolbar.show(List.of(menuItem, category), new ContentUrl("menuItem", "", null, null, null));
        assertThat(toolbar.typeForBulk(null)).isEqualTo(menuItem);
    }

    private static ContentTypeDefinition type(String key, String name) {
        return new ContentTypeDefinition(key, name, ContentKind.DATA, null, List.of());
    }

    private static ContentItemRow row(String typeKey) {
        return new ContentItemRow(
                UUID.randomUUID(),
                typeKey,
                "en",
                "slug",
                "Title",
                ItemStatus.DRAFT,
                1,
                null,
                Map.of(),
                Instant.EPOCH,
                Instant.EPOCH);
    }
}
