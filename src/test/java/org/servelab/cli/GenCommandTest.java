package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.workload.Job;
import org.servelab.workload.Trace;
import org.servelab.workload.io.TraceReader;

class GenCommandTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedSameBytesOtherSeedOtherTrace() throws IOException {
        String[] base = {"gen", "--jobs", "300", "--lengths", "paper-zipf", "--arrivals", "gamma", "--cv", "2", "--load", "0.7"};
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Path c = dir.resolve("c.json");
        assertThat(Cli.run(concat(base, "--seed", "4", "--out", a.toString())).exitCode).isZero();
        assertThat(Cli.run(concat(base, "--seed", "4", "--out", b.toString())).exitCode).isZero();
        Cli r = Cli.run(concat(base, "--seed", "5", "--out", c.toString()));
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.out).contains("300 jobs").contains("load 0.700");
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).isNotEqualTo(Files.readAllBytes(c));
        Trace t = TraceReader.read(a);
        assertThat(t.size()).isEqualTo(300);
    }

    @Test
    void timeUnitSecondsWritesTheSameWorkloadInSeconds() throws IOException {
        String[] base = {"gen", "--jobs", "200", "--lengths", "trace:sample-traces/figure-6c.json", "--arrivals",
                "poisson", "--rate", "2", "--seed", "3"};
        Path ms = dir.resolve("ms.json");
        Path s = dir.resolve("s.json");
        assertThat(Cli.run(concat(base, "--out", ms.toString())).exitCode).isZero();
        Cli r = Cli.run(concat(base, "--time-unit", "s", "--out", s.toString()));
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.out).contains("mean service 0.00");
        Trace a = TraceReader.read(ms);
        Trace b = TraceReader.read(s);
        assertThat(a.timeUnit().symbol()).isEqualTo("ms");
        assertThat(b.timeUnit().symbol()).isEqualTo("s");
        assertThat(b.size()).isEqualTo(a.size());
        for (int i = 0; i < a.size(); i++) {
            Job x = a.jobs().get(i);
            Job y = b.jobs().get(i);
            assertThat(y.outputTokens()).isEqualTo(x.outputTokens());
            assertThat(y.arrival()).as("arrival of %s, to a microsecond", x.id()).isCloseTo(x.arrival() / 1000, within(1e-6));
            assertThat(y.prefillTime()).as("given prefill of %s", x.id()).isEqualTo(x.prefillTime() / 1000);
            assertThat(y.decodeTime()).isEqualTo(x.decodeTime() / 1000);
        }
        Cli bad = Cli.run(concat(base, "--time-unit", "h", "--out", dir.resolve("h.json").toString()));
        assertThat(bad.exitCode).isEqualTo(2);
        assertThat(bad.err).contains("--time-unit").contains("ms, s or us");
    }

    @Test
    void csvAndReplay() {
        Path csv = dir.resolve("t.csv");
        Cli gen = Cli.run("gen", "--jobs", "50", "--lengths", "alpaca-like", "--rate", "4", "--out", csv.toString());
        assertThat(gen.exitCode).as(gen.err).isZero();
        Trace source = TraceReader.read(csv);
        assertThat(source.size()).isEqualTo(50);
        assertThat(source.hasArrivals()).as("the CSV keeps the arrival column").isTrue();
        assertThat(source.job(49).arrival()).as("spread over time, not all at 0").isGreaterThan(source.job(0).arrival());

        Cli r = Cli.run("gen", "--jobs", "100", "--lengths", "trace:" + csv, "--arrivals", "replay", "--time-scale", "0.5",
                "--out", "-");
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.err).contains("replay of");
        Trace replay = TraceReader.readJson("replay", r.out);
        assertThat(replay.size()).isEqualTo(100);
        double first = source.job(0).arrival();
        double meanGap = (source.job(49).arrival() - first) / 49;
        for (int k = 0; k < 100; k++) {
            Job was = source.job(k % 50);
            Job now = replay.job(k);
            assertThat(now.promptTokens()).as("job %d: the trace's lengths in order, repeated", k).isEqualTo(was.promptTokens());
            assertThat(now.outputTokens()).as("job %d", k).isEqualTo(was.outputTokens());
            if (k < 50) {
                assertThat(now.arrival()).as("job %d: the trace's time from its first, halved", k)
                        .isCloseTo((was.arrival() - first) * 0.5, within(1e-6));
            } else {
                double expected = replay.job(49).arrival() + 0.5 * meanGap + (was.arrival() - first) * 0.5;
                assertThat(now.arrival()).as("job %d: the copy starts one mean gap after the last", k)
                        .isCloseTo(expected, within(1e-6));
            }
        }
    }

    @Test
    void badParametersNameTheirFlag() {
        Cli r = Cli.run("gen", "--lengths", "zipf:1.5", "--rate", "1", "--out", "-");
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err).contains("--lengths");
        Cli noRate = Cli.run("gen", "--out", "-");
        assertThat(noRate.exitCode).isEqualTo(2);
        assertThat(noRate.err).contains("--rate");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
