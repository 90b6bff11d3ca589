package com.sitewright.site;

import com.sitewright.model.ContentTypeDefinition;
import java.util.List;
import java.util.Objects;

/** What a site is generated from: its name (untrusted text, escaped wherever it is written), the content model and the theme. */
public record SiteSpec(String siteName, List<ContentTypeDefinition> model, SiteTheme theme) {

    public SiteSpec {
        siteName = siteName == null || siteName.isBlank() ? "My site" : siteName;
        model = List.copyOf(Objects.requireNonNull(model, "model"));
        Objects.requireNonNull(theme, "theme");
    }
}
