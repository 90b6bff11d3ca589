package com.sitewright.model.web;

import com.sitewright.api.RestApi;
import com.sitewright.model.ContentModelService;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A project's content types with their fields, as the model stands. */
@RestApi
@RestController
@RequestMapping("/api/v1/projects")
class ContentTypeApi {

    private final ContentModelService model;

    ContentTypeApi(ContentModelService model) {
        this.model = model;
    }

    record FieldJson(
            String key,
            String label,
            String type,
            boolean required,
            boolean localized,
            Object validations,
            List<String> referenceTypes,
            @Nullable String helpText,
            @Nullable String role,
            boolean roleInferred) {}

    record ContentTypeJson(
            String key,
            String displayName,
            String kind,
            @Nullable String description,
            List<FieldJson> fields) {}

    @GetMapping("/{id}/content-types")
    List<ContentTypeJson> contentTypes(@PathVariable UUID id) {
        return model.model(id).stream().map(ContentTypeApi::toJson).toList();
    }

    private static ContentTypeJson toJson(ContentTypeDefinition type) {
        return new ContentTypeJson(
                type.key(),
                type.displayName(),
                type.kind().id(),
                type.description(),
                type.fields().stream().map(ContentTypeApi::toJson).toList());
    }

    private static FieldJson toJson(FieldDefinition field) {
        return new FieldJson(
                field.key(),
                field.label(),
                field.type().id(),
                field.required(),
                field.localized(),
                field.validations(),
                field.referenceTypes(),
                field.helpText(),
                field.effectiveRole() == null ? null : field.effectiveRole().id(),
                field.role() == null);
    }
}
