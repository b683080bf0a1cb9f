package com.newsdesk.media.image;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;

/**
 * ImageIO keeps one plugin registry per JVM, filled from the class path it saw first. When the
 * application's class loader is replaced (Quarkus dev-mode reloads; test profiles restarting the
 * application in one JVM), the registry still offers the plugins of the old loader, whose classes
 * may be gone, and lacks this loader's. So this loader's plugins are registered once, and readers
 * and writers are taken only from this loader or from the JDK itself.
 */
final class ImagePlugins {

    private static volatile boolean registered;

    private ImagePlugins() {}

    private static void register() {
        if (registered) {
            return;
        }
        synchronized (ImagePlugins.class) {
            if (!registered) {
                Thread thread = Thread.currentThread();
                ClassLoader context = thread.getContextClassLoader();
                try {
                    thread.setContextClassLoader(ImagePlugins.class.getClassLoader());
                    ImageIO.scanForPlugins();
                } finally {
                    thread.setContextClassLoader(context);
                }
                registered = true;
            }
        }
    }

    /**
     * Whether a plugin is the one this application's classes see: the JDK's own, or the class this
     * loader resolves (itself, or a parent it delegates to), not a stale copy from an old loader.
     */
    private static boolean ours(Object plugin) {
        Class<?> type = plugin.getClass();
        if (type.getClassLoader() == null) {
            return true;
        }
        try {
            return Class.forName(type.getName(), false, ImagePlugins.class.getClassLoader()) == type;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static List<ImageReader> readers(ImageInputStream in) {
        register();
        List<ImageReader> readers = new ArrayList<>();
        for (Iterator<ImageReader> found = ImageIO.getImageReaders(in); found.hasNext(); ) {
            ImageReader reader = found.next();
            if (ours(reader.getOriginatingProvider())) {
                readers.add(reader);
            }
        }
        return readers;
    }

    static List<ImageWriter> writers(String format) {
        register();
        List<ImageWriter> writers = new ArrayList<>();
        for (Iterator<ImageWriter> found = ImageIO.getImageWritersByFormatName(format); found.hasNext(); ) {
            ImageWriter writer = found.next();
            if (ours(writer.getOriginatingProvider())) {
                writers.add(writer);
            }
        }
        return writers;
    }
}
