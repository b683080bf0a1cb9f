package com.newsdesk.staff;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff account as the admin API shows it: never a password or hash. */
@Schema(
        name = "Staff",
        requiredProperties = {"id", "email", "displayName", "role", "active", "createdAt", "lastLoginAt"},
        examples = """
                {"id": "019abf3e-8d7c-7c1e-9a55-3f1f7f8e0c11", "email": "olena@newsroom.example",
                 "displayName": "Olena Petrenko", "role": "editor", "active": true,
                 "createdAt": "2026-11-20T09:15:00Z", "lastLoginAt": "2026-11-25T07:02:11Z"}""")
public record StaffView(
        String id,
        String email,
        String displayName,
        StaffRole role,
        boolean active,
        Instant createdAt,

        @Schema(nullable = true, description = "Null until the first login.")
        Instant lastLoginAt) {

    static StaffView of(Staff staff) {
        return new StaffView(
                staff.id.toString(),
                staff.email,
                staff.displayName,
                staff.role,
                staff.active,
                staff.createdAt,
                staff.lastLoginAt);
    }
}
