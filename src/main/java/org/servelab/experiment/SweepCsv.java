package org.servelab.experiment;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.servelab.metrics.Summary;
import org.servelab.workload.InputException;
import org.servelab.workload.generate.Target;
import org.servelab.workload.io.AtomicFiles;
import org.servelab.workload.io.Csv;

/**
 * The tidy CSV of a sweep: a header, then one row per run sorted by grid index. Numbers are written by
 * {@link NumberText}, so the file is the same byte for byte whatever the thread count or sharding.
 */
public final class SweepCsv {

    /** The columns, in order; {@code docs/experiments.md} defines each. */
    public static final List<String> COLUMNS = List.of("index", "policy", "queues", "quantumRate", "quantum",
            "quantumUsed", "accounting", "lengths", "arrivals", "cv", "target", "load", "rate", "seed", "jobs",
            "overloaded", "timeUnit", "averageJct", "p50Jct", "p90Jct", "p99Jct", "maxJct", "averageTtft",
            "p99Ttft", "averageSlowdown", "makespan", "throughput", "tokenThroughput", "decisions",
            "costModel", "order", "maxBatch", "maxBatchTokens", "batching", "preemption", "kvBlocks", "blockSize",
            "maxOutput", "maxWaiting", "timeout", "draftLength", "acceptance", "draftCost",
            "totalTime", "lost", "truncated", "averageItl", "p99Itl", "averageTpot", "p99Tpot",
            "averageQueueingDelay", "preemptions", "meanBatchSize", "kvPeakUse", "kvCapacity");

    public static final String HEADER = String.join(",", COLUMNS);

    /** The columns of a sweep CSV written before the serving columns existed; {@link #parse} still reads it. */
    static final int OLD_COLUMNS = 29;

    static final String OLD_HEADER = String.join(",", COLUMNS.subList(0, OLD_COLUMNS));

    private SweepCsv() {
    }

    /** The file's text: header and rows (sorted by index). */
    public static String text(List<SweepRow> rows) {
        List<SweepRow> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> Integer.compare(a.index(), b.index()));
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (SweepRow r : sorted) {
            sb.append(line(r)).append('\n');
        }
        return sb.toString();
    }

    /** Writes the rows atomically. */
    public static void write(List<SweepRow> rows, Path file) throws IOException {
        AtomicFiles.write(file, text(rows));
    }

    /** One row's line, without the line break. */
    public static String line(SweepRow r) {
        PolicyConfig c = r.config();
        Summary s = r.summary();
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add(Integer.toString(r.index()));
        f.add(c.policy());
        f.add(c.isMlfq() ? Integer.toString(c.queues()) : "");
        f.add(NumberText.of(c.quantumRate()));
        f.add(c.isMlfq() && Double.isNaN(c.quantum()) ? ValueLists.AUTO : NumberText.of(c.quantum()));
        f.add(NumberText.of(r.quantumUsed()));
        f.add(r.accounting());
        f.add(r.lengths());
        f.add(r.arrivals());
        f.add(NumberText.of(r.cv()));
        f.add(r.target().name().toLowerCase(Locale.ROOT));
        f.add(NumberText.of(r.load()));
        f.add(NumberText.of(r.rate()));
        f.add(Long.toString(r.seed()));
        f.add(Integer.toString(s.jobs()));
        f.add(Boolean.toString(r.overloaded()));
        f.add(r.timeUnit());
        for (double v : new double[] {s.averageJct(), s.p50Jct(), s.p90Jct(), s.p99Jct(), s.maxJct(), s.averageTtft(),
                s.p99Ttft(), s.averageSlowdown(), s.makespan(), s.throughput(), s.tokenThroughput()}) {
            f.add(NumberText.of(v));
        }
        f.add(Long.toString(r.decisions()));
        f.add(r.costModel());
        f.add(r.order());
        serving(f, r.serving());
        ServingMetrics m = r.metrics();
        f.add(NumberText.of(m.totalTime()));
        f.add(Integer.toString(m.lost()));
        f.add(Integer.toString(m.truncated()));
        for (double v : new double[] {m.averageItl(), m.p99Itl(), m.averageTpot(), m.p99Tpot(), m.averageQueueing()}) {
            f.add(NumberText.of(v));
        }
        f.add(Long.toString(m.preemptions()));
        f.add(NumberText.of(m.meanBatchSize()));
        f.add(NumberText.of(m.kvPeakUse()));
        f.add(m.kvCapacity() < 0 ? "" : Long.toString(m.kvCapacity()));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(Csv.field(f.get(i)));
        }
        return sb.toString();
    }

    private static void serving(List<String> f, ServingConfig s) {
        if (s == null) {
            for (int i = 0; i < 12; i++) {
                f.add("");
            }
            return;
        }
        f.add(Integer.toString(s.maxBatch()));
        f.add(Integer.toString(s.maxBatchTokens()));
        f.add(s.mode());
        f.add(s.preemption());
        f.add(s.kvBlocks() < 0 ? ValueLists.AUTO : Long.toString(s.kvBlocks()));
        f.add(Integer.toString(s.blockSize()));
        f.add(s.maxOutput() < 0 ? "none" : Integer.toString(s.maxOutput()));
        f.add(s.maxWaiting() < 0 ? "none" : Integer.toString(s.maxWaiting()));
        f.add(s.timeout() == Double.POSITIVE_INFINITY ? "none" : NumberText.of(s.timeout()));
        f.add(s.speculative() ? Integer.toString(s.draftLength()) : "none");
        f.add(NumberText.of(s.acceptance()));
        f.add(NumberText.of(s.draftCost()));
    }

    /** Reads a sweep CSV file. */
    public static List<SweepRow> read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            throw new InputException(file.toString(), 0, null, "not a UTF-8 CSV file (binary or another encoding)", e);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Parses a sweep CSV's text.
     *
     * @throws InputException naming the source and line when the header or a row is not a sweep's
     */
    public static List<SweepRow> parse(String source, String text) {
        String[] lines = text.split("\r?\n", -1);
        String head = lines.length == 0 ? "" : lines[0].trim();
        if (!HEADER.equals(head) && !OLD_HEADER.equals(head)) {
            throw new InputException(source, 1, null, "not a ServeLab sweep CSV: the header must be " + HEADER);
        }
        int columns = HEADER.equals(head) ? COLUMNS.size() : OLD_COLUMNS;
        List<SweepRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            rows.add(row(source, i + 1, lines[i], columns));
        }
        return rows;
    }

    private static SweepRow row(String source, int line, String text, int columns) {
        List<String> f;
        try {
            f = Csv.split(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, line, null, "expected " + columns + " fields: " + e.getMessage());
        }
        if (f.size() != columns) {
            throw new InputException(source, line, null, "expected " + columns + " fields, got " + f.size());
        }
        Cells c = new Cells(source, line, f);
        PolicyConfig config = new PolicyConfig(c.text(1), c.optionalInt(2), c.number(3), c.quantum(4));
        Summary summary = new Summary(c.integer(14), c.number(17), c.number(18), c.number(19), c.number(20),
                c.number(21), c.number(22), c.number(23), c.number(24), c.number(25), c.number(26), c.number(27));
        if (columns == OLD_COLUMNS) {
            return new SweepRow(c.integer(0), config, c.number(5), c.text(6), c.text(7), c.text(8), c.number(9),
                    c.target(10), c.number(11), c.number(12), c.whole(13), c.bool(15), c.text(16), summary,
                    c.whole(28));
        }
        ServingConfig serving = c.text(31).isBlank() ? null : new ServingConfig(c.integer(31), c.integer(32),
                c.text(33), c.text(34), c.orAuto(35), c.integer(36), c.orNone(37), c.orNone(38), c.timeout(39),
                c.orNone(40) < 0 ? 0 : c.orNone(40), c.number(41), c.number(42));
        ServingMetrics metrics = new ServingMetrics(c.number(43), c.integer(44), c.integer(45), c.number(46),
                c.number(47), c.number(48), c.number(49), c.number(50), c.whole(51), c.number(52), c.number(53),
                c.text(54).isBlank() ? -1 : c.whole(54));
        return new SweepRow(c.integer(0), config, c.number(5), c.text(6), c.text(7), c.text(8), c.number(9),
                c.target(10), c.number(11), c.number(12), c.whole(13), c.bool(15), c.text(16), summary,
                c.whole(28), c.text(29), c.text(30), serving, metrics);
    }
}
