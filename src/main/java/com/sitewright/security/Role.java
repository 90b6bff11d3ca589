package com.sitewright.security;

/** What a user may do: admins manage users and see every project, editors build, viewers only look. */
public enum Role {
    ADMIN,
    EDITOR,
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
