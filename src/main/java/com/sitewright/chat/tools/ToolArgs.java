package com.sitewright.chat.tools;

import com.sitewright.base.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads tool arguments, which come from a model or the command parser, with a clear error for each fault. */
final class ToolArgs {

    private ToolArgs() {}

    static String text(JsonNode args, String name) {
        String value = optionalText(args, name);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("The action is missing \"" + name + "\".");
        }
        return value;
    }

    static String optionalText(JsonNode args, String name) {
        JsonNode node = args == null ? null : args.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString() && !node.isNumber() && !node.isBoolean()) {
            throw new InvalidInputException("\"" + name + "\" must be text.");
        }
        return node.asString();
    }

    static boolean flag(JsonNode args, String name) {
        JsonNode node = args == null ? null : args.get(name);
        return node != null && (node.isBoolean() ? node.booleanValue() : "true".equalsIgnoreCase(node.asString()));
    }

    static Integer integer(JsonNode args, String name) {
        JsonNode node = args == null ? null : args.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.intValue();
        }
        try {
            return Integer.parseInt(node.asString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("\"" + name + "\" must be a whole number.");
        }
    }

    static Double number(JsonNode args, String name) {
        JsonNode node = args == null ? null : args.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        try {
            return Double.parseDouble(node.asString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("\"" + name + "\" must be a number.");
        }
    }

    static List<String> texts(JsonNode args, String name) {
        JsonNode node = args == null ? null : args.get(name);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(item -> values.add(item.asString()));
        } else {
            for (String part : node.asString().split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }
}
