package org.servelab.policy.batch;

/**
 * Fills a batch from jobs in priority order, the rule shared by MLFQ and SRPT with batches: a job joins if
 * the batch has a free slot and its whole next work item fits the remaining token budget (or the batch is
 * still empty); scanning goes on past a job that does not fit. When a job needs more blocks than are
 * free, jobs holding KV that are not in this batch are preempted, lowest priority first, but only if that
 * makes the allocation succeed; otherwise the job is skipped.
 */
final class PriorityFill {

    private PriorityFill() {
    }

    /**
     * @param order  candidate jobs, highest priority first; {@code order[0..count)} are read
     * @param levels the queue level of each candidate, for display
     */
    static void fill(Batch batch, BatchState s, int[] order, int[] levels, int count) {
        BatchOptions o = s.options();
        int budget = o.maxBatchTokens();
        for (int i = 0; i < count && batch.size() < o.maxBatch(); i++) {
            int j = order[i];
            int w = s.nextWork(j);
            if (!batch.isEmpty() && w > budget) {
                continue;
            }
            if (!ensureMemory(s, j, w, order, count)) {
                continue;
            }
            batch.add(j, w, levels[i]);
            budget -= w;
        }
    }

    private static boolean ensureMemory(BatchState s, int j, int w, int[] order, int count) {
        if (s.options().preemption() == Preemption.RESERVE) {
            return s.blocks(j) > 0 || s.tryHold(j, s.reservation(j));
        }
        long need = s.isSwapped(j) ? s.swapInNeed(j, w) : s.blocksNeeded(j, w);
        if (need > s.free()) {
            long reclaimable = 0;
            for (int k = count - 1; k >= 0 && s.free() + reclaimable < need; k--) {
                int v = order[k];
                if (v != j && !s.picked(v)) {
                    reclaimable += s.blocks(v);
                }
            }
            if (s.free() + reclaimable < need) {
                return false;
            }
            for (int k = count - 1; k >= 0 && s.free() < need; k--) {
                int v = order[k];
                if (v != j && !s.picked(v) && s.blocks(v) > 0) {
                    s.preempt(v);
                }
            }
        }
        boolean ok = s.isSwapped(j) ? s.trySwapIn(j, w) : s.tryAllocate(j, w);
        if (!ok) {
            throw new IllegalStateException("job " + j + ": memory freed for it but not allocated");
        }
        return true;
    }
}
