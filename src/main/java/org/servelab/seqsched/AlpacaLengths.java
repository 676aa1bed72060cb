package org.servelab.seqsched;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.servelab.workload.InputException;

/**
 * Reads the paper's Alpaca response lengths: a CSV with the header {@code id,L_gt,L_t0.0,L_t0.3,L_t0.5,L_t0.7}
 * (columns in any order, {@code L_gt} optional and unused), one query a row. {@code L_t0.0} is the true length
 * (Vicuna-7B at temperature 0), the largest of the four {@code L_t*} the max4 label. The file has no prompts;
 * every query gets the same prompt length. The built-in copy is the 10,000 queries of the paper's
 * {@code data/alpaca-val-10k-length.json} (github.com/zhengzangw/Sequence-Scheduling), converted to CSV.
 */
public final class AlpacaLengths {

    /** The built-in file's name, as results show it. */
    public static final String BUILT_IN = "alpaca-val-10k-lengths";
    /** The Vicuna chat template (about 40 tokens) around an Alpaca instruction of about 20. */
    public static final int DEFAULT_PROMPT = 60;

    /** The one copy of the data, shipped with the workload generators (the alpaca length preset). */
    private static final String RESOURCE = "/org/servelab/workload/generate/" + org.servelab.workload.generate.AlpacaLengths.RESOURCE;
    private static final String TRUE = "l_t0.0";
    private static final List<String> SAMPLES = List.of("l_t0.0", "l_t0.3", "l_t0.5", "l_t0.7");

    private AlpacaLengths() {
    }

    /** The built-in 10,000 queries with this prompt length. */
    public static QuerySet builtIn(int prompt) {
        try (InputStream in = AlpacaLengths.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in Alpaca lengths " + RESOURCE + " are missing from the jar");
            }
            return read(BUILT_IN, new String(in.readAllBytes(), StandardCharsets.UTF_8), prompt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a CSV header line is this format's (it names {@code L_t0.0}). */
    public static boolean isHeader(String line) {
        for (String name : line.split(",", -1)) {
            if (clean(name).equals(TRUE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses the file's text.
     *
     * @param source the file name, for messages; its stem names the set
     * @throws InputException naming the line and column of the first problem
     */
    public static QuerySet read(String source, String text, int prompt) {
        String[] lines = text.lines().toArray(String[]::new);
        int[] columns = null;
        List<Query> queries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split(",", -1);
            if (columns == null) {
                columns = header(source, i + 1, cells);
                continue;
            }
            Query q = row(source, i + 1, cells, columns, prompt);
            if (!ids.add(q.id())) {
                throw new InputException(source, i + 1, "id", "query " + q.id() + " appears twice");
            }
            queries.add(q);
        }
        if (queries.isEmpty()) {
            throw new InputException(source, 0, null, "no queries: expected a header id,L_t0.0,L_t0.3,L_t0.5,L_t0.7 "
                    + "and one query a line");
        }
        return new QuerySet(stem(source), queries);
    }

    /** Positions of id, L_t0.0, L_t0.3, L_t0.5, L_t0.7 in the header. */
    private static int[] header(String source, int line, String[] cells) {
        List<String> names = new ArrayList<>();
        for (String c : cells) {
            names.add(clean(c));
        }
        List<String> wanted = new ArrayList<>(List.of("id"));
        wanted.addAll(SAMPLES);
        int[] at = new int[wanted.size()];
        for (int k = 0; k < wanted.size(); k++) {
            at[k] = names.indexOf(wanted.get(k));
            if (at[k] < 0) {
                throw new InputException(source, line, null, "the header has no column " + display(wanted.get(k))
                        + " (expected id,L_gt,L_t0.0,L_t0.3,L_t0.5,L_t0.7)");
            }
        }
        return at;
    }

    private static Query row(String source, int line, String[] cells, int[] at, int prompt) {
        int needed = 0;
        for (int c : at) {
            needed = Math.max(needed, c + 1);
        }
        if (cells.length < needed) {
            throw new InputException(source, line, null, "missing values: " + cells.length + " columns, expected "
                    + needed + " or more");
        }
        String id = cells[at[0]].trim();
        if (id.isEmpty()) {
            throw new InputException(source, line, "id", "missing value");
        }
        int[] v = new int[SAMPLES.size()];
        int max = 0;
        for (int k = 0; k < v.length; k++) {
            v[k] = length(source, line, display(SAMPLES.get(k)), cells[at[k + 1]], id);
            max = Math.max(max, v[k]);
        }
        return new Query(id, prompt, v[0], max, Query.NONE);
    }

    private static int length(String source, int line, String column, String text, String id) {
        String t = text.trim();
        int v;
        try {
            v = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new InputException(source, line, column, "must be a whole number of tokens, got \"" + t + "\" (query "
                    + id + ")");
        }
        if (v < 1) {
            throw new InputException(source, line, column, "must be at least 1, got " + v + " (query " + id + ")");
        }
        return v;
    }

    private static String clean(String name) {
        String n = name.trim();
        if (n.startsWith("\uFEFF")) {
            n = n.substring(1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    private static String display(String column) {
        return column.startsWith("l_") ? "L_" + column.substring(2) : column;
    }

    private static String stem(String source) {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
