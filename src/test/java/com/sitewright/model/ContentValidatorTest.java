package com.sitewright.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentValidatorTest {

    private static final String ID_1 = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private static final String ID_2 = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    private final ContentValidator validator = new ContentValidator();

    private static FieldDefinition field(
            String key, FieldType type, boolean required, Validations validations, String... referenceTypes) {
        return new FieldDefinition(key, null, type, required, false, validations, List.of(referenceTypes));
    }

    private static ContentTypeDefinition type(FieldDefinition... fields) {
        return new ContentTypeDefinition("thing", "Thing", ContentKind.DATA, null, List.of(fields));
    }

    private List<ValidationError> check(FieldDefinition field, Object value) {
        Map<String, Object> data = new HashMap<>();
        data.put(field.key(), value);
        return validator.validate(type(field), data);
    }

    private void passes(FieldDefinition field, Object value) {
        assertThat(check(field, value)).as("%s = %s", field.key(), value).isEmpty();
    }

    private void fails(FieldDefinition field, Object value, String reason) {
        assertThat(check(field, value))
                .as("%s = %s", field.key(), value)
                .containsExactly(new ValidationError(field.key(), reason));
    }

    @Test
    void requiredFieldsMustBePresentAndNotBlank() {
        FieldDefinition title = field("title", FieldType.TEXT, true, null);
        FieldDefinition tags = field("tags", FieldType.REFERENCES, true, null, "tag");

        assertThat(validator.validate(type(title), Map.of()))
                .containsExactly(new ValidationError("title", "is required"));
        fails(title, null, "is required");
        fails(title, "   ", "is required");
        fails(tags, List.of(), "is required");
        passes(title, "Flat White");
        assertThat(validator.validate(type(field("note", FieldType.TEXT, false, null)), Map.of()))
                .isEmpty();
    }

    @Test
    void unknownFieldsAreReported() {
        assertThat(validator.validate(type(field("title", FieldType.TEXT, false, null)), Map.of("colour", "red")))
                .containsExactly(new ValidationError("colour", "is not a field of Thing"));
    }

    @Test
    void textFieldsHoldStrings() {
        fails(field("title", FieldType.TEXT, false, null), 42, "must be text");
        fails(field("body", FieldType.RICH_TEXT, false, null), List.of("<p>x</p>"), "must be text");
        passes(field("body", FieldType.RICH_TEXT, false, null), "<p>Fresh <strong>bread</strong></p>");
        passes(field("summary", FieldType.LONG_TEXT, false, null), "Two sentences. Right here.");
    }

    @Test
    void numbersAndIntegers() {
        FieldDefinition price = field("price", FieldType.NUMBER, false, null);
        FieldDefinition seats = field("seats", FieldType.INTEGER, false, null);

        fails(price, "3.50", "must be a number");
        fails(price, Double.NaN, "must be a number");
        passes(price, 3.5);
        passes(price, 3);
        fails(seats, 2.5, "must be a whole number");
        fails(seats, "12", "must be a whole number");
        passes(seats, 12);
        passes(seats, 12L);
        passes(seats, 12.0);
        passes(seats, new BigDecimal("12.00"));
    }

    @Test
    void booleans() {
        fails(field("vegan", FieldType.BOOLEAN, false, null), "true", "must be true or false");
        passes(field("vegan", FieldType.BOOLEAN, false, null), true);
    }

    @Test
    void datesAndDateTimes() {
        FieldDefinition date = field("openedOn", FieldType.DATE, false, null);
        FieldDefinition dateTime = field("startsAt", FieldType.DATE_TIME, false, null);

        fails(date, "2026-13-01", "must be a date like 2026-03-14");
        fails(date, "14/03/2026", "must be a date like 2026-03-14");
        passes(date, "2026-03-14");
        fails(dateTime, "2026-03-14 09:30", "must be a date and time like 2026-03-14T09:30:00Z");
        fails(dateTime, "2026-03-14", "must be a date and time like 2026-03-14T09:30:00Z");
        passes(dateTime, "2026-03-14T09:30:00Z");
        passes(dateTime, "2026-03-14T09:30:00+01:00");
    }

    @Test
    void lengthLimits() {
        FieldDefinition seo = field("seoDescription", FieldType.TEXT, false, Validations.length(10, 160));

        fails(seo, "Too short", "must be at least 10 characters");
        fails(seo, "x".repeat(161), "must be at most 160 characters");
        passes(seo, "x".repeat(160));
        passes(seo, "Café crème");
    }

    @Test
    void numericRanges() {
        FieldDefinition rating = field("rating", FieldType.INTEGER, false, Validations.range(1.0, 5.0));
        FieldDefinition price = field("price", FieldType.NUMBER, false, Validations.range(0.5, 99.99));

        fails(rating, 0, "must be at least 1");
        fails(rating, 6, "must be at most 5");
        passes(rating, 5);
        fails(price, 100.0, "must be at most 99.99");
        passes(price, 2.8);
    }

    @Test
    void patternsMustMatchTheWholeValue() {
        FieldDefinition sku = field("sku", FieldType.TEXT, false, Validations.pattern("[A-Z]{3}-[0-9]{4}"));

        fails(sku, "ABC-12345", "must match the pattern [A-Z]{3}-[0-9]{4}");
        fails(sku, "xABC-1234", "must match the pattern [A-Z]{3}-[0-9]{4}");
        passes(sku, "ABC-1234");
        fails(
                field("broken", FieldType.TEXT, false, Validations.pattern("[unclosed")),
                "x",
                "has an invalid pattern in its definition");
    }

    @Test
    void allowedValues() {
        FieldDefinition size = field("size", FieldType.ENUM, false, Validations.oneOf(List.of("small", "large")));

        fails(size, "medium", "must be one of: small, large");
        fails(size, 1, "must be one of the listed values");
        passes(size, "large");
    }

    @Test
    void itemCounts() {
        FieldDefinition images = field("images", FieldType.REFERENCES, false, Validations.items(2, 3), "image");

        fails(images, List.of(ID_1), "must have at least 2 items");
        fails(
                images,
                List.of(ID_1, ID_2, "1b4e28ba-2fa1-11d2-883f-0016d3cca427", "6fa459ea-ee8a-3ca4-894e-db77e160355e"),
                "must have at most 3 items");
        passes(images, List.of(ID_1, ID_2));
    }

    @Test
    void slugs() {
        FieldDefinition slug = field("slug", FieldType.SLUG, false, null);

        fails(slug, "Hello World", "must be lowercase letters and digits separated by single hyphens");
        fails(slug, "hello--world", "must be lowercase letters and digits separated by single hyphens");
        fails(slug, "-hello", "must be lowercase letters and digits separated by single hyphens");
        passes(slug, "honey-oat-cortado-2");
    }

    @Test
    void emails() {
        FieldDefinition email = field("email", FieldType.EMAIL, false, null);

        fails(email, "not-an-email", "must be an email address");
        fails(email, "two@@example.com", "must be an email address");
        fails(email, "hello@localhost", "must be an email address");
        passes(email, "hello@emberandoak.com");
    }

    @Test
    void urls() {
        FieldDefinition url = field("website", FieldType.URL, false, null);

        fails(url, "javascript:alert(1)", "must be a web address (https://...) or a path on this site (/...)");
        fails(url, "//evil.example/x", "must be a web address (https://...) or a path on this site (/...)");
        fails(url, "www.example.com", "must be a web address (https://...) or a path on this site (/...)");
        fails(url, "https://exa mple.com", "must be a web address (https://...) or a path on this site (/...)");
        passes(url, "https://www.example.com/menu?x=1");
        passes(url, "/menu#espresso");
    }

    @Test
    void referencesAreUuidStrings() {
        FieldDefinition author = field("author", FieldType.REFERENCE, false, null, "author");
        FieldDefinition tags = field("tags", FieldType.REFERENCES, false, null, "tag");

        fails(author, "author-1", "must be the id of a content item");
        fails(author, 12, "must be the id of a content item");
        passes(author, ID_1);
        fails(tags, ID_1, "must be a list of content item ids");
        assertThat(check(tags, List.of(ID_1, "nope")))
                .containsExactly(new ValidationError("tags[1]", "must be the id of a content item"));
        assertThat(check(tags, List.of(ID_1, ID_1)))
                .containsExactly(new ValidationError("tags[1]", "lists the same item twice"));
        passes(tags, List.of(ID_1, ID_2));
    }

    @Test
    void jsonAndAssets() {
        FieldDefinition hours = field("openingHours", FieldType.JSON, false, null);
        FieldDefinition photo = field("photo", FieldType.ASSET, false, null);

        fails(hours, "Mon-Fri 8-5", "must be a JSON object or array");
        passes(hours, Map.of("monday", "08:00-17:00"));
        passes(hours, List.of(1, 2));
        String notAnAsset =
                "must be an asset: an image address (https://... or /...), an asset ID, or an object with such a \"url\"";
        fails(photo, 7, notAnAsset);
        fails(photo, "javascript:alert(1)", notAnAsset);
        fails(photo, Map.of("url", "data:text/html,<script>alert(1)</script>", "alt", "x"), notAnAsset);
        passes(photo, ID_1);
        passes(photo, "/images/cup.jpg");
        passes(photo, Map.of("url", "https://images.example.com/cup.jpg", "alt", "A flat white in a blue cup"));
    }

    @Test
    void blocksHaveAnAllowedTypeAndValidFields() {
        FieldDefinition sections = field("sections", FieldType.BLOCKS, false, null, "hero");
        ContentTypeDefinition hero = new ContentTypeDefinition(
                "hero",
                "Hero",
                ContentKind.COMPONENT,
                null,
                List.of(field("heading", FieldType.TEXT, true, Validations.length(null, 20))));
        ContentTypeDefinition page = type(sections);

        assertThat(check(sections, "hero"))
                .containsExactly(new ValidationError("sections", "must be a list of blocks"));
        assertThat(check(sections, List.of(Map.of("heading", "Hi"))))
                .containsExactly(new ValidationError("sections[0]", "must be a block with a type"));
        assertThat(check(sections, List.of(Map.of("type", "gallery"))))
                .containsExactly(new ValidationError("sections[0]", "is a gallery block, which is not allowed here"));
        assertThat(check(sections, List.of(Map.of("type", "hero", "heading", "Hello"))))
                .isEmpty();

        Map<String, Object> badHero = new LinkedHashMap<>();
        badHero.put("type", "hero");
        badHero.put("heading", "x".repeat(21));
        badHero.put("colour", "red");
        assertThat(validator.validate(
                        page,
                        Map.of("sections", List.of(Map.of("type", "hero"), badHero)),
                        key -> key.equals("hero") ? Optional.of(hero) : Optional.empty()))
                .containsExactly(
                        new ValidationError("sections[0].heading", "is required"),
                        new ValidationError("sections[1].colour", "is not a field of Hero"),
                        new ValidationError("sections[1].heading", "must be at most 20 characters"));
    }

    @Test
    void reportsEveryProblemOfAnItem() {
        ContentTypeDefinition menuItem = new ContentTypeDefinition(
                "menuItem",
                "Menu Item",
                ContentKind.DATA,
                null,
                List.of(
                        field("name", FieldType.TEXT, true, Validations.length(null, 10)),
                        field("price", FieldType.NUMBER, true, Validations.range(1.0, 10.0)),
                        field("slug", FieldType.SLUG, true, null)));

        assertThat(validator.validate(menuItem, Map.of("name", "Honey Oat Cortado", "price", 0.5)))
                .extracting(ValidationError::toString)
                .containsExactly("name must be at most 10 characters", "price must be at least 1", "slug is required");
    }
}
