package org.servelab.ui.model;

/** A run model's visible state as a string, for comparing two ways of reaching the same time. */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(RunModel m) {
        StringBuilder sb = new StringBuilder().append(m.getTime()).append('|').append(m.tokens().size()).append('|');
        QueueState q = m.queues();
        for (int l = 0; l <= q.levels(); l++) {
            for (int j = q.first(l); j >= 0; j = q.next(j)) {
                sb.append(j).append(',');
            }
            sb.append(';');
        }
        for (JobRow r : m.rows()) {
            sb.append(r.stateProperty().get()).append(r.tokensDoneProperty().get()).append(r.levelProperty().get())
                    .append(m.blocksOf(r.index())).append('/').append(m.swappedBlocksOf(r.index())).append(',');
        }
        for (int s = 0; s < m.slotCount(); s++) {
            sb.append(m.slotJob(s)).append(' ');
        }
        return sb.append(m.finishedJcts()).append(m.kvUsed()).toString();
    }
}
