package com.sitewright.content.ui;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.ui.Confirmation;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.InvalidContentException;
import com.sitewright.content.ItemStatus;
import com.sitewright.content.StaleItemException;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The item editor beside the grid: the item's form ({@link ItemForm}) and its actions (save, publish or unpublish,
 * duplicate, delete, open in the preview). For a new item it is the same form with only Save. Read-only for people
 * who may not edit. The changes go through the writers the view gives, which throw what the content service throws;
 * a refusal is shown here, and a colleague's newer save is offered for comparison, never overwritten unasked.
 */
final class ItemEditor extends Composite<Aside> {

    private final Div top = new Div();
    private final Div meta = new Div();
    private final Div buttons = new Div();
    private final ItemForm form;
    private BiFunction<ContentTypeDefinition, Map<String, Object>, ContentItemRow> creator;
    private InlineEditor.Saver updater;
    private Function<UUID, ContentItemRow> current;
    private UnaryOperator<ContentItemRow> publisher;
    private UnaryOperator<ContentItemRow> unpublisher;
    private UnaryOperator<ContentItemRow> duplicator;
    private Consumer<ContentItemRow> deleter;
    private Consumer<ContentItemRow> onSaved = item -> {};
    private Runnable onDeleted = () -> {};
    private Consumer<ContentItemRow> onOpenInPreview = item -> {};
    private Runnable onClose = () -> {};
    private ContentItemRow item;
    private ContentTypeDefinition type;
    private Map<String, String> typeNames = Map.of();
    private boolean canEdit;

    ItemEditor(ReferenceInputs.Candidates candidates, AssetInput.Library library) {
        form = new ItemForm(candidates, library);
        Aside panel = getContent();
        panel.addClassNames("item-detail", "item-editor");
        top.addClassName("item-detail-top");
        meta.addClassName("item-detail-meta");
        buttons.addClassName("item-buttons");
        panel.add(top, meta, buttons, form);
        panel.setVisible(false);
    }

    /**
     * How a new item is created, an item's form saved over the version it was read at (both throw what the content
     * service throws), and its current version read when a colleague saved first.
     */
    void saveWith(
            BiFunction<ContentTypeDefinition, Map<String, Object>, ContentItemRow> creator,
            InlineEditor.Saver updater,
            Function<UUID, ContentItemRow> current) {
        this.creator = creator;
        this.updater = updater;
        this.current = current;
    }

    /** How the item is published, unpublished, duplicated and deleted. */
    void changeWith(
            UnaryOperator<ContentItemRow> publisher,
            UnaryOperator<ContentItemRow> unpublisher,
            UnaryOperator<ContentItemRow> duplicator,
            Consumer<ContentItemRow> deleter) {
        this.publisher = publisher;
        this.unpublisher = unpublisher;
        this.duplicator = duplicator;
        this.deleter = deleter;
    }

    /** The item was created, saved, published, unpublished or duplicated; the editor shows the result. */
    void onSaved(Consumer<ContentItemRow> listener) {
        onSaved = listener;
    }

    /** The shown item was deleted, after the editor was closed. */
    void onDeleted(Runnable listener) {
        onDeleted = listener;
    }

    void onOpenInPreview(Consumer<ContentItemRow> listener) {
        onOpenInPreview = listener;
    }

    /** The editor was closed: by the person, or because its item was deleted. */
    void onClose(Runnable listener) {
        onClose = listener;
    }

    /** Shows the item in its type's form; {@code item} null opens an empty form for a new one. */
    void show(ContentItemRow shown, ContentTypeDefinition itemType, Map<String, String> names, boolean editable) {
        item = shown;
        type = itemType;
        typeNames = names;
        canEdit = editable;
        top.removeAll();
        meta.removeAll();
        buttons.removeAll();
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            hide();
            onClose.run();
        });
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close the item");
        top.add(new H2(shown == null ? "New " + itemType.displayName() : shown.title()), close);
        if (shown != null) {
            meta.add(
                    ItemStatusBadges.of(shown),
                    new Span("/" + shown.slug()),
                    new Span("v" + shown.version()),
                    new Span("Updated " + Formats.dateTime(shown.updatedAt())));
        } else {
            meta.add(new Span(itemType.displayName() + " · a draft until you publish it"));
        }
        form.show(shown, itemType, names, !editable);
        if (editable) {
            buttons.add(button("Save", VaadinIcon.CHECK, "save-item", this::save, ButtonVariant.LUMO_PRIMARY));
            if (shown != null) {
                boolean published = shown.status() == ItemStatus.PUBLISHED;
                boolean publish = shown.hasUnpublishedChanges() || !published;
                buttons.add(button(
                        publish ? "Publish" : "Unpublish",
                        publish ? VaadinIcon.UPLOAD_ALT : VaadinIcon.DOWNLOAD_ALT,
                        "publish-item",
                        () -> changed(
                                (publish ? publisher : unpublisher).apply(shown),
                                publish ? "Published" : "Unpublished")));
                buttons.add(button(
                        "Duplicate",
                        VaadinIcon.COPY_O,
                        "duplicate-item",
                        () -> changed(duplicator.apply(shown), "Duplicated as a draft:")));
                buttons.add(button(
                        "Delete",
                        VaadinIcon.TRASH,
                        "delete-item",
                        () -> confirmDelete(shown),
                        ButtonVariant.LUMO_ERROR));
            }
        }
        if (shown != null && itemType.kind() != ContentKind.COMPONENT) {
            buttons.add(
                    button("Open in preview", VaadinIcon.EYE, "open-in-preview", () -> onOpenInPreview.accept(shown)));
        }
        getContent().setVisible(true);
    }

    /** Shows the item's newer version if it is the one shown (a row saved in the grid, say). */
    void showIfOpen(ContentItemRow newer) {
        if (item != null && item.id().equals(newer.id())) {
            show(newer, type, typeNames, canEdit);
        }
    }

    void hide() {
        getContent().setVisible(false);
        item = null;
    }

    /** The ID of the item shown, or null when the editor is closed or holds a new item. */
    UUID itemId() {
        return item == null ? null : item.id();
    }

    /** A form that cannot be read yet is not sent; the person is told what to fix. */
    private void save() {
        List<String> unreadable = form.unreadable();
        if (!unreadable.isEmpty()) {
            Notifications.error("Fix first: " + String.join("; ", unreadable));
            return;
        }
        ContentItemRow saving = item;
        Map<String, Object> mine = form.data();
        try {
            changed(
                    saving == null ? creator.apply(type, mine) : updater.save(saving, mine),
                    saving == null ? "Created" : "Saved");
        } catch (InvalidContentException e) {
            form.showErrors(e.errors());
            Notifications.error(e.getMessage());
        } catch (StaleItemException e) {
            ContentItemRow theirs = current.apply(saving.id());
            ContentTypeDefinition shownType = type;
            new ConflictDialog(shownType, mine, theirs, () -> show(theirs, shownType, typeNames, canEdit), () -> {
                        try {
                            changed(updater.save(theirs, mine), "Saved over version " + theirs.version());
                        } catch (InvalidInputException | ConflictException again) {
                            Notifications.error(again.getMessage());
                        }
                    })
                    .open();
        } catch (InvalidInputException | ConflictException e) {
            Notifications.error(e.getMessage());
        }
    }

    /** Shows the item as the content service returned it, and says what happened. */
    private void changed(ContentItemRow row, String what) {
        show(row, type, typeNames, canEdit);
        onSaved.accept(row);
        Notifications.success(what + " \"" + row.title() + "\" (version " + row.version() + ").");
    }

    private void confirmDelete(ContentItemRow shown) {
        Confirmation.ask("Delete \"" + shown.title() + "\"?", "Delete")
                .message("It is removed from the studio and from production, and every reference to it is removed.")
                .destructive()
                .open(() -> {
                    deleter.accept(shown);
                    hide();
                    onClose.run();
                    onDeleted.run();
                    Notifications.info("Deleted \"" + shown.title() + "\".");
                });
    }

    private static Button button(
            String text, VaadinIcon icon, String className, Runnable action, ButtonVariant... variants) {
        var button = new Button(text, icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addThemeVariants(variants);
        button.addClassName(className);
        return button;
    }
}
