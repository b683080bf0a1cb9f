package com.newsdesk.staff;

import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import com.newsdesk.staff.StaffInputs.Login;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Staff login: password check, throttling and token issue. Deliberately not one transaction: a
 * failure must be recorded although the login fails, and no connection is held while hashing.
 */
@ApplicationScoped
public class LoginService {

    static final String WRONG_CREDENTIALS = "The email address or password is not correct.";

    private final StaffService accounts;
    private final LoginThrottle throttle;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final Clock clock;

    LoginService(
            StaffService accounts, LoginThrottle throttle, PasswordHasher hasher, TokenService tokens, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.hasher = hasher;
        this.tokens = tokens;
        this.clock = clock;
    }

    public TokenView login(Login login, String clientAddress) {
        Instant now = clock.instant();
        String email = login.email().trim().toLowerCase(Locale.ROOT);
        String network = LoginThrottle.network(clientAddress);
        // Counted as a failure before the slow hash, atomically with the check, so parallel
        // guesses cannot slip under the limit; a successful login forgives it again.
        long failure = throttle.admit(email, network, now);
        Optional<StaffCredentials> account = accounts.credentials(email);
        boolean valid;
        try {
            if (account.isPresent()) {
                valid = hasher.verify(login.password(), account.get().passwordHash())
                        && account.get().active();
            } else {
                hasher.verifyDecoy(login.password()); // same cost, so timing does not tell
                valid = false;
            }
        } catch (ProblemException busy) {
            throttle.withdraw(failure); // never judged, so it is no failure
            throw busy;
        }
        if (!valid) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, WRONG_CREDENTIALS);
        }
        throttle.forgive(email, network);
        accounts.recordLogin(account.get().id(), now);
        return tokens.issue(account.get(), now);
    }
}
