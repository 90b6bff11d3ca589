package com.sitewright.security.ui;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.base.ui.Confirmation;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.StatusBadge;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.security.ApiTokenService;
import com.sitewright.security.CurrentUser;
import com.sitewright.security.Role;
import com.sitewright.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("users")
@PageTitle("Users · Sitewright")
@Menu(order = 8, icon = "vaadin:users", title = "Users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout {

    private final UserService users;
    private final ApiTokenService tokens;
    private final Grid<UserService.UserSummary> grid = new Grid<>();
    private final TextField username = new TextField("Username");
    private final PasswordField password = new PasswordField("Password");
    private final Select<Role> role = new Select<>();

    UsersView(UserService users, ApiTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
        addClassName("users-view");
        setSizeFull();
        var header = new ViewHeader("Users");
        header.setSubtitle("People who can sign in. Editors see only their own projects; admins see all.");

        role.setLabel("Role");
        role.setItems(Role.values());
        role.setValue(Role.EDITOR);
        password.setHelperText("At least 8 characters");
        var create = new Button("Create user", click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(username, password, role, create);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 4));
        var card = new Div(new H2("Add a user"), form);
        card.addClassName("card");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserService.UserSummary::username).setHeader("Username");
        grid.addColumn(user -> user.role().name().toLowerCase()).setHeader("Role");
        grid.addColumn(new ComponentRenderer<>(user -> new StatusBadge(user.enabled() ? "active" : "disabled")))
                .setHeader("Status");
        grid.addColumn(user -> Formats.dateTime(user.createdAt())).setHeader("Created");
        grid.addColumn(new ComponentRenderer<>(this::actions))
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(users.listUsers());
        add(header, card, grid);
        setFlexGrow(1, grid);
    }

    private HorizontalLayout actions(UserService.UserSummary user) {
        var tokensButton = new Button("Tokens", click -> new UserTokensDialog(tokens, user.username()).open());
        tokensButton.setAriaLabel("API tokens of " + user.username());
        var toggle = new Button(user.enabled() ? "Disable" : "Enable", click -> {
            if (user.enabled()) {
                confirmDisable(user);
            } else {
                setEnabled(user, true);
            }
        });
        toggle.setAriaLabel((user.enabled() ? "Disable " : "Enable ") + user.username());
        // Admins cannot lock themselves out; another admin can.
        toggle.setEnabled(!user.id().equals(CurrentUser.require().id()));
        tokensButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (user.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        var actions = new HorizontalLayout(tokensButton, toggle);
        actions.setSpacing(false);
        return actions;
    }

    private void confirmDisable(UserService.UserSummary user) {
        Confirmation.ask("Disable " + user.username() + "?", "Disable")
                .message("They are signed out of the studio at once, and their password, API tokens and preview "
                        + "access stop working. Their projects stay. You can enable them again later.")
                .destructive()
                .open(() -> setEnabled(user, false));
    }

    private void setEnabled(UserService.UserSummary user, boolean enabled) {
        try {
            var changed = users.setEnabled(user.username(), enabled);
            Notifications.success((enabled ? "Enabled " : "Disabled ") + changed.username());
        } catch (InvalidInputException | NotFoundException e) {
            Notifications.error(e.getMessage());
        }
        grid.setItems(users.listUsers());
    }

    private void create() {
        try {
            var user = users.createUser(username.getValue(), password.getValue(), role.getValue());
            Notifications.success("Created " + user.username());
            username.clear();
            password.clear();
            grid.setItems(users.listUsers());
        } catch (InvalidInputException | ConflictException e) {
            Notifications.error(e.getMessage());
        }
    }
}
