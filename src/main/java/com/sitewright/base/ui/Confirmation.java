package com.sitewright.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before an action: a heading that is the question, a message saying what happens, Cancel and a confirm button
 * that names the action. Every confirmation in the studio is built here so they look and behave alike.
 */
public final class Confirmation {

    /** The confirm button of an action that deletes or discards, red so that it is not pressed by habit. */
    static final String DESTRUCTIVE_THEME = "error primary";

    private final ConfirmDialog dialog = new ConfirmDialog();

    private Confirmation(String header, String confirmText) {
        dialog.setHeader(header);
        dialog.setConfirmText(confirmText);
        // Always a way out besides Escape.
        dialog.setCancelable(true);
    }

    /** A confirmation with the question as its heading and a confirm button that names the action. */
    public static Confirmation ask(String header, String confirmText) {
        return new Confirmation(header, confirmText);
    }

    /** What confirming does, in a sentence or two. */
    public Confirmation message(String text) {
        dialog.setText(text);
        return this;
    }

    /** What confirming does, when it needs more than text (a list of problems, say). */
    public Confirmation message(Component content) {
        dialog.setText(content);
        return this;
    }

    /** Content below the message that the confirm action reads, such as a checkbox for an option. */
    public Confirmation with(Component... content) {
        dialog.add(content);
        return this;
    }

    /** Marks the action as one that deletes or discards, when it does. */
    public Confirmation destructive(boolean destructive) {
        dialog.setConfirmButtonTheme(destructive ? DESTRUCTIVE_THEME : "primary");
        return this;
    }

    /** Marks the action as one that deletes or discards. */
    public Confirmation destructive() {
        return destructive(true);
    }

    /** Names the way out when "Cancel" would be unclear, such as "Keep editing". */
    public Confirmation cancelText(String text) {
        dialog.setCancelText(text);
        return this;
    }

    /** Opens the dialog; the action runs only when it is confirmed. */
    public ConfirmDialog open(Runnable onConfirm) {
        dialog.addConfirmListener(event -> onConfirm.run());
        dialog.open();
        return dialog;
    }
}
