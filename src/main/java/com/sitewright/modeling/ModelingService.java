package com.sitewright.modeling;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.content.ContentMigrations;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentModelChangedEvent;
import com.sitewright.model.ContentModels;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.ModelRules;
import com.sitewright.model.Validations;
import com.sitewright.project.ProjectJobs;
import com.sitewright.security.CurrentUser;
import com.sitewright.security.StudioPrincipal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a project's content model together with its items: a rename keeps every value, a removal
 * says how many items lose data before it happens, and the model and its items change in one
 * transaction. One edit at a time ({@link #apply}, for the chat) or a whole draft from the designer
 * ({@link #save}); {@link #check} and {@link #plan} tell what would happen without changing anything.
 * Every saved change is a numbered {@link ModelVersion} with its lines.
 */
@Service
public class ModelingService {

    private static final int MAX_NAME = 120;
    /** The most saved versions one history read lists. */
    public static final int MAX_HISTORY = 500;

    private final ContentModels model;
    private final ContentMigrations content;
    private final ProjectJobs projects;
    private final ApplicationEventPublisher events;
    private final ModelVersionStore versions;
    private final DraftImpact impact;
    private final DraftMigration migration;

    ModelingService(
            ContentModels model,
            ContentMigrations content,
            ProjectJobs projects,
            ApplicationEventPublisher events,
            ModelVersionStore versions,
            DraftImpact impact,
            DraftMigration migration) {
        this.model = model;
        this.content = content;
        this.projects = projects;
        this.events = events;
        this.versions = versions;
        this.impact = impact;
        this.migration = migration;
    }

    /** The saved model as a draft to start editing from, with the version a save must start from. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public ModelDraft draft(UUID projectId) {
        return ModelDraft.of(versions.current(projectId), model.load(projectId));
    }

    /** What saving the draft would do and what keeps it from being saved; changes nothing. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional(readOnly = true)
    public ModelSavePlan plan(UUID projectId, ModelDraft draft) {
        List<ContentTypeDefinition> saved = model.load(projectId);
        DraftImpact.Assessment assessment = impact.assess(projectId, saved, draft, ModelDiff.between(saved, draft));
        return new ModelSavePlan(
                draft.baseVersion(), versions.current(projectId), assessment.lines(), assessment.errors());
    }

    /**
     * Saves the draft: the items' data follows each change, the model is replaced and a version recorded, all in
     * one transaction; the site is regenerated afterwards. Refused when someone saved since the draft was started,
     * when the draft breaks a rule, or when items would lose data and {@code confirmed} is false.
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public ModelVersion save(UUID projectId, ModelDraft draft, boolean confirmed) {
        List<ContentTypeDefinition> saved = model.loadForChange(projectId);
        int current = versions.current(projectId);
        if (draft.baseVersion() != current) {
            ModelVersion latest = versions.latest(projectId).orElseThrow();
            throw new ConflictException("The model was changed by "
                    + (latest.author() == null ? "someone else" : latest.author()) + " (version " + latest.number()
                    + ") since you started editing. Reload to see their change, then make yours again.");
        }
        List<ModelStep> steps = ModelDiff.between(saved, draft);
        if (steps.isEmpty()) {
            throw new InvalidInputException("Nothing to save: the draft is the same as the saved model.");
        }
        DraftImpact.Assessment assessment = impact.assess(projectId, saved, draft, steps);
        if (!assessment.errors().isEmpty()) {
            throw new InvalidModelException(assessment.errors());
        }
        List<ModelChangeLine> destructive =
                assessment.lines().stream().filter(ModelChangeLine::destructive).toList();
        if (!confirmed && !destructive.isEmpty()) {
            throw new ConfirmationRequiredException(
                    destructive.stream()
                            .mapToLong(ModelChangeLine::affectedItems)
                            .sum(),
                    destructive.stream().map(ModelChangeLine::text).toList());
        }
        migration.apply(projectId, steps, draft);
        List<ContentTypeDefinition> after = draft.definitions();
        model.replace(projectId, after);
        List<String> lines =
                assessment.lines().stream().map(ModelChangeLine::text).toList();
        ModelVersion version = record(projectId, lines, after);
        projects.updateCounts(projectId, after.size(), (int) content.countAll(projectId));
        events.publishEvent(new ContentModelChangedEvent(
                projectId, "Model version " + version.number() + ": " + String.join("; ", lines)));
        return version;
    }

    /** The model's saved versions, newest first. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public List<ModelVersion> history(UUID projectId, int limit) {
        return versions.list(projectId, Math.clamp(limit, 1, MAX_HISTORY));
    }

    /** What the edit would do, or a clear error if it cannot be made; changes nothing. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional(readOnly = true)
    public ModelChange check(UUID projectId, ModelEdit edit) {
        return plan(projectId, model.load(projectId), edit).change();
    }

    /** Makes the edit: the model, the items' data and the event that regenerates the site, all or nothing. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public ModelChange apply(UUID projectId, ModelEdit edit) {
        Plan plan = plan(projectId, model.loadForChange(projectId), edit);
        long touched = plan.migration().get();
        model.replace(projectId, plan.types());
        ModelChange change = new ModelChange(plan.change().summary(), touched);
        record(projectId, List.of(change.summary()), plan.types());
        events.publishEvent(new ContentModelChangedEvent(projectId, change.summary()));
        return change;
    }

    private ModelVersion record(UUID projectId, List<String> lines, List<ContentTypeDefinition> after) {
        StudioPrincipal author = CurrentUser.require();
        return versions.record(projectId, author.id(), author.username(), lines, after);
    }

    /** A type of the project by key or display name, for callers that show it. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public ContentTypeDefinition find(UUID projectId, String typeName) {
        return type(model.load(projectId), typeName);
    }

    private record Plan(List<ContentTypeDefinition> types, ModelChange change, Supplier<Long> migration) {}

    private Plan plan(UUID projectId, List<ContentTypeDefinition> types, ModelEdit edit) {
        Plan plan = switch (edit) {
            case ModelEdit.AddType add -> addType(types, add);
            case ModelEdit.RenameType rename -> renameType(projectId, types, rename);
            case ModelEdit.RemoveType remove -> removeType(projectId, types, remove);
            case ModelEdit.AddField add -> addField(projectId, types, add);
            case ModelEdit.RenameField rename -> renameField(projectId, types, rename);
            case ModelEdit.RemoveField remove -> removeField(projectId, types, remove);
        };
        requireValid(types, plan.types());
        return plan;
    }

    private Plan addType(List<ContentTypeDefinition> types, ModelEdit.AddType add) {
        String name = name(add.name(), "type");
        String key = newKey(name, "type");
        if (types.stream().anyMatch(type -> type.key().equals(key))) {
            throw new InvalidInputException("There is already a content type \"" + key + "\".");
        }
        ContentKind kind = add.kind() == null ? ContentKind.DATA : add.kind();
        List<FieldDefinition> fields = new ArrayList<>();
        fields.add(new FieldDefinition(
                "title", "Title", FieldType.TEXT, true, false, Validations.length(null, 120), null));
        if (kind == ContentKind.PAGE) {
            fields.add(new FieldDefinition("body", "Body", FieldType.RICH_TEXT, false, false, null, null));
        }
        List<ContentTypeDefinition> changed = new ArrayList<>(types);
        changed.add(new ContentTypeDefinition(key, name, kind, null, fields));
        return new Plan(
                changed,
                new ModelChange("Added the " + kind.id() + " type \"" + name + "\" (" + key + ")", 0),
                () -> 0L);
    }

    private Plan renameType(UUID projectId, List<ContentTypeDefinition> types, ModelEdit.RenameType rename) {
        ContentTypeDefinition type = type(types, rename.type());
        String name = name(rename.newName(), "type");
        String key = newKey(name, "type");
        if (!key.equals(type.key()) && types.stream().anyMatch(t -> t.key().equals(key))) {
            throw new InvalidInputException("There is already a content type \"" + key + "\".");
        }
        List<ContentTypeDefinition> changed = new ArrayList<>();
        List<String[]> blockFields = new ArrayList<>();
        for (ContentTypeDefinition t : types) {
            List<FieldDefinition> fields = new ArrayList<>();
            for (FieldDefinition f : t.fields()) {
                if (f.referenceTypes().contains(type.key())) {
                    if (f.type() == FieldType.BLOCKS) {
                        blockFields.add(new String[] {t.key(), f.key()});
                    }
                    f = f.withReferenceTypes(f.referenceTypes().stream()
                            .map(r -> r.equals(type.key()) ? key : r)
                            .toList());
                }
                fields.add(f);
            }
            changed.add(
                    t == type
                            ? new ContentTypeDefinition(key, name, t.kind(), t.description(), fields)
                            : new ContentTypeDefinition(t.key(), t.displayName(), t.kind(), t.description(), fields));
        }
        long items = content.countOfType(projectId, type.key());
        String summary = "Renamed the type \"" + type.displayName() + "\" to \"" + name + "\""
                + (key.equals(type.key()) ? "" : " (" + type.key() + " → " + key + ")");
        return new Plan(changed, new ModelChange(summary, items), () -> {
            if (key.equals(type.key())) {
                return items;
            }
            long moved = content.renameTypeOfItems(projectId, type.key(), key);
            for (String[] host : blockFields) {
                String hostKey = host[0].equals(type.key()) ? key : host[0];
                content.renameBlockTypeInItems(projectId, hostKey, host[1], type.key(), key);
            }
            return moved;
        });
    }

    private Plan removeType(UUID projectId, List<ContentTypeDefinition> types, ModelEdit.RemoveType remove) {
        ContentTypeDefinition type = type(types, remove.type());
        List<String> pointing = new ArrayList<>();
        for (ContentTypeDefinition t : types) {
            if (t == type) {
                continue;
            }
            t.fields().stream()
                    .filter(f -> f.referenceTypes().contains(type.key()))
                    .forEach(f -> pointing.add(t.displayName() + "." + f.key()));
        }
        if (!pointing.isEmpty()) {
            throw new InvalidInputException("\"" + type.displayName() + "\" is used by " + String.join(", ", pointing)
                    + ". Remove those fields or point them at another type first.");
        }
        long items = content.countOfType(projectId, type.key());
        List<ContentTypeDefinition> changed =
                types.stream().filter(t -> t != type).toList();
        return new Plan(
                changed,
                new ModelChange(
                        "Removed the type \"" + type.displayName() + "\" and its " + items
                                + (items == 1 ? " item" : " items"),
                        items),
                () -> (long) content.deleteItemsOfType(projectId, type.key()));
    }

    private Plan addField(UUID projectId, List<ContentTypeDefinition> types, ModelEdit.AddField add) {
        ContentTypeDefinition type = type(types, add.type());
        String label = label(name(add.name(), "field"));
        String key = newKey(label, "field");
        if (type.field(key).isPresent()) {
            throw new InvalidInputException(type.displayName() + " already has a field \"" + key + "\".");
        }
        if (add.fieldType() == null) {
            throw new InvalidInputException("Say which kind of field \"" + label + "\" is (text, number, date, …).");
        }
        long items = content.countOfType(projectId, type.key());
        if (add.required() && items > 0) {
            throw new InvalidInputException(type.displayName() + " has " + items + " items without a value for \""
                    + label + "\". Add it as optional, fill it in, then make it required.");
        }
        List<String> targets = add.referenceTypes() == null
                ? List.of()
                : add.referenceTypes().stream()
                        .map(target -> type(types, target).key())
                        .toList();
        FieldDefinition field =
                new FieldDefinition(key, label, add.fieldType(), add.required(), false, add.validations(), targets);
        List<FieldDefinition> fields = new ArrayList<>(type.fields());
        int position = add.position() == null ? fields.size() : Math.clamp(add.position(), 0, fields.size());
        fields.add(position, field);
        return new Plan(
                replaceType(types, type, fields),
                new ModelChange(
                        "Added the " + add.fieldType().id() + " field \"" + label + "\" (" + key + ") to "
                                + type.displayName(),
                        0),
                () -> 0L);
    }

    private Plan renameField(UUID projectId, List<ContentTypeDefinition> types, ModelEdit.RenameField rename) {
        ContentTypeDefinition type = type(types, rename.type());
        FieldDefinition field = field(type, rename.field());
        String label = label(name(rename.newName(), "field"));
        String key = newKey(label, "field");
        if (!key.equals(field.key()) && type.field(key).isPresent()) {
            throw new InvalidInputException(type.displayName() + " already has a field \"" + key + "\".");
        }
        List<FieldDefinition> fields = type.fields().stream()
                .map(f -> f == field ? f.withKey(key).withLabel(label) : f)
                .toList();
        long items = content.countWithValue(projectId, type.key(), field.key());
        String summary = "Renamed " + type.displayName() + "'s field \"" + field.label() + "\" to \"" + label + "\""
                + (key.equals(field.key()) ? "" : " (" + field.key() + " → " + key + "), keeping every value");
        return new Plan(
                replaceType(types, type, fields),
                new ModelChange(summary, items),
                () -> key.equals(field.key())
                        ? 0L
                        : (long) content.renameFieldInItems(projectId, type.key(), field.key(), key));
    }

    private Plan removeField(UUID projectId, List<ContentTypeDefinition> types, ModelEdit.RemoveField remove) {
        ContentTypeDefinition type = type(types, remove.type());
        FieldDefinition field = field(type, remove.field());
        if (type.fields().size() == 1) {
            throw new InvalidInputException(
                    "\"" + field.label() + "\" is " + type.displayName() + "'s only field; remove the type instead.");
        }
        List<FieldDefinition> fields =
                type.fields().stream().filter(f -> f != field).toList();
        long items = content.countWithValue(projectId, type.key(), field.key());
        return new Plan(
                replaceType(types, type, fields),
                new ModelChange(
                        "Removed the field \"" + field.label() + "\" from " + type.displayName() + "; " + items
                                + (items == 1 ? " item loses its value" : " items lose their value"),
                        items),
                () -> (long) content.removeFieldFromItems(projectId, type.key(), field.key()));
    }

    private static List<ContentTypeDefinition> replaceType(
            List<ContentTypeDefinition> types, ContentTypeDefinition type, List<FieldDefinition> fields) {
        return types.stream()
                .map(t -> t == type
                        ? new ContentTypeDefinition(t.key(), t.displayName(), t.kind(), t.description(), fields)
                        : t)
                .toList();
    }

    /** Refuses a change that breaks a model rule the model kept before it. */
    private static void requireValid(List<ContentTypeDefinition> before, List<ContentTypeDefinition> after) {
        Set<String> known = new HashSet<>(ModelRules.check(before, 0));
        List<String> introduced = ModelRules.check(after, 0).stream()
                .filter(error -> !known.contains(error))
                .toList();
        if (!introduced.isEmpty()) {
            throw new InvalidInputException(
                    "That change would break the model: " + String.join("; ", introduced) + ".");
        }
    }

    static ContentTypeDefinition type(List<ContentTypeDefinition> types, String name) {
        return types.stream()
                .filter(t -> t.key().equals(name))
                .findFirst()
                .or(() -> types.stream()
                        .filter(t -> ModelNames.matches(name, t.key(), t.displayName()))
                        .findFirst())
                .orElseThrow(() -> new NotFoundException("There is no content type \"" + name + "\" in this project."));
    }

    private static FieldDefinition field(ContentTypeDefinition type, String name) {
        return type.field(name)
                .or(() -> type.fields().stream()
                        .filter(f -> ModelNames.matches(name, f.key(), f.label()))
                        .findFirst())
                .orElseThrow(() -> new NotFoundException(type.displayName() + " has no field \"" + name + "\"."));
    }

    private static String name(String name, String what) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("Give the " + what + " a name.");
        }
        if (text.length() > MAX_NAME || text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("A " + what + " name is one line of at most " + MAX_NAME + " characters.");
        }
        return text;
    }

    /** People type "calories"; forms show "Calories". */
    private static String label(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String newKey(String name, String what) {
        String key = ModelNames.key(name);
        if (key.isEmpty() || key.length() > 64) {
            throw new InvalidInputException("\"" + name + "\" does not make a " + what
                    + " key: use letters and digits, at most 64, starting with a letter.");
        }
        if (ModelKeys.isReserved(key)) {
            throw new InvalidInputException(
                    "\"" + key + "\" is reserved for the studio's own use; choose another " + what + " name.");
        }
        return key;
    }
}
