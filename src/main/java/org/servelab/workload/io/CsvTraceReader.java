package org.servelab.workload.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.servelab.workload.InputException;
import org.servelab.workload.Job;
import org.servelab.workload.JobColumns;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.Trace;

/**
 * Reads the Orca CSV trace format: a header naming {@code input_length} and {@code output_length}, and
 * optionally {@code arrival}, {@code id}, {@code prefill_time}, {@code decode_time}, {@code predicted} in any
 * order; one job a row. Blank lines and lines starting with {@code #} are skipped. Times are milliseconds. An
 * empty {@code prefill_time} or {@code decode_time} value means the job leaves that time to the cost model; an
 * empty {@code predicted} value, that the job has no predicted length. The file is read a line at a time.
 */
final class CsvTraceReader {

    private final String source;
    private final int maxJobs;
    private List<CsvColumn> columns;
    /** Where each column's value sits in a row, by {@link CsvColumn#ordinal()}; -1 for a column not in the header. */
    private final int[] position = new int[CsvColumn.values().length];

    private CsvTraceReader(String source, int maxJobs) {
        this.source = source;
        this.maxJobs = maxJobs;
    }

    /**
     * Reads a trace from {@code in}, which must not start with a byte order mark (the caller drops it);
     * a job past the first {@code maxJobs} is refused with a {@link TraceReader.TooManyJobs}.
     *
     * @throws IOException when {@code in} fails (a {@link java.nio.charset.CharacterCodingException} when
     *                     its bytes are not UTF-8); every problem of the CSV itself is an {@link InputException}
     */
    static Trace read(String source, BufferedReader in, int maxJobs) throws IOException {
        return new CsvTraceReader(source, maxJobs).parse(in);
    }

    private Trace parse(BufferedReader in) throws IOException {
        JobColumns.Builder jobs = new JobColumns.Builder();
        int lineNr = 0;
        long offset = 0;
        String line;
        for (; (line = in.readLine()) != null; offset += line.length() + 1) {
            lineNr++;
            if (isBlankOrComment(line)) {
                continue;
            }
            if (columns == null) {
                columns = header(line, lineNr);
                Arrays.fill(position, -1);
                for (int c = 0; c < columns.size(); c++) {
                    position[columns.get(c).ordinal()] = c;
                }
                continue;
            }
            if (jobs.size() >= maxJobs) {
                throw new TraceReader.TooManyJobs(source, lineNr, maxJobs, offset);
            }
            Job job = job(line, lineNr, jobs.size());
            // ids made up from the row numbers cannot repeat; given ones can
            int first = jobs.add(job, lineNr);
            if (first >= 0) {
                throw new FieldAt(source, lineNr, CsvColumn.ID.header(), null)
                        .error("job id " + job.id() + " appears twice: on line " + first + " and on line " + lineNr);
            }
        }
        if (columns == null) {
            throw new InputException(source, 0, null,
                    "the file is empty: expected a header input_length,output_length and one job a line");
        }
        if (jobs.size() == 0) {
            throw new InputException(source, 0, null, "no jobs: the file has a header but no rows");
        }
        return new Trace(SourceNames.stem(source), TimeUnit.MS, jobs.build(), columns.contains(CsvColumn.ARRIVAL));
    }

    private static boolean isBlankOrComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '#';
            }
        }
        return true;
    }

    private List<CsvColumn> header(String line, int lineNr) {
        List<String> names = split(line, lineNr);
        List<CsvColumn> out = new ArrayList<>();
        for (String name : names) {
            CsvColumn c = CsvColumn.byHeader(name);
            if (c == null) {
                if (Numbers.parseDecimal(name) != null) {
                    throw new InputException(source, lineNr, null,
                            "no header: the first line must name the columns, as in input_length,output_length");
                }
                throw new InputException(source, lineNr, name.isEmpty() ? "column " + (out.size() + 1) : name,
                        "unknown column; known columns are " + CsvColumn.allHeaders());
            }
            if (out.contains(c)) {
                throw new InputException(source, lineNr, c.header(), "column appears twice in the header");
            }
            out.add(c);
        }
        for (CsvColumn required : List.of(CsvColumn.INPUT_LENGTH, CsvColumn.OUTPUT_LENGTH)) {
            if (!out.contains(required)) {
                throw new InputException(source, lineNr, required.header(), "the header has no such column");
            }
        }
        return out;
    }

    private Job job(String line, int lineNr, int index) {
        List<String> values = split(line, lineNr);
        String id = id(values, index);
        if (values.size() > columns.size()) {
            throw new FieldAt(source, lineNr, "column " + (columns.size() + 1), id).error(
                    "extra value: the header has " + columns.size() + " columns, this line has " + values.size());
        }
        if (values.size() < columns.size()) {
            throw new FieldAt(source, lineNr, columns.get(values.size()).header(), id).error(
                    "missing value: the header has " + columns.size() + " columns, this line has " + values.size());
        }
        Row row = new Row(values);
        if (id == null) {
            throw at(CsvColumn.ID, lineNr, null).error("missing value");
        }
        int prompt = whole(row, CsvColumn.INPUT_LENGTH, lineNr, id, 0);
        int output = whole(row, CsvColumn.OUTPUT_LENGTH, lineNr, id, 1);
        double arrival = 0;
        if (row.has(CsvColumn.ARRIVAL)) {
            arrival = number(row, CsvColumn.ARRIVAL, lineNr, id);
            if (!FieldAt.isNonNegative(arrival)) {
                at(CsvColumn.ARRIVAL, lineNr, id).nonNegative(arrival);
            }
        }
        Double prefill = optionalTime(row, CsvColumn.PREFILL_TIME, lineNr, id);
        Double decode = optionalTime(row, CsvColumn.DECODE_TIME, lineNr, id);
        if (prefill != null && decode != null && !FieldAt.isService(prefill, decode, output)) {
            at(CsvColumn.DECODE_TIME, lineNr, id).service(prefill, decode, output);
        }
        return new Job(id, arrival, prompt, output, prefill, decode, predicted(row, lineNr, id));
    }

    /** The row's id: its {@code id} value (or {@code null} when that is empty or absent), else J1, J2, ... by row. */
    private String id(List<String> values, int index) {
        int c = position[CsvColumn.ID.ordinal()];
        if (c < 0) {
            return "J" + (index + 1);
        }
        return c < values.size() && !values.get(c).isEmpty() ? values.get(c) : null;
    }

    private Double optionalTime(Row row, CsvColumn column, int lineNr, String id) {
        String text = row.get(column);
        if (text == null || text.isEmpty()) {
            return null;
        }
        double v = number(row, column, lineNr, id);
        return FieldAt.isPositive(v) ? v : at(column, lineNr, id).positive(v);
    }

    // The checks build the FieldAt that words an error only when there is one to word.

    private int whole(Row row, CsvColumn column, int lineNr, String id, int min) {
        double v = number(row, column, lineNr, id);
        return FieldAt.isWhole(v, min) ? (int) v : at(column, lineNr, id).whole(v, min);
    }

    private Integer predicted(Row row, int lineNr, String id) {
        String text = row.get(CsvColumn.PREDICTED);
        if (text == null || text.isEmpty()) {
            return null;
        }
        return whole(row, CsvColumn.PREDICTED, lineNr, id, 1);
    }

    private double number(Row row, CsvColumn column, int lineNr, String id) {
        String text = required(row, column, lineNr, id);
        Double v = Numbers.parseDecimal(text);
        if (v == null) {
            throw at(column, lineNr, id).error("must be a number, got \"" + text + "\"");
        }
        return v;
    }

    private String required(Row row, CsvColumn column, int lineNr, String id) {
        String text = row.get(column);
        if (text.isEmpty()) {
            throw at(column, lineNr, id).error("missing value");
        }
        return text;
    }

    private FieldAt at(CsvColumn column, int lineNr, String id) {
        return new FieldAt(source, lineNr, column.header(), id);
    }

    /** One row's values, found by column. */
    private final class Row {

        private final List<String> values;

        Row(List<String> values) {
            this.values = values;
        }

        boolean has(CsvColumn column) {
            return position[column.ordinal()] >= 0;
        }

        /** The column's value, or {@code null} when the header has no such column. */
        String get(CsvColumn column) {
            int c = position[column.ordinal()];
            return c < 0 ? null : values.get(c);
        }
    }

    private List<String> split(String line, int lineNr) {
        try {
            return Csv.split(line);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, lineNr, null, e.getMessage());
        }
    }
}
