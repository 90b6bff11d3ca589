package com.sitewright.project.ui;

import com.sitewright.base.InvalidInputException;
import com.sitewright.project.ProjectSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Sets a project's budget for model calls. Saving hands the new budget ({@code null}: no limit) to the view,
 * which calls the service; a refused value shows on the field.
 */
final class BudgetDialog extends Dialog {

    private final BigDecimalField amount = new BigDecimalField("Budget (US dollars)");
    private final Checkbox unlimited = new Checkbox("No limit");

    BudgetDialog(ProjectSummary project, Consumer<BigDecimal> save) {
        setHeaderTitle("Budget for \"" + project.name() + "\"");
        addClassName("budget-dialog");
        amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("$"));
        amount.setValue(project.budgetUsd());
        amount.setWidthFull();
        unlimited.setValue(project.budgetUsd() == null);
        amount.setEnabled(project.budgetUsd() != null);
        unlimited.addValueChangeListener(event -> amount.setEnabled(!event.getValue()));
        amount.addValueChangeListener(event -> amount.setInvalid(false));
        String used = project.usage().calls() == 0
                ? "No model calls yet."
                : "Used so far: " + UsageLabels.of(project.usage()) + ".";
        var text = new Paragraph("Generation stops starting new work once the estimated cost of the project's "
                + "model calls reaches the budget; what was generated is kept. " + used);
        add(new VerticalLayout(text, unlimited, amount));

        var saveButton = new Button("Save", click -> {
            BigDecimal value = unlimited.getValue() ? null : amount.getValue();
            if (!unlimited.getValue() && value == null) {
                amount.setInvalid(true);
                amount.setErrorMessage("Enter an amount, or choose no limit.");
                return;
            }
            try {
                save.accept(value);
                close();
            } catch (InvalidInputException e) {
                amount.setInvalid(true);
                amount.setErrorMessage(e.getMessage());
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), saveButton);
    }
}
