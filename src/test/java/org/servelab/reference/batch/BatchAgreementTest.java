package org.servelab.reference.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.servelab.cost.AffineCost;
import org.servelab.cost.BatchCostModel;
import org.servelab.cost.PerJobCost;
import org.servelab.engine.BatchSetup;
import org.servelab.engine.DiscreteEventEngine;
import org.servelab.metrics.RunResult;
import org.servelab.policy.Accounting;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.batch.BatchOptions;
import org.servelab.policy.batch.BatchPolicies;
import org.servelab.policy.batch.BatchingMode;
import org.servelab.policy.batch.Preemption;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/**
 * The batching engine and the independent {@link BatchReference} agree job by job (first token, finish,
 * tokens made, preemptions, dropped, truncated) on thousands of random traces across every policy, mode,
 * batch and token limit, KV capacity, preemption mode, cost model, output cap and drop rule. Times are
 * compared as decimals, with no tolerance.
 */
class BatchAgreementTest {

    private static final int CASES = 4000;

    /** One random case: jobs and settings, in the engine's and the reference's terms. */
    private record Case(List<Job> jobs, String policy, String mode, int maxBatch, int budget, int block, long kv,
                        String preemption, long swapBlocks, double swapPerBlock, int maxOutput, int maxWaiting,
                        double timeout, boolean affine, int queues, double starve) {
    }

    private static final double[] AFFINE = {2, 0.5, 0.25, 0.01};

    @Test
    void engineAgreesWithTheReferenceOnRandomTraces() {
        Random random = new Random(20261125);
        int[] perPolicy = new int[BatchReference.POLICIES.size()];
        long preempting = 0;
        long dropping = 0;
        for (int k = 0; k < CASES; k++) {
            Case c = randomCase(random);
            RunResult engine = new DiscreteEventEngine().run(trace(c), setup(c));
            List<BatchReference.Outcome> ref = BatchReference.run(referenceJobs(c), config(c));
            for (int j = 0; j < c.jobs().size(); j++) {
                BatchReference.Outcome o = ref.get(j);
                String what = "case " + k + " job J" + (j + 1) + "\n" + describe(c);
                assertThat(engine.serving().dropped()[j]).as("dropped, " + what).isEqualTo(o.dropped());
                assertThat(engine.serving().preemptions()[j]).as("preemptions, " + what).isEqualTo(o.preemptions());
                assertThat(engine.serving().truncated()[j]).as("truncated, " + what).isEqualTo(o.truncated());
                if (!o.dropped()) {
                    assertThat(decimal(engine.jobs().get(j).firstToken())).as("first token, " + what)
                            .isEqualByComparingTo(o.firstToken());
                    assertThat(decimal(engine.jobs().get(j).finish())).as("finish, " + what)
                            .isEqualByComparingTo(o.finish());
                    assertThat(engine.jobs().get(j).outputTokens()).as("tokens, " + what).isEqualTo(o.tokens());
                }
            }
            perPolicy[BatchReference.POLICIES.indexOf(c.policy())]++;
            preempting += engine.serving().preemptionsTotal() > 0 ? 1 : 0;
            dropping += engine.serving().droppedJobs() > 0 ? 1 : 0;
        }
        for (int count : perPolicy) {
            assertThat(count).as("cases per policy").isGreaterThan(CASES / 10);
        }
        assertThat(preempting).as("cases with preemptions").isGreaterThan(CASES / 20);
        assertThat(dropping).as("cases with drops").isGreaterThan(CASES / 20);
    }

    private static BigDecimal decimal(double v) {
        return BigDecimal.valueOf(v);
    }

    private static Case randomCase(Random r) {
        int n = 1 + r.nextInt(12);
        List<Job> jobs = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            jobs.add(new Job("J" + (j + 1), r.nextInt(41) / 2.0, r.nextInt(41), 1 + r.nextInt(12),
                    (1 + r.nextInt(12)) / 2.0, (1 + r.nextInt(4)) / 2.0));
        }
        String policy = BatchReference.POLICIES.get(r.nextInt(BatchReference.POLICIES.size()));
        String mode = BatchReference.MODES.get(r.nextInt(3));
        int maxBatch = 1 + r.nextInt(5);
        int budget = new int[] {3, 8, 24, 2048}[r.nextInt(4)];
        int block = new int[] {1, 4, 16}[r.nextInt(3)];
        String preemption = BatchReference.PREEMPTIONS.get(r.nextInt(3));
        int maxOutput = r.nextInt(4) == 0 ? 1 + r.nextInt(4) : -1;
        int maxWaiting = r.nextInt(4) == 0 ? r.nextInt(4) : -1;
        double timeout = r.nextInt(4) == 0 ? 2 + r.nextInt(20) / 2.0 : Double.POSITIVE_INFINITY;
        long kv = -1;
        if (r.nextInt(4) != 0) {
            long need = 0;
            for (Job j : jobs) {
                int p = Math.max(1, j.promptTokens());
                int out = maxOutput > 0 ? Math.min(maxOutput, j.outputTokens()) : j.outputTokens();
                long held = preemption.equals("reserve") ? p + (maxOutput > 0 ? maxOutput : out) : p + out - 1;
                need = Math.max(need, (held + block - 1) / block);
            }
            kv = need + r.nextInt(6);
        }
        long swapBlocks = preemption.equals("swap") && r.nextBoolean() ? r.nextInt(6) : -1;
        double swapPerBlock = preemption.equals("swap") ? r.nextInt(3) / 4.0 : 0;
        double starve = r.nextInt(3) == 0 ? 3 + r.nextInt(8) : Double.POSITIVE_INFINITY;
        return new Case(jobs, policy, mode, maxBatch, budget, block, kv, preemption, swapBlocks, swapPerBlock,
                maxOutput, maxWaiting, timeout, r.nextBoolean(), 2 + r.nextInt(3), starve);
    }

    private static TimedTrace trace(Case c) {
        return TimedTrace.explicit(new Trace("random", TimeUnit.MS, c.jobs()));
    }

    private static BatchSetup setup(Case c) {
        MlfqParameters params = new MlfqParameters(c.queues(), Double.NaN, 2, Accounting.TIME, c.starve());
        BatchOptions o = new BatchOptions(c.maxBatch(), c.budget(), BatchingMode.parse(c.mode()), c.block(), c.kv(),
                Preemption.parse(c.preemption()), c.swapBlocks(), c.maxOutput(), c.maxWaiting(), c.timeout());
        BatchCostModel cost = c.affine()
                ? new AffineCost("affine", AFFINE[0], AFFINE[1], AFFINE[2], AFFINE[3], c.swapPerBlock())
                : new SwapPerJob(c.swapPerBlock());
        return new BatchSetup(BatchPolicies.create(c.policy(), params, o.mode()), o, cost);
    }

    /** Per-job pricing with a swap time, as the reference's per-job cost with a swap time. */
    private static final class SwapPerJob implements BatchCostModel {
        private final PerJobCost perJob = new PerJobCost("ms");
        private final double swap;

        SwapPerJob(double swap) {
            this.swap = swap;
        }

        @Override
        public String name() {
            return "per-job";
        }

        @Override
        public String timeUnit() {
            return "ms";
        }

        @Override
        public boolean perJob() {
            return true;
        }

        @Override
        public double iterationTime(org.servelab.cost.BatchShape batch) {
            return perJob.iterationTime(batch);
        }

        @Override
        public double swapTimePerBlock(int blockSize) {
            return swap;
        }
    }

    private static List<BatchReference.Job> referenceJobs(Case c) {
        List<BatchReference.Job> out = new ArrayList<>();
        for (Job j : c.jobs()) {
            out.add(BatchReference.Job.of(j.arrival(), j.promptTokens(), j.outputTokens(), j.prefillTime(),
                    j.decodeTime()));
        }
        return out;
    }

    private static BatchReference.Config config(Case c) {
        BatchReference.Config cfg = BatchReference.Config.of(c.policy(), c.maxBatch()).withMode(c.mode())
                .withMaxBatchTokens(c.budget()).withKv(c.block(), c.kv()).withPreemption(c.preemption())
                .withQueues(c.queues(), null, "2");
        if (c.preemption().equals("swap")) {
            cfg = cfg.withSwap(c.swapBlocks(), BigDecimal.valueOf(c.swapPerBlock()).toPlainString());
        }
        if (c.maxOutput() > 0) {
            cfg = cfg.withMaxOutput(c.maxOutput());
        }
        if (c.maxWaiting() >= 0) {
            cfg = cfg.withMaxWaiting(c.maxWaiting());
        }
        if (c.timeout() != Double.POSITIVE_INFINITY) {
            cfg = cfg.withTimeout(BigDecimal.valueOf(c.timeout()).toPlainString());
        }
        if (c.starve() != Double.POSITIVE_INFINITY) {
            cfg = cfg.withStarveLimit(BigDecimal.valueOf(c.starve()).toPlainString());
        }
        if (c.affine()) {
            cfg = cfg.withAffine("2", "0.5", "0.25", "0.01");
        }
        return cfg;
    }

    private static String describe(Case c) {
        StringBuilder sb = new StringBuilder(c.toString().replace(", jobs=", "\n"));
        sb.setLength(0);
        sb.append(c.policy()).append(' ').append(c.mode()).append(" batch ").append(c.maxBatch()).append(" tokens ")
                .append(c.budget()).append(" block ").append(c.block()).append(" kv ").append(c.kv()).append(' ')
                .append(c.preemption()).append(" swapBlocks ").append(c.swapBlocks()).append(" swapTime ")
                .append(c.swapPerBlock()).append(" maxOutput ").append(c.maxOutput()).append(" maxWaiting ")
                .append(c.maxWaiting()).append(" timeout ").append(c.timeout()).append(c.affine() ? " affine" : " per-job")
                .append(" queues ").append(c.queues()).append(" starve ").append(c.starve()).append('\n');
        for (Job j : c.jobs()) {
            sb.append(String.format("  %s a=%s P=%d n=%d p=%s d=%s%n", j.id(), j.arrival(), j.promptTokens(),
                    j.outputTokens(), j.prefillTime(), j.decodeTime()));
        }
        return sb.toString();
    }
}
