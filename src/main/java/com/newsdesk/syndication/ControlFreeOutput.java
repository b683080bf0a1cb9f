package com.newsdesk.syndication;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Drops the C0 control characters that XML 1.0 forbids (all but tab, line feed and carriage
 * return) from UTF-8 output. Requests can no longer bring them in, but text stored before that
 * rule may hold them, and one of them makes a whole feed ill-formed for every reader. In UTF-8
 * these bytes only ever stand for themselves, never inside another character's encoding.
 */
final class ControlFreeOutput extends FilterOutputStream {

    ControlFreeOutput(OutputStream out) {
        super(out);
    }

    static boolean forbidden(int b) {
        return b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r';
    }

    @Override
    public void write(int b) throws IOException {
        if (!forbidden(b & 0xFF)) {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int run = offset;
        for (int i = offset; i < offset + length; i++) {
            if (forbidden(bytes[i])) {
                out.write(bytes, run, i - run);
                run = i + 1;
            }
        }
        out.write(bytes, run, offset + length - run);
    }
}
