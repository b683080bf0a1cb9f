package com.newsdesk.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed login, kept for the throttling window. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Lower-cased, whether or not an account has it. */
    @Column(nullable = false)
    public String email;

    @Column(name = "client_address", nullable = false)
    public String clientAddress;

    @Column(name = "failed_at", nullable = false)
    public Instant failedAt;
}
