package com.sitewright.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The studio's frame: brand, navigation built from the views' {@code @Menu} annotations, and the user. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle());
        addToDrawer(brand(), new Scroller(navigation()), userFooter(authentication));
    }

    private static Div brand() {
        var mark = new Span("S");
        mark.addClassName("brand-mark");
        var name = new Span("Sitewright");
        name.addClassName("brand-name");
        var brand = new Div(mark, name);
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        String icon = entry.icon();
        if (icon != null && icon.startsWith("vaadin:")) {
            return new SideNavItem(entry.title(), entry.path(), new Icon("vaadin", icon.substring("vaadin:".length())));
        }
        return new SideNavItem(entry.title(), entry.path());
    }

    private static Div userFooter(AuthenticationContext authentication) {
        var footer = new Div();
        footer.addClassName("user-footer");
        authentication.getPrincipalName().ifPresent(username -> {
            var avatar = new Avatar(username);
            avatar.addClassName("user-avatar");
            var name = new Span(username);
            name.addClassName("user-name");
            var role =
                    new Span(String.join(", ", authentication.getGrantedRoles()).toLowerCase());
            role.addClassName("user-role");
            var logout = new Button(VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            logout.setTooltipText("Sign out");
            logout.setAriaLabel("Sign out");
            footer.add(avatar, new Div(name, role), logout);
        });
        return footer;
    }
}
