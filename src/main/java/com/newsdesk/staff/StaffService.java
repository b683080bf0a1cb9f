package com.newsdesk.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.common.http.Preconditions;
import com.newsdesk.common.json.MergePatch;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ViolationFields;
import com.newsdesk.staff.StaffInputs.NewStaff;
import com.newsdesk.staff.StaffInputs.StaffChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staff accounts: managing them, and what login and token checks need of them. */
@ApplicationScoped
public class StaffService {

    private final StaffRepository staff;
    private final PasswordHasher hasher;
    private final Preconditions preconditions;
    private final MergePatch merges;
    private final Validator validator;

    StaffService(
            StaffRepository staff,
            PasswordHasher hasher,
            Preconditions preconditions,
            MergePatch merges,
            Validator validator) {
        this.staff = staff;
        this.hasher = hasher;
        this.preconditions = preconditions;
        this.merges = merges;
        this.validator = validator;
    }

    @Transactional
    public NumberedPage<StaffView> list(int page, int limit) {
        List<StaffView> data = staff.pageInCreationOrder(page, limit).stream()
                .map(StaffView::of)
                .toList();
        return new NumberedPage<>(data, new NumberedPage.PageMeta(page, limit, staff.count()));
    }

    @Transactional
    public StaffView get(UUID id) {
        return StaffView.of(find(id));
    }

    @Transactional
    public StaffView create(NewStaff input) {
        requireFreeEmail(input.email(), null);
        Staff account = new Staff();
        account.email = input.email().trim();
        account.displayName = input.displayName().trim();
        account.role = input.role();
        account.passwordHash = hasher.hash(input.password());
        staff.persist(account);
        staff.flush();
        return StaffView.of(account);
    }

    @Transactional
    public StaffView patch(UUID id, String ifMatch, JsonNode patch) {
        Staff account = find(id);
        preconditions.requireMatch(ifMatch, StaffView.of(account));
        StaffChanges current = new StaffChanges(account.email, account.displayName, account.role, account.active);
        StaffChanges changed =
                merges.merge(current, patch, StaffChanges.class, "email", "displayName", "role", "active");
        requireValid(changed, account);
        boolean losesAdmin = account.role == StaffRole.ADMIN
                && account.active
                && (changed.role() != StaffRole.ADMIN || !changed.active());
        if (losesAdmin) {
            requireAnotherAdmin(account);
        }
        if (!changed.email().trim().equalsIgnoreCase(account.email)) {
            requireFreeEmail(changed.email(), account.id);
            account.email = changed.email().trim();
        }
        account.displayName = changed.displayName().trim();
        account.role = changed.role();
        if (changed.active() != account.active) {
            account.active = changed.active();
            account.tokenVersion++; // ends every session, also on reactivation
        }
        staff.flush();
        return StaffView.of(account);
    }

    /**
     * The rules of a patched account. An address left as it is is not checked again: the first
     * admin's comes from NEWSDESK_ADMIN_EMAIL, which may be one the API refuses (admin@localhost),
     * and that must not keep anyone from renaming, demoting or deactivating the account.
     */
    private void requireValid(StaffChanges changed, Staff account) {
        boolean sameEmail = changed.email().equals(account.email);
        List<FieldError> errors = ViolationFields.of(validator.validate(changed)).stream()
                .filter(error -> !(sameEmail && error.field().equals("email")))
                .toList();
        if (!errors.isEmpty()) {
            throw new ProblemException.InvalidInput(errors);
        }
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Staff account = find(id);
        preconditions.requireMatch(ifMatch, StaffView.of(account));
        if (account.role == StaffRole.ADMIN && account.active) {
            requireAnotherAdmin(account);
        }
        staff.delete(account);
    }

    /** Sets a new password; every token issued before stops working. */
    @Transactional
    public void setPassword(UUID id, String password) {
        Staff account = find(id);
        account.passwordHash = hasher.hash(password);
        account.tokenVersion++;
    }

    /** Whether a token of this account with this version may still be used. */
    @Transactional
    public Optional<StaffRole> roleIfTokenValid(UUID id, int tokenVersion) {
        return staff.findByIdOptional(id)
                .filter(account -> account.active && account.tokenVersion == tokenVersion)
                .map(account -> account.role);
    }

    @Transactional
    Optional<StaffCredentials> credentials(String email) {
        return staff.findByEmail(email).map(StaffCredentials::of);
    }

    @Transactional
    void recordLogin(UUID id, Instant at) {
        staff.findByIdOptional(id).ifPresent(account -> account.lastLoginAt = at);
    }

    /**
     * Creates the first admin unless some account exists, safely when several instances start at
     * once: they take turns on a transaction-scoped advisory lock.
     */
    @Transactional
    public boolean createFirstAdmin(NewStaff input) {
        staff.getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('newsdesk-first-admin'))")
                .getSingleResult();
        if (staff.count() > 0) {
            return false;
        }
        create(input);
        return true;
    }

    /** True when the newsroom has no staff account at all yet. */
    @Transactional
    public boolean none() {
        return staff.count() == 0;
    }

    private Staff find(UUID id) {
        return staff.findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("There is no staff account " + id + "."));
    }

    private void requireFreeEmail(String email, UUID except) {
        staff.findByEmail(email.trim())
                .filter(existing -> !existing.id.equals(except))
                .ifPresent(existing -> {
                    throw new ProblemException.Conflict(
                            "Another staff account already uses this email address.",
                            List.of(new FieldError("email", "Is already used by another staff account")));
                });
    }

    /**
     * Refuses to take away the last active admin. Two admins demoting or deleting each other at
     * once would both count two and leave none, so the count is taken under a lock that the
     * other transaction holds until its change has committed.
     */
    private void requireAnotherAdmin(Staff account) {
        staff.getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('newsdesk-admin-count'))")
                .getSingleResult();
        if (staff.countActiveAdmins() <= 1) {
            throw new ProblemException.Conflict(
                    "This is the last active admin; make another account admin first.", null);
        }
    }
}
