package com.sitewright.site;

import com.sitewright.base.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** People name fonts by style ("serif", "rounded"); a site uses the matching system font stack. */
public final class SiteFonts {

    /** Style names, in the order of {@link SiteTheme#FONT_STACKS}. */
    public static final List<String> NAMES =
            List.of("sans", "serif", "old-style", "rounded", "geometric", "humanist", "mono");

    private static final Map<String, String> ALIASES = Map.of(
            "sans-serif",
            "sans",
            "system",
            "sans",
            "oldstyle",
            "old-style",
            "classic",
            "old-style",
            "monospace",
            "mono",
            "modern",
            "geometric");

    private SiteFonts() {}

    /** The font stack for a style name. */
    public static String stack(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        key = ALIASES.getOrDefault(key, key);
        int index = NAMES.indexOf(key);
        if (index < 0) {
            throw new InvalidInputException("\"" + name + "\" is not a font style the site can use; choose one of "
                    + String.join(", ", NAMES) + ".");
        }
        return SiteTheme.FONT_STACKS.get(index);
    }

    /** The style name of a font stack. */
    public static String name(String stack) {
        int index = SiteTheme.FONT_STACKS.indexOf(stack);
        return index < 0 ? stack : NAMES.get(index);
    }

    /** Each style with its stack, for help texts. */
    public static Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            all.put(NAMES.get(i), SiteTheme.FONT_STACKS.get(i));
        }
        return all;
    }
}
