package com.sitewright.preview.ui;

import com.sitewright.base.ui.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * A link to the preview for people without a studio account. Links are signed and stateless, so a
 * new one is made whenever the validity changes; each works until its own expiry.
 */
final class ShareDialog extends Dialog {

    enum Validity {
        HOUR("1 hour", Duration.ofHours(1)), DAY("1 day", Duration.ofDays(1)), WEEK("7 days", Duration.ofDays(7));

        private final String label;
        private final Duration duration;

        Validity(String label, Duration duration) {
            this.label = label;
            this.duration = duration;
        }
    }

    private final Function<Duration, String> linkFor;
    private final RadioButtonGroup<Validity> validity = new RadioButtonGroup<>("Valid for");
    private final TextField link = new TextField("Share link");
    private final Paragraph expiry = new Paragraph();

    /** {@code linkFor} makes a link valid for the given time; it may throw the service's exceptions. */
    ShareDialog(String previewName, Function<Duration, String> linkFor) {
        this.linkFor = linkFor;
        addClassName("share-dialog");
        setHeaderTitle("Share " + previewName);
        setWidth("600px");

        var intro = new Paragraph("Anyone with this link can see the preview, without a studio account, "
                + "until the link expires. They cannot change anything.");
        intro.addClassName("dialog-intro");
        validity.setItems(Validity.values());
        validity.setItemLabelGenerator(value -> value.label);
        validity.setValue(Validity.DAY);
        validity.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                refresh();
            }
        });

        link.setReadOnly(true);
        link.setWidthFull();
        link.addClassName("share-link");
        var copy = new Button("Copy", VaadinIcon.COPY_O.create(), click -> copy());
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        copy.setAriaLabel("Copy link");
        copy.addClassName("copy-share-link");
        link.setSuffixComponent(copy);
        expiry.addClassName("share-expiry");

        add(intro, validity, link, expiry);
        var done = new Button("Done", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        refresh();
    }

    private void refresh() {
        Validity chosen = validity.getValue();
        link.setValue(linkFor.apply(chosen.duration));
        expiry.setText("Expires " + Formats.dateTime(Instant.now().plus(chosen.duration)) + ".");
    }

    private void copy() {
        String value = link.getValue();
        // The Clipboard API needs the page's permission; when it is refused, the field is still there to copy from.
        UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", value).then(
                result -> Notification.show("Share link copied", 2500, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS),
                error -> Notification.show("The browser did not allow copying; select the link and copy it.",
                        5000, Notification.Position.BOTTOM_START));
    }
}
