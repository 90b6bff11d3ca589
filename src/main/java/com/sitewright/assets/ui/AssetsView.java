package com.sitewright.assets.ui;

import com.sitewright.assets.AssetService;
import com.sitewright.assets.AssetSummary;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.ui.Confirmation;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.RouteIds;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.project.ui.ProjectLayout;
import com.sitewright.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/**
 * A project's asset library: upload images, find them by name or alt text, set the alt text offered when one is
 * chosen for a field, and delete the ones no longer wanted.
 */
@Route(value = "assets", layout = ProjectLayout.class)
@PageTitle("Assets · Sitewright")
@PermitAll
class AssetsView extends VerticalLayout implements BeforeEnterObserver {

    private final AssetService assets;
    private final ViewHeader header = new ViewHeader("Assets");
    private final Div body = new Div();
    private final Aside detail = new Aside();
    private UUID projectId;
    private AssetBrowser browser;

    AssetsView(AssetService assets) {
        this.assets = assets;
        addClassName("assets-view");
        setSizeFull();
        body.addClassName("assets-body");
        detail.addClassNames("item-detail", "asset-detail");
        detail.setVisible(false);
        add(header, body);
        setFlexGrow(1, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.require(event, "projectId");
        if (id.isEmpty()) {
            return;
        }
        projectId = id.get();
        header.setSubtitle("Images for asset fields, up to " + assets.maxSize().toMegabytes() + " MB each");
        browser = new AssetBrowser(assets, projectId, canEdit());
        browser.setSizeFull();
        browser.onSelect(this::show);
        body.removeAll();
        body.add(browser, detail);
    }

    private void show(AssetSummary asset) {
        detail.removeAll();
        detail.setVisible(asset != null);
        if (asset == null) {
            return;
        }
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> detail.setVisible(false));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close");
        var top = new Div(new H2(asset.fileName()), close);
        top.addClassName("item-detail-top");
        var image = new Image(asset.url(), asset.alt());
        image.addClassName("asset-detail-image");
        var facts = new Div(
                new Span(asset.contentType()),
                new Span(asset.width() == null ? "" : asset.width() + "×" + asset.height() + " px"),
                new Span(Formats.bytes(asset.sizeBytes())),
                new Span("Added " + Formats.dateTime(asset.createdAt())));
        facts.addClassName("item-detail-meta");
        var alt = new TextField("Alt text");
        alt.setHelperText("Offered when the image is chosen for a field; each field keeps its own.");
        alt.setMaxLength(AssetService.MAX_ALT_LENGTH);
        alt.setValue(asset.alt());
        alt.setWidthFull();
        alt.addClassName("asset-detail-alt");
        detail.add(top, image, facts, alt);
        if (canEdit()) {
            var save = new Button("Save alt text", VaadinIcon.CHECK.create(), click -> describe(asset, alt));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClassName("save-alt");
            var delete = new Button("Delete", VaadinIcon.TRASH.create(), click -> confirmDelete(asset));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClassName("delete-asset");
            var buttons = new Div(save, delete);
            buttons.addClassName("item-buttons");
            detail.add(buttons);
        } else {
            alt.setReadOnly(true);
        }
    }

    private void describe(AssetSummary asset, TextField alt) {
        try {
            AssetSummary described = assets.describe(projectId, asset.id(), alt.getValue());
            browser.refresh(described);
            Notifications.success("Saved the alt text of \"" + asset.fileName() + "\"");
        } catch (InvalidInputException invalid) {
            alt.setErrorMessage(invalid.getMessage());
            alt.setInvalid(true);
        }
    }

    private void confirmDelete(AssetSummary asset) {
        Confirmation.ask("Delete \"" + asset.fileName() + "\"?", "Delete")
                .message("It is removed from the library and from storage. Fields that show it keep its address, "
                        + "which will no longer load.")
                .destructive()
                .open(() -> {
                    assets.delete(projectId, asset.id());
                    detail.setVisible(false);
                    browser.refresh();
                    Notifications.info("Deleted \"" + asset.fileName() + "\"");
                });
    }

    private static boolean canEdit() {
        return CurrentUser.require().canEdit();
    }
}
