package org.servelab.reference.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servelab.reference.batch.BatchReference.Config;
import org.servelab.reference.batch.BatchReference.Iteration;
import org.servelab.reference.batch.BatchReference.Job;
import org.servelab.reference.batch.BatchReference.Outcome;
import org.servelab.reference.batch.BatchReference.Result;

/**
 * The reference on schedules worked out by hand from {@code docs/batching.md}, before it is trusted as an
 * oracle. Each example states its trace and settings at the top and walks through its boundaries in the
 * comments; the assertions are the numbers of that walk-through. Jobs are named by trace index.
 */
class BatchReferenceTest {

    // -------------------------------------------------------------------------------------------------
    // Figure 6 of FastServe with a batch

    /** J1, J2, J3 at 0, prefill 5, 1, 2, decode 1, two tokens each, prompt 0; 4 queues, quantum 1, rate 2. */
    static final List<Job> FIGURE_6 = List.of(
            Job.of("0", 0, 2, "5", "1"),
            Job.of("0", 0, 2, "1", "1"),
            Job.of("0", 0, 2, "2", "1"));

    private static Config figure6(String policy, int maxBatch) {
        return Config.of(policy, maxBatch).withQueues(4, "1", "2");
    }

    @Test
    void figure6WithTwoSlots() {
        // skip-join: J1 -> Q4, J2 -> Q1, J3 -> Q2. [0,2] J2+J3 prefill (J2 demoted to Q2, J3 to Q3);
        // [2,3] J2+J3 decode, both done; [3,8] J1 prefill (5 < 8 stays); [8,9] J1 decode.
        assertThat(jcts(FIGURE_6, figure6("skip-join-mlfq", 2))).as("skip-join-mlfq, max-batch 2").containsExactly("9", "3", "3");
        // fcfs: [0,5] J1+J2 prefill, [5,6] both decode; [6,8] J3 prefill, [8,9] decode.
        assertThat(jcts(FIGURE_6, figure6("fcfs", 2))).as("fcfs, max-batch 2").containsExactly("6", "6", "9");
    }

    @Test
    void figure6WithThreeSlots() {
        assertThat(jcts(FIGURE_6, figure6("skip-join-mlfq", 3))).as("skip-join-mlfq, max-batch 3").containsExactly("6", "6", "6");
        assertThat(jcts(FIGURE_6, figure6("fcfs", 3))).as("fcfs, max-batch 3").containsExactly("6", "6", "6");
    }

    @Test
    void figure6AtBatchOneIsTheBatchOneTable() {
        assertThat(jcts(FIGURE_6, figure6("fcfs", 1))).as("fcfs").containsExactly("6", "8", "11");
        assertThat(jcts(FIGURE_6, figure6("mlfq", 1))).as("mlfq").containsExactly("9", "10", "11");
        assertThat(jcts(FIGURE_6, figure6("skip-join-mlfq", 1))).as("skip-join-mlfq").containsExactly("11", "4", "5");
        assertThat(jcts(FIGURE_6, figure6("srpt", 1))).as("srpt").containsExactly("11", "2", "5");
    }

    // -------------------------------------------------------------------------------------------------
    // fcfs modes

    /**
     * chunked with a budget of 4 tokens. A: prompt 10, p 5, 2 tokens; B: prompt 2, p 2, 3 tokens; d 1.
     * [0,2] A chunk 4 (5*4/10); [2,4] A chunk 4; [4,6] A chunk 2 (cost 1) + B chunk 2 (= its P: cost 2):
     * both make token 1; [6,7] A, B decode: A done; [7,8] B decode: done.
     */
    @Test
    void chunkedPrefillIsSplitByTheTokenBudget() {
        List<Job> jobs = List.of(Job.of("0", 10, 2, "5", "1"), Job.of("0", 2, 3, "2", "1"));
        Config config = Config.of("fcfs", 4).withMaxBatchTokens(4);
        Result r = BatchReference.simulate(jobs, config);
        assertThat(batches(r)).as("chunked iterations")
                .containsExactly("0:c4 @2", "0:c4 @4", "0:c2 1:c2 @6", "0:decode 1:decode @7", "1:decode @8");
        assertJob(r, 0, "6", "7", 2, 0);
        assertJob(r, 1, "6", "8", 3, 0);
    }

    /**
     * mixed with a budget of 4. A: prompt 2, p 1, 3 tokens; B: prompt 10, p 4, 1 token; C: prompt 2, p 1,
     * 1 token; d 1, all at 0. [0,1] A whole prefill (2 <= 4); B (10 > 2 left) stops the admission.
     * [1,2], [2,3] A decodes (B still does not fit beside them): A done at 3. [3,7] B alone, its 10
     * tokens over the budget of 4. [7,8] C.
     */
    @Test
    void mixedRunsALongPromptAloneAndNeverSplitsAPrefill() {
        List<Job> jobs = List.of(Job.of("0", 2, 3, "1", "1"), Job.of("0", 10, 1, "4", "1"),
                Job.of("0", 2, 1, "1", "1"));
        Config mixed = Config.of("fcfs", 4).withMaxBatchTokens(4).withMode("mixed");
        Result r = BatchReference.simulate(jobs, mixed);
        assertThat(batches(r)).as("mixed iterations")
                .containsExactly("0:c2 @1", "0:decode @2", "0:decode @3", "1:c10 @7", "2:c2 @8");
        assertJob(r, 0, "1", "3", 3, 0);
        assertJob(r, 1, "7", "7", 1, 0);
        assertJob(r, 2, "8", "8", 1, 0);

        // The same trace chunked: [0,1] A 2 + B 2 (4*2/10 = 0.8 < 1); [1,2.2] A decode + B 3 (1.2);
        // [2.2,3.4] A decode (done) + B 3; [3.4,4.4] B 2 (token 1, done) + C 2.
        Result chunked = BatchReference.simulate(jobs, mixed.withMode("chunked"));
        assertThat(batches(chunked)).as("chunked iterations")
                .containsExactly("0:c2 1:c2 @1", "0:decode 1:c3 @2.2", "0:decode 1:c3 @3.4", "1:c2 2:c2 @4.4");
        assertJob(chunked, 0, "1", "3.4", 3, 0);
        assertJob(chunked, 1, "4.4", "4.4", 1, 0);
        assertJob(chunked, 2, "4.4", "4.4", 1, 0);
    }

    /**
     * prefill-first. A at 0: prompt 4, p 2, 3 tokens; B at 1: prompt 4, p 3, 2 tokens; d 1. [0,2] A
     * prefill. At 2 B can be admitted, so the batch is B's prefill only and A's decode waits: [2,5]. [5,6]
     * A and B decode (B done); [6,7] A decode (done). Chunked runs A's decode beside B's prefill: A is done
     * at 6.
     */
    @Test
    void prefillFirstStallsTheDecodes() {
        List<Job> jobs = List.of(Job.of("0", 4, 3, "2", "1"), Job.of("1", 4, 2, "3", "1"));
        Config prefillFirst = Config.of("fcfs", 4).withMode("prefill-first");
        Result r = BatchReference.simulate(jobs, prefillFirst);
        assertThat(batches(r)).as("prefill-first iterations")
                .containsExactly("0:c4 @2", "1:c4 @5", "0:decode 1:decode @6", "0:decode @7");
        assertJob(r, 0, "2", "7", 3, 0);
        assertJob(r, 1, "5", "6", 2, 0);

        Result chunked = BatchReference.simulate(jobs, prefillFirst.withMode("chunked"));
        assertThat(batches(chunked)).as("chunked iterations")
                .containsExactly("0:c4 @2", "0:decode 1:c4 @5", "0:decode 1:decode @6");
        assertJob(chunked, 0, "2", "6", 3, 0);
    }

    // -------------------------------------------------------------------------------------------------
    // static

    /**
     * static, max-batch 2. A: prompt 3, p 2, d 1, 1 token; B: prompt 3, p 1, d 0.5, 3 tokens; C: prompt 1,
     * p 1, 1 token. [0,2] A+B prefill (max 2, 1). [2,3], [3,4]: A is padding (priced as a decode: 1), B
     * decodes (0.5). Both finish when the batch ends at 4, though A's only token was made at 2. [4,5] C.
     */
    @Test
    void staticPadsFinishedMembersAndEveryMemberFinishesAtTheBatchEnd() {
        List<Job> jobs = List.of(Job.of("0", 3, 1, "2", "1"), Job.of("0", 3, 3, "1", "0.5"),
                Job.of("0", 1, 1, "1", "1"));
        Config config = Config.of("static", 2);
        Result r = BatchReference.simulate(jobs, config);
        assertThat(batches(r)).as("static iterations")
                .containsExactly("0:c3 1:c3 @2", "0:pad 1:decode @3", "0:pad 1:decode @4", "2:c1 @5");
        assertJob(r, 0, "2", "4", 1, 0);
        assertJob(r, 1, "2", "4", 3, 0);
        assertJob(r, 2, "5", "5", 1, 0);

        // Affine (floor 0, c0 0, 1 per token, 0.1 per context token): prefill T = 6 -> 6; then T = 2 with
        // contexts 3 (A frozen) + 4 (B) -> 2.7, ends 8.7; then 3 + 5 -> 2.8, ends 11.5; C: T = 1 -> 12.5.
        Result affine = BatchReference.simulate(jobs, config.withAffine("0", "0", "1", "0.1"));
        assertJob(affine, 0, "6", "11.5", 1, 0);
        assertJob(affine, 1, "6", "11.5", 3, 0);
        assertJob(affine, 2, "12.5", "12.5", 1, 0);
    }

    // -------------------------------------------------------------------------------------------------
    // KV memory

    /** Three jobs at 0, prompt 2, 3 tokens, p 1, d 1, with block size 1 and 6 blocks: full after the prefills. */
    static final List<Job> THREE_SMALL = List.of(Job.of("0", 2, 3, "1", "1"), Job.of("0", 2, 3, "1", "1"),
            Job.of("0", 2, 3, "1", "1"));

    /**
     * recompute. [0,1] A, B, C prefill (2 blocks each, 0 free). At 1 A needs a block: the last of the
     * running list, C, is preempted (pre 2 + 1 = 3) and goes to the waiting queue; B also grows; no
     * admission. [1,2] A, B decode. At 2 A needs a block: B is preempted (pre 2 + 2 = 4) and goes to the
     * front, ahead of C. [2,3] A decodes, done. At 3: B re-prefills 4 tokens (4 blocks), C's 3 do not fit
     * in the 2 left. [3,5] B (cost 1 * 4/2 = 2) makes token 3, done. [5,6.5] C re-prefills 3 (1.5), token
     * 2; [6.5,7.5] decode, done. Tokens already made are not made again.
     */
    @Test
    void recomputePreemptsTheLastRunningJobAndReprefillsItsTokens() {
        Config config = Config.of("fcfs", 4).withKv(1, 6);
        Result r = BatchReference.simulate(THREE_SMALL, config);
        assertThat(batches(r)).as("recompute iterations").containsExactly("0:c2 1:c2 2:c2 @1",
                "0:decode 1:decode @2", "0:decode @3", "1:c4 @5", "2:c3 @6.5", "2:decode @7.5");
        assertJob(r, 0, "1", "3", 3, 0);
        assertJob(r, 1, "1", "5", 3, 1);
        assertJob(r, 2, "1", "7.5", 3, 1);
    }

    /**
     * recompute with blocks of 2 and 4 blocks. A, B: prompt 3, 4 tokens, p 1, d 1. [0,1] both prefill (2
     * blocks each); [1,2] both decode (context 4 still fits 2 blocks). At 2 A needs a third block: B is
     * preempted (pre 3 + 2 = 5). [2,3] A; at 3 B's 5 tokens need 3 blocks, 1 is free: it waits; [3,4] A
     * done. [4, 4 + 5/3] B re-prefills 5 of its 3 prompt tokens: 1 * 5/3 = 1.6666666... rounded to
     * 1.666667; then one decode.
     */
    @Test
    void recomputeRePrefillCostsMoreAndIsRoundedToTheGrid() {
        List<Job> jobs = List.of(Job.of("0", 3, 4, "1", "1"), Job.of("0", 3, 4, "1", "1"));
        Result r = BatchReference.simulate(jobs, Config.of("fcfs", 4).withKv(2, 4));
        assertThat(batches(r)).as("iterations").containsExactly("0:c3 1:c3 @1", "0:decode 1:decode @2",
                "0:decode @3", "0:decode @4", "1:c5 @5.666667", "1:decode @6.666667");
        assertJob(r, 0, "1", "4", 4, 0);
        assertJob(r, 1, "1", "6.666667", 4, 1);
    }

    /**
     * swap, 0.25 per block, unlimited CPU pool. [0,1] prefills. At 1 C's 2 blocks are swapped out (0.5):
     * [1,2.5] A, B decode. At 2.5 B's 3 blocks go out (0.75): [2.5,4.25] A decodes, done. At 4.25 B comes
     * back (3 blocks in, 0.75) and decodes (needs 4 of the 6 free); C (needs 3 of the 2 left) waits:
     * [4.25,6] B done. At 6 C comes back (0.5) and decodes: [6,7.5]; [7.5,8.5] done. Nothing is recomputed.
     */
    @Test
    void swapAddsTheTransfersToTheIteration() {
        Config config = Config.of("fcfs", 4).withKv(1, 6).withSwap(-1, "0.25");
        Result r = BatchReference.simulate(THREE_SMALL, config);
        assertThat(batches(r)).as("swap iterations").containsExactly("0:c2 1:c2 2:c2 @1",
                "0:decode 1:decode @2.5", "0:decode @4.25", "1:decode @6", "2:decode @7.5", "2:decode @8.5");
        assertThat(r.iterations()).extracting(Iteration::swappedOut).as("blocks moved out per iteration")
                .containsExactly(0L, 2L, 3L, 0L, 0L, 0L);
        assertThat(r.iterations()).extracting(Iteration::swappedIn).as("blocks moved in per iteration")
                .containsExactly(0L, 0L, 0L, 3L, 2L, 0L);
        assertJob(r, 0, "1", "4.25", 3, 0);
        assertJob(r, 1, "1", "6", 3, 1);
        assertJob(r, 2, "1", "8.5", 3, 1);
    }

    /**
     * swap with a CPU pool of 2 blocks: C's 2 blocks fit, B's 3 then do not and B is recomputed (pre 4),
     * with no transfer cost. [0,1]; [1,2.5] (C out); [2.5,3.5] A done; at 3.5 B (front) re-prefills 4
     * (cost 2), C (swapped, needs 3, 2 left) waits: [3.5,5.5] B done; [5.5,7] C in (0.5) + decode; [7,8].
     */
    @Test
    void aFullCpuPoolFallsBackToRecompute() {
        Config config = Config.of("fcfs", 4).withKv(1, 6).withSwap(2, "0.25");
        Result r = BatchReference.simulate(THREE_SMALL, config);
        assertThat(batches(r)).as("iterations").containsExactly("0:c2 1:c2 2:c2 @1",
                "0:decode 1:decode @2.5", "0:decode @3.5", "1:c4 @5.5", "2:decode @7", "2:decode @8");
        assertThat(r.iterations()).extracting(Iteration::swappedBlocks).as("blocks moved per iteration")
                .containsExactly(0L, 2L, 0L, 0L, 2L, 0L);
        assertJob(r, 0, "1", "3.5", 3, 0);
        assertJob(r, 1, "1", "5.5", 3, 1);
        assertJob(r, 2, "1", "8", 3, 1);
    }

    /**
     * reserve: each job reserves ceil((2 + 3) / 1) = 5 of the 6 blocks when it joins, so only one runs at a
     * time and nobody is ever preempted: A [0,3], B [3,6], C [6,9].
     */
    @Test
    void reserveNeverPreemptsAndBlocksAdmission() {
        Config config = Config.of("fcfs", 4).withKv(1, 6).withPreemption("reserve");
        Result r = BatchReference.simulate(THREE_SMALL, config);
        assertThat(batches(r)).as("reserve iterations").containsExactly("0:c2 @1", "0:decode @2", "0:decode @3",
                "1:c2 @4", "1:decode @5", "1:decode @6", "2:c2 @7", "2:decode @8", "2:decode @9");
        assertJob(r, 0, "1", "3", 3, 0);
        assertJob(r, 1, "4", "6", 3, 0);
        assertJob(r, 2, "7", "9", 3, 0);

        // With max-output 1 the reservation is ceil((2 + 1) / 1) = 3 blocks: two jobs fit at once.
        Result capped = BatchReference.simulate(THREE_SMALL, config.withMaxOutput(1));
        assertThat(batches(capped)).as("capped").containsExactly("0:c2 1:c2 @1", "2:c2 @2");
    }

    @Test
    void aJobThatCanNeverFitIsAnInputError() {
        // prompt 2 + 3 tokens - 1 = 4 tokens of context = 4 blocks of 1 > 3
        assertThatThrownBy(() -> BatchReference.run(THREE_SMALL, Config.of("fcfs", 4).withKv(1, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("job 0");
        // with reserve, 2 + 3 = 5 blocks > 4
        assertThatThrownBy(() -> BatchReference.run(THREE_SMALL,
                Config.of("fcfs", 4).withKv(1, 4).withPreemption("reserve")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("job 0");
        assertThat(BatchReference.run(THREE_SMALL, Config.of("fcfs", 4).withKv(1, 4))).as("4 blocks are enough")
                .allMatch(o -> o.finish() != null);
    }

    // -------------------------------------------------------------------------------------------------
    // Caps and lost requests

    /** max-output 2, max-batch 1: A (5 tokens) is cut to 2 and marked truncated: [0,1], [1,2]; B (1 token) [2,3]. */
    @Test
    void maxOutputTruncates() {
        List<Job> jobs = List.of(Job.of("0", 0, 5, "1", "1"), Job.of("0", 0, 1, "1", "1"));
        List<Outcome> out = BatchReference.run(jobs, Config.of("fcfs", 1).withMaxOutput(2));
        assertThat(out.get(0)).as("A").isEqualTo(new Outcome(bd("1"), bd("2"), 2, 0, false, true, null));
        assertThat(out.get(1)).as("B").isEqualTo(new Outcome(bd("3"), bd("3"), 1, 0, false, false, null));
    }

    /**
     * max-waiting 1, max-batch 1, p 1 except A's 2. At 0 A is admitted; B finds A waiting (no token yet)
     * and is dropped at 0. [0,2] A. At 2 C (arrived 1) is admitted; [2,3] C. At 3 D (2.5) is admitted and
     * E (2.5) finds D waiting: dropped at 3, the boundary that admits it. [3,4] D.
     */
    @Test
    void maxWaitingDropsArrivals() {
        List<Job> jobs = List.of(Job.of("0", 0, 1, "2", "1"), Job.of("0", 0, 1, "1", "1"),
                Job.of("1", 0, 1, "1", "1"), Job.of("2.5", 0, 1, "1", "1"), Job.of("2.5", 0, 1, "1", "1"));
        List<Outcome> out = BatchReference.run(jobs, Config.of("fcfs", 1).withMaxWaiting(1));
        assertThat(out.get(0).finish()).as("A finish").isEqualByComparingTo("2");
        assertThat(out.get(1)).as("B").isEqualTo(new Outcome(null, null, 0, 0, true, false, bd("0")));
        assertThat(out.get(2).finish()).as("C finish").isEqualByComparingTo("3");
        assertThat(out.get(3).finish()).as("D finish").isEqualByComparingTo("4");
        assertThat(out.get(4)).as("E").isEqualTo(new Outcome(null, null, 0, 0, true, false, bd("3")));
    }

    /**
     * timeout 2, max-batch 1; A (0, p 3), B (0), C (0.5), D (2.5), E (0.9), p 1 for the others. At 0 only A
     * and B are admitted; [0,3] A. At 3 the timeout step comes before admission: B (admitted, waited 3) is
     * dropped; C and E arrived during A's iteration and are admitted only after it, so neither is dropped
     * at 3 although C has waited 2.5. Admission in arrival order: C, E, D. [3,4] C. At 4 E has waited 3.1:
     * dropped; D 1.5: [4,5] D.
     */
    @Test
    void timeoutDropsAdmittedJobsWithoutATokenBeforeAdmittingArrivals() {
        List<Job> jobs = List.of(Job.of("0", 0, 1, "3", "1"), Job.of("0", 0, 1, "1", "1"),
                Job.of("0.5", 0, 1, "1", "1"), Job.of("2.5", 0, 1, "1", "1"), Job.of("0.9", 0, 1, "1", "1"));
        List<Outcome> out = BatchReference.run(jobs, Config.of("fcfs", 1).withTimeout("2"));
        assertThat(out.get(0).finish()).as("A finish").isEqualByComparingTo("3");
        assertThat(out.get(1)).as("B").isEqualTo(new Outcome(null, null, 0, 0, true, false, bd("3")));
        assertThat(out.get(2).finish()).as("C finish").isEqualByComparingTo("4");
        assertThat(out.get(3).finish()).as("D finish").isEqualByComparingTo("5");
        assertThat(out.get(4)).as("E").isEqualTo(new Outcome(null, null, 0, 0, true, false, bd("4")));
    }

    /**
     * A job whose chunked prefill has started but made no token is still waiting: timeout 2.5, budget 2.
     * A (prompt 6, p 3, 1 token) runs chunks of 2 (cost 1 each): at 2 it has no token and 2 < 2.5; [2,3]
     * last chunk, token at 3. B (prompt 6, at 0) shares nothing (budget used) and at 3 has waited 3: dropped.
     */
    @Test
    void timeoutCountsAStartedPrefillAsWaiting() {
        List<Job> jobs = List.of(Job.of("0", 6, 1, "3", "1"), Job.of("0", 6, 1, "3", "1"));
        List<Outcome> out = BatchReference.run(jobs, Config.of("fcfs", 2).withMaxBatchTokens(2).withTimeout("2.5"));
        assertThat(out.get(0).finish()).as("A finish").isEqualByComparingTo("3");
        assertThat(out.get(1)).as("B").isEqualTo(new Outcome(null, null, 0, 0, true, false, bd("3")));
    }

    // -------------------------------------------------------------------------------------------------
    // sjf

    /**
     * sjf, max-batch 1, p 1, d 1. A (3 tokens), B (1), C (2), D (1) at 0, E (1) at 0.5. Fewest tokens first,
     * ties by arrival then trace order: B [0,1]; at 1 D (arrival 0) before E (0.5): D [1,2], E [2,3]; C
     * [3,5]; A [5,8].
     */
    @Test
    void sjfAdmitsTheFewestOutputTokensFirst() {
        List<Job> jobs = List.of(Job.of("0", 0, 3, "1", "1"), Job.of("0", 0, 1, "1", "1"),
                Job.of("0", 0, 2, "1", "1"), Job.of("0", 0, 1, "1", "1"), Job.of("0.5", 0, 1, "1", "1"));
        List<Outcome> out = BatchReference.run(jobs, Config.of("sjf", 1));
        assertThat(finishes(out)).as("finish times A..E").containsExactly("8", "1", "5", "2", "3");
    }

    // -------------------------------------------------------------------------------------------------
    // MLFQ and SRPT with KV

    /**
     * skip-join MLFQ with KV: quantum 1, rate 2, 4 queues, block size 1, 6 blocks, max-batch 2, p 1, d 1.
     * A (prompt 3, 3 tokens) and B (prompt 2, 2 tokens) at 0, C (prompt 2, 1 token) at 1, all in Q1.
     * [0,1] A + B prefill (3 + 2 blocks, 1 free); both used 1 >= 1: demoted, Q2 = A, B.
     * At 1 C joins Q1 and is picked first: it needs 2 blocks, 1 is free, so the lowest-priority holder
     * outside the batch, B (tail of Q2), is preempted (recompute: pre 2 + 1 = 3) and stays in Q2. A decodes
     * (a fourth block: the last free one). [1,2] C done; A used 1 < 2 stays.
     * At 2 A decodes (a fifth block, 1 free left); B needs 3 blocks, 1 is free and the only other holder,
     * A, is in the batch: B is skipped and nothing is preempted. [2,3] A done.
     * [3,4.5] B re-prefills 3 of its 2 prompt tokens (1 * 3/2) and makes token 2: done.
     */
    @Test
    void mlfqPreemptsTheLowestPriorityHolderWhenAPickedJobNeedsBlocks() {
        List<Job> jobs = List.of(Job.of("0", 3, 3, "1", "1"), Job.of("0", 2, 2, "1", "1"),
                Job.of("1", 2, 1, "1", "1"));
        Config config = Config.of("skip-join-mlfq", 2).withQueues(4, "1", "2").withKv(1, 6);
        Result r = BatchReference.simulate(jobs, config);
        assertThat(batches(r)).as("iterations").containsExactly("0:c3 1:c2 @1", "2:c2 0:decode @2",
                "0:decode @3", "1:c3 @4.5");
        assertJob(r, 0, "1", "3", 3, 0);
        assertJob(r, 1, "1", "4.5", 2, 1);
        assertJob(r, 2, "2", "2", 1, 0);
    }

    /**
     * SRPT with max-batch 2, p 1, d 1, prompt 0: A (4 tokens, remaining 4), B (2, remaining 2), C (1,
     * remaining 1) at 0. [0,1] C + B prefill: C done. [1,2] B decode (remaining 1) + A prefill: B done.
     * [2,3], [3,4], [4,5] A decodes: done at 5.
     */
    @Test
    void srptFillsTheBatchByRemainingSoloTime() {
        List<Job> jobs = List.of(Job.of("0", 0, 4, "1", "1"), Job.of("0", 0, 2, "1", "1"),
                Job.of("0", 0, 1, "1", "1"));
        Result r = BatchReference.simulate(jobs, Config.of("srpt", 2));
        assertThat(batches(r)).as("iterations").containsExactly("2:c1 1:c1 @1", "1:decode 0:c1 @2",
                "0:decode @3", "0:decode @4", "0:decode @5");
        assertThat(finishes(r.outcomes())).as("finish times").containsExactly("5", "2", "1");
    }

    // -------------------------------------------------------------------------------------------------
    // Affine cost, automatic quantum, rounding

    /**
     * skip-join MLFQ, affine cost (floor 0, c0 0.5, 0.1 per token, 0.01 per context token), automatic
     * quantum, 4 queues, rate 2. A: prompt 10, 2 tokens; B: prompt 1, 2 tokens; both at 0. Solo costs: A
     * prefill 0.5 + 1 = 1.5, A decode (context 11) 0.71, B prefill 0.6, B decode (context 2) 0.62: Quantum
     * 0.6, quanta 0.6, 1.2, 2.4, 4.8; B joins Q1, A Q3 (1.5 <= 2.4).
     * max-batch 2: [0,1.6] B + A prefill, T = 11: 0.5 + 1.1; B used 1.6 >= 0.6 goes to Q2, A stays.
     * [1.6,2.43] both decode, T = 2, Kctx = 2 + 11: 0.5 + 0.2 + 0.13 = 0.83.
     * max-batch 1: [0,0.6] B prefill (B to Q2); [0.6,1.22] B decode; [1.22,2.72] A prefill; [2.72,3.43] A
     * decode.
     */
    @Test
    void affineCostPricesTokensAndDecodeContexts() {
        List<Job> jobs = List.of(new Job(bd("0"), 10, 2, null, null), new Job(bd("0"), 1, 2, null, null));
        Config config = Config.of("skip-join-mlfq", 2).withAffine("0", "0.5", "0.1", "0.01");
        Result two = BatchReference.simulate(jobs, config);
        assertThat(batches(two)).as("max-batch 2").containsExactly("1:c1 0:c10 @1.6", "1:decode 0:decode @2.43");
        Result one = BatchReference.simulate(jobs, config.withMaxBatch(1));
        assertThat(batches(one)).as("max-batch 1")
                .containsExactly("1:c1 @0.6", "1:decode @1.22", "0:c10 @2.72", "0:decode @3.43");
    }

    /**
     * Each iteration is rounded to the grid on its own, half to even. A prompt of 4096 tokens over the
     * default budget of 2048 is prefilled in two chunks even at max-batch 1, each costing
     * 0.000005 * 2048 / 4096 = 0.0000025, rounded to 0.000002: token 1 comes at 0.000004, not at the
     * job's prefill time 0.000005 that the batch-size-1 rules give. (With prompts within the budget, or
     * times that halve onto the grid, the two agree.)
     */
    @Test
    void aPrefillOverTheBudgetIsChunkedAndEachChunkRoundedEvenAtBatchOne() {
        List<Job> jobs = List.of(Job.of("0", 4096, 1, "0.000005", "1"));
        Result r = BatchReference.simulate(jobs, Config.of("fcfs", 1));
        assertThat(batches(r)).as("two chunks").containsExactly("0:c2048 @0.000002", "0:c2048 @0.000004");
        Result mlfq = BatchReference.simulate(jobs, Config.of("mlfq", 1));
        assertThat(batches(mlfq)).as("MLFQ runs the whole prefill").containsExactly("0:c4096 @0.000005");
    }

    // -------------------------------------------------------------------------------------------------
    // Helpers

    /** A time as the reference gives it: on the grid of a millionth, scale 6. */
    private static BigDecimal bd(String s) {
        return new BigDecimal(s).setScale(6);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static List<String> jcts(List<Job> jobs, Config config) {
        List<Outcome> out = BatchReference.run(jobs, config);
        List<String> jcts = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            jcts.add(plain(out.get(i).jct(jobs.get(i))));
        }
        return jcts;
    }

    private static List<String> finishes(List<Outcome> out) {
        List<String> f = new ArrayList<>();
        for (Outcome o : out) {
            f.add(plain(o.finish()));
        }
        return f;
    }

    /** Each iteration as its items and end time, e.g. {@code "0:c4 1:decode @6"}. */
    private static List<String> batches(Result r) {
        List<String> out = new ArrayList<>();
        for (Iteration it : r.iterations()) {
            out.add(it.batch() + " @" + plain(it.end()));
        }
        return out;
    }

    private static void assertJob(Result r, int job, String firstToken, String finish, int tokens, int preemptions) {
        Outcome o = r.outcomes().get(job);
        assertThat(o.dropped()).as("job %d dropped", job).isFalse();
        assertThat(o.firstToken()).as("job %d first token", job).isEqualByComparingTo(firstToken);
        assertThat(o.finish()).as("job %d finish", job).isEqualByComparingTo(finish);
        assertThat(o.tokens()).as("job %d tokens", job).isEqualTo(tokens);
        assertThat(o.preemptions()).as("job %d preemptions", job).isEqualTo(preemptions);
    }
}
