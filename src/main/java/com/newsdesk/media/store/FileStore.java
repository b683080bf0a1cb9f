package com.newsdesk.media.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Optional;

/**
 * Media in a directory. A file is written under a temporary name and moved into place, so a
 * reader never sees half of one and a crash leaves only a temporary file behind.
 */
public class FileStore implements MediaStore {

    private final Path root;

    public FileStore(Path root) throws IOException {
        this.root = Files.createDirectories(root).toRealPath();
    }

    private Path path(String key) {
        return root.resolve(MediaStore.checked(key));
    }

    @Override
    public void put(String key, Path source, String contentType) throws IOException {
        Path target = path(key);
        Path partial = partial(target);
        try {
            Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
            moveIntoPlace(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) throws IOException {
        Path target = path(key);
        Path partial = partial(target);
        try {
            Files.write(partial, bytes);
            moveIntoPlace(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Path partial(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return target.resolveSibling(
                "." + target.getFileName() + "." + Thread.currentThread().getId() + ".part");
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public Optional<Long> size(String key) throws IOException {
        Path file = path(key);
        try {
            return Optional.of(Files.size(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Path> localFile(String key) {
        return Optional.of(path(key));
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(path(key), StandardOpenOption.READ);
        channel.position(offset);
        return new java.io.FilterInputStream(Channels.newInputStream(channel)) {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left <= 0) return -1;
                int b = super.read();
                if (b >= 0) left--;
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                if (left <= 0) return -1;
                int n = super.read(buffer, off, (int) Math.min(len, left));
                if (n > 0) left -= n;
                return n;
            }
        };
    }

    @Override
    public void delete(Collection<String> keys) throws IOException {
        for (String key : keys) {
            Path file = path(key);
            Files.deleteIfExists(file);
            // Remove the item's folder once it is empty; a folder still holding files stays.
            try {
                Files.deleteIfExists(file.getParent());
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                // other files of the item are still there
            }
        }
    }
}
