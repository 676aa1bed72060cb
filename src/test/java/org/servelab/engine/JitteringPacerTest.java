package org.servelab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.servelab.engine.event.EventLog;
import org.servelab.metrics.RunResult;
import org.servelab.policy.Accounting;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.Policies;
import org.servelab.workload.TimedTrace;

/**
 * The threads' results must not depend on their timing: with a pacer that stalls each thread for a
 * random few microseconds at every wait (so that producer, scheduler and inference interleave
 * differently on every run), the events and results equal the discrete-event engine's.
 */
class JitteringPacerTest {

    /** Waits a random 0 to 200 microseconds at every wait, whatever the simulated time. */
    static final class JitteringPacer implements Pacer {
        private final SplittableRandom random;

        JitteringPacer(long seed) {
            this.random = new SplittableRandom(seed);
        }

        @Override
        public synchronized void awaitTime(double t) {
            LockSupport.parkNanos(random.nextInt(200_000));
        }

        @Override
        public synchronized void beforeIteration() {
            LockSupport.parkNanos(random.nextInt(50_000));
        }
    }

    @Provide
    Arbitrary<TimedTrace> traces() {
        return RandomTraces.traces();
    }

    @Provide
    Arbitrary<String> policies() {
        return Arbitraries.of(Policies.NAMES);
    }

    @Property(tries = 60)
    void jitteredThreadsGiveTheDiscreteEventResults(@ForAll("traces") TimedTrace trace, @ForAll("policies") String policy,
                                                    @ForAll long seed) throws InterruptedException {
        MlfqParameters params = new MlfqParameters(3, Double.NaN, 2, Accounting.TIME, 6);
        EventLog des = new EventLog();
        RunResult a = new DiscreteEventEngine().run(trace, Policies.create(policy, params), des);
        EventLog threads = new EventLog();
        RunResult b = ThreadedEngine.start(trace, Policies.create(policy, params), threads, new JitteringPacer(seed))
                .await();
        assertThat(threads.events()).isEqualTo(des.events());
        assertThat(b).isEqualTo(a);
    }

    @Property(tries = 60)
    void jitteredThreadsGiveTheDiscreteEventResultsWithBatches(
            @ForAll("batchCases") BatchEnginePropertiesTest.Case c, @ForAll long seed) throws InterruptedException {
        EventLog des = new EventLog();
        RunResult a = new DiscreteEventEngine().run(c.trace(), c.setup(), des);
        EventLog threads = new EventLog();
        RunResult b = ThreadedEngine.start(c.trace(), c.setup(), threads, new JitteringPacer(seed)).await();
        assertThat(threads.events()).isEqualTo(des.events());
        assertThat(b).isEqualTo(a);
    }

    @Provide
    Arbitrary<BatchEnginePropertiesTest.Case> batchCases() {
        return new BatchEnginePropertiesTest().cases();
    }
}
