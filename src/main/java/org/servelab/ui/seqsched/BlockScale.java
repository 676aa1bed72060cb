package org.servelab.ui.seqsched;

import org.servelab.seqsched.OfflineBatch;
import org.servelab.seqsched.OfflineResult;

/**
 * The scale two runs share so that their blocks compare: iterations along x (every batch after the one before)
 * and queries along y, from the longer run and the tallest batch of either.
 *
 * @param iterations the x extent: the most iterations of either run
 * @param members    the y extent: the largest batch of either run
 */
record BlockScale(long iterations, int members) {

    static BlockScale of(OfflineResult a, OfflineResult b) {
        return new BlockScale(Math.max(iterations(a), iterations(b)), Math.max(tallest(a), tallest(b)));
    }

    static long iterations(OfflineResult r) {
        long sum = 0;
        for (OfflineBatch b : r.batches()) {
            sum += b.length();
        }
        return Math.max(1, sum);
    }

    private static int tallest(OfflineResult r) {
        int max = 1;
        for (OfflineBatch b : r.batches()) {
            max = Math.max(max, b.size());
        }
        return max;
    }
}
