package org.servelab.seqsched;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.servelab.workload.InputException;
import org.servelab.workload.Job;
import org.servelab.workload.Trace;
import org.servelab.workload.io.TraceReader;

/**
 * Where the queries of an offline batch run come from: the built-in Alpaca lengths, an Alpaca lengths file
 * (a CSV whose header names {@code L_t0.0}), or any ServeLab trace (JSON or Orca CSV), whose jobs give the
 * prompts, the true lengths and, in a {@code predicted} field or column, predicted lengths.
 */
public final class QuerySources {

    private QuerySources() {
    }

    /**
     * Reads the queries.
     *
     * @param file   the file, or {@code null} for the built-in Alpaca lengths
     * @param prompt prompt tokens for Alpaca lengths, which have none; {@code null} for the default, refused for
     *               a trace (whose jobs have their own)
     */
    public static QuerySet load(Path file, Integer prompt) {
        if (prompt != null && prompt < 0) {
            throw InputException.parameter("--prompt-tokens", "must be at least 0, got " + prompt);
        }
        int p = prompt == null ? AlpacaLengths.DEFAULT_PROMPT : prompt;
        if (file == null) {
            return AlpacaLengths.builtIn(p);
        }
        String alpaca = alpacaText(file);
        if (alpaca != null) {
            return AlpacaLengths.read(file.toString(), alpaca, p);
        }
        if (prompt != null) {
            throw InputException.parameter("--prompt-tokens", "applies to the Alpaca lengths file only; the jobs of "
                    + file + " have their own prompts");
        }
        return fromTrace(TraceReader.read(file));
    }

    /** A trace's jobs as queries: prompt, output tokens as the true length, and the predicted length if any. */
    public static QuerySet fromTrace(Trace trace) {
        List<Query> out = new ArrayList<>(trace.size());
        for (Job j : trace.jobs()) {
            out.add(new Query(j.id(), j.promptTokens(), j.outputTokens(), Query.NONE,
                    j.predicted() == null ? Query.NONE : j.predicted()));
        }
        return new QuerySet(trace.name(), out);
    }

    /** The file's text when it is an Alpaca lengths CSV, else {@code null}. */
    private static String alpacaText(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") || !Files.isRegularFile(file)) {
            return null;
        }
        String text = text(file);
        boolean alpaca = text.lines().filter(l -> !l.isBlank()).findFirst().map(AlpacaLengths::isHeader).orElse(false);
        return alpaca ? text : null;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, null, "cannot read: " + e.getMessage(), e);
        }
    }
}
