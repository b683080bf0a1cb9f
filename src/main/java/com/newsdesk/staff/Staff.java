package com.newsdesk.staff;

import com.newsdesk.common.db.VersionedEntity;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff account. Never leaves the service layer; its hash never leaves this package. */
@Entity
@Table(name = "staff")
public class Staff extends VersionedEntity {

    @Column(nullable = false)
    public String email;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Convert(converter = RoleColumn.class)
    @Column(nullable = false)
    public StaffRole role;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "token_version", nullable = false)
    public int tokenVersion;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    /** Stores roles as their lower-case API names, as the table's check constraint expects. */
    @Converter
    static class RoleColumn implements AttributeConverter<StaffRole, String> {
        @Override
        public String convertToDatabaseColumn(StaffRole role) {
            return role == null ? null : role.value();
        }

        @Override
        public StaffRole convertToEntityAttribute(String value) {
            return value == null ? null : StaffRole.of(value);
        }
    }
}
