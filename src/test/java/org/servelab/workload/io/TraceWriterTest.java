package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.Trace;

class TraceWriterTest {

    private static final Trace FIGURE_6C = new Trace("figure-6c", TimeUnit.MS, List.of(
            new Job("J1", 0, 0, 2, 5.0, 1.0),
            new Job("J2", 0, 0, 2, 1.0, 1.0),
            new Job("J3", 0, 0, 2, 2.0, 1.0)));

    @TempDir
    Path dir;

    @Test
    void jsonIsOneJobALineWithWholeNumbersAsIntegers() {
        assertThat(TraceWriter.toJson(FIGURE_6C)).isEqualTo("""
                {
                  "name": "figure-6c",
                  "timeUnit": "ms",
                  "jobs": [
                    { "id": "J1", "arrival": 0, "promptTokens": 0, "outputTokens": 2, "prefillTime": 5, "decodeTime": 1 },
                    { "id": "J2", "arrival": 0, "promptTokens": 0, "outputTokens": 2, "prefillTime": 1, "decodeTime": 1 },
                    { "id": "J3", "arrival": 0, "promptTokens": 0, "outputTokens": 2, "prefillTime": 2, "decodeTime": 1 }
                  ]
                }
                """);
    }

    @Test
    void jsonRoundTrip() {
        assertThat(TraceReader.readJson("x.json", TraceWriter.toJson(FIGURE_6C))).isEqualTo(FIGURE_6C);
    }

    @Test
    void jsonRoundTripOfATraceWithoutArrivalsAndWithAwkwardText() {
        Trace t = new Trace("quotes \" and \\ and é\t", TimeUnit.US,
                List.of(Job.of("a\"b", 0, 3, 1), new Job("line\nbreak", 0, 4, 7, 0.125, null)), false);
        String json = TraceWriter.toJson(t);
        assertThat(json).doesNotContain("arrival");
        assertThat(TraceReader.readJson("x.json", json)).isEqualTo(t);
    }

    @Test
    void csvOfAnOrcaTraceIsTheOrcaFormat() {
        Trace t = TraceReader.readCsv("orca.csv", "input_length,output_length\n157 ,48\n78 ,24 \n");
        assertThat(TraceWriter.toCsv(t)).isEqualTo("input_length,output_length\n157,48\n78,24\n");
    }

    @Test
    void csvRoundTripWithEveryColumn() {
        Trace t = new Trace("t", TimeUnit.MS, List.of(
                new Job("a, b", 1.5, 3, 1, 2.25, 0.5),
                new Job("#c", 0.1, 4, 2, null, null),
                new Job(" d", 7, 0, 9, null, 3.0)));
        String csv = TraceWriter.toCsv(t);
        assertThat(csv).startsWith("input_length,output_length,arrival,id,prefill_time,decode_time\n");
        assertThat(TraceReader.readCsv("t.csv", csv)).isEqualTo(t);
    }

    @Test
    void csvConvertsTimesToMilliseconds() {
        Trace seconds = new Trace("s", TimeUnit.S, List.of(new Job("J1", 2, 1, 3, 0.5, 0.25)));
        Trace back = TraceReader.readCsv("s.csv", TraceWriter.toCsv(seconds));
        assertThat(back.timeUnit()).isEqualTo(TimeUnit.MS);
        assertThat(back.job(0)).isEqualTo(new Job("J1", 2000, 1, 3, 500.0, 250.0));
    }

    @Test
    void csvRejectsIdsWithLineBreaks() {
        Trace t = new Trace("t", TimeUnit.MS, List.of(Job.of("a\nb", 0, 1, 1)));
        assertThatThrownBy(() -> TraceWriter.toCsv(t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line break");
    }

    @Test
    void filesRoundTripAndLeaveNoTemporaryFiles() throws IOException {
        Path json = dir.resolve("fig.json");
        Path csv = dir.resolve("fig.csv");
        Files.writeString(json, "old content");
        TraceWriter.writeJson(FIGURE_6C, json);
        TraceWriter.writeCsv(FIGURE_6C, csv);
        assertThat(TraceReader.read(json)).isEqualTo(FIGURE_6C.withName("figure-6c"));
        assertThat(TraceReader.read(csv).jobs()).isEqualTo(FIGURE_6C.jobs());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("fig.json", "fig.csv");
        }
    }
}
