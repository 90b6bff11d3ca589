package com.sitewright.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a newly created secret the one time it can be seen, read-only and ready to copy. */
public final class SecretDialog {

    private SecretDialog() {}

    public static void open(String title, String secret, Component... extras) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        var value = new TextField();
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        value.addClassName("token-secret");
        dialog.add(new Paragraph("It is shown only this once; the studio keeps only a hash of it."), value);
        dialog.add(extras);
        var done = new Button("Done", click -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setWidth("640px");
        dialog.open();
    }
}
