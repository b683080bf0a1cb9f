package com.newsdesk.staff;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}),
 * with OWASP's baseline cost: 19 MiB of memory, 2 passes, 1 lane. The parameters travel in the
 * string, so a later increase still verifies older hashes.
 *
 * <p>Each hash takes 19 MiB and a core for a while, and login is open to anyone: at most
 * {@code newsdesk.auth.hash-concurrency} run at once; a request that finds no free slot within
 * {@code newsdesk.auth.hash-wait} gets 503 with Retry-After instead of exhausting memory.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final Semaphore permits;
    private final long waitNanos;

    /**
     * A hash of a password nobody has: verifying against it costs what a real check costs, so an
     * unknown email takes as long as a wrong password.
     */
    private final String decoy;

    PasswordHasher(AuthConfig config) {
        this.permits = new Semaphore(Math.max(1, config.hashConcurrency()), true);
        this.waitNanos = config.hashWait().toNanos();
        this.decoy = unlimitedHash("decoy-" + System.nanoTime());
    }

    /** The hash of a new password; 503 when too many hashes are running. */
    public String hash(String password) {
        return limited(() -> unlimitedHash(password));
    }

    private String unlimitedHash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** Whether the password matches; a malformed stored hash never matches. */
    public boolean verify(String password, String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
        // ["", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash]
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return false;
        }
        try {
            int memory = 0;
            int iterations = 0;
            int parallelism = 0;
            for (String parameter : parts[3].split(",")) {
                int value = Integer.parseInt(parameter.substring(2));
                switch (parameter.charAt(0)) {
                    case 'm' -> memory = value;
                    case 't' -> iterations = value;
                    case 'p' -> parallelism = value;
                    default -> {
                        return false;
                    }
                }
            }
            byte[] salt = B64_DECODER.decode(parts[4]);
            byte[] expected = B64_DECODER.decode(parts[5]);
            int m = memory;
            int t = iterations;
            int p = parallelism;
            byte[] actual = limited(() -> derive(password, salt, m, t, p, expected.length));
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException malformed) {
            return false;
        }
    }

    /** Spends the time of one verification without any account. */
    public void verifyDecoy(String password) {
        verify(password, decoy);
    }

    private <T> T limited(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ProblemException(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "The server is busy checking other passwords. Please try again in a moment.",
                    null,
                    Map.of("Retry-After", "1"));
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    private static byte[] derive(
            String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(UTF_8), out);
        return out;
    }
}
