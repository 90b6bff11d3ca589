package com.sitewright.model;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** A project's content model as its people read it: its content types and their fields. */
@Service
public class ContentModelService {

    private final ContentModels models;

    ContentModelService(ContentModels models) {
        this.models = models;
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    public List<ContentTypeDefinition> model(UUID projectId) {
        return models.load(projectId);
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    public ContentTypeDefinition type(UUID projectId, String typeKey) {
        return models.type(projectId, typeKey);
    }
}
