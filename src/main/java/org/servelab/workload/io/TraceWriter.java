package org.servelab.workload.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.Trace;

/**
 * Writes traces in the formats {@link TraceReader} reads, so that writing and reading back gives the
 * same jobs. Files are replaced atomically. Arrival times are written when the trace has them (or when
 * any job arrives after 0); explicit prefill and decode times when a job has them.
 */
public final class TraceWriter {

    private TraceWriter() {
    }

    public static void writeJson(Trace trace, Path file) throws IOException {
        AtomicFiles.write(file, toJson(trace));
    }

    /** See {@link #toCsv(Trace)} for what CSV keeps. */
    public static void writeCsv(Trace trace, Path file) throws IOException {
        AtomicFiles.write(file, toCsv(trace));
    }

    /** The trace as ServeLab JSON, one job a line. */
    public static String toJson(Trace trace) {
        boolean arrivals = writesArrivals(trace);
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"name\": ").append(quote(trace.name()))
                .append(",\n  \"timeUnit\": ").append(quote(trace.timeUnit().symbol()))
                .append(",\n  \"jobs\": [\n");
        for (int i = 0; i < trace.size(); i++) {
            Job j = trace.job(i);
            sb.append("    { \"id\": ").append(quote(j.id()));
            if (arrivals) {
                sb.append(", \"arrival\": ").append(Numbers.format(j.arrival()));
            }
            sb.append(", \"promptTokens\": ").append(j.promptTokens())
                    .append(", \"outputTokens\": ").append(j.outputTokens());
            if (j.prefillTime() != null) {
                sb.append(", \"prefillTime\": ").append(Numbers.format(j.prefillTime()));
            }
            if (j.decodeTime() != null) {
                sb.append(", \"decodeTime\": ").append(Numbers.format(j.decodeTime()));
            }
            if (j.predicted() != null) {
                sb.append(", \"predicted\": ").append(j.predicted());
            }
            sb.append(i + 1 < trace.size() ? " },\n" : " }\n");
        }
        return sb.append("  ]\n}\n").toString();
    }

    /**
     * The trace as Orca CSV. The format has no trace name and always uses milliseconds, so times in
     * another unit are converted. Columns beyond {@code input_length,output_length} appear only when
     * needed: {@code arrival}, {@code id} (when the ids are not J1..Jn in order), and
     * {@code prefill_time}/{@code decode_time} (left empty for jobs without them), {@code predicted} (likewise).
     *
     * @throws IllegalArgumentException when a job id contains a line break, which CSV cannot hold
     */
    public static String toCsv(Trace trace) {
        List<CsvColumn> columns = csvColumns(trace);
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            sb.append(c == 0 ? "" : ",").append(columns.get(c).header());
        }
        sb.append('\n');
        for (Job j : trace.jobs()) {
            for (int c = 0; c < columns.size(); c++) {
                sb.append(c == 0 ? "" : ",").append(csvValue(j, columns.get(c), trace.timeUnit()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static List<CsvColumn> csvColumns(Trace trace) {
        List<CsvColumn> columns = new ArrayList<>(List.of(CsvColumn.INPUT_LENGTH, CsvColumn.OUTPUT_LENGTH));
        if (writesArrivals(trace)) {
            columns.add(CsvColumn.ARRIVAL);
        }
        for (int i = 0; i < trace.size(); i++) {
            if (!trace.job(i).id().equals("J" + (i + 1))) {
                columns.add(CsvColumn.ID);
                break;
            }
        }
        if (trace.jobs().stream().anyMatch(j -> j.prefillTime() != null)) {
            columns.add(CsvColumn.PREFILL_TIME);
        }
        if (trace.jobs().stream().anyMatch(j -> j.decodeTime() != null)) {
            columns.add(CsvColumn.DECODE_TIME);
        }
        if (trace.jobs().stream().anyMatch(j -> j.predicted() != null)) {
            columns.add(CsvColumn.PREDICTED);
        }
        return columns;
    }

    private static String idField(String id) {
        if (Csv.hasLineBreak(id)) {
            throw new IllegalArgumentException("a CSV value cannot contain a line break: " + id);
        }
        return Csv.field(id);
    }

    private static String csvValue(Job j, CsvColumn column, TimeUnit unit) {
        return switch (column) {
            case INPUT_LENGTH -> Integer.toString(j.promptTokens());
            case OUTPUT_LENGTH -> Integer.toString(j.outputTokens());
            case ARRIVAL -> Numbers.format(toMillis(j.arrival(), unit));
            case ID -> idField(j.id());
            case PREFILL_TIME -> j.prefillTime() == null ? "" : Numbers.format(toMillis(j.prefillTime(), unit));
            case DECODE_TIME -> j.decodeTime() == null ? "" : Numbers.format(toMillis(j.decodeTime(), unit));
            case PREDICTED -> j.predicted() == null ? "" : Integer.toString(j.predicted());
        };
    }

    private static double toMillis(double v, TimeUnit unit) {
        return switch (unit) {
            case S -> v * 1000;
            case US -> v / 1000;
            case MS -> v;
        };
    }

    private static boolean writesArrivals(Trace trace) {
        return trace.hasArrivals() || trace.jobs().stream().anyMatch(j -> j.arrival() != 0);
    }

    private static String quote(String s) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
    }
}
