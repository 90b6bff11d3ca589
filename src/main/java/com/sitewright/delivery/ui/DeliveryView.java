package com.sitewright.delivery.ui;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.RouteIds;
import com.sitewright.base.ui.SecretDialog;
import com.sitewright.base.ui.StatusBadge;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.delivery.DeliveryKind;
import com.sitewright.delivery.DeliveryTokenInfo;
import com.sitewright.delivery.DeliveryTokenService;
import com.sitewright.project.ui.ProjectLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** A project's delivery API: where generated sites read content, and the tokens they read it with. */
@Route(value = "delivery", layout = ProjectLayout.class)
@PageTitle("Delivery API · Sitewright")
@PermitAll
class DeliveryView extends VerticalLayout implements BeforeEnterObserver {

    private final DeliveryTokenService tokens;

    private final ViewHeader header = new ViewHeader("Delivery API");
    private final Pre endpoint = new Pre();
    private final Grid<DeliveryTokenInfo> grid = new Grid<>();
    private final Select<DeliveryKind> kind = new Select<>();
    private final TextField name = new TextField("Name");
    private UUID projectId;

    DeliveryView(DeliveryTokenService tokens) {
        this.tokens = tokens;
        addClassName("delivery-view");
        setSizeFull();
        header.setSubtitle("The published content as JSON, for the site and any other client with a token");

        endpoint.addClassName("code-block");
        var about = new Div(
                new H2("Endpoint"),
                new Paragraph(
                        "Generated sites read this project's content here, "
                                + "with a delivery token: a preview token also sees drafts, a production token only published items."),
                endpoint);
        about.addClassName("card");

        kind.setLabel("Kind");
        kind.setItems(DeliveryKind.values());
        kind.setItemLabelGenerator(
                value -> value == DeliveryKind.PREVIEW ? "Preview (sees drafts)" : "Production (published only)");
        kind.setValue(DeliveryKind.PRODUCTION);
        name.setPlaceholder("e.g. Production site");
        name.setMaxLength(80);
        var create = new Button("Create token", VaadinIcon.KEY.create(), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(kind, name, create);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        var card = new Div(new H2("New delivery token"), form);
        card.addClassName("card");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DeliveryTokenInfo::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(token -> token.kind().id()).setHeader("Kind");
        grid.addColumn(token -> token.hint() + "…").setHeader("Starts with");
        grid.addColumn(token -> Formats.dateTime(token.createdAt())).setHeader("Created");
        grid.addColumn(new ComponentRenderer<>(token -> new StatusBadge(token.active() ? "active" : "revoked")))
                .setHeader("Status");
        grid.addColumn(new ComponentRenderer<>(token -> {
                    var revoke = new Button("Revoke", click -> {
                        tokens.revoke(projectId, token.id());
                        refresh();
                    });
                    revoke.addThemeVariants(
                            ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    revoke.setEnabled(token.active());
                    revoke.setAriaLabel("Revoke " + token.name());
                    return revoke;
                }))
                .setHeader("")
                .setFlexGrow(0)
                .setWidth("120px");
        add(header, about, card, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.require(event, "projectId");
        if (id.isEmpty()) {
            return;
        }
        projectId = id.get();
        endpoint.setText(baseUrl() + "/delivery/v1/" + projectId + "/items?type=…\nAuthorization: Bearer swd_…");
        refresh();
    }

    private void create() {
        try {
            var created = tokens.create(projectId, kind.getValue(), name.getValue());
            name.clear();
            refresh();
            showSecret(created.secret());
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void showSecret(String secret) {
        var example = new Pre("curl -H 'Authorization: Bearer " + secret + "' \\\n  " + baseUrl() + "/delivery/v1/"
                + projectId + "/content-types");
        example.addClassName("code-block");
        SecretDialog.open("Copy the delivery token now", secret, example);
    }

    private void refresh() {
        grid.setItems(tokens.list(projectId));
    }

    private static String baseUrl() {
        var request = VaadinRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var servlet = (jakarta.servlet.http.HttpServletRequest)
                ((com.vaadin.flow.server.VaadinServletRequest) request).getHttpServletRequest();
        return servlet.getScheme() + "://" + servlet.getServerName() + ":" + servlet.getServerPort();
    }
}
