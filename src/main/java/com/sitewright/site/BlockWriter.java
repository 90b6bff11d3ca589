package com.sitewright.site;

import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A React server component per component type under {@code components/blocks/}, written from its
 * fields, and the {@code BlockRenderer} that picks one by a block's {@code type}.
 */
final class BlockWriter {

    /** Enum fields that choose a look rather than carry content: passed on as data attributes. */
    private static final Set<String> PRESENTATIONAL =
            Set.of("alignment", "theme", "layout", "style", "width", "tone", "placement");

    private BlockWriter() {}

    static void write(SiteFiles files, SiteSpec spec) {
        List<ContentTypeDefinition> components = spec.model().stream()
                .filter(type -> type.kind() == ContentKind.COMPONENT)
                .toList();
        StringBuilder imports = new StringBuilder();
        StringBuilder cases = new StringBuilder();
        for (ContentTypeDefinition type : components) {
            String file = Names.kebab(type.key()) + "-block";
            String name = Names.pascal(type.key()) + "Block";
            files.add("components/blocks/" + file + ".tsx", component(type, name));
            imports.append("import { ")
                    .append(name)
                    .append(" } from './")
                    .append(file)
                    .append("';\n");
            cases.append("          case ")
                    .append(Ts.str(type.key()))
                    .append(":\n")
                    .append("            return <")
                    .append(name)
                    .append(" key={index} block={block} />;\n");
        }
        files.add("components/blocks/block-renderer.tsx", """
                import { list, record } from '@/lib/values';
                %s
                // Blocks are {"type": <component type>, ...fields}; unknown types render nothing.
                export function BlockRenderer({ blocks }: { blocks: unknown }) {
                  return (
                    <>
                      {list(blocks).map((value, index) => {
                        const block = record(value);
                        switch (block?.type) {
                %s          default:
                            return null;
                        }
                      })}
                    </>
                  );
                }
                """.formatted(imports, cases));
    }

    private static String component(ContentTypeDefinition type, String name) {
        List<FieldDefinition> fields = type.fields();
        FieldDefinition heading = fields.stream()
                .filter(f -> isText(f) && List.of("heading", "title", "message").contains(f.key()))
                .findFirst()
                .orElse(null);
        Map<String, String> labelForUrl = pairLinks(fields);
        Set<String> pairedLabels = new LinkedHashSet<>(labelForUrl.values());
        boolean hasColumns =
                type.field("columns").map(f -> f.type() == FieldType.INTEGER).orElse(false);
        boolean newsletter = type.field("listId").isPresent();

        Set<String> imports = new TreeSet<>();
        imports.add("import { str } from '@/lib/values';");
        List<String> consts = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        List<String> body = new ArrayList<>();
        boolean lead = true;
        int n = 0;
        for (FieldDefinition field : fields) {
            String key = Ts.str(field.key());
            String v = "v" + n++;
            if (field == heading) {
                consts.add("const " + v + " = str(block[" + key + "]);");
                body.add("{" + v + " ? <h2 className=\"font-heading text-3xl font-bold\">{" + v + "}</h2> : null}");
                continue;
            }
            if (field.type() == FieldType.ENUM && PRESENTATIONAL.contains(field.key())) {
                attributes.add("data-" + Names.kebab(field.key()) + "={str(block[" + key + "]) ?? undefined}");
                continue;
            }
            switch (field.type()) {
                case TEXT, LONG_TEXT -> {
                    if (pairedLabels.contains(field.key())
                            || field.key().endsWith("Id")
                            || field.key().endsWith("Code")) {
                        continue;
                    }
                    consts.add("const " + v + " = str(block[" + key + "]);");
                    if (field.key().toLowerCase().endsWith("label")) {
                        String control = newsletter
                                ? "<div className=\"mt-6 flex flex-wrap justify-center gap-3\"><input type=\"email\" aria-label=\"Email address\" placeholder=\"you@example.com\" className=\"card px-4 py-2\" /><button type=\"button\" className=\"button-primary\">{"
                                        + v + "}</button></div>"
                                : "<button type=\"button\" className=\"button-primary mt-6\">{" + v + "}</button>";
                        body.add("{" + v + " ? " + control + " : null}");
                    } else {
                        String style = lead ? "mt-4 text-lg opacity-80" : "mt-3 text-sm text-muted";
                        lead = false;
                        body.add("{" + v + " ? <p className=\"" + style + "\">{" + v + "}</p> : null}");
                    }
                }
                case URL -> {
                    String labelKey = labelForUrl.get(field.key());
                    if (labelKey == null) {
                        continue;
                    }
                    imports.add("import Link from '@/components/site-link';");
                    imports.add("import { safeHref } from '@/lib/values';");
                    consts.add("const " + v + " = safeHref(block[" + key + "]);");
                    consts.add("const " + v + "Label = str(block[" + Ts.str(labelKey) + "]);");
                    body.add("{" + v + " && " + v + "Label ? <div className=\"mt-6\"><Link href={" + v
                            + "} className=\"button-primary\">{" + v + "Label}</Link></div> : null}");
                }
                case RICH_TEXT -> {
                    imports.add("import { RichText } from '@/components/rich-text';");
                    body.add("<RichText html={block[" + key + "]} className=\"mt-6\" />");
                }
                case REFERENCE, REFERENCES -> {
                    imports.add("import { ReferenceList } from '@/components/reference-list';");
                    String columns = hasColumns ? "num(block[\"columns\"]) ?? 3" : "3";
                    if (hasColumns) {
                        imports.add("import { num } from '@/lib/values';");
                    }
                    body.add("<div className=\"mt-8\"><ReferenceList ids={block[" + key + "]} columns={" + columns
                            + "} /></div>");
                }
                case JSON -> {
                    imports.add("import { JsonView } from '@/components/json-view';");
                    body.add("<div className=\"mt-8\"><JsonView value={block[" + key + "]} /></div>");
                }
                default -> {
                    // Numbers, dates, flags and files configure a block; they are not shown as content.
                }
            }
        }
        StringBuilder out = new StringBuilder();
        mergeImports(imports).forEach(line -> out.append(line).append('\n'));
        out.append("\n// Renders a block of component type ")
                .append(Ts.str(type.key()))
                .append('\n');
        out.append("export function ").append(name).append("({ block }: { block: Record<string, unknown> }) {\n");
        consts.forEach(line -> out.append("  ").append(line).append('\n'));
        out.append("  return (\n");
        out.append("    <section className=\"block-")
                .append(Names.kebab(type.key()))
                .append(" py-12\"");
        attributes.forEach(attribute -> out.append(' ').append(attribute));
        out.append(">\n      <div className=\"mx-auto max-w-6xl px-6\">\n");
        body.forEach(line -> out.append("        ").append(line).append('\n'));
        out.append("      </div>\n    </section>\n  );\n}\n");
        return out.toString();
    }

    private static boolean isText(FieldDefinition field) {
        return field.type() == FieldType.TEXT || field.type() == FieldType.LONG_TEXT;
    }

    /** url field → its label field: "ctaUrl" goes with "ctaLabel"; a lone url with a lone label pair up. */
    private static Map<String, String> pairLinks(List<FieldDefinition> fields) {
        Map<String, String> pairs = new HashMap<>();
        List<String> urls = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (FieldDefinition field : fields) {
            if (field.type() == FieldType.URL) {
                urls.add(field.key());
            } else if (isText(field) && field.key().toLowerCase().endsWith("label")) {
                labels.add(field.key());
            }
        }
        for (String url : List.copyOf(urls)) {
            String label = url.replaceAll("(Url|URL|Link)$", "") + "Label";
            if (labels.contains(label)) {
                pairs.put(url, label);
                urls.remove(url);
                labels.remove(label);
            }
        }
        if (urls.size() == 1 && labels.size() == 1) {
            pairs.put(urls.getFirst(), labels.getFirst());
        }
        return pairs;
    }

    /** One import line per module, so two helpers from '@/lib/values' never clash. */
    private static List<String> mergeImports(Set<String> imports) {
        Map<String, Set<String>> named = new java.util.TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (String line : imports) {
            var matcher = java.util.regex.Pattern.compile("import \\{ (\\w+) } from '([^']+)';")
                    .matcher(line);
            if (matcher.matches()) {
                named.computeIfAbsent(matcher.group(2), k -> new TreeSet<>()).add(matcher.group(1));
            } else {
                lines.add(line);
            }
        }
        named.forEach(
                (module, names) -> lines.add("import { " + String.join(", ", names) + " } from '" + module + "';"));
        return lines;
    }
}
