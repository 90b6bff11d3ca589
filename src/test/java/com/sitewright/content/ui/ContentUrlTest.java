package com.sitewright.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.content.ItemStatus;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The content grid's state survives the trip through its URL, and a hand-edited URL still opens the grid. */
class ContentUrlTest {

    private static final UUID ITEM = UUID.fromString("0b6e5a52-5c1a-4d43-9f4e-3f2f1c8a7d11");

    @Test
    void everyPartIsReadFromTheUrl() {
        ContentUrl url = ContentUrl.parse(QueryParameters.fromString(
                "type=menuItem&q=flat%20white&status=draft&cols=price,%20category,,&item=" + ITEM));

        assertThat(url.type()).isEqualTo("menuItem");
        assertThat(url.query()).isEqualTo("flat white");
        assertThat(url.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(url.columns()).containsExactly("price", "category");
        assertThat(url.item()).isEqualTo(ITEM);
    }

    @Test
    void anEmptyUrlIsTheDefaultView() {
        ContentUrl url = ContentUrl.parse(QueryParameters.empty());

        assertThat(url).isEqualTo(new ContentUrl(null, "", null, null, null));
        assertThat(url.toQueryParameters().getQueryString()).isEmpty();
    }

    @Test
    void malformedValuesReadAsTheDefault() {
        ContentUrl url = ContentUrl.parse(QueryParameters.fromString("type=&status=PUBLISHED&item=not-an-id"));

        assertThat(url.type()).isNull();
        assertThat(url.status()).isNull();
        assertThat(url.item()).isNull();
    }

    @Test
    void onlyWhatDiffersFromTheDefaultIsWritten() {
        var url = new ContentUrl("menuItem", "latte", ItemStatus.PUBLISHED, List.of("price", "category"), ITEM);

        assertThat(url.toQueryParameters().getParameters())
                .isEqualTo(Map.of(
                        "type", List.of("menuItem"),
                        "q", List.of("latte"),
                        "status", List.of("published"),
                        "cols", List.of("price,category"),
                        "item", List.of(ITEM.toString())));
        assertThat(new ContentUrl(null, "  ", null, null, ITEM)
                        .toQueryParameters()
                        .getQueryString())
                .isEqualTo("item=" + ITEM);
    }

    @Test
    void aWrittenUrlReadsBackAsTheSameState() {
        var chosen = new ContentUrl("menuItem", "oat & honey", ItemStatus.DRAFT, List.of("price"), ITEM);
        var noColumns = new ContentUrl("menuItem", "", null, List.of(), null);

        assertThat(ContentUrl.parse(chosen.toQueryParameters())).isEqualTo(chosen);
        assertThat(ContentUrl.parse(
                        QueryParameters.fromString(chosen.toQueryParameters().getQueryString())))
                .isEqualTo(chosen);
        assertThat(ContentUrl.parse(
                        QueryParameters.fromString(noColumns.toQueryParameters().getQueryString())))
                .isEqualTo(noColumns);
    }
}
