package com.newsdesk.staff;

import com.newsdesk.staff.StaffInputs.NewStaff;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Creates the first admin from NEWSDESK_ADMIN_EMAIL / NEWSDESK_ADMIN_PASSWORD when the newsroom has
 * no staff account yet. Never invents a password.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    private final StaffService staff;
    private final FirstAdminConfig config;

    FirstAdmin(StaffService staff, FirstAdminConfig config) {
        this.staff = staff;
        this.config = config;
    }

    void create(@Observes @Priority(10) StartupEvent start) {
        if (config.email().isEmpty() || config.password().isEmpty() || !staff.none()) {
            if (staff.none() && LaunchMode.current() != LaunchMode.DEVELOPMENT) {
                LOG.warn("No staff account exists. Set NEWSDESK_ADMIN_EMAIL and NEWSDESK_ADMIN_PASSWORD"
                        + " (12+ characters) and restart to create the first admin.");
            }
            return;
        }
        String email = config.email().get();
        String password = config.password().get();
        if (password.length() < 12 || password.length() > 256) {
            throw new IllegalStateException("NEWSDESK_ADMIN_PASSWORD must have 12 to 256 characters.");
        }
        if (staff.createFirstAdmin(new NewStaff(email, "Administrator", StaffRole.ADMIN, password))) {
            LOG.infof("Created the first admin, %s, from NEWSDESK_ADMIN_EMAIL", email);
        }
    }
}
