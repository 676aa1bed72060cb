package org.servelab.policy;

/**
 * Told by a policy where it put a job. Levels are 0-based (level 0 is Q1). The engine turns these
 * calls into events stamped with its clock; a policy never sees events.
 */
public interface QueueObserver {

    QueueObserver NONE = new QueueObserver() {
        @Override
        public void joined(int job, int level) {
        }

        @Override
        public void demoted(int job, int from, int to) {
        }

        @Override
        public void promoted(int job, int from, int to) {
        }
    };

    /** A new job joined the tail of this level. */
    void joined(int job, int level);

    /** After its iterations a job moved down (or re-joined the tail of the last level, {@code from == to}). */
    void demoted(int job, int from, int to);

    /** A starving job moved up to the tail of a higher level. */
    void promoted(int job, int from, int to);
}
