package com.sitewright.llm;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The model's theme when it was usable, or what was still wrong with its last answer: a site can always fall
 * back to a default look, so an unusable theme is not an error that ends a run.
 */
public record ThemeAnswer(@Nullable ThemeDesign design, List<String> problems) {

    public ThemeAnswer {
        problems = List.copyOf(problems);
    }
}
