package com.sitewright.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfirmationTest {

    /** Held here because Vaadin keeps the current UI only weakly: a collected UI fails the test at random. */
    private final UI ui = new UI();

    private final AtomicInteger confirmed = new AtomicInteger();

    @BeforeEach
    void currentUi() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noCurrentUi() {
        UI.setCurrent(null);
    }

    @Test
    void asksWithTheQuestionAndTheActionAndCanBeCancelled() {
        ConfirmDialog dialog = Confirmation.ask("Roll back to deployment #1?", "Roll back")
                .message("Build 7 goes live again.")
                .open(confirmed::incrementAndGet);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(property(dialog, "header")).isEqualTo("Roll back to deployment #1?");
        assertThat(property(dialog, "message")).isEqualTo("Build 7 goes live again.");
        assertThat(property(dialog, "confirmText")).isEqualTo("Roll back");
        assertThat(dialog.getElement().getProperty("cancelButtonVisible", false))
                .isTrue();
        assertThat(property(dialog, "confirmTheme")).isNull();
    }

    @Test
    void runsTheActionOnlyWhenConfirmed() {
        ConfirmDialog dialog = Confirmation.ask("Delete \"Latte\"?", "Delete").open(confirmed::incrementAndGet);

        ComponentUtil.fireEvent(dialog, new ConfirmDialog.CancelEvent(dialog, true));
        assertThat(confirmed).hasValue(0);
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
        assertThat(confirmed).hasValue(1);
    }

    @Test
    void aDestructiveActionHasARedButtonAndOthersTheDefaultOne() {
        ConfirmDialog delete = Confirmation.ask("Delete 3 items?", "Delete 3")
                .destructive(true)
                .open(confirmed::incrementAndGet);
        ConfirmDialog publish = Confirmation.ask("Publish 3 items?", "Publish 3")
                .destructive(false)
                .open(confirmed::incrementAndGet);

        assertThat(property(delete, "confirmTheme")).isEqualTo("error primary");
        assertThat(property(publish, "confirmTheme")).isEqualTo("primary");
    }

    @Test
    void theWayOutCanBeNamedAndOptionsAddedBelowTheMessage() {
        var option = new Checkbox("Also delete 2 entries removed in the studio");
        ConfirmDialog dialog = Confirmation.ask("Leave without saving?", "Discard changes")
                .cancelText("Keep editing")
                .with(new Paragraph("The plan deletes."), option)
                .open(confirmed::incrementAndGet);

        assertThat(property(dialog, "cancelText")).isEqualTo("Keep editing");
        assertThat(dialog.getChildren()).contains(option);
    }

    private static String property(ConfirmDialog dialog, String name) {
        return dialog.getElement().getProperty(name);
    }
}
