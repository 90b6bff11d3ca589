package com.sitewright.modeling.ui;

import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The model as a picture: one row of boxes per kind of type (pages, components, data, media, settings) and a
 * curve from each type to every type its reference, references and blocks fields point to. Plain SVG text, so it
 * can be shown as an image (no script can run in it) and tested without a browser.
 */
final class ModelDiagram {

    private static final int BOX_WIDTH = 184;
    private static final int BOX_HEIGHT = 48;
    private static final int GAP_X = 28;
    private static final int GAP_Y = 92;
    private static final int MARGIN = 24;
    private static final int LABEL_WIDTH = 96;
    private static final int PER_ROW = 6;

    private ModelDiagram() {}

    record Box(ContentTypeDefinition type, int x, int y) {}

    static String svg(List<ContentTypeDefinition> types) {
        Map<String, Box> boxes = layout(types);
        int width = boxes.values().stream()
                        .mapToInt(box -> box.x() + BOX_WIDTH)
                        .max()
                        .orElse(0)
                + MARGIN;
        int height = boxes.values().stream()
                        .mapToInt(box -> box.y() + BOX_HEIGHT)
                        .max()
                        .orElse(0)
                + MARGIN;
        StringBuilder svg = new StringBuilder(16_000);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(Math.max(width, 320))
                .append("\" height=\"")
                .append(Math.max(height, 120))
                .append("\" font-family=\"Inter, system-ui, sans-serif\" font-size=\"12\">");
        svg.append("<defs>");
        for (FieldType kind : List.of(FieldType.REFERENCE, FieldType.REFERENCES, FieldType.BLOCKS)) {
            svg.append("<marker id=\"arrow-")
                    .append(kind.id())
                    .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\"")
                    .append(
                            " markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" fill=\"")
                    .append(colour(kind))
                    .append("\"/></marker>");
        }
        svg.append("</defs>");
        rowLabels(svg, boxes);
        for (Box box : boxes.values()) {
            for (FieldDefinition field : box.type().fields()) {
                if (!FieldTypes.pointsToTypes(field.type())) {
                    continue;
                }
                for (String target : field.referenceTypes()) {
                    Box to = boxes.get(target);
                    if (to != null) {
                        edge(svg, box, to, field);
                    }
                }
            }
        }
        boxes.values().forEach(box -> box(svg, box));
        return svg.append("</svg>").toString();
    }

    /** Rows by kind in a fixed order; a kind with many types wraps onto further rows. */
    static Map<String, Box> layout(List<ContentTypeDefinition> types) {
        Map<String, Box> boxes = new LinkedHashMap<>();
        int y = MARGIN;
        for (ContentKind kind : ContentKind.values()) {
            List<ContentTypeDefinition> ofKind =
                    types.stream().filter(type -> type.kind() == kind).toList();
            for (int start = 0; start < ofKind.size(); start += PER_ROW) {
                List<ContentTypeDefinition> row = ofKind.subList(start, Math.min(ofKind.size(), start + PER_ROW));
                for (int i = 0; i < row.size(); i++) {
                    boxes.put(row.get(i).key(), new Box(row.get(i), MARGIN + LABEL_WIDTH + i * (BOX_WIDTH + GAP_X), y));
                }
                y += BOX_HEIGHT + GAP_Y;
            }
        }
        return boxes;
    }

    private static void rowLabels(StringBuilder svg, Map<String, Box> boxes) {
        List<Integer> seen = new ArrayList<>();
        for (Box box : boxes.values()) {
            if (!seen.contains(box.y())) {
                seen.add(box.y());
                svg.append("<text x=\"")
                        .append(MARGIN)
                        .append("\" y=\"")
                        .append(box.y() + BOX_HEIGHT / 2 + 4)
                        .append("\" fill=\"#6b7280\" font-size=\"11\" font-weight=\"600\" letter-spacing=\"0.06em\">")
                        .append(box.type().kind().id().toUpperCase(Locale.ROOT))
                        .append("</text>");
            }
        }
    }

    private static void box(StringBuilder svg, Box box) {
        ContentTypeDefinition type = box.type();
        svg.append("<g><rect x=\"")
                .append(box.x())
                .append("\" y=\"")
                .append(box.y())
                .append("\" width=\"")
                .append(BOX_WIDTH)
                .append("\" height=\"")
                .append(BOX_HEIGHT)
                .append("\" rx=\"8\" fill=\"#ffffff\" stroke=\"")
                .append(kindColour(type.kind()))
                .append("\" stroke-width=\"1.5\"/>");
        svg.append("<text x=\"")
                .append(box.x() + 12)
                .append("\" y=\"")
                .append(box.y() + 20)
                .append("\" font-weight=\"600\" fill=\"#1f2937\">")
                .append(escape(shorten(type.displayName(), 24)))
                .append("</text>");
        svg.append("<text x=\"")
                .append(box.x() + 12)
                .append("\" y=\"")
                .append(box.y() + 37)
                .append("\" fill=\"#6b7280\" font-size=\"11\">")
                .append(escape(shorten(type.key(), 22)))
                .append(" · ")
                .append(type.fields().size())
                .append(" fields</text></g>");
    }

    private static void edge(StringBuilder svg, Box from, Box to, FieldDefinition field) {
        double x1 = from.x() + BOX_WIDTH / 2.0;
        double y1 = from.y() + BOX_HEIGHT;
        double x2 = to.x() + BOX_WIDTH / 2.0;
        double y2 = to.y();
        if (from == to) {
            double x = from.x() + BOX_WIDTH;
            double y = from.y() + BOX_HEIGHT / 2.0;
            svg.append("<path d=\"M")
                    .append(x)
                    .append(' ')
                    .append(y - 10)
                    .append(" C")
                    .append(x + 30)
                    .append(' ')
                    .append(y - 30)
                    .append(' ')
                    .append(x + 30)
                    .append(' ')
                    .append(y + 30)
                    .append(' ')
                    .append(x)
                    .append(' ')
                    .append(y + 10);
        } else {
            if (to.y() <= from.y()) {
                y1 = from.y();
                y2 = to.y() + BOX_HEIGHT;
            }
            double bend = (y2 - y1) / 2;
            svg.append("<path d=\"M")
                    .append(x1)
                    .append(' ')
                    .append(y1)
                    .append(" C")
                    .append(x1)
                    .append(' ')
                    .append(y1 + bend)
                    .append(' ')
                    .append(x2)
                    .append(' ')
                    .append(y2 - bend)
                    .append(' ')
                    .append(x2)
                    .append(' ')
                    .append(y2);
        }
        svg.append("\" fill=\"none\" stroke=\"")
                .append(colour(field.type()))
                .append("\" stroke-opacity=\"0.55\" stroke-width=\"1.4\"")
                .append(field.required() ? "" : " stroke-dasharray=\"5 4\"")
                .append(" marker-end=\"url(#arrow-")
                .append(field.type().id())
                .append(")\"><title>")
                .append(escape(from.type().key() + "." + field.key() + " → "
                        + to.type().key()))
                .append("</title></path>");
    }

    private static String colour(FieldType type) {
        return switch (type) {
            case REFERENCE -> "#4f46e5";
            case REFERENCES -> "#0d9488";
            default -> "#c026d3";
        };
    }

    private static String kindColour(ContentKind kind) {
        return switch (kind) {
            case PAGE -> "#6366f1";
            case COMPONENT -> "#c026d3";
            case DATA -> "#0d9488";
            case MEDIA -> "#f59e0b";
            case SETTINGS -> "#64748b";
        };
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
