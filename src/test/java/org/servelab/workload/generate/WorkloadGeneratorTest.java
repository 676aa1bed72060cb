package org.servelab.workload.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.servelab.cost.ProfileCostModel;
import org.servelab.workload.InputException;
import org.servelab.workload.Job;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;
import org.servelab.workload.io.TraceReader;
import org.servelab.workload.io.TraceWriter;

class WorkloadGeneratorTest {

    private static final Path DATASET = Path.of("sample-traces/orca-appendix-b.csv");

    private static Workload gen(String lengths, String arrivals, Target target, double cv, int jobs, long seed) {
        return WorkloadGenerator.generate(new WorkloadSpec(LengthSpecs.parse(lengths), arrivals, target, cv, jobs, seed),
                ProfileCostModel.opt13b());
    }

    @Test
    void aTargetLoadIsMetOverManyJobs() {
        Workload w = gen("paper-zipf", "gamma", Target.load(0.8), 2, 100_000, 4);
        TimedTrace t = w.trace();
        double span = (t.arrival(t.size() - 1) - t.arrival(0)) * t.timeUnit().seconds();
        double measuredRate = (t.size() - 1) / span;
        double measuredLoad = measuredRate * t.totalServiceTime() / t.size() * t.timeUnit().seconds();
        assertThat(w.load()).isCloseTo(0.8, within(1e-9));
        assertThat(measuredLoad).isCloseTo(0.8, within(0.8 * 0.04));
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherTrace() {
        String a = TraceWriter.toJson(gen("sharegpt-like", "gamma", Target.rate(3), 2, 500, 9).trace().trace());
        String b = TraceWriter.toJson(gen("sharegpt-like", "gamma", Target.rate(3), 2, 500, 9).trace().trace());
        String c = TraceWriter.toJson(gen("sharegpt-like", "gamma", Target.rate(3), 2, 500, 10).trace().trace());
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void lengthsDoNotDependOnTheRate() {
        TimedTrace slow = gen("alpaca-like", "poisson", Target.rate(1), 1, 50, 2).trace();
        TimedTrace fast = gen("alpaca-like", "poisson", Target.rate(4), 1, 50, 2).trace();
        for (int j = 0; j < 50; j++) {
            assertThat(fast.promptTokens(j)).isEqualTo(slow.promptTokens(j));
            assertThat(fast.arrival(j)).isCloseTo(slow.arrival(j) / 4, within(1e-6));
        }
    }

    @Test
    void traceLengthsInOrderGiveTheDatasetBack() {
        TimedTrace t = gen("trace:" + DATASET, "fixed", Target.rate(1), 1, 99, 1).trace();
        assertThat(t.totalServiceTime()).isCloseTo(92155.1, within(0.5));
        assertThat(t.arrival(1)).isEqualTo(1000);
    }

    @Test
    void resamplingDrawsWholePairsFromTheTraceWithReplacement() {
        Trace dataset = TraceReader.read(DATASET);
        Map<List<Integer>, Integer> inData = new HashMap<>();
        dataset.jobs().forEach(j -> inData.merge(List.of(j.promptTokens(), j.outputTokens()), 1, Integer::sum));
        TimedTrace t = gen("resample:" + DATASET, "poisson", Target.load(0.5), 1, 2000, 1).trace();
        assertThat(t.size()).isEqualTo(2000);

        Map<List<Integer>, Integer> drawn = new HashMap<>();
        boolean fileOrder = true;
        for (int j = 0; j < t.size(); j++) {
            List<Integer> pair = List.of(t.promptTokens(j), t.outputTokens(j));
            assertThat(inData).as("job %d: a prompt and output length that belong together in the trace", j)
                    .containsKey(pair);
            drawn.merge(pair, 1, Integer::sum);
            Job k = dataset.job(j % dataset.size());
            fileOrder &= pair.equals(List.of(k.promptTokens(), k.outputTokens()));
        }
        assertThat(fileOrder).as("drawn at random, not the trace's order").isFalse();
        assertThat(drawn.size()).as("almost every pair drawn at least once").isGreaterThan(inData.size() * 9 / 10);
        // 2000 draws of 99 equally likely jobs: about 20 each; none drawn more than 45 times
        assertThat(drawn.values()).allSatisfy(n -> assertThat(n).isLessThan(45));
        double meanService = t.totalServiceTime() / t.size();
        double datasetMean = 92155.1 / 99;
        assertThat(meanService).as("mean service time like the trace's").isCloseTo(datasetMean, within(datasetMean * 0.08));
    }

    @Test
    void replayNeedsATraceAndTimeScaleNeedsReplay() {
        assertThatThrownBy(() -> gen("paper-zipf", "replay", Target.timeScale(1), 1, 10, 1))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo("--arrivals"));
        assertThatThrownBy(() -> gen("paper-zipf", "poisson", Target.timeScale(1), 1, 10, 1))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo("--time-scale"));
        assertThatThrownBy(() -> Target.rate(0))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo("--rate"));
        assertThatThrownBy(() -> gen("paper-zipf", "gama", Target.rate(1), 1, 10, 1))
                .hasMessageContaining("replay");
    }
}
