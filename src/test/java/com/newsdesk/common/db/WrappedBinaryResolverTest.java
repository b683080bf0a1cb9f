package com.newsdesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wrapper scripts are what makes the embedded PostgreSQL work as root where user namespaces
 * are blocked. They are run here against a stand-in binary that reports who runs it and how.
 */
class WrappedBinaryResolverTest {

    @TempDir
    Path dir;

    private String run(boolean noSync, String... args) throws IOException, InterruptedException {
        Path fake = dir.resolve("fake-postgres");
        Files.writeString(fake, "#!/bin/sh\necho \"uid=$(id -u) cwd=$(pwd) args=$*\"\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path wrapper = dir.resolve("wrapper");
        Files.writeString(wrapper, WrappedBinaryResolver.script(fake, noSync));
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        String[] command = new String[args.length + 1];
        command[0] = wrapper.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, process.waitFor(), out);
        return out;
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void initdbWrapperAddsNoSyncAndKeepsArguments() throws Exception {
        String out = run(true, "-A", "trust", "-U", "postgres");
        assertTrue(out.endsWith("args=--no-sync -A trust -U postgres"), out);
    }

    @Test
    void otherWrappersPassArgumentsUnchanged() throws Exception {
        String out = run(false, "-V");
        assertTrue(out.endsWith("args=-V"), out);
    }

    @Test
    void asRootDropsToNobodyAndHandsItTheDataDirectory() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("PG_VERSION"), "17");
        String out = run(false, "-D", data.toString());
        if (root()) {
            assertTrue(out.startsWith("uid=65534 cwd=/ "), out);
            assertEquals(65534, Files.getAttribute(data, "unix:uid"));
            assertEquals(65534, Files.getAttribute(data.resolve("PG_VERSION"), "unix:uid"));
        } else {
            assertTrue(out.startsWith("uid=" + new com.sun.security.auth.module.UnixSystem().getUid() + " "), out);
        }
    }
}
