package com.newsdesk.common.config;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.UUID;

/**
 * Which build of the service this is: the time Maven packaged it, shared by every instance that
 * runs the same jar. What the service stores in its own format for later (answers it has already
 * written) is marked with it, so that a new release never serves what an older one wrote. Dev and
 * test runs, whose code changes without a new package, get a new id at every start.
 */
@ApplicationScoped
public class BuildId {

    private final String value;

    BuildId() {
        String packaged = packaged();
        this.value =
                LaunchMode.current() == LaunchMode.NORMAL && packaged != null ? packaged : "run-" + UUID.randomUUID();
    }

    public String value() {
        return value;
    }

    private static String packaged() {
        try (InputStream in = BuildId.class.getResourceAsStream("/newsdesk-build.properties")) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            String time = properties.getProperty("build.time");
            return time == null || time.isBlank() || time.contains("${") ? null : "build-" + time;
        } catch (IOException e) {
            return null;
        }
    }
}
