package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.workload.io.AtomicFiles;
import org.servelab.workload.io.SpecialFiles;

/**
 * Outputs into the machine's own devices. Each test first checks that the device would be written into,
 * not replaced, so that a regression fails here instead of replacing /dev/null on a machine run as root.
 */
class DeviceOutputTest {

    static void assumeWrittenInto(Path device) throws Exception {
        Assumptions.assumeTrue(Files.exists(device), device + " is not here");
        assertThat(AtomicFiles.plan(device).writesThrough()).as("%s is written into, never replaced", device).isTrue();
    }

    @Test
    void everyOutputCanBeDevNull() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeWrittenInto(devNull);
        Cli cli = Cli.run("run", "--trace", "sample-traces/figure-6c.json", "--results", "/dev/null", "--results-csv",
                "/dev/null", "--token-log", "/dev/null", "--events", "/dev/null");
        assertThat(cli.exitCode).as(cli.err).isZero();
        Cli gen = Cli.run("gen", "--jobs", "10", "--rate", "1", "--out", "/dev/null");
        assertThat(gen.exitCode).as(gen.err).isZero();
        assertThat(SpecialFiles.type(devNull)).isEqualTo("char");
    }

    @Test
    void aFullDiskNamesTheFile() throws Exception {
        Path full = Path.of("/dev/full");
        assumeWrittenInto(full);
        Cli cli = Cli.run("run", "--trace", "sample-traces/orca-appendix-b.csv", "--token-log", "/dev/full");
        assertThat(cli.exitCode).isEqualTo(1);
        assertThat(cli.err.strip()).doesNotContain("\n").isEqualTo("servelab: /dev/full: No space left on device");
        assertThat(SpecialFiles.type(full)).isEqualTo("char");
    }

    /** The two results files are written on two threads: a failure of either leaves the other target as it was. */
    @Test
    void aFullDiskForOneResultsFileLeavesTheOtherAsItWas(@TempDir Path dir) throws Exception {
        Path full = Path.of("/dev/full");
        assumeWrittenInto(full);
        Path json = dir.resolve("r.json");
        Path csv = dir.resolve("r.csv");
        Files.writeString(json, "old json");
        Files.writeString(csv, "old csv");
        Cli a = Cli.run("run", "--trace", "sample-traces/orca-appendix-b.csv", "--policy", "fcfs,skip-join-mlfq",
                "--results", json.toString(), "--results-csv", "/dev/full");
        assertThat(a.exitCode).isEqualTo(1);
        assertThat(a.err.strip()).isEqualTo("servelab: /dev/full: No space left on device");
        Cli b = Cli.run("run", "--trace", "sample-traces/orca-appendix-b.csv", "--policy", "fcfs,skip-join-mlfq",
                "--results", "/dev/full", "--results-csv", csv.toString());
        assertThat(b.exitCode).isEqualTo(1);
        assertThat(b.err.strip()).isEqualTo("servelab: /dev/full: No space left on device");
        assertThat(Files.readString(json)).isEqualTo("old json");
        assertThat(Files.readString(csv)).isEqualTo("old csv");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("r.csv", "r.json");
        }
        assertThat(SpecialFiles.type(full)).isEqualTo("char");
    }

    @Test
    void devStdoutRedirectedToAFileGetsTheResultsAndTheReportGoesToStandardError(@TempDir Path dir) throws Exception {
        assumeWrittenInto(Path.of("/dev/stdout"));
        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.servelab.Launcher", "run", "--trace",
                "sample-traces/figure-6c.json", "--policy", "fcfs", "--results", "/dev/stdout")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        assertThat(new ObjectMapper().readTree(out.toFile()).get("runs").get(0).get("policy").asText()).isEqualTo("fcfs");
        assertThat(Files.readString(err)).contains("average JCT");
        assertThat(SpecialFiles.type(Path.of("/dev/null"))).isEqualTo("char");
    }
}
