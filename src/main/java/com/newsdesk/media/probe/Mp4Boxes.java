package com.newsdesk.media.probe;

import static com.newsdesk.media.probe.ProbeInput.fourCc;
import static com.newsdesk.media.probe.ProbeInput.u32be;
import static com.newsdesk.media.probe.ProbeInput.u64be;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ISO-BMFF box headers by seeking, each within its parent's bounds, and counts every box
 * against one limit for the whole file so that no crafted nesting keeps the probe busy.
 */
final class Mp4Boxes {

    static final String KIND = "M4A";

    /** A box: its type, where it starts, where its payload starts and where it ends. */
    record Box(String type, long start, long data, long end) {

        long payloadSize() {
            return end - data;
        }
    }

    private final ProbeInput in;
    private int count;

    Mp4Boxes(ProbeInput in) {
        this.in = in;
    }

    ProbeInput input() {
        return in;
    }

    /** The box at {@code position}, which must end by {@code limit}. */
    Box box(long position, long limit) throws IOException, ProbeException {
        if (++count > ProbeInput.MAX_BLOCKS) {
            throw ProbeException.damaged(KIND, "it has too many boxes");
        }
        if (limit - position < 8) {
            throw ProbeException.truncated(KIND);
        }
        byte[] header = in.read(position, 8, KIND);
        long size = u32be(header, 0);
        long headerSize = 8;
        if (size == 1) {
            size = u64be(in.read(position + 8, 8, KIND), 0);
            headerSize = 16;
        } else if (size == 0) {
            size = limit - position;
        }
        // A 64-bit size above Long.MAX_VALUE reads as negative and fails here too.
        if (size < headerSize) {
            throw ProbeException.damaged(KIND, "a box has an impossible size");
        }
        if (size > limit - position) {
            throw ProbeException.truncated(KIND);
        }
        return new Box(fourCc(header, 4), position, position + headerSize, position + size);
    }

    /** All boxes directly inside the given range. */
    List<Box> children(long start, long end) throws IOException, ProbeException {
        List<Box> children = new ArrayList<>();
        for (long position = start; position < end; ) {
            Box box = box(position, end);
            children.add(box);
            position = box.end();
        }
        return children;
    }

    List<Box> children(Box parent) throws IOException, ProbeException {
        return children(parent.data(), parent.end());
    }

    /** The first child of that type, or null. */
    Box child(Box parent, String type) throws IOException, ProbeException {
        if (parent == null) {
            return null;
        }
        for (Box box : children(parent)) {
            if (box.type().equals(type)) {
                return box;
            }
        }
        return null;
    }

    /** Bytes of a box's payload, which must hold them. */
    byte[] payload(Box box, long offset, int length) throws IOException, ProbeException {
        if (offset < 0 || length > box.payloadSize() - offset) {
            throw ProbeException.damaged(KIND, "the " + box.type() + " box is too short");
        }
        return in.read(box.data() + offset, length, KIND);
    }
}
