package org.servelab.reference.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servelab.reference.ExactReferenceSimulator;
import org.servelab.reference.ExactReferenceSimulator.Settings;
import org.servelab.reference.ExactReferenceSimulator.Token;
import org.servelab.reference.ExactReferenceSimulator.Workload;
import org.servelab.reference.batch.BatchReference.Config;
import org.servelab.reference.batch.BatchReference.Item;
import org.servelab.reference.batch.BatchReference.Iteration;
import org.servelab.reference.batch.BatchReference.Job;
import org.servelab.reference.batch.BatchReference.Result;

/**
 * "Batch limit 1 + per-job cost: identical to docs/scheduling.md on every policy": the batching reference
 * at {@code max-batch 1} against the batch-size-1 {@link ExactReferenceSimulator}, token by token (the same
 * job and token number ending at the same time, in the same order) and finish by finish, on random small
 * traces with time accounting, with and without starvation promotion.
 *
 * <p>Times are multiples of 0.1 (so arrivals often fall on the instant a boundary ends) and prompts stay
 * within the default 2048-token budget, so no prefill is split; rates 1.5, 2 and 3 over at most five queues
 * keep every quantum on the grid, where both references agree on it.
 */
class BatchReferenceAtBatchOneTest {

    private static final int TRACES = 300;

    @ParameterizedTest
    @ValueSource(strings = {"fcfs", "mlfq", "skip-join-mlfq", "srpt"})
    void maxBatchOneIsTheBatchSizeOneSchedule(String policy) {
        Random random = new Random(policy.hashCode());
        int promotionMattered = 0;
        for (int trace = 0; trace < TRACES; trace++) {
            long seed = random.nextLong();
            List<String> plain = compare(policy, seed, false);
            List<String> promoted = compare(policy, seed, true);
            promotionMattered += plain.equals(promoted) ? 0 : 1;
        }
        if (policy.endsWith("mlfq")) {
            assertThat(promotionMattered).as("traces where starvation promotion changed the schedule").isGreaterThan(10);
        }
    }

    /** Compares one trace and returns its tokens. */
    private static List<String> compare(String policy, long seed, boolean starvation) {
        Random r = new Random(seed);
        int size = 1 + r.nextInt(7);
        double[] arrival = new double[size];
        double[] prefill = new double[size];
        double[] decode = new double[size];
        int[] tokens = new int[size];
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int a = r.nextInt(4) == 0 ? 0 : r.nextInt(80);
            int p = 1 + r.nextInt(30);
            int d = 1 + r.nextInt(12);
            arrival[i] = a / 10.0;
            prefill[i] = p / 10.0;
            decode[i] = d / 10.0;
            tokens[i] = 1 + r.nextInt(5);
            jobs.add(new Job(tenths(a), r.nextInt(40), tokens[i], tenths(p), tenths(d)));
        }
        int queues = 1 + r.nextInt(5);
        Integer quantumTenths = r.nextBoolean() ? null : 1 + r.nextInt(20);
        String rate = List.of("1.5", "2", "3").get(r.nextInt(3));
        Integer starveTenths = starvation ? 3 + r.nextInt(40) : null;

        Workload workload = new Workload(arrival, prefill, decode, tokens);
        Settings settings = new Settings(policy, queues, quantumTenths == null ? null : quantumTenths / 10.0,
                Double.parseDouble(rate), "time", starveTenths == null ? null : starveTenths / 10.0);
        Config config = Config.of(policy, 1)
                .withQueues(queues, quantumTenths == null ? null : tenths(quantumTenths).toPlainString(), rate)
                .withStarveLimit(starveTenths == null ? null : tenths(starveTenths).toPlainString());

        ExactReferenceSimulator.Result expected = ExactReferenceSimulator.simulate(workload, settings);
        Result actual = BatchReference.simulate(jobs, config);
        String what = policy + " seed " + seed + (starvation ? " with starvation" : "") + " " + jobs + " " + config;

        List<String> expectedTokens = new ArrayList<>();
        for (Token t : expected.tokens()) {
            expectedTokens.add(t.job() + "." + t.token() + "@" + plain(t.end()));
        }
        List<String> actualTokens = new ArrayList<>();
        for (Iteration it : actual.iterations()) {
            assertThat(it.items()).as("one item per iteration: " + what).hasSize(1);
            Item item = it.items().get(0);
            actualTokens.add(item.job() + "." + item.token() + "@" + plain(it.end()));
        }
        assertThat(actualTokens).as("tokens: " + what).isEqualTo(expectedTokens);
        for (int i = 0; i < size; i++) {
            assertThat(actual.outcomes().get(i).finish()).as("finish of job " + i + ": " + what)
                    .isEqualByComparingTo(expected.finish().get(i));
        }
        return actualTokens;
    }

    private static BigDecimal tenths(int k) {
        return BigDecimal.valueOf(k, 1);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
