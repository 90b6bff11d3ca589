package com.sitewright.generation.blueprint;

import com.sitewright.model.ContentKind;
import java.util.ArrayList;
import java.util.List;

/** Collects the types of one industry's model; {@link Blueprint#of} checks and orders them. */
final class ModelBuilder {

    private final Industry industry;
    private final List<TypeBuilder> types = new ArrayList<>();
    private String primaryKey;
    private final List<String> testimonialTypes = new ArrayList<>(List.of("testimonial"));

    ModelBuilder(Industry industry) {
        this.industry = industry;
    }

    Industry industry() {
        return industry;
    }

    /** A routable page: title, slug, seoTitle and seoDescription come first on every page type. */
    TypeBuilder page(String key) {
        TypeBuilder type = add(key, ContentKind.PAGE);
        type.text("title")
                .required()
                .max(120)
                .localized()
                .fromTitle()
                .slug("slug")
                .required()
                .from(ItemContext::slug)
                .text("seoTitle")
                .label("SEO title")
                .max(70)
                .localized()
                .fill(0.9)
                .from(ctx -> Text.truncate(ctx.title() + " | " + ctx.intent().siteName(), 70))
                .text("seoDescription")
                .label("SEO description")
                .max(160)
                .localized()
                .fill(0.9)
                .from(ctx -> Text.truncate(ctx.sentence(), 160));
        return type;
    }

    TypeBuilder component(String key) {
        return add(key, ContentKind.COMPONENT);
    }

    TypeBuilder data(String key) {
        return add(key, ContentKind.DATA);
    }

    TypeBuilder media(String key) {
        return add(key, ContentKind.MEDIA);
    }

    TypeBuilder settings(String key) {
        return add(key, ContentKind.SETTINGS);
    }

    /** The collection a bare "5,000 items" applies to. */
    ModelBuilder primary(String key) {
        this.primaryKey = key;
        return this;
    }

    String primaryKey() {
        return primaryKey;
    }

    /** Types besides "testimonial" that a testimonial strip may show (reviews). */
    ModelBuilder testimonialSource(String key) {
        if (!testimonialTypes.contains(key)) {
            testimonialTypes.add(key);
        }
        return this;
    }

    List<String> testimonialTypes() {
        return List.copyOf(testimonialTypes);
    }

    List<String> keys(ContentKind kind) {
        return types.stream()
                .filter(t -> t.kind() == kind)
                .map(TypeBuilder::key)
                .toList();
    }

    List<TypeBuilder> types() {
        return List.copyOf(types);
    }

    boolean has(String key) {
        return types.stream().anyMatch(t -> t.key().equals(key));
    }

    /** Drops a type the prompt replaces with its own; nothing may point at it. */
    ModelBuilder remove(String key) {
        types.removeIf(t -> t.key().equals(key));
        return this;
    }

    private TypeBuilder add(String key, ContentKind kind) {
        if (has(key)) {
            throw new IllegalStateException("Duplicate type " + key);
        }
        TypeBuilder type = new TypeBuilder(key, kind);
        types.add(type);
        return type;
    }
}
