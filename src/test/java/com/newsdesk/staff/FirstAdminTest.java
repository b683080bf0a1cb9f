package com.newsdesk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.staff.StaffInputs.Login;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NEWSDESK_ADMIN_EMAIL / NEWSDESK_ADMIN_PASSWORD create the first admin of an empty newsroom. */
@QuarkusTest
@TestProfile(FirstAdminTest.WithFirstAdmin.class)
class FirstAdminTest {

    public static class WithFirstAdmin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "newsdesk.admin.email",
                    "chief@newsroom.example",
                    "newsdesk.admin.password",
                    "first admin password");
        }
    }

    @Inject
    StaffFixtures fixtures;

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    StaffService staff;

    @Inject
    LoginService login;

    @Test
    void createsTheAdminOnlyWhenNoAccountExists() {
        fixtures.deleteAll();
        firstAdmin.create(new StartupEvent());
        assertEquals(1, staff.list(1, 10).meta().total());
        assertEquals(StaffRole.ADMIN, staff.list(1, 10).data().get(0).role());
        assertTrue(login.login(new Login("chief@newsroom.example", "first admin password"), "127.0.0.9")
                        .accessToken()
                        .length()
                > 20);

        firstAdmin.create(new StartupEvent()); // an account exists now: nothing happens
        assertEquals(1, staff.list(1, 10).meta().total());
    }
}
