package com.sitewright.modeling.ui;

import com.sitewright.base.ui.Confirmation;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.model.ContentKind;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.modeling.DraftType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The designer's three panes: the types on the left, the palette and the selected type's fields in the middle, and
 * the inspector on the right. What people do in them (drag and drop included) becomes an edit of the
 * {@link DesignerModel}; the view is told after each one and redraws. Nothing here loads or saves.
 */
final class DesignerEditor extends Composite<Div>
        implements TypeList.Actions, TypeCanvas.Actions, FieldInspector.Actions, TypeInspector.Actions {

    /** Told after each edit; {@code selectionMoved} says whether the address should follow the selection. */
    @FunctionalInterface
    interface Listener {
        void edited(boolean selectionMoved);
    }

    private final Listener listener;
    private final TypeList typeList = new TypeList(this);
    private final TypeCanvas canvas = new TypeCanvas(this, new FieldPalette(this::addFieldAtEnd));
    private final FieldInspector fieldInspector = new FieldInspector(this);
    private final TypeInspector typeInspector = new TypeInspector(this);

    private DesignerModel designer;
    private Map<String, Long> itemCounts = Map.of();

    DesignerEditor(Listener listener) {
        this.listener = listener;
        var inspector = new Div(fieldInspector, typeInspector);
        inspector.addClassName("designer-side");
        getContent().addClassName("designer-body");
        getContent().add(typeList, canvas, inspector);
    }

    /** Shows the designer's state; {@code counts} are the saved items per type, keyed by the type's saved key. */
    void show(DesignerModel model, Map<String, Long> counts) {
        this.designer = model;
        this.itemCounts = counts;
        List<DraftType> types = designer.types();
        String selectedField =
                designer.selectedField().map(FieldDefinition::key).orElse(null);
        Map<String, String> names =
                types.stream().collect(Collectors.toMap(DraftType::key, DraftType::displayName, (a, b) -> a));
        typeList.show(types, designer.selectedType().map(DraftType::key).orElse(null));
        canvas.show(designer.selectedType().orElse(null), selectedField, names);
        designer.selectedField().ifPresentOrElse(field -> showField(field, types), this::showType);
    }

    /** Read-only while a save runs, so nothing is edited that the saved model would then drop. */
    void setEditable(boolean editable) {
        List<Component> panes = List.of(typeList, canvas, fieldInspector, typeInspector);
        panes.forEach(pane -> pane.getElement().setEnabled(editable));
    }

    private void showField(FieldDefinition field, List<DraftType> types) {
        fieldInspector.show(field, types);
        fieldInspector.setVisible(true);
        typeInspector.setVisible(false);
    }

    private void showType() {
        fieldInspector.setVisible(false);
        designer.selectedType().ifPresent(type -> typeInspector.show(type, items(type)));
        typeInspector.setVisible(designer.selectedType().isPresent());
    }

    private long items(DraftType type) {
        return itemCounts.getOrDefault(type.origin() == null ? "" : type.origin(), 0L);
    }

    // ---- type list ----------------------------------------------------------------------------------

    @Override
    public void selectType(String typeKey) {
        designer.select(typeKey, null);
        listener.edited(true);
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
        listener.edited(true);
    }

    @Override
    public void newType() {
        new NewTypeDialog((name, kind) -> {
                    designer.addType(name, kind);
                    listener.edited(true);
                })
                .open();
    }

    // ---- canvas -------------------------------------------------------------------------------------

    @Override
    public void selectField(String fieldKey) {
        designer.select(selectedTypeKey(), fieldKey);
        listener.edited(true);
    }

    @Override
    public void addFieldAt(FieldType type, int position) {
        designer.selectedType().ifPresent(selected -> {
            designer.addField(selected.key(), type, position);
            listener.edited(true);
        });
    }

    private void addFieldAtEnd(FieldType type) {
        addFieldAt(type, Integer.MAX_VALUE);
    }

    @Override
    public void dropFieldAt(TypeCanvas.FieldRef field, int beforeIndex) {
        designer.selectedType().ifPresent(selected -> {
            designer.dropField(field.typeKey(), field.fieldKey(), selected.key(), beforeIndex);
            listener.edited(true);
        });
    }

    // ---- inspectors ---------------------------------------------------------------------------------

    @Override
    public void changeField(UnaryOperator<FieldDefinition> change) {
        String type = designer.selectedType().map(DraftType::key).orElseThrow();
        String field = designer.selectedField().map(FieldDefinition::key).orElseThrow();
        designer.updateField(type, field, change);
        listener.edited(true);
    }

    @Override
    public void removeField() {
        String type = designer.selectedType().map(DraftType::key).orElseThrow();
        designer.selectedField().ifPresent(field -> {
            designer.removeField(type, field.key());
            listener.edited(true);
        });
    }

    @Override
    public void renameType(String displayName) {
        designer.selectedType().ifPresent(type -> designer.setTypeName(type.key(), displayName));
        listener.edited(false);
    }

    @Override
    public void changeTypeKey(String key) {
        designer.selectedType().ifPresent(type -> designer.setTypeKey(type.key(), key));
        listener.edited(true);
    }

    @Override
    public void changeKind(ContentKind kind) {
        designer.selectedType().ifPresent(type -> designer.setTypeKind(type.key(), kind));
        listener.edited(false);
    }

    @Override
    public void describeType(String description) {
        designer.selectedType().ifPresent(type -> designer.setTypeDescription(type.key(), description));
        listener.edited(false);
    }

    @Override
    public void duplicateType() {
        designer.selectedType().ifPresent(type -> designer.duplicateType(type.key()));
        listener.edited(true);
    }

    /** A type with saved items asks first: saving deletes them. */
    @Override
    public void deleteType() {
        designer.selectedType().ifPresent(type -> {
            long items = items(type);
            if (items == 0) {
                designer.deleteType(type.key());
                listener.edited(true);
                return;
            }
            Confirmation.ask("Delete \"" + type.displayName() + "\"?", "Delete type")
                    .message("Its " + Formats.count(items)
                            + " items are deleted when you save. Undo brings the type back until then.")
                    .destructive()
                    .open(() -> {
                        designer.deleteType(type.key());
                        listener.edited(true);
                    });
        });
    }

    private String selectedTypeKey() {
        return designer.selectedType().map(DraftType::key).orElse(null);
    }
}
