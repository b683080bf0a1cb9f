package com.newsdesk.staff;

import com.newsdesk.common.problem.DatabaseProblems;
import com.newsdesk.common.problem.ProblemException;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Checks every staff token against the account as it is now: a deleted or deactivated account,
 * or one whose password changed after the token was issued, is refused (401). Roles come from
 * the account too, so a role change applies at once.
 */
@ApplicationScoped
public class StaffIdentityAugmentor implements SecurityIdentityAugmentor {

    private final StaffService staff;

    StaffIdentityAugmentor(StaffService staff) {
        this.staff = staff;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken)) {
            return Uni.createFrom().item(identity);
        }
        if (BlockingOperationControl.isBlockingAllowed()) {
            return Uni.createFrom().item(() -> current(identity));
        }
        return context.runBlocking(() -> current(identity));
    }

    private SecurityIdentity current(SecurityIdentity identity) {
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        UUID id;
        int version;
        try {
            id = UUID.fromString(token.getSubject());
            Object claim = token.getClaim(TokenService.TOKEN_VERSION_CLAIM);
            version = claim instanceof Number number ? number.intValue() : Integer.parseInt(String.valueOf(claim));
        } catch (RuntimeException malformed) {
            throw new AuthenticationFailedException("token without a valid subject or version");
        }
        Optional<StaffRole> current;
        try {
            current = staff.roleIfTokenValid(id, version);
        } catch (RuntimeException e) {
            // The token may be perfectly valid: a database we cannot ask is 503, never 401, or
            // front ends would throw the token away and send editors back to the login page.
            ProblemException unavailable = DatabaseProblems.unavailable(e);
            throw unavailable != null ? unavailable : e;
        }
        StaffRole role = current.orElseThrow(() -> new AuthenticationFailedException("token revoked"));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(token)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(role.grantedRoles())
                .build();
    }
}
