package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.Trace;

/** Writing a trace and reading it back gives the same trace, in both formats. */
class TraceRoundTripPropertiesTest {

    @Property(tries = 300)
    void jsonRoundTrip(@ForAll("traces") Trace trace) {
        assertThat(TraceReader.readJson("any.json", TraceWriter.toJson(trace))).isEqualTo(trace);
    }

    @Property(tries = 300)
    void csvRoundTrip(@ForAll("millisecondTraces") Trace trace) {
        Trace back = TraceReader.readCsv("any.csv", TraceWriter.toCsv(trace));
        assertThat(back.jobs()).isEqualTo(trace.jobs());
        assertThat(back.hasArrivals()).isEqualTo(trace.hasArrivals());
        assertThat(back.timeUnit()).isEqualTo(TimeUnit.MS);
    }

    @Provide
    Arbitrary<Trace> traces() {
        return traces(Arbitraries.of(TimeUnit.values()));
    }

    @Provide
    Arbitrary<Trace> millisecondTraces() {
        return traces(Arbitraries.just(TimeUnit.MS));
    }

    private static Arbitrary<Trace> traces(Arbitrary<TimeUnit> units) {
        Arbitrary<String> names = Arbitraries.strings().withChars("ab \"\\,é#-").ofMinLength(1).ofMaxLength(8)
                .filter(s -> !s.isBlank());
        return Combinators.combine(names, units, jobs().list().ofMinSize(1).ofMaxSize(30),
                        Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(TraceRoundTripPropertiesTest::trace);
    }

    private static Trace trace(String name, TimeUnit unit, List<Job> raw, boolean arrivals, boolean ownIds) {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Job j = raw.get(i);
            String id = ownIds ? j.id() + "#" + i : "J" + (i + 1);
            jobs.add(new Job(id, arrivals ? j.arrival() : 0, j.promptTokens(), j.outputTokens(), j.prefillTime(),
                    j.decodeTime()));
        }
        return new Trace(name, unit, jobs, arrivals);
    }

    private static Arbitrary<Job> jobs() {
        Arbitrary<String> ids = Arbitraries.strings().withChars("xyz ,\"#é").ofMinLength(1).ofMaxLength(6)
                .filter(s -> !s.isBlank());
        Arbitrary<Double> arrival = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 100_000).map(Integer::doubleValue),
                Arbitraries.doubles().between(0, 1e7).ofScale(12));
        // times the reader accepts: from the time grid's resolution up to where 100,000 tokens stay within 2^31
        Arbitrary<Double> time = Arbitraries.oneOf(
                Arbitraries.doubles().between(1e-6, 2e4).ofScale(12).filter(d -> d > 0),
                Arbitraries.integers().between(1, 1000).map(Integer::doubleValue)).injectNull(0.3);
        return Combinators.combine(ids, arrival, Arbitraries.integers().between(0, 100_000),
                        Arbitraries.integers().between(1, 100_000), time, time)
                .as(Job::new);
    }
}
