package com.sitewright.modeling.ui;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.ui.Background;
import com.sitewright.base.ui.Confirmation;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.RouteIds;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.content.ContentService;
import com.sitewright.model.FieldDefinition;
import com.sitewright.modeling.ConfirmationRequiredException;
import com.sitewright.modeling.DraftType;
import com.sitewright.modeling.ModelDraft;
import com.sitewright.modeling.ModelVersion;
import com.sitewright.modeling.ModelingService;
import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import com.sitewright.project.ui.ProjectLayout;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The content-model designer: the types on the left, the selected type's fields on a canvas in the middle with
 * the palette of field types above it, and an inspector on the right ({@link DesignerEditor}). Every change is made
 * to a draft ({@link DesignerModel}) that can be undone; saving shows what the changes do to the items before
 * anything changes. The selected type and field are in the URL. This view loads and saves; its children edit.
 */
@Route(value = "model", layout = ProjectLayout.class)
@PageTitle("Content model · Sitewright")
@PermitAll
class DesignerView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private final ModelingService modeling;
    private final ContentService content;

    private final ViewHeader header = new ViewHeader("Content model");
    private final Button undo = new Button(VaadinIcon.ARROW_BACKWARD.create(), click -> undo());
    private final Button redo = new Button(VaadinIcon.ARROW_FORWARD.create(), click -> redo());
    private final Span pending = new Span();
    private final Button save = new Button("Save", VaadinIcon.CHECK.create(), click -> review());
    private final ProblemList problems = new ProblemList();
    private final DesignerEditor editor = new DesignerEditor(this::refresh);

    private UUID projectId;
    private DesignerModel designer;
    private Map<String, Long> itemCounts = Map.of();

    DesignerView(ModelingService modeling, ContentService content) {
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
        undo.addClickShortcut(Key.KEY_Z, KeyModifier.CONTROL);
        redo.addClickShortcut(Key.KEY_Z, KeyModifier.CONTROL, KeyModifier.SHIFT);
        pending.addClassName("designer-pending");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-model");
        var history = new Button(
                "History",
                VaadinIcon.TIME_BACKWARD.create(),
                click -> new HistoryDialog(modeling.history(projectId, 100)).open());
        var diagram = new Button(
                "Diagram",
                VaadinIcon.SITEMAP.create(),
                click -> new DiagramDialog(designer.draft().definitions()).open());
        for (Button secondary : List.of(diagram, history, undo, redo)) {
            secondary.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        header.addActions(diagram, history, pending, undo, redo, save);

        add(header, problems, editor);
        setFlexGrow(1, editor);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = RouteIds.require(event, "projectId");
        if (id.isEmpty()) {
            return;
        }
        boolean sameProject = id.get().equals(projectId) && designer != null;
        projectId = id.get();
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
                || event.getLocation().getPath().equals(ProjectRoutes.link(projectId, ProjectPage.MODEL))) {
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
        editor.setEditable(false);
    }

    private void idle() {
        save.setText("Save");
        save.setEnabled(true);
        editor.setEditable(true);
        undo.setEnabled(designer.canUndo());
        redo.setEnabled(designer.canRedo());
    }

    private void reload() {
        designer = new DesignerModel(modeling.draft(projectId));
        itemCounts = content.countByType(projectId);
        refresh(true);
    }

    /** Shows the designer's state; {@code syncUrl} puts the selection into the address. */
    private void refresh(boolean syncUrl) {
        editor.show(designer, itemCounts);
        undo.setEnabled(designer.canUndo());
        redo.setEnabled(designer.canRedo());
        pending.setText(
                designer.dirty()
                        ? designer.changes() + (designer.changes() == 1 ? " unsaved change" : " unsaved changes")
                        : "All saved");
        pending.getElement().setAttribute("data-dirty", designer.dirty());
        problems.show(designer.problems());
        if (syncUrl) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, selectionLocation()));
        }
    }

    private Location selectionLocation() {
        Map<String, String> query = new LinkedHashMap<>();
        designer.selectedType().ifPresent(type -> query.put("type", type.key()));
        designer.selectedField().map(FieldDefinition::key).ifPresent(field -> query.put("field", field));
        return ProjectRoutes.of(projectId, ProjectPage.MODEL, QueryParameters.simple(query));
    }
}
