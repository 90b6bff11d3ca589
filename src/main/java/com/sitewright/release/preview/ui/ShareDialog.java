package com.sitewright.release.preview.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.StatusBadge;
import com.sitewright.release.hosting.ShareGrantInfo;
import com.sitewright.release.preview.PreviewService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Links to the preview for people without a studio account, and the links made so far: who made each,
 * when it expires, and whether it still works. Revoking a link ends access at once, also for browsers
 * that opened it before.
 */
final class ShareDialog extends Dialog {

    enum Validity {
        HOUR("1 hour", Duration.ofHours(1)),
        DAY("1 day", Duration.ofDays(1)),
        WEEK("7 days", Duration.ofDays(7));

        private final String label;
        private final Duration duration;

        Validity(String label, Duration duration) {
            this.label = label;
            this.duration = duration;
        }
    }

    /** What the dialog asks of the view; each may throw the service's exceptions. */
    interface Links {
        PreviewService.ShareLink create(Duration validFor);

        List<ShareGrantInfo> list();

        void revoke(UUID shareId);
    }

    private final Links links;
    /** Runs an action, showing the service's refusals as the view does. */
    private final Consumer<Runnable> attempt;

    private final RadioButtonGroup<Validity> validity = new RadioButtonGroup<>("Valid for");
    private final TextField link = new TextField("New share link");
    private final Paragraph expiry = new Paragraph();
    private final Grid<ShareGrantInfo> grid = new Grid<>();
    private final Paragraph none = new Paragraph("No share links yet.");
    /** The link made in this dialog, whose address is shown while it works. */
    private UUID shown;

    ShareDialog(String previewName, boolean canEdit, Links links, Consumer<Runnable> attempt) {
        this.links = links;
        this.attempt = attempt;
        addClassName("share-dialog");
        setHeaderTitle("Share " + previewName);
        setWidth("720px");

        var intro = new Paragraph("Anyone with a share link can see the preview, without a studio account, "
                + "until the link expires or is revoked. They cannot change anything.");
        intro.addClassName("dialog-intro");
        add(intro);

        if (canEdit) {
            validity.setItems(Validity.values());
            validity.setItemLabelGenerator(value -> value.label);
            validity.setValue(Validity.DAY);
            var create = new Button("Create link", VaadinIcon.LINK.create(), click -> create());
            create.addClassName("create-share-link");
            var row = new HorizontalLayout(validity, create);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);

            link.setReadOnly(true);
            link.setWidthFull();
            link.addClassName("share-link");
            var copy = new Button("Copy", VaadinIcon.COPY_O.create(), click -> copy());
            copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            copy.setAriaLabel("Copy link");
            copy.addClassName("copy-share-link");
            link.setSuffixComponent(copy);
            link.setVisible(false);
            expiry.addClassName("share-expiry");
            add(row, link, expiry);
        }

        var heading = new H3("Share links of this preview");
        heading.addClassName("share-list-title");
        grid.addClassName("share-list");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(ShareGrantInfo::createdBy).setHeader("Made by").setAutoWidth(true);
        grid.addColumn(grant -> Formats.dateTime(grant.createdAt()))
                .setHeader("Created")
                .setAutoWidth(true);
        grid.addColumn(grant -> Formats.dateTime(grant.expiresAt()))
                .setHeader("Expires")
                .setAutoWidth(true);
        grid.addComponentColumn(grant -> new StatusBadge(grant.state().id()))
                .setHeader("State")
                .setAutoWidth(true);
        if (canEdit) {
            grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
        }
        none.addClassName("dialog-intro");
        add(heading, grid, none);

        var done = new Button("Done", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        attempt.accept(this::refreshList);
    }

    private Button revokeButton(ShareGrantInfo grant) {
        var revoke = new Button(
                "Revoke",
                click -> attempt.accept(() -> {
                    links.revoke(grant.id());
                    Notifications.info("Share link revoked: it no longer opens the preview");
                    refreshList();
                }));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.addClassName("revoke-share-link");
        revoke.setAriaLabel("Revoke the link " + grant.createdBy() + " made on " + Formats.dateTime(grant.createdAt()));
        revoke.setVisible(grant.state() == ShareGrantInfo.State.ACTIVE);
        return revoke;
    }

    private void create() {
        Validity chosen = validity.getValue() == null ? Validity.DAY : validity.getValue();
        attempt.accept(() -> {
            PreviewService.ShareLink made = links.create(chosen.duration);
            shown = made.id();
            link.setValue(made.url());
            link.setVisible(true);
            expiry.setText("Expires " + Formats.dateTime(made.expiresAt()) + ".");
            refreshList();
        });
    }

    private void refreshList() {
        List<ShareGrantInfo> all = links.list();
        if (shown != null
                && all.stream()
                        .anyMatch(grant -> grant.id().equals(shown) && grant.state() != ShareGrantInfo.State.ACTIVE)) {
            shown = null;
            link.clear();
            link.setVisible(false);
            expiry.setText("That link no longer works.");
        }
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        none.setVisible(all.isEmpty());
    }

    private void copy() {
        String value = link.getValue();
        // The Clipboard API needs the page's permission; when it is refused, the field is still there to copy from.
        UI.getCurrent()
                .getPage()
                .executeJs("return navigator.clipboard.writeText($0)", value)
                .then(
                        result -> Notifications.success("Share link copied"),
                        error -> Notifications.info("The browser did not allow copying; select the link and copy it."));
    }
}
