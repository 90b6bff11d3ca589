package com.sitewright.codegen;

import java.util.Locale;

/** Turns content-type keys (camelCase) into file names, URL segments and component names. */
final class Names {

    private Names() {
    }

    static String kebab(String key) {
        String kebab = key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("[^A-Za-z0-9]+", "-");
        return kebab.toLowerCase(Locale.ROOT).replaceAll("^-+|-+$", "");
    }

    static String pascal(String key) {
        StringBuilder out = new StringBuilder();
        for (String part : kebab(key).split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        String name = out.toString();
        return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "T" + name : name;
    }

    static String plural(String word) {
        if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    static String pluralKebab(String key) {
        return plural(kebab(key));
    }
}
