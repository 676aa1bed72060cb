package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.servelab.workload.io.InputErrors.expect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.workload.InputException;
import org.servelab.workload.Job;
import org.servelab.workload.Trace;

/**
 * The reader takes a trace as a stream, front to back, once: it never needs the whole text, so an error is
 * reported as soon as it is read (even in a stream that never ends), lines are counted across the whole
 * file, and a limit on the jobs stops reading at the first job past it.
 */
class TraceReaderStreamTest {

    @TempDir
    Path dir;

    /**
     * A stream of text made line by line on demand and never stored, that can be read only once; it ends
     * after {@code lines} lines (or never, with {@link Long#MAX_VALUE}). Counts the bytes handed out.
     */
    private static final class Lines extends InputStream {
        private final IntFunction<String> line;
        private final long lines;
        private long next;
        private byte[] current = new byte[0];
        private int at;
        long handedOut;

        Lines(IntFunction<String> line, long lines) {
            this.line = line;
            this.lines = lines;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at == current.length) {
                if (next >= lines) {
                    return -1;
                }
                current = (line.apply((int) next++) + "\n").getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            int n = Math.min(len, current.length - at);
            System.arraycopy(current, at, b, off, n);
            at += n;
            handedOut += n;
            return n;
        }
    }

    private static String jsonJob(int i) {
        return "{\"id\": \"J" + (i + 1) + "\", \"arrival\": " + i * 0.5 + ", \"promptTokens\": " + (i % 500)
                + ", \"outputTokens\": " + (1 + i % 300) + "},";
    }

    @Test
    void aBadJobInAStreamThatNeverEndsIsReportedAtItsLine() {
        int bad = 200_000;
        Lines endless = new Lines(i -> i == 0 ? "{\"jobs\": ["
                : i == bad + 1 ? "{\"id\": \"X\", \"arrival\": 1, \"promptTokens\": 1, \"outputTokens\": -4},"
                : jsonJob(i - 1), Long.MAX_VALUE);
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> expect(() -> TraceReader.read("endless.json", endless), "endless.json", bad + 2,
                        "jobs[" + bad + "].outputTokens"));
        assertThat(e.getMessage()).contains("must be >= 1, got -4", "(job X)");
        assertThat(endless.handedOut).as("read up to the bad job and a buffer more, no further")
                .isLessThan(bad * 100L + (1 << 20));
    }

    @Test
    void aBadRowInAnEndlessCsvIsReportedAtItsLine() {
        int bad = 300_000;
        Lines endless = new Lines(i -> i == 0 ? "input_length,output_length,arrival"
                : i == bad + 1 ? "5,x,1" : (i % 700) + "," + (1 + i % 90) + "," + i, Long.MAX_VALUE);
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> expect(() -> TraceReader.read("endless.csv", endless), "endless.csv", bad + 2, "output_length"));
        assertThat(e.getMessage()).contains("\"x\"", "(job J" + (bad + 1) + ")");
        assertThat(endless.handedOut).isLessThan(bad * 20L + (1 << 20));
    }

    @Test
    void aFifoIsReadAsItIsWrittenAndAnErrorEndsTheReading() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("live.json"));
        int bad = 50_000;
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write("{\"jobs\": [\n".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; ; i++) {
                    String job = i == bad ? "{\"promptTokens\": 1, \"outputTokens\": 2, \"arrival\": -1}," : jsonJob(i);
                    out.write((job + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the reader closed its end: the trace was refused
            }
        }, "fifo-writer");
        writer.setDaemon(true);
        writer.start();
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> expect(() -> TraceReader.read(fifo), fifo.toString(), bad + 2, "jobs[" + bad + "].arrival"));
        assertThat(e.getMessage()).contains("must be a number >= 0, got -1");
        writer.join(10_000);
        assertThat(writer.isAlive()).as("the writer saw the reader go").isFalse();
    }

    @Test
    void aLongStreamIsReadWhole() {
        int jobs = 300_000;
        Lines stream = new Lines(i -> i == 0 ? "{\"name\": \"long\", \"jobs\": ["
                : i <= jobs ? jsonJob(i - 1).substring(0, jsonJob(i - 1).length() - (i == jobs ? 1 : 0)) : "]}",
                jobs + 2L);
        Trace t = TraceReader.read("long.json", stream);
        assertThat(t.size()).isEqualTo(jobs);
        assertThat(t.job(jobs - 1)).isEqualTo(Job.of("J" + jobs, (jobs - 1) * 0.5, (jobs - 1) % 500, 1 + (jobs - 1) % 300));
        assertThat(stream.handedOut).isGreaterThan(jobs * 60L);
    }

    /** A pretty-printed JSON trace of {@code jobs} jobs, five lines each, whose last job is {@code last}. */
    private Path bigJson(String name, int jobs, String last) throws IOException {
        StringBuilder sb = new StringBuilder("{\n  \"name\": \"big\",\n  \"jobs\": [\n");
        for (int i = 0; i < jobs - 1; i++) {
            sb.append("    {\n      \"id\": \"J").append(i + 1).append("\",\n      \"promptTokens\": ").append(i % 97)
                    .append(",\n      \"outputTokens\": ").append(1 + i % 13).append("\n    },\n");
        }
        sb.append(last).append("\n  ]\n}\n");
        return Files.writeString(dir.resolve(name), sb);
    }

    @Test
    void errorsNearTheEndOfABigMultiLineFileNameTheirLine() throws IOException {
        int jobs = 100_000;
        // the last job starts on line 4 + 5 x (jobs - 1)
        int lastLine = 4 + 5 * (jobs - 1);
        Path badValue = bigJson("value.json", jobs,
                "    {\n      \"id\": \"last\",\n      \"promptTokens\": 1,\n      \"outputTokens\": 2.5\n    }");
        assertThat(expect(() -> TraceReader.read(badValue), badValue.toString(), lastLine + 3,
                "jobs[" + (jobs - 1) + "].outputTokens").getMessage()).contains("whole number", "(job last)");

        Path missing = bigJson("missing.json", jobs, "    {\n      \"id\": \"last\",\n      \"promptTokens\": 1\n    }");
        expect(() -> TraceReader.read(missing), missing.toString(), lastLine, "jobs[" + (jobs - 1) + "].outputTokens");

        Path duplicate = bigJson("duplicate.json", jobs,
                "    {\n      \"id\": \"J7\",\n      \"promptTokens\": 1,\n      \"outputTokens\": 1\n    }");
        assertThat(expect(() -> TraceReader.read(duplicate), duplicate.toString(), lastLine + 1,
                "jobs[" + (jobs - 1) + "].id").getMessage()).contains("on line 35 and on line " + (lastLine + 1));

        Path malformed = bigJson("malformed.json", jobs,
                "    {\n      \"id\": \"last\",\n      \"promptTokens\": 1,\n      \"outputTokens\": 1,\n    }");
        assertThat(expect(() -> TraceReader.read(malformed), malformed.toString(), lastLine + 4,
                "jobs[" + (jobs - 1) + "].outputTokens").getMessage()).contains("malformed JSON");
    }

    @Test
    void byteOrderMarksAreDroppedFromStreamedJsonAndCsv() throws IOException {
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path json = dir.resolve("bom.json");
        Files.write(json, concat(mark, "{\"jobs\": [\n{\"promptTokens\": 1, \"outputTokens\": 2},\n"
                + "{\"promptTokens\": 3, \"outputTokens\": -1}]}"));
        expect(() -> TraceReader.read(json), json.toString(), 3, "jobs[1].outputTokens");
        Files.write(json, concat(mark, "{\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": 2}]}"));
        assertThat(TraceReader.read(json).jobs()).containsExactly(Job.of("J1", 0, 1, 2));

        Path csv = dir.resolve("bom.csv");
        Files.write(csv, concat(mark, "input_length,output_length\r\n1,2\r\n3,4\r\n"));
        assertThat(TraceReader.read(csv).jobs()).containsExactly(Job.of("J1", 0, 1, 2), Job.of("J2", 0, 3, 4));
        Files.write(csv, concat(mark, "input_length,output_length\n1,2\n3,\n"));
        expect(() -> TraceReader.read(csv), csv.toString(), 3, "output_length");
    }

    @Test
    void aMarkAnywhereButTheStartIsNotDropped() throws IOException {
        Path csv = dir.resolve("mark.csv");
        Files.write(csv, concat("input_length,output_length\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "1,2\n".getBytes(StandardCharsets.UTF_8)));
        expect(() -> TraceReader.read(csv), csv.toString(), 2, "input_length");
    }

    @Test
    void bytesThatAreNotUtf8DeepInAJsonFileAreRefused() throws IOException {
        Path f = dir.resolve("latin1.json");
        StringBuilder sb = new StringBuilder("{\"jobs\": [\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append(jsonJob(i)).append('\n');
        }
        sb.append("{\"id\": \"caf\u00e9\", \"promptTokens\": 1, \"outputTokens\": 1}]}\n");
        Files.write(f, sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        assertThat(expect(() -> TraceReader.read(f), f.toString(), 0, null).getMessage()).endsWith("not UTF-8 text");
    }

    @Test
    void aLimitStopsReadingAtTheFirstJobPastIt() throws IOException {
        Path f = bigJson("limit.json", 50_000, "    {\"promptTokens\": 1, \"outputTokens\": 1}");
        TraceReader.TooManyJobs e = catchThrowableOfType(TraceReader.TooManyJobs.class, () -> TraceReader.read(f, 1_000));
        assertThat(e).isNotNull();
        assertThat(e.maxJobs()).isEqualTo(1_000);
        assertThat(e.line()).as("the line the 1,001st job starts on").isEqualTo(4 + 5 * 1_000);
        assertThat(e.getMessage()).isEqualTo(f + ", line 5004: more than 1000 jobs");
        assertThat(e.offset()).as("where the 1,001st job's { is")
                .isEqualTo(Files.readString(f).indexOf("{\n      \"id\": \"J1001\""));
        assertThat(TraceReader.read(f, 50_000).size()).isEqualTo(50_000);

        Path csv = Files.writeString(dir.resolve("limit.csv"), "input_length,output_length\n1,1\n2,2\n3,3\n");
        assertThat(TraceReader.read(csv, 3).size()).isEqualTo(3);
        TraceReader.TooManyJobs c = catchThrowableOfType(TraceReader.TooManyJobs.class, () -> TraceReader.read(csv, 2));
        assertThat(c.line()).isEqualTo(4);
        assertThat(c.offset()).isEqualTo("input_length,output_length\n1,1\n2,2\n".length());
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static byte[] concat(byte[] mark, String text) {
        return concat(mark, text.getBytes(StandardCharsets.UTF_8));
    }
}
