package com.sitewright.modeling.ui;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.ui.Background;
import com.sitewright.base.ui.Confirmation;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.RouteIds;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.content.ContentService;
import com.sitewright.contentmodel.ContentKind;
import com.sitewright.contentmodel.FieldDefinition;
import com.sitewright.contentmodel.FieldType;
import com.sitewright.modeling.ConfirmationRequiredException;
import com.sitewright.modeling.DraftType;
import com.sitewright.modeling.ModelDraft;
import com.sitewright.modeling.ModelVersion;
import com.sitewright.modeling.ModelingService;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The content-model designer: the types on the left, the selected type's fields on a canvas in the middle with
 * the palette of field types above it, and an inspector on the right. Every change is made to a draft
 * ({@link DesignerModel}) that can be undone; saving shows what the changes do to the items before anything
 * changes. The selected type and field are in the URL.
 */
@Route("projects/:projectId/model")
@PageTitle("Content model · Sitewright")
@PermitAll
class DesignerView extends VerticalLayout
        implements BeforeEnterObserver,
                BeforeLeaveObserver,
                TypeList.Actions,
                TypeCanvas.Actions,
                FieldInspector.Actions,
                TypeInspector.Actions {

    private final ProjectService projects;
    private final ModelingService modeling;
    private final ContentService content;

    private final ViewHeader header = new ViewHeader("Content model");
    private final Button undo = new Button(VaadinIcon.ARROW_BACKWARD.create(), click -> undo());
    private final Button redo = new Button(VaadinIcon.ARROW_FORWARD.create(), click -> redo());
    private final Span pending = new Span();
    private final Button save = new Button("Save", VaadinIcon.CHECK.create(), click -> review());
    private final Div problems = new Div();
    private final TypeList typeList = new TypeList(this);
    private final TypeCanvas canvas = new TypeCanvas(this, new FieldPalette(this::addFieldAtEnd));
    private final FieldInspector fieldInspector = new FieldInspector(this);
    private final TypeInspector typeInspector = new TypeInspector(this);

    private UUID projectId;
    private DesignerModel designer;
    private Map<String, Long> itemCounts = Map.of();

    DesignerView(ProjectService projects, ModelingService modeling, ContentService content) {
        this.projects = projects;
        this.modeling = modeling;
        this.content = content;
        addClassName("designer-view");
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        undo.setAriaLabel("Undo");
        undo.setTooltipText("Undo (Ctrl+Z)");
        redo.setAriaLabel("Redo");
        redo.setTooltipText("Redo (Ctrl+Shift+Z)");
        undo.addClickShortcut(com.vaadin.flow.component.Key.KEY_Z, com.vaadin.flow.component.KeyModifier.CONTROL);
        redo.addClickShortcut(
                com.vaadin.flow.component.Key.KEY_Z,
                com.vaadin.flow.component.KeyModifier.CONTROL,
                com.vaadin.flow.component.KeyModifier.SHIFT);
        pending.addClassName("designer-pending");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-model");
        var history = new Button("History", VaadinIcon.TIME_BACKWARD.create(), click -> showHistory());
        var diagram = new Button("Diagram", VaadinIcon.SITEMAP.create(), click -> showDiagram());
        var contentButton = new Button(
                "Content", VaadinIcon.TABLE.create(), click -> navigate("projects/" + projectId + "/content"));
        for (Button secondary : List.of(contentButton, diagram, history, undo, redo)) {
            secondary.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        header.addActions(contentButton, diagram, history, pending, undo, redo, save);

        problems.addClassName("designer-problems");
        var inspector = new Div(fieldInspector, typeInspector);
        inspector.addClassName("designer-side");
        var body = new Div(typeList, canvas, inspector);
        body.addClassName("designer-body");
        add(header, problems, body);
        setFlexGrow(1, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = RouteIds.require(event, "projectId");
        if (id.isEmpty()) {
            return;
        }
        boolean sameProject = id.get().equals(projectId) && designer != null;
        projectId = id.get();
        ProjectSummary project = projects.get(projectId);
        header.setSubtitle(project.name());
        if (!sameProject) {
            designer = new DesignerModel(modeling.draft(projectId));
            itemCounts = content.countByType(projectId);
        }
        QueryParameters params = event.getLocation().getQueryParameters();
        designer.select(
                params.getSingleParameter("type")
                        .orElseGet(() ->
                                designer.selectedType().map(DraftType::key).orElse(null)),
                params.getSingleParameter("field").orElse(null));
        refresh(false);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (designer == null
                || !designer.dirty()
                || event.getLocation().getPath().equals("projects/" + projectId + "/model")) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        Confirmation.ask("Leave without saving?", "Discard changes")
                .message(designer.changes()
                        + (designer.changes() == 1 ? " change to the model is" : " changes to the model are")
                        + " not saved yet.")
                .cancelText("Keep editing")
                .destructive()
                .open(() -> {
                    designer = null;
                    leave.proceed();
                });
    }

    // ---- type list ----------------------------------------------------------------------------------

    @Override
    public void selectType(String typeKey) {
        designer.select(typeKey, null);
        refresh(true);
    }

    @Override
    public void dropFieldOnType(TypeCanvas.FieldRef field, String typeKey) {
        if (field.typeKey().equals(typeKey)) {
            return;
        }
        designer.dropField(field.typeKey(), field.fieldKey(), typeKey, Integer.MAX_VALUE);
        Notifications.info("Moved the field to "
                + designer.selectedType().map(DraftType::displayName).orElse(typeKey)
                + ". Its values stay with the items it came from; saving says how many.");
        refresh(true);
    }

    @Override
    public void newType() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("New content type");
        var name = new TextField("Name");
        name.setMaxLength(120);
        name.setRequired(true);
        name.setWidthFull();
        var kind = new Select<ContentKind>();
        kind.setLabel("Kind");
        kind.setItems(ContentKind.values());
        kind.setItemLabelGenerator(k -> k.id().substring(0, 1).toUpperCase() + k.id().substring(1));
        kind.setValue(ContentKind.DATA);
        kind.setWidthFull();
        var create = new Button("Add type", click -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage("Give the type a name");
                return;
            }
            designer.addType(name.getValue(), kind.getValue());
            dialog.close();
            refresh(true);
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        dialog.add(new VerticalLayout(name, kind));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), create);
        dialog.open();
        name.focus();
    }

    // ---- canvas -------------------------------------------------------------------------------------

    @Override
    public void selectField(String fieldKey) {
        designer.select(designer.selectedType().map(DraftType::key).orElse(null), fieldKey);
        refresh(true);
    }

    @Override
    public void addFieldAt(FieldType type, int position) {
        designer.selectedType().ifPresent(selected -> {
            designer.addField(selected.key(), type, position);
            refresh(true);
        });
    }

    private void addFieldAtEnd(FieldType type) {
        addFieldAt(type, Integer.MAX_VALUE);
    }

    @Override
    public void dropFieldAt(TypeCanvas.FieldRef field, int beforeIndex) {
        designer.selectedType().ifPresent(selected -> {
            designer.dropField(field.typeKey(), field.fieldKey(), selected.key(), beforeIndex);
            refresh(true);
        });
    }

    // ---- inspectors ---------------------------------------------------------------------------------

    @Override
    public void changeField(UnaryOperator<FieldDefinition> change) {
        String type = designer.selectedType().map(DraftType::key).orElseThrow();
        String field = designer.selectedField().map(FieldDefinition::key).orElseThrow();
        designer.updateField(type, field, change);
        refresh(true);
    }

    @Override
    public void removeField() {
        String type = designer.selectedType().map(DraftType::key).orElseThrow();
        designer.selectedField().ifPresent(field -> {
            designer.removeField(type, field.key());
            refresh(true);
        });
    }

    @Override
    public void renameType(String displayName) {
        designer.selectedType().ifPresent(type -> designer.setTypeName(type.key(), displayName));
        refresh(false);
    }

    @Override
    public void changeTypeKey(String key) {
        designer.selectedType().ifPresent(type -> designer.setTypeKey(type.key(), key));
        refresh(true);
    }

    @Override
    public void changeKind(ContentKind kind) {
        designer.selectedType().ifPresent(type -> designer.setTypeKind(type.key(), kind));
        refresh(false);
    }

    @Override
    public void describeType(String description) {
        designer.selectedType().ifPresent(type -> designer.setTypeDescription(type.key(), description));
        refresh(false);
    }

    @Override
    public void duplicateType() {
        designer.selectedType().ifPresent(type -> designer.duplicateType(type.key()));
        refresh(true);
    }

    @Override
    public void deleteType() {
        designer.selectedType().ifPresent(type -> {
            long items = itemCounts.getOrDefault(type.origin() == null ? "" : type.origin(), 0L);
            if (items == 0) {
                designer.deleteType(type.key());
                refresh(true);
                return;
            }
            Confirmation.ask("Delete \"" + type.displayName() + "\"?", "Delete type")
                    .message("Its " + Formats.count(items)
                            + " items are deleted when you save. Undo brings the type back until then.")
                    .destructive()
                    .open(() -> {
                        designer.deleteType(type.key());
                        refresh(true);
                    });
        });
    }

    // ---- toolbar ------------------------------------------------------------------------------------

    private void undo() {
        designer.undo();
        refresh(true);
    }

    private void redo() {
        designer.redo();
        refresh(true);
    }

    /** Asks what saving would do, and shows it before anything changes. */
    private void review() {
        if (!designer.dirty()) {
            Notifications.info("Nothing to save: the model is as saved.");
            return;
        }
        var draft = designer.draft();
        busy("Checking…");
        Background.run(
                UI.getCurrent(),
                () -> modeling.plan(projectId, draft),
                plan -> {
                    idle();
                    if (plan.isEmpty()) {
                        Notifications.info("Your changes cancel out: the model is as saved.");
                        return;
                    }
                    new SaveDialog(plan, this::save, this::reload).open();
                },
                this::refused);
    }

    /** The saved version and the model and counts as they are after it, read off the UI thread. */
    private record Saved(ModelVersion version, ModelDraft draft, Map<String, Long> counts) {}

    /**
     * Saves off the UI thread (migrating thousands of items takes a moment); the designer is read-only meanwhile,
     * so nothing is edited that the saved model would then drop.
     */
    private void save(boolean confirmed) {
        var draft = designer.draft();
        busy("Saving…");
        Background.run(
                UI.getCurrent(),
                () -> {
                    ModelVersion version = modeling.save(projectId, draft, confirmed);
                    return new Saved(version, modeling.draft(projectId), content.countByType(projectId));
                },
                saved -> {
                    idle();
                    designer.reset(saved.draft());
                    itemCounts = saved.counts();
                    refresh(true);
                    Notifications.success("Saved as version " + saved.version().number()
                            + ". The site's source is being regenerated.");
                },
                this::refused);
    }

    private void refused(RuntimeException e) {
        idle();
        if (!(e instanceof ConflictException
                || e instanceof InvalidInputException
                || e instanceof ConfirmationRequiredException)) {
            throw e;
        }
        Notifications.error(e.getMessage());
    }

    private void busy(String what) {
        save.setText(what);
        save.setEnabled(false);
        undo.setEnabled(false);
        redo.setEnabled(false);
        editing(false);
    }

    private void idle() {
        save.setText("Save");
        save.setEnabled(true);
        editing(true);
        undo.setEnabled(designer.canUndo());
        redo.setEnabled(designer.canRedo());
    }

    private void editing(boolean enabled) {
        List.of(typeList, canvas, fieldInspector, typeInspector)
                .forEach(part -> part.getElement().setEnabled(enabled));
    }

    private void reload() {
        designer = new DesignerModel(modeling.draft(projectId));
        itemCounts = content.countByType(projectId);
        refresh(true);
    }

    private void showHistory() {
        new HistoryDialog(modeling.history(projectId, 100)).open();
    }

    private void showDiagram() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Types and their references");
        dialog.addClassName("diagram-dialog");
        String svg = ModelDiagram.svg(designer.draft().definitions());
        var image = new Image(
                "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                "Diagram of the content types and the references between them");
        image.addClassName("model-diagram");
        var legend = new Div(
                new Span("— reference"), new Span("— references"), new Span("— blocks"), new Span("dashed: optional"));
        legend.addClassName("diagram-legend");
        dialog.add(legend, new Div(image));
        dialog.setWidth("90vw");
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    // ---- rendering ----------------------------------------------------------------------------------

    /** Shows the designer's state; {@code syncUrl} puts the selection into the address. */
    private void refresh(boolean syncUrl) {
        List<DraftType> types = designer.types();
        String selectedType = designer.selectedType().map(DraftType::key).orElse(null);
        String selectedField =
                designer.selectedField().map(FieldDefinition::key).orElse(null);
        Map<String, String> names =
                types.stream().collect(Collectors.toMap(DraftType::key, DraftType::displayName, (a, b) -> a));
        typeList.show(types, selectedType);
        canvas.show(designer.selectedType().orElse(null), selectedField, names);
        designer.selectedField()
                .ifPresentOrElse(
                        field -> {
                            fieldInspector.show(field, types);
                            fieldInspector.setVisible(true);
                            typeInspector.setVisible(false);
                        },
                        () -> {
                            fieldInspector.setVisible(false);
                            designer.selectedType()
                                    .ifPresent(type -> typeInspector.show(
                                            type,
                                            itemCounts.getOrDefault(type.origin() == null ? "" : type.origin(), 0L)));
                            typeInspector.setVisible(designer.selectedType().isPresent());
                        });
        undo.setEnabled(designer.canUndo());
        redo.setEnabled(designer.canRedo());
        pending.setText(
                designer.dirty()
                        ? designer.changes() + (designer.changes() == 1 ? " unsaved change" : " unsaved changes")
                        : "All saved");
        pending.getElement().setAttribute("data-dirty", designer.dirty());
        showProblems(designer.problems());
        if (syncUrl) {
            Map<String, String> query = new LinkedHashMap<>();
            if (selectedType != null) {
                query.put("type", selectedType);
            }
            if (selectedField != null) {
                query.put("field", selectedField);
            }
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(
                            null, new Location("projects/" + projectId + "/model", QueryParameters.simple(query))));
        }
    }

    private void showProblems(List<String> found) {
        problems.removeAll();
        problems.setVisible(!found.isEmpty());
        if (!found.isEmpty()) {
            var list = new UnorderedList();
            found.stream().limit(8).forEach(problem -> list.add(new ListItem(problem)));
            if (found.size() > 8) {
                list.add(new ListItem("and " + (found.size() - 8) + " more"));
            }
            problems.add(new Span(VaadinIcon.WARNING.create(), new Span(" Fix before saving:")), list);
        }
    }

    private void navigate(String path) {
        getUI().ifPresent(ui -> ui.navigate(path));
    }
}
