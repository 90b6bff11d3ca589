package com.sitewright.site;

import com.sitewright.model.SiteRoutes;

/** Turns content-type keys (camelCase) into file names, URL segments and component names. */
final class Names {

    private Names() {}

    static String kebab(String key) {
        return SiteRoutes.kebab(key);
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
        return SiteRoutes.plural(word);
    }
}
