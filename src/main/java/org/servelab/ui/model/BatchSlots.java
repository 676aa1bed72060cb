package org.servelab.ui.model;

import java.util.Arrays;

import org.servelab.policy.batch.Preemption;

/**
 * The batch of a batching run at the displayed time: {@code max-batch} slots, each holding a member of the
 * current (or last) iteration, and the paged KV memory of every job (blocks on the GPU, blocks swapped to
 * the CPU pool, context). A job keeps its slot for as long as it stays in consecutive batches, as a
 * sequence keeps its place in a real batch; one that leaves goes back to the head of its queue lane.
 *
 * <p>KV blocks follow docs/batching.md: a job holds {@code ceil(context / block size)} blocks, a whole
 * reservation under {@code reserve}, a static batch member its final context at once; preemption frees them
 * (recompute) or moves them to the CPU pool (swap). Their sum equals the {@code kvUsed} the engine records
 * with every batch (a test checks it).
 */
final class BatchSlots {

    private final RunState run;
    private BatchTimeline t;
    private int blockSize = 1;
    private boolean reserve;
    private boolean statik;
    int[] slotJob = new int[0];
    int[] slotOf = new int[0];
    int slotsUsed;
    int current = -1;
    boolean currentDone;
    int[] member = new int[0];
    int[] stamp = new int[0];
    int[] context = new int[0];
    int[] blocks = new int[0];
    int[] swapped = new int[0];
    int[] preemptions = new int[0];
    int[] preemptedAt = new int[0];
    long kvUsed;
    long swapUsed;
    int failures;
    int lastFailJob = -1;
    double lastFailTime = Double.NaN;
    private int[] prompt = new int[0];

    BatchSlots(RunState run) {
        this.run = run;
    }

    void reset(BatchTimeline timeline) {
        t = timeline;
        int n = timeline == null ? 0 : timeline.jobs();
        int slots = timeline == null ? 0 : timeline.maxBatch();
        blockSize = timeline == null ? 1 : timeline.blockSize();
        reserve = timeline != null && timeline.preemption() == Preemption.RESERVE;
        statik = timeline != null && "static".equals(timeline.policy());
        slotJob = new int[slots];
        Arrays.fill(slotJob, -1);
        slotOf = filled(n);
        slotsUsed = 0;
        current = -1;
        currentDone = true;
        member = filled(n);
        stamp = filled(n);
        context = new int[n];
        blocks = new int[n];
        swapped = new int[n];
        preemptions = new int[n];
        preemptedAt = filled(n);
        kvUsed = 0;
        swapUsed = 0;
        failures = 0;
        lastFailJob = -1;
        lastFailTime = Double.NaN;
        prompt = new int[n];
        for (int j = 0; j < n; j++) {
            prompt[j] = Math.max(1, timeline.trace().promptTokens(j));
        }
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    void copyFrom(BatchSlots o) {
        t = o.t;
        blockSize = o.blockSize;
        reserve = o.reserve;
        statik = o.statik;
        slotJob = QueueState.copy(slotJob, o.slotJob);
        slotOf = QueueState.copy(slotOf, o.slotOf);
        slotsUsed = o.slotsUsed;
        current = o.current;
        currentDone = o.currentDone;
        member = QueueState.copy(member, o.member);
        stamp = QueueState.copy(stamp, o.stamp);
        context = QueueState.copy(context, o.context);
        blocks = QueueState.copy(blocks, o.blocks);
        swapped = QueueState.copy(swapped, o.swapped);
        preemptions = QueueState.copy(preemptions, o.preemptions);
        preemptedAt = QueueState.copy(preemptedAt, o.preemptedAt);
        kvUsed = o.kvUsed;
        swapUsed = o.swapUsed;
        failures = o.failures;
        lastFailJob = o.lastFailJob;
        lastFailTime = o.lastFailTime;
        prompt = o.prompt;
    }

    int outputTokens(int j) {
        return t.trace().outputTokens(j);
    }

    /** Iteration k starts: its members take (or keep) their slots; jobs that left go back to their lanes. */
    void start(int k) {
        current = k;
        currentDone = false;
        int from = t.firstMember(k);
        int to = t.firstMember(k + 1);
        for (int m = from; m < to; m++) {
            stamp[t.memberJob(m)] = k;
        }
        for (int s = 0; s < slotJob.length; s++) {
            int j = slotJob[s];
            if (j >= 0 && stamp[j] != k) {
                free(j);
                run.moveTo(j, Math.max(0, run.level[j]), true);
            }
        }
        for (int m = from; m < to; m++) {
            join(t.memberJob(m), m);
        }
        run.tokenCount(t.tokensBefore(k));
    }

    private void join(int j, int m) {
        if (slotOf[j] < 0) {
            for (int s = 0; s < slotJob.length; s++) {
                if (slotJob[s] < 0) {
                    slotJob[s] = j;
                    slotOf[j] = s;
                    slotsUsed++;
                    break;
                }
            }
        }
        member[j] = m;
        preemptedAt[j] = -1;
        run.running(j, t.memberLevel(m));
        byte kind = t.memberKind(m);
        if (kind == Timeline.PADDING) {
            return;
        }
        context[j] += t.memberWork(m);
        int want;
        if (statik) {
            want = blocks[j] > 0 ? blocks[j] : blocksFor(prompt[j] + outputTokens(j) - 1);
        } else if (reserve) {
            want = blocks[j] > 0 ? blocks[j] : blocksFor(prompt[j] + outputTokens(j));
        } else {
            want = blocksFor(context[j]);
        }
        kvUsed += want - blocks[j];
        blocks[j] = want;
    }

    private int blocksFor(long tokens) {
        return (int) ((tokens + blockSize - 1) / blockSize);
    }

    /** Moves the clock: when the current iteration has ended, its members have made their tokens. */
    void advance(double now) {
        if (current < 0 || currentDone || t.iterEnd(current) > now) {
            return;
        }
        currentDone = true;
        double end = t.iterEnd(current);
        double duration = end - t.iterStart(current);
        for (int m = t.firstMember(current); m < t.firstMember(current + 1); m++) {
            if (t.memberKind(m) != Timeline.PADDING) {
                run.charge(t.memberJob(m), duration);
            }
            if (t.memberToken(m) > 0) {
                run.tokenMade(t.memberJob(m), t.memberToken(m), end);
            }
        }
        run.tokenCount(t.tokensBefore(current + 1));
    }

    /** The job leaves its slot (demoted, preempted, finished). */
    void leave(int j) {
        free(j);
    }

    private void free(int j) {
        if (slotOf.length == 0 || slotOf[j] < 0) {
            return;
        }
        slotJob[slotOf[j]] = -1;
        slotOf[j] = -1;
        slotsUsed--;
    }

    void preempted(int j, boolean toCpu, int movedBlocks, double time) {
        free(j);
        kvUsed -= blocks[j];
        blocks[j] = 0;
        if (toCpu) {
            swapped[j] += movedBlocks;
            swapUsed += movedBlocks;
        } else {
            context[j] = 0;
        }
        preemptions[j]++;
        preemptedAt[j] = current;
        failures++;
        lastFailJob = j;
        lastFailTime = time;
    }

    void swappedIn(int j, int movedBlocks) {
        swapUsed -= swapped[j];
        swapped[j] = 0;
        kvUsed += movedBlocks - blocks[j];
        blocks[j] = movedBlocks;
    }

    /** A finished or dropped job frees its slot and its memory. */
    void finished(int j) {
        if (slotOf.length == 0) {
            return;
        }
        free(j);
        kvUsed -= blocks[j];
        blocks[j] = 0;
        swapUsed -= swapped[j];
        swapped[j] = 0;
    }

    /** Progress of a member's current work, 0..1 (1 between iterations). */
    double progress(int j, double now) {
        if (current < 0 || currentDone || member[j] < t.firstMember(current)) {
            return 1;
        }
        double a = t.iterStart(current);
        double b = t.iterEnd(current);
        return Math.max(0, Math.min(1, (now - a) / (b - a)));
    }
}
