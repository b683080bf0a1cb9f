package com.newsdesk.staff;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<Staff, UUID> {

    public Optional<Staff> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }

    public List<Staff> pageInCreationOrder(int page, int limit) {
        return findAll(Sort.by("createdAt").and("id")).page(page - 1, limit).list();
    }

    public long countActiveAdmins() {
        return count("role = ?1 and active = true", StaffRole.ADMIN);
    }
}
