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

/**
 * The tidy CSV of a sweep: a header, then one row per run sorted by grid index. Numbers are written by
 * {@link NumberText}, so the file is the same byte for byte whatever the thread count or sharding.
 */
public final class SweepCsv {

    /** The columns, in order; {@code docs/experiments.md} defines each. */
    public static final List<String> COLUMNS = List.of("index", "policy", "queues", "quantumRate", "quantum",
            "quantumUsed", "accounting", "lengths", "arrivals", "cv", "target", "load", "rate", "seed", "jobs",
            "overloaded", "timeUnit", "averageJct", "p50Jct", "p90Jct", "p99Jct", "maxJct", "averageTtft",
            "p99Ttft", "averageSlowdown", "makespan", "throughput", "tokenThroughput", "decisions");

    public static final String HEADER = String.join(",", COLUMNS);

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
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(CsvFields.quote(f.get(i)));
        }
        return sb.toString();
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
        if (lines.length == 0 || !HEADER.equals(lines[0].trim())) {
            throw new InputException(source, 1, null, "not a ServeLab sweep CSV: the header must be " + HEADER);
        }
        List<SweepRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            rows.add(row(source, i + 1, lines[i]));
        }
        return rows;
    }

    private static SweepRow row(String source, int line, String text) {
        List<String> f = CsvFields.split(text);
        if (f == null || f.size() != COLUMNS.size()) {
            throw new InputException(source, line, null, "expected " + COLUMNS.size() + " fields, got "
                    + (f == null ? "an unclosed quote" : f.size()));
        }
        Cells c = new Cells(source, line, f);
        PolicyConfig config = new PolicyConfig(c.text(1), c.optionalInt(2), c.number(3), c.quantum(4));
        Summary summary = new Summary(c.integer(14), c.number(17), c.number(18), c.number(19), c.number(20),
                c.number(21), c.number(22), c.number(23), c.number(24), c.number(25), c.number(26), c.number(27));
        return new SweepRow(c.integer(0), config, c.number(5), c.text(6), c.text(7), c.text(8), c.number(9),
                c.target(10), c.number(11), c.number(12), c.whole(13), c.bool(15), c.text(16), summary,
                c.whole(28));
    }
}
