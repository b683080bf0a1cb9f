package com.newsdesk.media.probe;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Positional reads of small header ranges, so probing never loads a whole upload, plus the byte
 * order helpers the format readers share.
 */
final class ProbeInput implements Closeable {

    /** No format needs more blocks than this; a crafted file must not keep a reader busy. */
    static final int MAX_BLOCKS = 100_000;

    private final FileChannel channel;
    private final long length;

    private ProbeInput(FileChannel channel) throws IOException {
        this.channel = channel;
        this.length = channel.size();
    }

    static ProbeInput open(Path file) throws IOException {
        return new ProbeInput(FileChannel.open(file, StandardOpenOption.READ));
    }

    long length() {
        return length;
    }

    /** Bytes left from {@code position} to the end of the file, 0 if it lies beyond. */
    long remaining(long position) {
        return position >= length ? 0 : length - position;
    }

    /** Up to {@code count} bytes from {@code position}; fewer at the end of the file. */
    byte[] readUpTo(long position, int count) throws IOException {
        if (position < 0) {
            return new byte[0];
        }
        int n = (int) Math.min(count, remaining(position));
        ByteBuffer buffer = ByteBuffer.allocate(Math.max(n, 0));
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + buffer.position());
            if (read < 0) {
                break;
            }
        }
        if (buffer.hasRemaining()) {
            byte[] shorter = new byte[buffer.position()];
            System.arraycopy(buffer.array(), 0, shorter, 0, shorter.length);
            return shorter;
        }
        return buffer.array();
    }

    /** Exactly {@code count} bytes from {@code position}, or "the {kind} file is truncated". */
    byte[] read(long position, int count, String kind) throws IOException, ProbeException {
        if (position < 0 || count > remaining(position)) {
            throw ProbeException.truncated(kind);
        }
        byte[] bytes = readUpTo(position, count);
        if (bytes.length < count) {
            throw ProbeException.truncated(kind);
        }
        return bytes;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    static int u8(byte[] b, int off) {
        return b[off] & 0xFF;
    }

    static int u16be(byte[] b, int off) {
        return (u8(b, off) << 8) | u8(b, off + 1);
    }

    static int u16le(byte[] b, int off) {
        return u8(b, off) | (u8(b, off + 1) << 8);
    }

    static int u24le(byte[] b, int off) {
        return u16le(b, off) | (u8(b, off + 2) << 16);
    }

    static long u32be(byte[] b, int off) {
        return ((long) u16be(b, off) << 16) | u16be(b, off + 2);
    }

    static long u32le(byte[] b, int off) {
        return u16le(b, off) | ((long) u16le(b, off + 2) << 16);
    }

    /** Unsigned 64-bit values above {@code Long.MAX_VALUE} come back negative; callers reject them. */
    static long u64be(byte[] b, int off) {
        return (u32be(b, off) << 32) | u32be(b, off + 4);
    }

    static long u64le(byte[] b, int off) {
        return u32le(b, off) | (u32le(b, off + 4) << 32);
    }

    static boolean startsWith(byte[] b, int off, String ascii) {
        if (off < 0 || b.length - off < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[off + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String fourCc(byte[] b, int off) {
        char[] chars = new char[4];
        for (int i = 0; i < 4; i++) {
            chars[i] = (char) u8(b, off + i);
        }
        return new String(chars);
    }
}
