package com.sitewright.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

/** A stored content type; its ordered fields are kept as one JSONB document. */
@Entity
@Table(name = "content_types")
class ContentTypeEntity {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID projectId;

    @Column(nullable = false)
    private String key;

    @Column(nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContentKind kind;

    private @Nullable String description;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String fields;

    protected ContentTypeEntity() {}

    ContentTypeEntity(UUID projectId, int position, ContentTypeDefinition definition, String fieldsJson) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.position = position;
        this.key = definition.key();
        this.displayName = definition.displayName();
        this.kind = definition.kind();
        this.description = definition.description();
        this.fields = fieldsJson;
    }

    String getKey() {
        return key;
    }

    String getDisplayName() {
        return displayName;
    }

    ContentKind getKind() {
        return kind;
    }

    @Nullable
    String getDescription() {
        return description;
    }

    String getFields() {
        return fields;
    }
}
