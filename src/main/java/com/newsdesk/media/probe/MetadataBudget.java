package com.newsdesk.media.probe;

/**
 * Sums an image's metadata blocks and stops the walk the moment the sum passes the limit, so many
 * small blocks are refused as early as one large block.
 */
final class MetadataBudget {

    private long total;

    void add(long blockBytes) throws ProbeException {
        // Block sizes are bounded by the file length, so the sum of two cannot overflow.
        total += blockBytes;
        if (total > ProbeException.METADATA_LIMIT) {
            throw ProbeException.metadataTooLarge(total);
        }
    }

    long total() {
        return total;
    }
}
