package org.servelab.policy.batch;

/** Hears what happens to KV memory while a batch is built; the engine turns it into events. */
public interface MemoryObserver {

    MemoryObserver NONE = new MemoryObserver() {
        @Override
        public void preempted(int job, boolean swapped, int blocks) {
        }

        @Override
        public void swappedIn(int job, int blocks) {
        }
    };

    /** A job lost its place: its {@code blocks} were freed (recompute) or moved to the CPU pool (swap). */
    void preempted(int job, boolean swapped, int blocks);

    /** A swapped job's {@code blocks} moved back to GPU memory. */
    void swappedIn(int job, int blocks);
}
