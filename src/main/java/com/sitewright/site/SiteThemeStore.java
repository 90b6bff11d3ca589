package com.sitewright.site;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The theme chosen for a project's site, one JSON row per project. */
@Repository
class SiteThemeStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    SiteThemeStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<SiteTheme> find(UUID projectId) {
        List<String> rows =
                jdbc.queryForList("select theme::text from site_themes where project_id = ?", String.class, projectId);
        return rows.stream().findFirst().map(text -> json.readValue(text, SiteTheme.class));
    }

    void save(UUID projectId, SiteTheme theme) {
        jdbc.update(
                "insert into site_themes (project_id, theme, updated_at) values (?, ?::jsonb, now())"
                        + " on conflict (project_id) do update set theme = excluded.theme, updated_at = excluded.updated_at",
                projectId,
                json.writeValueAsString(theme));
    }
}
