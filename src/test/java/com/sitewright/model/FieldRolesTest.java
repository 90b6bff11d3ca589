package com.sitewright.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldRolesTest {

    private static FieldDefinition field(String key, FieldType type, String... targets) {
        return new FieldDefinition(key, null, type, false, false, null, List.of(targets));
    }

    @ParameterizedTest
    @CsvSource({
        "price, number, price",
        "ticketPrice, number, price",
        "priceFrom, integer, price",
        "cost, number, price",
        "amount, number, price",
        "baseRate, number, price",
        "averagePrice, number, ",
        "averagePriceChange, number, ",
        "openRate, number, ",
        "discountPercent, integer, ",
        "price, text, ",
        "startsAt, dateTime, start",
        "startDate, date, start",
        "endsAt, dateTime, end",
        "validTo, date, end",
        "publishedAt, dateTime, date",
        "date, date, date",
        "harvested, date, ",
        "address, text, address",
        "streetAddress, longText, address",
        "venue, text, address",
        "latitude, number, geo",
        "lng, number, geo",
        "openingHours, json, hours",
        "hours, longText, hours",
        "rating, integer, rating",
        "averageRating, number, rating",
        "category, enum, category",
        "tags, json, tags",
        "name, text, title",
        "headline, text, title",
        "excerpt, longText, summary",
        "body, richText, body",
        "bio, longText, body",
        "sections, blocks, body",
        "ctaUrl, url, cta",
        "buttonUrl, url, cta",
        "bookingUrl, url, cta",
        "instagramUrl, url, ",
        "photo, asset, image",
        "file, asset, ",
        "vegan, boolean, ",
        "caffeineMg, integer, "
    })
    void infersRolesFromKeyAndType(String key, String type, String role) {
        FieldRole expected = role == null ? null : FieldRole.of(role);
        assertThat(FieldRoles.infer(field(key, FieldType.of(type)))).isEqualTo(expected);
    }

    @Test
    void referencesGetRolesFromWhatTheyPointTo() {
        assertThat(FieldRoles.infer(field("author", FieldType.REFERENCE, "author")))
                .isEqualTo(FieldRole.PERSON);
        assertThat(FieldRoles.infer(field("host", FieldType.REFERENCE, "teamMember")))
                .isEqualTo(FieldRole.PERSON);
        assertThat(FieldRoles.infer(field("speakers", FieldType.REFERENCES, "speaker")))
                .isEqualTo(FieldRole.PERSON);
        assertThat(FieldRoles.infer(field("category", FieldType.REFERENCE, "menuCategory")))
                .isEqualTo(FieldRole.CATEGORY);
        assertThat(FieldRoles.infer(field("section", FieldType.REFERENCE, "productCategory")))
                .isEqualTo(FieldRole.CATEGORY);
        assertThat(FieldRoles.infer(field("heroImage", FieldType.REFERENCE, "image")))
                .isEqualTo(FieldRole.IMAGE);
        assertThat(FieldRoles.infer(field("images", FieldType.REFERENCES, "image")))
                .isEqualTo(FieldRole.GALLERY);
        assertThat(FieldRoles.infer(field("location", FieldType.REFERENCE, "location")))
                .isEqualTo(FieldRole.ADDRESS);
        assertThat(FieldRoles.infer(field("tags", FieldType.REFERENCES, "tag"))).isEqualTo(FieldRole.TAGS);
        assertThat(FieldRoles.infer(field("relatedItems", FieldType.REFERENCES, "menuItem")))
                .isNull();
    }

    @Test
    void aRoleSetByHandWinsAndNoneSwitchesInferenceOff() {
        FieldDefinition price = field("price", FieldType.NUMBER);
        assertThat(price.effectiveRole()).isEqualTo(FieldRole.PRICE);
        assertThat(price.withRole(FieldRole.NONE).effectiveRole()).isNull();
        assertThat(field("amountPaid", FieldType.NUMBER)
                        .withRole(FieldRole.RATING)
                        .effectiveRole())
                .isEqualTo(FieldRole.RATING);
        // Changing to a type the role cannot carry drops the role rather than keep a price on text.
        assertThat(price.withRole(FieldRole.PRICE).withType(FieldType.TEXT).role())
                .isNull();
        assertThat(price.withRole(FieldRole.PRICE).withKey("cost").role()).isEqualTo(FieldRole.PRICE);
    }

    @Test
    void everyInferredRoleFitsItsFieldType() {
        for (FieldType type : FieldType.values()) {
            for (String key : List.of(
                    "price",
                    "name",
                    "startsAt",
                    "address",
                    "tags",
                    "category",
                    "photo",
                    "images",
                    "author",
                    "lat",
                    "openingHours",
                    "rating",
                    "ctaUrl",
                    "summary",
                    "body")) {
                FieldRole role = FieldRoles.infer(field(key, type));
                if (role != null) {
                    assertThat(role.fits(type)).as(key + " " + type).isTrue();
                }
            }
        }
    }

    @Test
    void rolesReadFromTheirIdsAndRejectUnknownOnes() {
        Arrays.stream(FieldRole.values())
                .forEach(role -> assertThat(FieldRole.of(role.id())).isEqualTo(role));
        assertThatThrownBy(() -> FieldRole.of("colour")).hasMessageContaining("Unknown field role");
    }

    @Test
    void modelRulesRefuseARoleTheTypeCannotCarry() {
        ContentTypeDefinition type = new ContentTypeDefinition(
                "menuItem",
                "Menu item",
                ContentKind.DATA,
                null,
                List.of(
                        field("name", FieldType.TEXT),
                        field("price", FieldType.TEXT).withRole(FieldRole.PRICE)));
        assertThat(ModelRules.check(List.of(type), 0))
                .anyMatch(error -> error.contains("cannot have the role \"price\""));
    }

    @Test
    void layoutsFollowTheRoles() {
        ContentTypeDefinition event = new ContentTypeDefinition(
                "workshop",
                "Workshop",
                ContentKind.PAGE,
                null,
                List.of(
                        field("title", FieldType.TEXT),
                        field("startsAt", FieldType.DATE_TIME),
                        field("venue", FieldType.TEXT)));
        ContentTypeDefinition promotion = new ContentTypeDefinition(
                "promotion",
                "Promotion",
                ContentKind.DATA,
                null,
                List.of(
                        field("name", FieldType.TEXT),
                        field("startsAt", FieldType.DATE_TIME),
                        field("endsAt", FieldType.DATE_TIME)));
        ContentTypeDefinition shop = new ContentTypeDefinition(
                "shop",
                "Shop",
                ContentKind.DATA,
                null,
                List.of(
                        field("name", FieldType.TEXT),
                        field("address", FieldType.TEXT),
                        field("openingHours", FieldType.JSON)));
        ContentTypeDefinition treatment = new ContentTypeDefinition(
                "treatment",
                "Treatment",
                ContentKind.DATA,
                null,
                List.of(field("name", FieldType.TEXT), field("cost", FieldType.NUMBER)));
        ContentTypeDefinition post = new ContentTypeDefinition(
                "post",
                "Post",
                ContentKind.PAGE,
                null,
                List.of(
                        field("title", FieldType.TEXT),
                        field("body", FieldType.RICH_TEXT),
                        field("author", FieldType.REFERENCE, "writer")));
        ContentTypeDefinition teacher = new ContentTypeDefinition(
                "teacher",
                "Teacher",
                ContentKind.DATA,
                null,
                List.of(field("name", FieldType.TEXT), field("photo", FieldType.ASSET)));
        ContentTypeDefinition landing = new ContentTypeDefinition(
                "landing",
                "Landing",
                ContentKind.PAGE,
                null,
                List.of(
                        field("title", FieldType.TEXT),
                        field("price", FieldType.NUMBER),
                        field("sections", FieldType.BLOCKS, "hero")));
        ContentTypeDefinition note = new ContentTypeDefinition(
                "note",
                "Note",
                ContentKind.DATA,
                null,
                List.of(field("title", FieldType.TEXT), field("vegan", FieldType.BOOLEAN)));

        assertThat(PageLayout.of(event)).isEqualTo(PageLayout.EVENT);
        assertThat(PageLayout.of(promotion)).isEqualTo(PageLayout.GENERIC);
        assertThat(PageLayout.of(shop)).isEqualTo(PageLayout.LOCATION);
        assertThat(PageLayout.of(treatment)).isEqualTo(PageLayout.PRODUCT);
        assertThat(PageLayout.of(post)).isEqualTo(PageLayout.ARTICLE);
        assertThat(PageLayout.of(teacher)).isEqualTo(PageLayout.PERSON);
        assertThat(PageLayout.of(landing)).isEqualTo(PageLayout.GENERIC);
        assertThat(PageLayout.of(note)).isEqualTo(PageLayout.GENERIC);
        // A role set by hand changes the layout: the same treatment without a price is a plain page.
        ContentTypeDefinition free = new ContentTypeDefinition(
                "treatment",
                "Treatment",
                ContentKind.DATA,
                null,
                List.of(
                        field("name", FieldType.TEXT),
                        field("cost", FieldType.NUMBER).withRole(FieldRole.NONE)));
        assertThat(PageLayout.of(free)).isEqualTo(PageLayout.GENERIC);
    }
}
