package org.servelab.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import org.junit.jupiter.api.Test;
import org.servelab.engine.DiscreteEventEngine;
import org.servelab.engine.event.EventLog;
import org.servelab.engine.event.JobPromoted;
import org.servelab.engine.event.TokenGenerated;
import org.servelab.metrics.RunResult;
import org.servelab.policy.Accounting;
import org.servelab.policy.MlfqParameters;
import org.servelab.policy.Policies;
import org.servelab.reference.ExactReferenceSimulator.Result;
import org.servelab.reference.ExactReferenceSimulator.Settings;
import org.servelab.reference.ExactReferenceSimulator.Token;
import org.servelab.reference.ExactReferenceSimulator.Workload;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/**
 * The discrete-event engine and the independent {@link ExactReferenceSimulator} must produce the same
 * schedule, to the token: the same tokens in the same order, each from the same queue level and ending at
 * the same time, and the same finish time for every job. Times are compared as the decimal values of the
 * engine's doubles ({@link BigDecimal#valueOf(double)}), which the engine's grid of a millionth makes exact
 * for the decimal inputs used here, so no tolerance is allowed.
 *
 * <p>The random traces use multiples of 0.1 or of 0.01, with arrival ties and arrivals placed exactly on an
 * iteration boundary or on the instant earlier work is done, the cases where binary rounding would decide
 * whether a job is admitted at a boundary. Before trusting the reference as an oracle, the example tests
 * check it on schedules worked out by hand.
 */
class ReferenceAgreementTest {

    // -------------------------------------------------------------------------------------------------
    // The reference on its own

    /** FastServe's Figure 6 (docs/scheduling.md): J1, J2, J3 at 0, prefill 5, 1, 2, two tokens, decode 1. */
    static final Workload FIGURE_6 = new Workload(new double[] {0, 0, 0}, new double[] {5, 1, 2},
            new double[] {1, 1, 1}, new int[] {2, 2, 2});

    @Test
    void reproducesTheFigure6Table() {
        assertRow(Settings.figure6("fcfs"), "J1·1 J1·2 J2·1 J2·2 J3·1 J3·2", "6 8 11");
        assertRow(Settings.figure6("mlfq"), "J1·1 J2·1 J3·1 J1·2 J2·2 J3·2", "9 10 11");
        assertRow(Settings.figure6("skip-join-mlfq"), "J2·1 J3·1 J2·2 J3·2 J1·1 J1·2", "11 4 5");
        assertRow(Settings.figure6("srpt"), "J2·1 J2·2 J3·1 J3·2 J1·1 J1·2", "11 2 5");
        assertRow(Settings.figure6("skip-join-mlfq").withAccounting("tokens"), "J2·1 J3·1 J3·2 J2·2 J1·1 J1·2",
                "11 5 4");
    }

    private static void assertRow(Settings settings, String tokenOrder, String jcts) {
        Result r = ExactReferenceSimulator.simulate(FIGURE_6, settings);
        assertThat(order(r)).as(settings.toString()).isEqualTo(tokenOrder);
        String actualJcts = IntStream.range(0, FIGURE_6.size()).mapToObj(j -> plain(r.jct(FIGURE_6, j)))
                .collect(Collectors.joining(" "));
        assertThat(actualJcts).as(settings.toString()).isEqualTo(jcts);
    }

    /** Skip-join with time accounting step by step, as docs/scheduling.md tells it: levels and end times. */
    @Test
    void followsTheFigure6WalkThrough() {
        Result r = ExactReferenceSimulator.simulate(FIGURE_6, Settings.figure6("skip-join-mlfq"));
        assertThat(schedule(r)).isEqualTo(String.join("\n",
                "J2·1 Q1 @1", "J3·1 Q2 @3", "J2·2 Q2 @4", "J3·2 Q3 @5", "J1·1 Q4 @10", "J1·2 Q4 @11"));
    }

    /** A prefill of 2.8 starting at 7.1 ends exactly when a job arriving at 9.9 arrives: it is admitted there. */
    @Test
    void admitsAnArrivalAtADecimalBoundary() {
        Workload w = new Workload(new double[] {7.1, 9.9}, new double[] {2.8, 0.5}, new double[] {0.4, 0.5},
                new int[] {3, 1});
        Result r = ExactReferenceSimulator.simulate(w, new Settings("srpt", 4, null, 2, "time", null));
        assertThat(schedule(r)).isEqualTo(String.join("\n", "J1·1 Q1 @9.9", "J2·1 Q1 @10.4", "J1·2 Q1 @10.8",
                "J1·3 Q1 @11.2"));
    }

    /**
     * Plain MLFQ, quanta 1 and 2, starvation limit 3. J1 is demoted to Q2 at 1 while one-iteration jobs
     * arrive at 1, 2, 3, 4, 5 and keep Q1 busy. At 4 J1 has waited exactly 3: it moves to the tail of Q1
     * (behind J5, admitted just before), so at 5 it runs from Q1 ahead of J6, is demoted again after one
     * iteration, and finishes from Q2 after J6.
     */
    @Test
    void promotesAJobThatHasWaitedExactlyTheLimit() {
        Workload w = new Workload(new double[] {0, 1, 2, 3, 4, 5}, new double[] {1, 1, 1, 1, 1, 1},
                new double[] {1, 1, 1, 1, 1, 1}, new int[] {3, 1, 1, 1, 1, 1});
        Result r = ExactReferenceSimulator.simulate(w, new Settings("mlfq", 2, 1.0, 2, "time", 3.0));
        assertThat(schedule(r)).isEqualTo(String.join("\n", "J1·1 Q1 @1", "J2·1 Q1 @2", "J3·1 Q1 @3",
                "J4·1 Q1 @4", "J5·1 Q1 @5", "J1·2 Q1 @6", "J6·1 Q1 @7", "J1·3 Q2 @8"));

        Result later = ExactReferenceSimulator.simulate(w, new Settings("mlfq", 2, 1.0, 2, "time", 3.01));
        assertThat(order(later)).isEqualTo("J1·1 J2·1 J3·1 J4·1 J5·1 J6·1 J1·2 J1·3");
        assertThat(later.tokens().get(6).level()).isZero();
    }

    // -------------------------------------------------------------------------------------------------
    // Agreement with the engine

    @Property(tries = 3000)
    @StatisticsReport(onFailureOnly = true)
    void engineAgreesWithTheReference(@ForAll("scenarios") Scenario scenario) {
        assertAgreement(scenario);
    }

    /** The MLFQ family with short starvation limits, so that promotions happen in most runs. */
    @Property(tries = 1500)
    @StatisticsReport(onFailureOnly = true)
    void engineAgreesWithTheReferenceUnderStarvationPromotion(@ForAll("starvingScenarios") Scenario scenario) {
        int promotions = assertAgreement(scenario);
        Statistics.label("promotions").collect(promotions > 0)
                .coverage(c -> c.check(true).percentage(p -> p >= 40));
    }

    /** Asserts that both schedules agree and returns how many promotions the engine made. */
    private static int assertAgreement(Scenario scenario) {
        Result expected = ExactReferenceSimulator.simulate(scenario.workload(), scenario.settings());
        Engine actual = runEngine(scenario);

        assertThat(schedule(actual.result()))
                .as("engine schedule (actual) against the reference (expected) for %s", scenario)
                .isEqualTo(schedule(expected));
        assertThat(actual.result().finish())
                .as("engine finish times (actual) against the reference (expected) for %s", scenario)
                .usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(expected.finish());

        Statistics.label("an arrival on another job's boundary").collect(arrivalOnABoundary(scenario, expected))
                .coverage(c -> c.check(true).percentage(p -> p >= 15));
        return actual.promotions();
    }

    private static boolean arrivalOnABoundary(Scenario scenario, Result r) {
        double[] arrival = scenario.workload().arrival();
        return r.tokens().stream().anyMatch(t -> IntStream.range(0, arrival.length)
                .anyMatch(j -> j != t.job() && BigDecimal.valueOf(arrival[j]).compareTo(t.end()) == 0));
    }

    /** The engine's schedule, in the reference's terms. */
    record Engine(Result result, int promotions) {
    }

    static Engine runEngine(Scenario scenario) {
        Workload w = scenario.workload();
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            jobs.add(new Job("J" + (i + 1), w.arrival()[i], 0, w.tokens()[i], w.prefill()[i], w.decode()[i]));
        }
        TimedTrace trace = TimedTrace.explicit(new Trace("random", TimeUnit.MS, jobs));
        Settings s = scenario.settings();
        MlfqParameters parameters = new MlfqParameters(s.queues(), s.quantum() == null ? Double.NaN : s.quantum(),
                s.quantumRate(), s.accounting().equals("tokens") ? Accounting.TOKENS : Accounting.TIME,
                s.starveLimit() == null ? Double.POSITIVE_INFINITY : s.starveLimit());
        EventLog log = new EventLog();
        RunResult run = new DiscreteEventEngine().run(trace, Policies.create(s.policy(), parameters), log);

        List<Token> tokens = log.ofType(TokenGenerated.class).stream()
                .map(t -> new Token(t.job(), t.token(), t.level(), BigDecimal.valueOf(t.time())))
                .collect(Collectors.toList());
        List<BigDecimal> finish = run.jobs().stream().map(j -> BigDecimal.valueOf(j.finish()))
                .collect(Collectors.toList());
        return new Engine(new Result(tokens, finish), log.ofType(JobPromoted.class).size());
    }

    // -------------------------------------------------------------------------------------------------
    // Rendering

    /** "J2·1 J3·1 ...": jobs numbered from 1. */
    static String order(Result r) {
        return r.tokens().stream().map(t -> "J" + (t.job() + 1) + "·" + t.token()).collect(Collectors.joining(" "));
    }

    /** One line per token: job·token, queue (Q1 for level 0) and end time. */
    static String schedule(Result r) {
        return r.tokens().stream()
                .map(t -> "J" + (t.job() + 1) + "·" + t.token() + " Q" + (t.level() + 1) + " @" + plain(t.end()))
                .collect(Collectors.joining("\n"));
    }

    static String plain(BigDecimal t) {
        return t.stripTrailingZeros().toPlainString();
    }

    // -------------------------------------------------------------------------------------------------
    // Random scenarios

    /** A trace and the settings to run it with. */
    record Scenario(Workload workload, Settings settings) {

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(settings.policy()).append(" queues=").append(settings.queues())
                    .append(" quantum=").append(settings.quantum() == null ? "default" : settings.quantum())
                    .append(" rate=").append(settings.quantumRate())
                    .append(" accounting=").append(settings.accounting())
                    .append(" starveLimit=").append(settings.starveLimit() == null ? "off" : settings.starveLimit());
            for (int i = 0; i < workload.size(); i++) {
                sb.append("\n  J").append(i + 1).append(" arrival=").append(workload.arrival()[i])
                        .append(" prefill=").append(workload.prefill()[i])
                        .append(" decode=").append(workload.decode()[i])
                        .append(" tokens=").append(workload.tokens()[i]);
            }
            return sb.toString();
        }
    }

    /** How a job's arrival is drawn. */
    enum ArrivalKind {
        /** Anywhere in [0, 20]. */
        FREE,
        AT_ZERO,
        /** The previous job's arrival: a tie, broken by trace order. */
        SAME_AS_PREVIOUS,
        /** The end of one of the previous job's iterations, were it run alone from its arrival. */
        ON_A_BOUNDARY_OF_PREVIOUS,
        /** The instant the server finishes all earlier jobs of the trace (every policy is work-conserving). */
        WHEN_EARLIER_WORK_IS_DONE
    }

    /** One job as drawn, in steps of the trace's resolution (a tenth or a hundredth). */
    record JobDraw(ArrivalKind kind, int arrivalSteps, int prefillSteps, int decodeSteps, int tokens, int boundary) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Arbitraries.of(10, 100).flatMap(stepsPerUnit -> Combinators.combine(
                workloads(stepsPerUnit, 1), policies(), settings(stepsPerUnit, 0.5))
                .as((workload, policy, knobs) -> new Scenario(workload, knobs.apply(policy))));
    }

    @Provide
    Arbitrary<Scenario> starvingScenarios() {
        return Arbitraries.of(10, 100).flatMap(stepsPerUnit -> Combinators.combine(
                workloads(stepsPerUnit, 2), Arbitraries.of("mlfq", "skip-join-mlfq"), settings(stepsPerUnit, 0.0))
                .as((workload, policy, knobs) -> new Scenario(workload, knobs.apply(policy))));
    }

    private static Arbitrary<String> policies() {
        return Arbitraries.frequency(Tuple.of(1, "fcfs"), Tuple.of(1, "srpt"), Tuple.of(3, "mlfq"),
                Tuple.of(3, "skip-join-mlfq"));
    }

    /** The MLFQ knobs, waiting for a policy name. */
    interface Knobs {
        Settings apply(String policy);
    }

    /** MLFQ knobs; {@code noPromotion} is the probability of no starvation limit (else a short or long one). */
    private static Arbitrary<Knobs> settings(int stepsPerUnit, double noPromotion) {
        Arbitrary<Integer> queues = Arbitraries.integers().between(1, 6);
        Arbitrary<Double> quantum = Arbitraries.integers().between(1, 3 * stepsPerUnit)
                .map(steps -> decimal(steps, stepsPerUnit)).injectNull(0.4);
        Arbitrary<Tuple.Tuple2<Double, String>> rateAndAccounting = Arbitraries.of(1.0, 1.5, 2.0, 3.0, 4.0)
                .flatMap(rate -> rate == Math.rint(rate)
                        ? Arbitraries.of("time", "tokens").map(accounting -> Tuple.of(rate, accounting))
                        : Arbitraries.just(Tuple.of(rate, "time")));
        Arbitrary<Double> starveLimit = Arbitraries.integers().between(1, (noPromotion > 0 ? 15 : 3) * stepsPerUnit)
                .map(steps -> decimal(steps, stepsPerUnit)).injectNull(noPromotion);
        return Combinators.combine(queues, quantum, rateAndAccounting, starveLimit)
                .as((k, q, ra, s) -> policy -> new Settings(policy, k, q, ra.get1(), ra.get2(), s));
    }

    private static Arbitrary<Workload> workloads(int stepsPerUnit, int minJobs) {
        Arbitrary<ArrivalKind> kind = Arbitraries.frequency(Tuple.of(4, ArrivalKind.FREE),
                Tuple.of(1, ArrivalKind.AT_ZERO), Tuple.of(2, ArrivalKind.SAME_AS_PREVIOUS),
                Tuple.of(2, ArrivalKind.ON_A_BOUNDARY_OF_PREVIOUS), Tuple.of(1, ArrivalKind.WHEN_EARLIER_WORK_IS_DONE));
        Arbitrary<JobDraw> job = Combinators.combine(kind,
                Arbitraries.integers().between(0, 20 * stepsPerUnit),
                Arbitraries.integers().between(1, 4 * stepsPerUnit),
                Arbitraries.integers().between(1, 3 * stepsPerUnit / 2),
                Arbitraries.integers().between(1, 8),
                Arbitraries.integers().between(0, 7))
                .as(JobDraw::new);
        return job.list().ofMinSize(minJobs).ofMaxSize(20).map(draws -> workload(draws, stepsPerUnit));
    }

    /** Turns drawn jobs into a workload, computing the placed arrivals exactly. */
    static Workload workload(List<JobDraw> draws, int stepsPerUnit) {
        int n = draws.size();
        BigDecimal[] arrival = new BigDecimal[n];
        BigDecimal[] prefill = new BigDecimal[n];
        BigDecimal[] decode = new BigDecimal[n];
        int[] tokens = new int[n];
        for (int i = 0; i < n; i++) {
            JobDraw draw = draws.get(i);
            prefill[i] = exact(draw.prefillSteps(), stepsPerUnit);
            decode[i] = exact(draw.decodeSteps(), stepsPerUnit);
            tokens[i] = draw.tokens();
            arrival[i] = arrival(draw, i, arrival, prefill, decode, tokens, stepsPerUnit);
        }
        double[] a = new double[n];
        double[] p = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = Double.parseDouble(arrival[i].toPlainString());
            p[i] = Double.parseDouble(prefill[i].toPlainString());
            d[i] = Double.parseDouble(decode[i].toPlainString());
        }
        return new Workload(a, p, d, tokens);
    }

    private static BigDecimal arrival(JobDraw draw, int i, BigDecimal[] arrival, BigDecimal[] prefill,
                                      BigDecimal[] decode, int[] tokens, int stepsPerUnit) {
        if (i == 0 && draw.kind() != ArrivalKind.AT_ZERO) {
            return exact(draw.arrivalSteps(), stepsPerUnit);
        }
        switch (draw.kind()) {
            case AT_ZERO:
                return BigDecimal.ZERO;
            case SAME_AS_PREVIOUS:
                return arrival[i - 1];
            case ON_A_BOUNDARY_OF_PREVIOUS: {
                int iterations = 1 + draw.boundary() % tokens[i - 1];
                return arrival[i - 1].add(prefill[i - 1])
                        .add(decode[i - 1].multiply(BigDecimal.valueOf(iterations - 1L)));
            }
            case WHEN_EARLIER_WORK_IS_DONE: {
                List<Integer> earlier = new ArrayList<>(IntStream.range(0, i).boxed().collect(Collectors.toList()));
                earlier.sort((x, y) -> arrival[x].compareTo(arrival[y]));
                BigDecimal t = BigDecimal.ZERO;
                for (int j : earlier) {
                    t = t.max(arrival[j]).add(prefill[j]).add(decode[j].multiply(BigDecimal.valueOf(tokens[j] - 1L)));
                }
                return t;
            }
            default:
                return exact(draw.arrivalSteps(), stepsPerUnit);
        }
    }

    private static BigDecimal exact(int steps, int stepsPerUnit) {
        return BigDecimal.valueOf(steps).divide(BigDecimal.valueOf(stepsPerUnit));
    }

    private static double decimal(int steps, int stepsPerUnit) {
        return Double.parseDouble(exact(steps, stepsPerUnit).toPlainString());
    }
}
