package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void csvAndReplay() {
        Path csv = dir.resolve("t.csv");
        assertThat(Cli.run("gen", "--jobs", "50", "--lengths", "alpaca-like", "--rate", "4", "--out", csv.toString()).exitCode).isZero();
        Cli r = Cli.run("gen", "--jobs", "100", "--lengths", "trace:" + csv, "--arrivals", "replay", "--time-scale", "0.5",
                "--out", "-");
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.out).startsWith("{");
        assertThat(r.err).contains("replay of");
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
