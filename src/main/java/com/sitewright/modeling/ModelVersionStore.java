package com.sitewright.modeling;

import com.sitewright.model.ContentTypeDefinition;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The saved versions of each project's content model, each with its change lines and the model it produced. */
@Repository
class ModelVersionStore {

    private static final TypeReference<List<String>> LINES = new TypeReference<>() {};
    private static final TypeReference<List<ContentTypeDefinition>> MODEL = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final JsonMapper json;

    ModelVersionStore(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The newest version's number; 0 for a model nobody has changed since it was generated. */
    int current(UUID projectId) {
        Integer number = jdbc.queryForObject(
                "select coalesce(max(number), 0) from model_versions where project_id = ?", Integer.class, projectId);
        return number == null ? 0 : number;
    }

    /** Records the next version; the primary key refuses a second writer of the same number. */
    ModelVersion record(
            UUID projectId, UUID authorId, String authorName, List<String> changes, List<ContentTypeDefinition> model) {
        int number = current(projectId) + 1;
        Instant now = clock.instant();
        jdbc.update(
                "insert into model_versions (project_id, number, author_id, author_name, changes, model, created_at)"
                        + " values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)",
                projectId,
                number,
                authorId,
                authorName,
                json.writeValueAsString(changes),
                json.writeValueAsString(model),
                Timestamp.from(now));
        return new ModelVersion(number, authorName, now, changes);
    }

    List<ModelVersion> list(UUID projectId, int limit) {
        return jdbc.query(
                "select number, author_name, created_at, changes::text from model_versions"
                        + " where project_id = ? order by number desc limit ?",
                (rs, row) -> new ModelVersion(
                        rs.getInt("number"),
                        rs.getString("author_name"),
                        rs.getTimestamp("created_at").toInstant(),
                        json.readValue(rs.getString("changes"), LINES)),
                projectId,
                limit);
    }

    Optional<ModelVersion> latest(UUID projectId) {
        return list(projectId, 1).stream().findFirst();
    }

    /** The model as a version left it. */
    Optional<List<ContentTypeDefinition>> model(UUID projectId, int number) {
        return jdbc
                .queryForList(
                        "select model::text from model_versions where project_id = ? and number = ?",
                        String.class,
                        projectId,
                        number)
                .stream()
                .findFirst()
                .map(text -> json.readValue(text, MODEL));
    }
}
