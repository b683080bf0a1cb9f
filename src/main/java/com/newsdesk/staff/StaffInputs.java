package com.newsdesk.staff;

import com.newsdesk.common.json.OneLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the staff API. */
public final class StaffInputs {

    static final String EMAIL_MESSAGE = "Please enter a correct email address";
    static final String EMAIL_SHAPE = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    static final String PASSWORD_MESSAGE = "Must be 12 to 256 characters long";

    private StaffInputs() {}

    @Schema(name = "NewStaff", examples = """
                    {"email": "olena@newsroom.example", "displayName": "Olena Petrenko", "role": "editor",
                     "password": "correct horse battery"}""")
    public record NewStaff(
            @NotBlank(message = EMAIL_MESSAGE)
            @Email(regexp = EMAIL_SHAPE, message = EMAIL_MESSAGE)
            @Size(max = 254, message = EMAIL_MESSAGE)
            String email,

            @NotBlank @Size(max = 200) @OneLine String displayName,
            @NotNull StaffRole role,

            @Schema(description = "12 to 256 characters.", writeOnly = true)
            @NotNull(message = PASSWORD_MESSAGE)
            @Size(min = 12, max = 256, message = PASSWORD_MESSAGE)
            String password) {

        @Override
        public String toString() {
            return "NewStaff[email=" + email + ", role=" + role + "]";
        }
    }

    @Schema(name = "NewPassword", examples = "{\"password\": \"a much longer passphrase\"}")
    public record NewPassword(
            @Schema(writeOnly = true)
            @NotNull(message = PASSWORD_MESSAGE)
            @Size(min = 12, max = 256, message = PASSWORD_MESSAGE)
            String password) {

        @Override
        public String toString() {
            return "NewPassword[***]";
        }
    }

    @Schema(
            name = "Login",
            examples = "{\"email\": \"olena@newsroom.example\", \"password\": \"correct horse battery\"}")
    public record Login(
            @NotBlank(message = EMAIL_MESSAGE) @Size(max = 254, message = EMAIL_MESSAGE)
            String email,

            @Schema(writeOnly = true) @NotBlank(message = "Please enter your password") @Size(max = 256)
            String password) {

        @Override
        public String toString() {
            return "Login[email=" + email + "]";
        }
    }

    /** What a JSON merge patch of a staff account may change; the password has its own operation. */
    @Schema(
            name = "StaffPatch",
            description = "Only the fields sent change. Deactivating an account ends its sessions.",
            examples = StaffChanges.EXAMPLE)
    public record StaffChanges(
            @Email(regexp = EMAIL_SHAPE, message = EMAIL_MESSAGE) @Size(max = 254, message = EMAIL_MESSAGE)
            String email,

            @Schema(required = false) @NotBlank(message = "Must not be blank") @Size(max = 200) @OneLine
            String displayName,

            StaffRole role,
            boolean active) {

        static final String EXAMPLE = "{\"role\": \"admin\", \"active\": false}";
    }
}
