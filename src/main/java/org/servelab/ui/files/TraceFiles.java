package org.servelab.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.servelab.cost.ProfileCostModel;
import org.servelab.ui.i18n.Wording;
import org.servelab.workload.InputException;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;
import org.servelab.workload.io.TraceReader;

/** Reads traces for the window: jobs without their own iteration times are priced with OPT-1.3B. */
public final class TraceFiles {

    /** The trace the window opens on, relative to the working directory. */
    public static final Path DEFAULT_TRACE = Path.of("sample-traces", "figure-6c.json");

    /**
     * Heap the window needs for each job of a trace it opens, for the run it records to play back (every
     * decision as an event, the schedule drawn from them, checkpoints to seek from). With Orca-like traces
     * at 90 % load the peak while the run is recorded was about 14 KB a job (docs/performance.md); this
     * leaves a margin. The command line keeps no recording and needs about a tenth of it.
     */
    public static final long BYTES_PER_JOB = 16L << 10;
    /** Heap the window needs whatever trace it shows. */
    public static final long BASE_BYTES = 200L << 20;
    /** The window opens at least this many jobs, however small its heap. */
    static final int MIN_JOBS = 1_000;

    private TraceFiles() {
    }

    /**
     * Reads a trace for the window, refusing one with more jobs than this process's heap can record.
     *
     * @throws InputException naming file, line and field when the file is bad; when the trace has too many
     *                        jobs, naming the file's size, the limit and the option that raises it
     */
    public static TimedTrace load(Path file) {
        return load(file, maxJobs(Runtime.getRuntime().maxMemory()));
    }

    /** As above with a given limit; reading stops at the first job past it, so a huge file costs little. */
    public static TimedTrace load(Path file, int maxJobs) {
        Trace trace;
        try {
            trace = TraceReader.read(file, maxJobs);
        } catch (TraceReader.TooManyJobs e) {
            throw tooLarge(file, e);
        }
        return TraceReader.timed(file, trace, null, ProfileCostModel.opt13b());
    }

    /** The most jobs the window opens with a heap of {@code maxHeap} bytes. */
    public static int maxJobs(long maxHeap) {
        long n = (maxHeap - BASE_BYTES) / BYTES_PER_JOB;
        return (int) Math.max(MIN_JOBS, Math.min(n, Integer.MAX_VALUE - 1));
    }

    /** The heap, in whole GB, that records {@code jobs} jobs. */
    static long heapGigabytesFor(long jobs) {
        return Math.max(1, (jobs * BYTES_PER_JOB + BASE_BYTES + (1L << 30) - 1) >> 30);
    }

    private static InputException tooLarge(Path file, TraceReader.TooManyJobs e) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException | RuntimeException io) {
            size = 0;
        }
        return new WordedInputException(file.toString(),
                tooManyJobs(e.maxJobs(), size, e.offset(), Runtime.getRuntime().maxMemory() >> 20), e);
    }

    /**
     * The refusal of a trace of {@code size} bytes (0 when not known) whose job {@code maxJobs + 1} starts after
     * {@code offset} bytes, by a window with a heap of {@code heapMiB} MiB.
     */
    static Wording tooManyJobs(int maxJobs, long size, long offset, long heapMiB) {
        // the jobs are about evenly long, so the part read tells how many the whole file holds
        boolean partRead = size > offset && offset > 0;
        long estimate = partRead ? Math.round((double) maxJobs * size / offset) : maxJobs + 1L;
        Wording sizeText = size >= 1_000_000
                ? new Wording("error.megabytes", String.format(Locale.ROOT, "%.1f", size / 1e6))
                : new Wording("error.bytes", size);
        Object aboutFile = size <= 0 ? ""
                : partRead ? new Wording("error.tooManyJobs.sizeAndJobs", sizeText, twoDigits(estimate))
                : new Wording("error.tooManyJobs.size", sizeText);
        return new Wording("error.tooManyJobs", maxJobs, aboutFile, heapMiB, maxJobs, BYTES_PER_JOB >> 10,
                heapGigabytesFor(estimate));
    }

    /** {@code n} rounded to two significant digits, grouped: 1,034,567 gives 1,000,000. */
    static String twoDigits(long n) {
        long scale = 1;
        while (n / scale >= 100) {
            scale *= 10;
        }
        return String.format(Locale.ROOT, "%,d", Math.round((double) n / scale) * scale);
    }

    /** {@code sample-traces/figure-6c.json}, or the same three jobs built in when the file is not there. */
    public static TimedTrace defaultTrace() {
        if (Files.isRegularFile(DEFAULT_TRACE)) {
            return load(DEFAULT_TRACE);
        }
        return TimedTrace.explicit(new Trace("figure-6c", TimeUnit.MS, List.of(
                new Job("J1", 0, 0, 2, 5.0, 1.0),
                new Job("J2", 0, 0, 2, 1.0, 1.0),
                new Job("J3", 0, 0, 2, 2.0, 1.0))));
    }
}
