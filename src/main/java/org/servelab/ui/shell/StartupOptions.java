package org.servelab.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.servelab.workload.InputException;
import org.servelab.workload.io.OutputGuard;

/**
 * The window's command-line options: {@code --trace=FILE}, {@code --lang=en|zh}, {@code --max-batch=N}
 * (open with batches of up to N), {@code --batching=MODE} (chunked, mixed, prefill-first), {@code --at=T}
 * (open at simulated time T), {@code --presentation} (large fonts and chips), {@code --tab=compare|experiments}
 * (open on that tab), {@code --snapshot=FILE}
 * (write a PNG of the window once laid out, then exit), {@code --screenshots=DIR} (regenerate the
 * screenshot set, then exit) and {@code --measure=N} (open a generated N-job trace, play, zoom, pan, scrub
 * and step it, print frame times and time to first paint, then exit; with {@code --max-batch} it plays
 * batches).
 */
public record StartupOptions(Path trace, String lang, Path snapshot, Path screenshots, int measure, int maxBatch,
                             String batching, double at, boolean presentation, String tab) {

    private static final List<String> NAMES = List.of("--trace=", "--lang=", "--snapshot=", "--screenshots=",
            "--measure=", "--max-batch=", "--batching=", "--at=", "--presentation", "--tab=");

    /** Whether every argument is one of the window's options. */
    public static boolean allWindowOptions(String[] args) {
        for (String a : args) {
            if (NAMES.stream().noneMatch(a::startsWith)) {
                return false;
            }
        }
        return true;
    }

    /** The languages the window speaks: the {@code --lang} tags it accepts (a region may follow: zh-CN). */
    public static final List<String> LANGUAGES = List.of("en", "zh");

    private static String language(String tag) {
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        if (tag.isBlank() || !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("--lang must be " + String.join(" or ", LANGUAGES) + ", got '" + tag + "'");
        }
        return tag.trim().replace('_', '-');
    }

    /**
     * Checks the files before the window opens: the snapshot must be writable and must not be the trace
     * ({@code -} writes it to standard output).
     *
     * @throws InputException naming the option
     */
    public void checkFiles() {
        if (snapshot != null) {
            new OutputGuard().input("--trace", "input trace", trace).output("--snapshot", snapshot);
        }
    }

    public static StartupOptions parse(List<String> args) {
        Path trace = null;
        String lang = null;
        Path snapshot = null;
        Path screenshots = null;
        int measure = 0;
        int maxBatch = 0;
        String batching = null;
        double at = Double.NaN;
        boolean presentation = false;
        String tab = null;
        for (String a : args) {
            String v = a.substring(a.indexOf('=') + 1);
            if (a.startsWith("--trace=")) {
                trace = Path.of(v);
            } else if (a.startsWith("--lang=")) {
                lang = language(v);
            } else if (a.startsWith("--snapshot=")) {
                snapshot = Path.of(v);
            } else if (a.startsWith("--screenshots=")) {
                screenshots = Path.of(v);
            } else if (a.startsWith("--measure=")) {
                measure = whole("--measure", "a number of jobs", v);
                if (measure < 1) {
                    throw new IllegalArgumentException("--measure needs a positive number of jobs, got " + v);
                }
            } else if (a.startsWith("--max-batch=")) {
                maxBatch = whole("--max-batch", "a batch size from 1 to 256", v);
                if (maxBatch < 1 || maxBatch > 256) {
                    throw new IllegalArgumentException("--max-batch needs a batch size from 1 to 256, got " + v);
                }
            } else if (a.startsWith("--batching=")) {
                batching = v;
            } else if (a.startsWith("--at=")) {
                try {
                    at = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--at needs a simulated time, got " + v);
                }
            } else if (a.equals("--presentation")) {
                presentation = true;
            } else if (a.startsWith("--tab=")) {
                tab = v;
                if (!List.of("run", "compare", "experiments").contains(tab)) {
                    throw new IllegalArgumentException("--tab needs run, compare or experiments, got " + v);
                }
            } else {
                throw new IllegalArgumentException("unknown window option " + a
                        + " (known: --trace=FILE, --lang=en|zh, --max-batch=N, --batching=MODE, --at=T, --presentation,"
                        + " --tab=compare|experiments, --snapshot=FILE, --screenshots=DIR, --measure=N)");
            }
        }
        return new StartupOptions(trace, lang, snapshot, screenshots, measure, maxBatch, batching, at, presentation,
                tab);
    }

    private static int whole(String option, String what, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs " + what + ", got " + v);
        }
    }
}
