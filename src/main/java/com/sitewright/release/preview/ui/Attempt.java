package com.sitewright.release.preview.ui;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.base.ui.Notifications;

/** Runs a person's request on the preview page; what the services refuse is said in a notification, in their words. */
final class Attempt {

    private Attempt() {}

    static void run(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException | ConflictException e) {
            Notifications.error(e.getMessage());
        } catch (NotFoundException e) {
            Notifications.error("That preview no longer exists, or it is not yours to see.");
        }
    }
}
