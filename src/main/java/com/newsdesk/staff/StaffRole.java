package com.newsdesk.staff;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Staff roles, each including the ones below it: an admin can do all an editor can, an editor all
 * a contributor can.
 */
@Schema(
        name = "StaffRole",
        enumeration = {"contributor", "editor", "admin"})
public enum StaffRole {
    CONTRIBUTOR,
    EDITOR,
    ADMIN;

    /** Role names as used in {@code @RolesAllowed}. */
    public static final String CONTRIBUTOR_ROLE = "contributor";

    public static final String EDITOR_ROLE = "editor";
    public static final String ADMIN_ROLE = "admin";

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static StaffRole of(String value) {
        for (StaffRole role : values()) {
            if (role.value().equals(value)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Must be one of: contributor, editor, admin");
    }

    /** This role and every role it includes. */
    public Set<String> grantedRoles() {
        return switch (this) {
            case CONTRIBUTOR -> Set.of(CONTRIBUTOR_ROLE);
            case EDITOR -> Set.of(CONTRIBUTOR_ROLE, EDITOR_ROLE);
            case ADMIN -> Set.of(CONTRIBUTOR_ROLE, EDITOR_ROLE, ADMIN_ROLE);
        };
    }
}
