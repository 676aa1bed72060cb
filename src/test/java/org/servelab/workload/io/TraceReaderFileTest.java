package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.servelab.workload.io.InputErrors.expect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.cost.ProfileCostModel;
import org.servelab.workload.Job;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

class TraceReaderFileTest {

    private static final Path APPENDIX_B = Path.of("sample-traces", "orca-appendix-b.csv");
    private static final Path FIGURE_6C = Path.of("sample-traces", "figure-6c.json");
    /** Sum of the 99 jobs' service times under the exercise's OPT-1.3B straight-line fits, in ms. */
    private static final double APPENDIX_B_TOTAL_SERVICE_MS = 92155.1;

    @TempDir
    Path dir;

    @Test
    void readsTheExerciseDataset() {
        Trace t = TraceReader.read(APPENDIX_B);
        assertThat(t.size()).isEqualTo(99);
        assertThat(t.name()).isEqualTo("orca-appendix-b");
        assertThat(t.hasArrivals()).isFalse();
        assertThat(t.job(0)).isEqualTo(Job.of("J1", 0, 157, 48));
        assertThat(t.job(98).id()).isEqualTo("J99");
    }

    @Test
    void exerciseDatasetTotalServiceTimeUnderOpt13b() {
        TimedTrace timed = TimedTrace.resolve(TraceReader.read(APPENDIX_B), ProfileCostModel.opt13b(), null);
        assertThat(timed.totalServiceTime()).isCloseTo(APPENDIX_B_TOTAL_SERVICE_MS, within(0.1));
    }

    @Test
    void readsTheFigure6Trace() {
        Trace t = TraceReader.read(FIGURE_6C);
        assertThat(t.name()).isEqualTo("figure-6c");
        assertThat(t.jobs()).extracting(Job::prefillTime).containsExactly(5.0, 1.0, 2.0);
        assertThat(t.allExplicitTimes()).isTrue();
    }

    @Test
    void extensionIsCaseInsensitive() throws IOException {
        Path f = dir.resolve("Upper.CSV");
        Files.writeString(f, "input_length,output_length\n1,2\n");
        assertThat(TraceReader.read(f).name()).isEqualTo("Upper");
    }

    @Test
    void errorsInsideAFileNameTheFile() throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "input_length,output_length\n1,2\n3,x\n");
        assertThat(expect(() -> TraceReader.read(f), f.toString(), 3, "output_length").getMessage())
                .contains("\"x\"");
    }

    @Test
    void missingFile() {
        Path f = dir.resolve("none.csv");
        assertThat(expect(() -> TraceReader.read(f), f.toString(), 0, null).getMessage())
                .isEqualTo(f + ": file not found");
    }

    @Test
    void directory() throws IOException {
        Path d = Files.createDirectory(dir.resolve("traces.json"));
        assertThat(expect(() -> TraceReader.read(d), d.toString(), 0, null).getMessage()).contains("directory");
    }

    @Test
    void unknownExtension() throws IOException {
        Path f = dir.resolve("trace.txt");
        Files.writeString(f, "input_length,output_length\n1,2\n");
        assertThat(expect(() -> TraceReader.read(f), f.toString(), 0, null).getMessage()).contains(".json", ".csv");
    }

    @Test
    void emptyFiles() throws IOException {
        Path csv = Files.writeString(dir.resolve("e.csv"), "");
        Path json = Files.writeString(dir.resolve("e.json"), "");
        assertThat(expect(() -> TraceReader.read(csv), csv.toString(), 0, null).getMessage()).contains("empty");
        assertThat(expect(() -> TraceReader.read(json), json.toString(), 0, null).getMessage()).contains("empty");
    }

    @Test
    void notUtf8() throws IOException {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, "input_length,output_length\n1,2 \u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(expect(() -> TraceReader.read(f), f.toString(), 0, null).getMessage()).contains("UTF-8");
    }
}
