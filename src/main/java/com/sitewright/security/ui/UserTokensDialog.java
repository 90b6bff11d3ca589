package com.sitewright.security.ui;

import com.sitewright.base.NotFoundException;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.StatusBadge;
import com.sitewright.security.ApiTokenInfo;
import com.sitewright.security.ApiTokenService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/** An admin's view of one user's API tokens, each of which can be revoked here. */
class UserTokensDialog extends Dialog {

    private final ApiTokenService tokens;
    private final String username;
    private final Grid<ApiTokenInfo> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    UserTokensDialog(ApiTokenService tokens, String username) {
        this.tokens = tokens;
        this.username = username;
        addClassName("user-tokens-dialog");
        setHeaderTitle("API tokens of " + username);
        setWidth("min(1040px, 95vw)");
        grid.addColumn(ApiTokenInfo::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(token -> token.hint() + "…").setHeader("Starts with").setAutoWidth(true);
        grid.addColumn(token -> Formats.dateTime(token.createdAt()))
                .setHeader("Created")
                .setAutoWidth(true);
        grid.addColumn(token -> token.lastUsedAt() == null ? "never" : Formats.dateTime(token.lastUsedAt()))
                .setHeader("Last used")
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(token -> new StatusBadge(token.active() ? "active" : "revoked")))
                .setHeader("Status");
        grid.addColumn(new ComponentRenderer<>(this::revokeButton))
                .setHeader("")
                .setFlexGrow(0)
                .setWidth("120px");
        grid.setAllRowsVisible(true);
        empty.setText(username + " has no API tokens.");
        var close = new Button("Close", click -> close());
        getFooter().add(close);
        add(empty, grid);
        refresh();
    }

    private Button revokeButton(ApiTokenInfo token) {
        var revoke = new Button("Revoke", click -> {
            try {
                tokens.revokeOf(username, token.id());
                Notifications.success("Revoked " + token.name());
            } catch (NotFoundException e) {
                Notifications.error(e.getMessage());
            }
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setAriaLabel("Revoke " + token.name());
        revoke.setEnabled(token.active());
        return revoke;
    }

    private void refresh() {
        var list = tokens.tokensOf(username);
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
    }
}
