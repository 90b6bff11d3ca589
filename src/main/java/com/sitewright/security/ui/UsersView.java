package com.sitewright.security.ui;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.security.Role;
import com.sitewright.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
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
    private final Grid<UserService.UserSummary> grid = new Grid<>();
    private final TextField username = new TextField("Username");
    private final PasswordField password = new PasswordField("Password");
    private final Select<Role> role = new Select<>();

    UsersView(UserService users) {
        this.users = users;
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
        grid.addColumn(user -> Formats.dateTime(user.createdAt())).setHeader("Created");
        grid.setItems(users.listUsers());
        add(header, card, grid);
        setFlexGrow(1, grid);
    }

    private void create() {
        try {
            var user = users.createUser(username.getValue(), password.getValue(), role.getValue());
            Notification.show("Created " + user.username(), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            username.clear();
            password.clear();
            grid.setItems(users.listUsers());
        } catch (InvalidInputException | ConflictException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
