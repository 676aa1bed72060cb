package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.workload.InputException;
import org.servelab.workload.Trace;

/**
 * A large trace file is read on two threads ({@link SplitJsonRead}); it must give the trace, or the error
 * (file, line, field), that reading the same text on one thread gives.
 */
class SplitJsonReadTest {

    /** Enough jobs for a file past {@link SplitJsonRead#MIN_BYTES}, so that {@link TraceReader#read} splits it. */
    private static final int JOBS = 80_000;

    @TempDir
    Path dir;

    /** The trace text as `gen` lays it out, one job a line from line 5; {@code line} may replace a job's line. */
    private static String trace(int jobs, IntFunction<String> line) {
        StringBuilder b = new StringBuilder("{\n  \"name\": \"t\",\n  \"timeUnit\": \"ms\",\n  \"jobs\": [\n");
        for (int j = 0; j < jobs; j++) {
            String text = line.apply(j);
            if (text == null) {
                text = String.format(Locale.ROOT, "    { \"id\": \"J%d\", \"arrival\": %s, \"promptTokens\": %d, "
                        + "\"outputTokens\": %d }", j + 1, j == 0 ? "0" : (j * 13.25 + 0.000001) + "", 10 + j % 97, 1 + j % 301);
            }
            b.append(text).append(j + 1 < jobs ? ",\n" : "\n");
        }
        return b.append("  ]\n}\n").toString();
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("big.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThan(SplitJsonRead.MIN_BYTES);
        return file;
    }

    /** The line (from 1) of job {@code j} in {@link #trace}. */
    private static int lineOf(int j) {
        return j + 5;
    }

    @Test
    void aValidFileIsReadOnTwoThreadsIntoTheSameTrace() throws IOException {
        String text = trace(JOBS, j -> null);
        Path file = write(text);
        Trace expected = TraceReader.readJson(file.toString(), text);
        Trace split = SplitJsonRead.read(file.toString(), file);
        assertThat(split).isNotNull();
        assertThat(split).isEqualTo(expected);
        assertThat(split.size()).isEqualTo(JOBS);
        assertThat(TraceReader.read(file)).isEqualTo(expected);
    }

    @Test
    void everyCutBetweenTwoJobsGivesTheSameTrace() throws IOException {
        String text = trace(200, j -> null);
        Path file = dir.resolve("small.json");
        Files.writeString(file, text);
        Trace expected = TraceReader.readJson(file.toString(), text);
        int taken = 0;
        for (long near = 0; near < text.length(); near += 97) {
            Trace split = SplitJsonRead.read(file.toString(), file, near);
            if (split != null) {
                taken++;
                assertThat(split).as("cut near %d", near).isEqualTo(expected);
            }
        }
        assertThat(taken).isGreaterThan(50);
    }

    @Test
    void aBadJobInTheSecondHalfIsReportedOnItsLine() throws IOException {
        int bad = JOBS * 3 / 4;
        Path file = write(trace(JOBS, j -> j == bad
                ? "    { \"id\": \"X\", \"arrival\": 5, \"promptTokens\": 3, \"outputTokens\": 0 }" : null));
        assertThat(SplitJsonRead.read(file.toString(), file)).isNull();
        assertThatThrownBy(() -> TraceReader.read(file))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.source()).isEqualTo(file.toString());
                    assertThat(e.line()).isEqualTo(lineOf(bad));
                    assertThat(e.field()).isEqualTo("jobs[" + bad + "].outputTokens");
                });
    }

    @Test
    void aBadJobInTheFirstHalfIsReportedBeforeOneInTheSecond() throws IOException {
        int first = JOBS / 4;
        Path file = write(trace(JOBS, j -> j == first
                ? "    { \"id\": \"X\", \"arrival\": 5, \"promptTokens\": -1, \"outputTokens\": 2 }"
                : j == JOBS - 2 ? "    { \"id\": \"Y\", \"arrival\": 5, \"outputTokens\": 2 }" : null));
        assertThatThrownBy(() -> TraceReader.read(file))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(lineOf(first));
                    assertThat(e.field()).isEqualTo("jobs[" + first + "].promptTokens");
                });
    }

    @Test
    void anIdRepeatedAcrossTheCutNamesBothLines() throws IOException {
        int early = 10;
        int late = JOBS - 10;
        String text = trace(JOBS, j -> j == late
                ? "    { \"id\": \"J" + (early + 1) + "\", \"arrival\": 1e9, \"promptTokens\": 3, \"outputTokens\": 2 }" : null);
        Path file = write(text);
        assertThatThrownBy(() -> TraceReader.read(file))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(lineOf(late));
                    assertThat(e.getMessage()).contains("on line " + lineOf(early) + " and on line " + lineOf(late));
                });
    }

    @Test
    void malformedJsonInTheSecondHalfIsReportedOnItsLine() throws IOException {
        int bad = JOBS - 100;
        String text = trace(JOBS, j -> j == bad
                ? "    { \"id\": \"X\" \"arrival\": 5, \"promptTokens\": 3, \"outputTokens\": 2 }" : null);
        Path file = write(text);
        InputException expected = catchInput(() -> TraceReader.readJson(file.toString(), text));
        assertThat(expected.line()).isEqualTo(lineOf(bad));
        InputException actual = catchInput(() -> TraceReader.read(file));
        assertThat(actual.getMessage()).isEqualTo(expected.getMessage());
    }

    @Test
    void jobsWithoutIdsOrArrivalsInTheSecondHalfAreReadAsOnOneThread() throws IOException {
        int noId = JOBS - 5;
        String text = trace(JOBS, j -> j == noId ? "    { \"arrival\": 1e9, \"promptTokens\": 3, \"outputTokens\": 2 }" : null);
        Path file = write(text);
        assertThat(SplitJsonRead.read(file.toString(), file)).as("read on two threads, the id from its index")
                .isEqualTo(TraceReader.readJson(file.toString(), text));
        Trace t = TraceReader.read(file);
        assertThat(t).isEqualTo(TraceReader.readJson(file.toString(), text));
        assertThat(t.job(noId).id()).isEqualTo("J" + (noId + 1));

        int noArrival = JOBS - 7;
        String mixed = trace(JOBS, j -> j == noArrival ? "    { \"id\": \"Z\", \"promptTokens\": 3, \"outputTokens\": 2 }" : null);
        Path other = write(mixed);
        InputException e = catchInput(() -> TraceReader.read(other));
        assertThat(e.line()).isEqualTo(lineOf(noArrival));
        assertThat(e.field()).isEqualTo("jobs[" + noArrival + "].arrival");
    }

    @Test
    void contentAfterTheJobsIsStillRead() throws IOException {
        String text = trace(JOBS, j -> null).replace("  ]\n}\n", "  ],\n  \"name\": \"later\"\n}\n")
                .replace("  \"name\": \"t\",\n", "");
        Path file = write(text);
        assertThat(SplitJsonRead.read(file.toString(), file)).as("read on two threads")
                .isEqualTo(TraceReader.readJson(file.toString(), text));
        Trace t = TraceReader.read(file);
        assertThat(t.name()).isEqualTo("later");
        assertThat(t).isEqualTo(TraceReader.readJson(file.toString(), text));

        String trailing = trace(JOBS, j -> null) + "x";
        Path bad = write(trailing);
        InputException e = catchInput(() -> TraceReader.read(bad));
        assertThat(e.getMessage()).isEqualTo(catchInput(() -> TraceReader.readJson(bad.toString(), trailing)).getMessage());
    }

    @Test
    void bytesThatAreNotUtf8InTheSecondHalfAreRefused() throws IOException {
        Path file = write(trace(JOBS, j -> null));
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\"J" + (JOBS - 3) + "\"") + 1;
        bytes[at] = (byte) 0xC3; // a lead byte followed by a quote
        Files.write(file, bytes);
        InputException e = catchInput(() -> TraceReader.read(file));
        assertThat(e.getMessage()).contains("not UTF-8 text");
    }

    private static InputException catchInput(Runnable r) {
        try {
            r.run();
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("no InputException");
    }
}
