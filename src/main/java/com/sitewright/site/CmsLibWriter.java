package com.sitewright.site;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.PageLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code lib/}: the CMS adapter, the content model as data, and the path rule of {@link SitePaths}. */
final class CmsLibWriter {

    private static final List<String> STATIC = List.of(
            "lib/cms/types.ts",
            "lib/cms/studio.ts",
            "lib/cms/studio-media.ts",
            "lib/cms/http.ts",
            "lib/cms/optimizely.ts",
            "lib/cms/contentful.ts",
            "lib/cms/sanity.ts",
            "lib/cms/index.ts",
            "lib/values.ts",
            "lib/images.ts",
            "lib/image-urls.ts",
            "lib/image-loader.ts",
            "lib/pictures.ts",
            "lib/rich-text.ts",
            "lib/navigation.ts",
            "lib/link-check.ts",
            "lib/roles.ts",
            "lib/site-format.ts",
            "lib/calendar.ts");

    private CmsLibWriter() {}

    static void write(SiteFiles files, SiteSpec spec) {
        STATIC.forEach(files::copy);
        files.add("lib/model.ts", model(spec.model()));
        files.add("lib/cms/paths.ts", paths(spec.model()));
    }

    private static String model(List<ContentTypeDefinition> model) {
        StringBuilder out = new StringBuilder("""
                import type { ContentTypeDef } from './cms/types';

                // The content model the site was generated from (fields in order), with each field's role and the
                // layout the studio chose for each type from those roles.
                export const TYPES: Record<string, ContentTypeDef> = {
                """);
        for (ContentTypeDefinition type : model) {
            List<Object> fields = new ArrayList<>();
            for (FieldDefinition field : type.fields()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("key", field.key());
                f.put("label", field.label());
                f.put("type", field.type().id());
                f.put("referenceTypes", field.referenceTypes());
                f.put(
                        "role",
                        field.effectiveRole() == null
                                ? null
                                : field.effectiveRole().id());
                if (field.type() == FieldType.ENUM && field.validations().allowedValues() != null) {
                    f.put("options", field.validations().allowedValues());
                }
                fields.add(f);
            }
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("key", type.key());
            t.put("displayName", type.displayName());
            t.put("kind", type.kind().id());
            t.put("layout", PageLayout.of(type).id());
            t.put("fields", fields);
            out.append("  ")
                    .append(Ts.str(type.key()))
                    .append(": ")
                    .append(Ts.literal(t))
                    .append(",\n");
        }
        return out.append("};\n").toString();
    }

    private static String paths(List<ContentTypeDefinition> model) {
        Map<String, String> segments = SitePaths.segments(model);
        StringBuilder routes = new StringBuilder();
        StringBuilder collections = new StringBuilder();
        for (ContentTypeDefinition type : model) {
            String segment = segments.get(type.key());
            if (segment != null) {
                routes.append("  ")
                        .append(Ts.str(type.key()))
                        .append(": ")
                        .append(Ts.str("/" + segment))
                        .append(",\n");
                collections
                        .append("  { type: ")
                        .append(Ts.str(type.key()))
                        .append(", path: ")
                        .append(Ts.str("/" + segment))
                        .append(", label: ")
                        .append(Ts.str(SitePaths.collectionLabel(type)))
                        .append(" },\n");
            }
        }
        List<String> topLevel = model.stream()
                .filter(SitePaths::isTopLevel)
                .map(ContentTypeDefinition::key)
                .toList();
        return """
                // Which path each item renders at; the studio applies the same rule (SiteRoutes.java).
                export const HOME_TYPE = %s;

                // Standard, contact and landing pages sit at /<slug>.
                export const TOP_LEVEL: string[] = %s;

                // Collection type → listing path.
                export const ROUTES: Record<string, string> = {
                %s};

                export const COLLECTIONS: { type: string; path: string; label: string }[] = [
                %s];

                /** The item's page, or null when its type has no page of its own. */
                export function pathOf(type: string, slug: string | null | undefined): string | null {
                  if (type === HOME_TYPE) return '/';
                  if (TOP_LEVEL.includes(type)) return slug ? `/${encodeURIComponent(slug)}` : null;
                  const base = ROUTES[type];
                  if (!base || !slug) return null;
                  return `${base}/${encodeURIComponent(slug)}`;
                }
                """.formatted(Ts.str(SitePaths.HOME_TYPE), Ts.literal(topLevel), routes, collections);
    }
}
