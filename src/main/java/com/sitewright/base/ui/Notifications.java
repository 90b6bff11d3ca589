package com.sitewright.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.Notification.Position;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The studio's notifications. There are three kinds, and each is always shown in the same place, for the same time
 * and with the same look, so that a user learns where to glance and what a colour means.
 */
public final class Notifications {

    /** Each kind with its one look, place and duration. */
    enum Kind {
        /**
         * Done as asked. In the bottom corner, out of the way of the work, and long enough to read a sentence: the
         * longest confirmations ("Moved the field to …") are two lines.
         */
        SUCCESS(NotificationVariant.LUMO_SUCCESS, Position.BOTTOM_START, 5_000),
        /** Worth knowing but asking nothing ("Nothing to save"): where and as long as a success, without its colour. */
        INFO(null, Position.BOTTOM_START, 5_000),
        /**
         * Refused or failed. At the top centre, where the eye is, and longer, because the user has to read it and act.
         * It still closes by itself: refusals that stayed until closed would pile up over the view's own header.
         */
        ERROR(NotificationVariant.LUMO_ERROR, Position.TOP_CENTER, 8_000);

        final NotificationVariant variant;
        final Position position;
        final int durationMillis;

        Kind(NotificationVariant variant, Position position, int durationMillis) {
            this.variant = variant;
            this.position = position;
            this.durationMillis = durationMillis;
        }

        Notification create(String text) {
            var notification = new Notification(text, durationMillis, position);
            if (variant != null) {
                notification.addThemeVariants(variant);
            }
            return notification;
        }

        Notification show(String text) {
            Notification notification = create(text);
            notification.open();
            return notification;
        }
    }

    private Notifications() {}

    /** Something the user asked for has been done. */
    public static Notification success(String text) {
        return Kind.SUCCESS.show(text);
    }

    /** Something happened that needs nothing from the user. */
    public static Notification info(String text) {
        return Kind.INFO.show(text);
    }

    /** Something was refused or went wrong; the text says what, in a sentence. */
    public static Notification error(String text) {
        return Kind.ERROR.show(text);
    }
}
