package com.sitewright.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security sees it; carries the user's ID so services can check ownership. */
public record StudioPrincipal(UUID id, String username, String passwordHash, Role role, boolean enabled)
        implements UserDetails, Serializable {

    static StudioPrincipal of(UserAccount account) {
        return new StudioPrincipal(
                account.getId(),
                account.getUsername(),
                account.getPasswordHash(),
                account.getRole(),
                account.isEnabled());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Admins and editors change projects; viewers only look. */
    public boolean canEdit() {
        return role != Role.VIEWER;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "StudioPrincipal[" + username + ", " + role + "]";
    }
}
