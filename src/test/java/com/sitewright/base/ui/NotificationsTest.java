package com.sitewright.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.Notification.Position;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationsTest {

    /** Held here because Vaadin keeps the current UI only weakly: a collected UI fails the test at random. */
    private final UI ui = new UI();

    @BeforeEach
    void currentUi() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noCurrentUi() {
        UI.setCurrent(null);
    }

    @Test
    void aSuccessIsGreenInTheBottomCornerForFiveSeconds() {
        Notification shown = Notifications.success("Saved \"Flat white\" (version 3).");

        assertThat(text(shown)).isEqualTo("Saved \"Flat white\" (version 3).");
        assertThat(shown.getPosition()).isEqualTo(Position.BOTTOM_START);
        assertThat(shown.getDuration()).isEqualTo(5_000);
        assertThat(shown.getThemeNames()).containsExactly(NotificationVariant.LUMO_SUCCESS.getVariantName());
        assertThat(shown.isOpened()).isTrue();
    }

    @Test
    void anInfoIsWhereASuccessIsWithoutItsColour() {
        Notification shown = Notifications.info("Nothing to save: the model is as saved.");

        assertThat(shown.getPosition()).isEqualTo(Position.BOTTOM_START);
        assertThat(shown.getDuration()).isEqualTo(5_000);
        assertThat(shown.getThemeNames()).isEmpty();
        assertThat(shown.isOpened()).isTrue();
    }

    @Test
    void anErrorIsRedAtTheTopAndStaysLongerThanAnythingElse() {
        Notification shown = Notifications.error("Your role does not allow this.");

        assertThat(text(shown)).isEqualTo("Your role does not allow this.");
        assertThat(shown.getPosition()).isEqualTo(Position.TOP_CENTER);
        // The browser tests find refusals by this theme name.
        assertThat(shown.getThemeNames()).containsExactly("error");
        assertThat(shown.getDuration())
                .isGreaterThan(Notifications.Kind.SUCCESS.durationMillis)
                .isGreaterThan(Notifications.Kind.INFO.durationMillis);
        assertThat(shown.isOpened()).isTrue();
    }

    @Test
    void everyKindClosesByItself() {
        for (Notifications.Kind kind : Notifications.Kind.values()) {
            assertThat(kind.create("text").getDuration()).as(kind.name()).isPositive();
        }
    }

    @Test
    void theKindsLookDifferent() {
        Function<Notifications.Kind, Object> look = kind -> kind.create("text").getThemeNames();
        assertThat(look.apply(Notifications.Kind.SUCCESS))
                .isNotEqualTo(look.apply(Notifications.Kind.INFO))
                .isNotEqualTo(look.apply(Notifications.Kind.ERROR));
        assertThat(look.apply(Notifications.Kind.INFO)).isNotEqualTo(look.apply(Notifications.Kind.ERROR));
    }

    /** The text the notification card shows. */
    private static String text(Notification notification) {
        return notification.getElement().getProperty("text");
    }
}
