package com.newsdesk.article;

import com.newsdesk.staff.StaffRole;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is asking: contributors may only touch their own drafts. */
public record Caller(UUID staffId, boolean editor) {

    /** The staff member of a request, from their token. */
    public static Caller of(JsonWebToken token, SecurityIdentity identity) {
        return new Caller(UUID.fromString(token.getSubject()), identity.hasRole(StaffRole.EDITOR_ROLE));
    }
}
