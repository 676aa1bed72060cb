package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

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
}
