package com.sitewright.security.ui;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.SecretDialog;
import com.sitewright.base.ui.StatusBadge;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.security.ApiTokenInfo;
import com.sitewright.security.ApiTokenService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("tokens")
@PageTitle("API tokens · Sitewright")
@Menu(order = 9, icon = "vaadin:key", title = "API tokens")
@PermitAll
class ApiTokensView extends VerticalLayout {

    private final ApiTokenService tokens;
    private final Grid<ApiTokenInfo> grid = new Grid<>();
    private final TextField name = new TextField();

    ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("tokens-view");
        setSizeFull();
        var header = new ViewHeader("API tokens");
        header.setSubtitle("Personal tokens for /api/v1: send them as \"Authorization: Bearer <token>\".");

        name.setPlaceholder("Token name, e.g. CI pipeline");
        name.setAriaLabel("Token name");
        name.setMaxLength(80);
        name.setWidth("20rem");
        var create = new Button("Create token", click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new HorizontalLayout(name, create);
        var card = new Div(new H2("New token"), row);
        card.addClassName("card");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ApiTokenInfo::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(token -> token.hint() + "…").setHeader("Starts with");
        grid.addColumn(token -> Formats.dateTime(token.createdAt())).setHeader("Created");
        grid.addColumn(token -> token.lastUsedAt() == null ? "never" : Formats.dateTime(token.lastUsedAt()))
                .setHeader("Last used");
        grid.addColumn(new ComponentRenderer<>(token -> new StatusBadge(token.active() ? "active" : "revoked")))
                .setHeader("Status");
        grid.addColumn(new ComponentRenderer<>(token -> {
                    var revoke = new Button("Revoke", click -> {
                        tokens.revoke(token.id());
                        refresh();
                    });
                    revoke.addThemeVariants(
                            ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    revoke.setEnabled(token.active());
                    return revoke;
                }))
                .setHeader("")
                .setFlexGrow(0)
                .setWidth("120px");
        add(header, card, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void create() {
        try {
            var created = tokens.create(name.getValue());
            name.clear();
            refresh();
            SecretDialog.open("Copy your token now", created.secret());
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(tokens.myTokens());
    }
}
