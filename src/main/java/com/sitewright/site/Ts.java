package com.sitewright.site;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes values as TypeScript literals. Strings are escaped so that no text from a prompt or the
 * CMS can end a string, open a template or an HTML tag ({@code <}, {@code >}, {@code &}, backticks and
 * line separators become {@code \\uXXXX} escapes).
 */
final class Ts {

    private Ts() {}

    static String str(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20
                            || c == '<'
                            || c == '>'
                            || c == '&'
                            || c == '`'
                            || c == '$'
                            || c == '\''
                            || c == '\u2028'
                            || c == '\u2029'
                            || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A literal for strings, booleans, numbers, lists and maps (insertion order kept). */
    static String literal(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> str(s);
            case Boolean b -> b.toString();
            case Number n -> n.toString();
            case Map<?, ?> map -> {
                StringBuilder out = new StringBuilder("{ ");
                Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
                while (entries.hasNext()) {
                    Map.Entry<?, ?> entry = entries.next();
                    out.append(str(String.valueOf(entry.getKey()))).append(": ").append(literal(entry.getValue()));
                    if (entries.hasNext()) {
                        out.append(", ");
                    }
                }
                yield out.append(" }").toString();
            }
            case Collection<?> list -> {
                StringBuilder out = new StringBuilder("[");
                Iterator<?> items = List.copyOf(list).iterator();
                while (items.hasNext()) {
                    out.append(literal(items.next()));
                    if (items.hasNext()) {
                        out.append(", ");
                    }
                }
                yield out.append(']').toString();
            }
            default -> throw new IllegalArgumentException("No literal for " + value.getClass());
        };
    }
}
