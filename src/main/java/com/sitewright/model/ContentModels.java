package com.sitewright.model;

import com.sitewright.base.JobApi;
import com.sitewright.base.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a project's content model is stored, for jobs and for services that have checked the caller's access:
 * read it, lock it for a change, replace it whole.
 */
@Service
@JobApi
public class ContentModels {

    private static final TypeReference<List<FieldDefinition>> FIELD_LIST = new TypeReference<>() {};

    private final ContentTypeRepository types;
    private final JsonMapper json;

    ContentModels(ContentTypeRepository types, JsonMapper json) {
        this.types = types;
        this.json = json;
    }

    /** The stored model of a project, in its designer's order. */
    @Transactional(readOnly = true)
    public List<ContentTypeDefinition> load(UUID projectId) {
        return types.findByProjectIdOrderByPosition(projectId).stream()
                .map(this::toDefinition)
                .toList();
    }

    /** One content type of the project, or "not found". */
    @Transactional(readOnly = true)
    public ContentTypeDefinition type(UUID projectId, String typeKey) {
        return types.findByProjectIdAndKey(projectId, typeKey)
                .map(this::toDefinition)
                .orElseThrow(() -> new NotFoundException("No content type '" + typeKey + "' in this project"));
    }

    /**
     * For model changes: the model as stored, after waiting for any other change of this project's
     * model to finish. Call inside the transaction that saves the change.
     */
    @Transactional
    public List<ContentTypeDefinition> loadForChange(UUID projectId) {
        types.lockModel(projectId.getMostSignificantBits() ^ projectId.getLeastSignificantBits());
        return load(projectId);
    }

    /** Replaces the whole model in one transaction, so a re-run never leaves half a model. */
    @Transactional
    public void replace(UUID projectId, List<ContentTypeDefinition> model) {
        types.deleteByProject(projectId);
        types.flush();
        for (int position = 0; position < model.size(); position++) {
            ContentTypeDefinition definition = model.get(position);
            types.save(new ContentTypeEntity(
                    projectId, position, definition, json.writeValueAsString(definition.fields())));
        }
    }

    private ContentTypeDefinition toDefinition(ContentTypeEntity entity) {
        return new ContentTypeDefinition(
                entity.getKey(),
                entity.getDisplayName(),
                entity.getKind(),
                entity.getDescription(),
                json.readValue(entity.getFields(), FIELD_LIST));
    }
}
