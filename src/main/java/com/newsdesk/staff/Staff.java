package com.newsdesk.staff;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.annotations.UuidGenerator;

/** A staff account. Never leaves the service layer; its hash never leaves this package. */
@Entity
@Table(name = "staff")
public class Staff {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

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

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    @Version
    @Column(nullable = false)
    public long version;

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
