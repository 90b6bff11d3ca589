package com.sitewright.modeling.web;

import com.sitewright.api.RestApi;
import com.sitewright.base.InvalidInputException;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldRole;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import com.sitewright.modeling.DraftEdits;
import com.sitewright.modeling.ModelChangeLine;
import com.sitewright.modeling.ModelDraft;
import com.sitewright.modeling.ModelNames;
import com.sitewright.modeling.ModelSavePlan;
import com.sitewright.modeling.ModelVersion;
import com.sitewright.modeling.ModelingService;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editing a project's content model field by field, with the designer's rules and impact: each request is a
 * change of the saved model, checked and saved like a designer's draft (a version with its readable lines).
 * {@code dryRun=true} answers what would happen; a change that takes data from items needs {@code confirm=true}.
 */
@RestApi
@RestController
@RequestMapping("/api/v1/projects/{id}")
class ModelApi {

    private static final int MAX_KEY = 64;
    private static final int MAX_LABEL = 120;
    private static final int MAX_HELP = 300;

    private final ModelingService modeling;

    ModelApi(ModelingService modeling) {
        this.modeling = modeling;
    }

    /**
     * A field as sent: absent parts keep their current value on PATCH; {@code position} is 0-based;
     * {@code role} is a field role, or {@code ""} to go back to the role inferred from the key and type.
     */
    record FieldRequest(
            String key,
            String label,
            String type,
            Boolean required,
            Boolean localized,
            String helpText,
            Validations validations,
            List<String> referenceTypes,
            Integer position,
            String role) {}

    record ChangeJson(
            String text,
            long affectedItems,
            boolean destructive,
            long failing,
            List<ModelChangeLine.ItemExample> examples) {}

    /** What a change did (or, for a dry run, would do). {@code version} is null for a dry run. */
    record ChangeResult(
            @Nullable Integer version,
            @Nullable FieldDefinition field,
            List<ChangeJson> changes,
            List<String> errors) {}

    record VersionJson(int number, String author, Instant savedAt, List<String> changes) {}

    record ModelJson(int version, List<com.sitewright.model.ContentTypeDefinition> types) {}

    @GetMapping("/model")
    ModelJson model(@PathVariable UUID id) {
        ModelDraft draft = modeling.draft(id);
        return new ModelJson(draft.baseVersion(), draft.definitions());
    }

    @GetMapping("/model/versions")
    List<VersionJson> versions(@PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > ModelingService.MAX_HISTORY) {
            throw new InvalidInputException("limit is between 1 and " + ModelingService.MAX_HISTORY + ".");
        }
        return modeling.history(id, limit).stream()
                .map(v -> new VersionJson(v.number(), v.author(), v.savedAt(), v.changes()))
                .toList();
    }

    @PostMapping("/content-types/{type}/fields")
    ResponseEntity<ChangeResult> addField(
            @PathVariable UUID id,
            @PathVariable String type,
            @RequestBody FieldRequest request,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        if (request == null) {
            throw new InvalidInputException("Send the field as a JSON object: {\"key\", \"label\", \"type\", …}.");
        }
        ModelDraft draft = modeling.draft(id);
        String key = request.key() != null ? request.key().strip() : ModelNames.key(request.label());
        if (key == null || key.isEmpty()) {
            throw new InvalidInputException("Give the field a \"key\" (camelCase) or a \"label\".");
        }
        checkLengths(key, request);
        if (request.type() == null) {
            throw new InvalidInputException("Give the field a \"type\": one of " + fieldTypes() + ".");
        }
        FieldDefinition field = new FieldDefinition(
                key,
                request.label() == null
                        ? ModelNames.label(key)
                        : request.label().strip(),
                fieldType(request.type()),
                Boolean.TRUE.equals(request.required()),
                Boolean.TRUE.equals(request.localized()),
                request.validations(),
                request.referenceTypes(),
                request.helpText(),
                role(request.role()));
        int position = request.position() == null ? Integer.MAX_VALUE : request.position();
        ModelDraft edited = DraftEdits.addField(draft, type, field, position);
        return respond(id, edited, field, dryRun, false, HttpStatus.CREATED);
    }

    @PatchMapping("/content-types/{type}/fields/{field}")
    ResponseEntity<ChangeResult> changeField(
            @PathVariable UUID id,
            @PathVariable String type,
            @PathVariable String field,
            @RequestBody FieldRequest request,
            @RequestParam(defaultValue = "false") boolean confirm,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        if (request == null) {
            throw new InvalidInputException("Send the changes as a JSON object, e.g. {\"key\": \"newKey\"}.");
        }
        if (request.key() != null) {
            checkLengths(request.key().strip(), request);
        } else {
            checkLengths(field, request);
        }
        ModelDraft draft = modeling.draft(id);
        UnaryOperator<FieldDefinition> change = current -> {
            FieldDefinition next = current;
            if (request.key() != null) {
                next = next.withKey(request.key().strip());
            }
            if (request.label() != null) {
                next = next.withLabel(request.label().strip());
            }
            if (request.type() != null) {
                next = next.withType(fieldType(request.type()));
            }
            if (request.required() != null) {
                next = next.withRequired(request.required());
            }
            if (request.localized() != null) {
                next = next.withLocalized(request.localized());
            }
            if (request.helpText() != null) {
                next = next.withHelpText(request.helpText());
            }
            if (request.validations() != null) {
                next = next.withValidations(request.validations());
            }
            if (request.referenceTypes() != null) {
                next = next.withReferenceTypes(request.referenceTypes());
            }
            if (request.role() != null) {
                next = next.withRole(role(request.role()));
            }
            return next;
        };
        ModelDraft edited = DraftEdits.updateField(draft, type, field, change);
        FieldDefinition after =
                change.apply(DraftEdits.field(draft, type, field).field());
        if (request.position() != null) {
            edited = DraftEdits.moveField(edited, type, after.key(), request.position());
        }
        return respond(id, edited, after, dryRun, confirm, HttpStatus.OK);
    }

    /** Without {@code confirm=true}, a field that holds values answers 409 with how many items would lose one. */
    @DeleteMapping("/content-types/{type}/fields/{field}")
    ResponseEntity<ChangeResult> removeField(
            @PathVariable UUID id,
            @PathVariable String type,
            @PathVariable String field,
            @RequestParam(defaultValue = "false") boolean confirm,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        ModelDraft draft = modeling.draft(id);
        FieldDefinition removed = DraftEdits.field(draft, type, field).field();
        return respond(id, DraftEdits.removeField(draft, type, field), removed, dryRun, confirm, HttpStatus.OK);
    }

    private ResponseEntity<ChangeResult> respond(
            UUID id, ModelDraft edited, FieldDefinition field, boolean dryRun, boolean confirm, HttpStatus saved) {
        ModelSavePlan plan = modeling.plan(id, edited);
        List<ChangeJson> changes = plan.changes().stream()
                .map(line -> new ChangeJson(
                        line.text(), line.affectedItems(), line.destructive(), line.failing(), line.examples()))
                .toList();
        if (dryRun) {
            return ResponseEntity.ok(new ChangeResult(null, field, changes, plan.errors()));
        }
        ModelVersion version = modeling.save(id, edited, confirm);
        return ResponseEntity.status(saved).body(new ChangeResult(version.number(), field, changes, List.of()));
    }

    private static void checkLengths(String key, FieldRequest request) {
        if (key.length() > MAX_KEY) {
            throw new InvalidInputException("A field key is at most " + MAX_KEY + " characters.");
        }
        if (request.label() != null
                && (request.label().isBlank() || request.label().length() > MAX_LABEL)) {
            throw new InvalidInputException("A field label is one line of 1 to " + MAX_LABEL + " characters.");
        }
        if (request.helpText() != null && request.helpText().length() > MAX_HELP) {
            throw new InvalidInputException("Help text is at most " + MAX_HELP + " characters.");
        }
    }

    private static FieldType fieldType(String id) {
        try {
            return FieldType.of(id.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("\"" + (id.length() > 40 ? id.substring(0, 40) + "…" : id)
                    + "\" is not a field type; use one of " + fieldTypes() + ".");
        }
    }

    private static @Nullable FieldRole role(@Nullable String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return FieldRole.of(id.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("\"" + (id.length() > 40 ? id.substring(0, 40) + "…" : id)
                    + "\" is not a field role; use one of "
                    + String.join(
                            ", ",
                            Arrays.stream(FieldRole.values()).map(FieldRole::id).toList())
                    + ", or \"\" for the inferred role.");
        }
    }

    private static String fieldTypes() {
        return String.join(
                ", ", Arrays.stream(FieldType.values()).map(FieldType::id).toList());
    }
}
