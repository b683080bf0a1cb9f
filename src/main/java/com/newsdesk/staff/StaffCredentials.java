package com.newsdesk.staff;

import java.util.UUID;

/** What a login needs of an account, read in a short transaction. */
record StaffCredentials(UUID id, String email, StaffRole role, String passwordHash, boolean active, int tokenVersion) {

    static StaffCredentials of(Staff staff) {
        return new StaffCredentials(
                staff.id, staff.email, staff.role, staff.passwordHash, staff.active, staff.tokenVersion);
    }

    @Override
    public String toString() {
        return "StaffCredentials[id=" + id + ", role=" + role + "]";
    }
}
