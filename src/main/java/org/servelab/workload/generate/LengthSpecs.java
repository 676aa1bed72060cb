package org.servelab.workload.generate;

import java.nio.file.Path;
import java.util.Locale;

import org.servelab.workload.InputException;
import org.servelab.workload.Trace;
import org.servelab.workload.io.TraceReader;

/**
 * Reads a length model as the user writes it ({@code --lengths}):
 * <ul>
 *   <li>a preset: {@code sharegpt-like}, {@code alpaca-like}, {@code paper-zipf}; {@code alpaca} (the Alpaca
 *       validation set's real output lengths, {@link AlpacaLengths}), or {@code alpaca:DIST} with its prompt
 *       lengths from {@code DIST};</li>
 *   <li>{@code resample:FILE}: (prompt, output) pairs drawn with replacement from a trace file;</li>
 *   <li>{@code trace:FILE}: a trace file's jobs in order (repeating when more are asked for);</li>
 *   <li>{@code PROMPT/OUTPUT}: two distributions ({@code fixed:N}, {@code zipf:THETA:MAX},
 *       {@code lognormal:MEAN:SIGMA[:MAX]}), or one for both.</li>
 * </ul>
 */
public final class LengthSpecs {

    public static final String OPTION = "--lengths";

    private LengthSpecs() {
    }

    /** Parses {@code text}, reading the trace file it names, if any; relative paths resolve against the working directory. */
    public static JobLengths parse(String text) {
        return parse(text, Path.of(""));
    }

    /** Parses {@code text}; a relative trace path resolves against {@code base}. */
    public static JobLengths parse(String text, Path base) {
        if (text == null || text.isBlank()) {
            throw InputException.parameter(OPTION, "name a length model: " + forms());
        }
        String t = text.trim();
        IndependentLengths preset = LengthPresets.get(t);
        if (preset != null) {
            return preset;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals(AlpacaLengths.NAME)) {
            return AlpacaLengths.preset();
        }
        if (lower.startsWith(AlpacaLengths.NAME + ":")) {
            return new AlpacaLengths(LengthDistributions.parse(t.substring(AlpacaLengths.NAME.length() + 1), OPTION));
        }
        if (lower.startsWith("resample:")) {
            return TraceLengths.resampled(read(t.substring("resample:".length()), base), t);
        }
        if (lower.startsWith("trace:")) {
            return TraceLengths.inOrder(read(t.substring("trace:".length()), base), t);
        }
        int slash = t.indexOf('/');
        if (slash < 0) {
            LengthDistribution both = LengthDistributions.parse(t, OPTION);
            return new IndependentLengths(t, both, both);
        }
        return new IndependentLengths(t, LengthDistributions.parse(t.substring(0, slash), OPTION),
                LengthDistributions.parse(t.substring(slash + 1), OPTION));
    }

    /** The trace file a {@code resample:FILE} or {@code trace:FILE} spec reads, or {@code null} for other specs. */
    public static Path sourceFile(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"resample:", "trace:"}) {
            if (lower.startsWith(prefix) && !t.substring(prefix.length()).isBlank()) {
                try {
                    return Path.of(t.substring(prefix.length()));
                } catch (java.nio.file.InvalidPathException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Trace read(String file, Path base) {
        if (file.isBlank()) {
            throw InputException.parameter(OPTION, "name the trace file after the colon");
        }
        return TraceReader.read(base.resolve(file));
    }

    /** The forms {@link #parse} accepts, for help texts and error messages. */
    public static String forms() {
        return String.join(", ", LengthPresets.names()) + ", alpaca, alpaca:PROMPT, resample:FILE, trace:FILE, or PROMPT/OUTPUT with "
                + LengthDistributions.FORMS;
    }
}
