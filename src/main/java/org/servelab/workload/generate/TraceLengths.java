package org.servelab.workload.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.Trace;

/**
 * The lengths of a real trace's jobs: resampled (drawn with replacement, each job equally likely) or in
 * file order (repeating from the start when more jobs are asked for than the trace has). Explicit iteration
 * times travel with their job.
 *
 * @param trace     the source
 * @param label     how the user named it ({@code resample:FILE} or {@code trace:FILE})
 * @param resample  draw with replacement rather than in order
 */
public record TraceLengths(Trace trace, String label, boolean resample) implements JobLengths {

    /** Lengths drawn with replacement from {@code trace}. */
    public static TraceLengths resampled(Trace trace, String label) {
        return new TraceLengths(trace, label, true);
    }

    /** The trace's jobs in order. */
    public static TraceLengths inOrder(Trace trace, String label) {
        return new TraceLengths(trace, label, false);
    }

    @Override
    public List<Job> jobs(int n, SplittableRandom random) {
        List<Job> jobs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int s = resample ? random.nextInt(trace.size()) : i % trace.size();
            jobs.add(new Job("J" + (i + 1), 0, trace.promptTokens(s), trace.outputTokens(s), trace.prefillTime(s),
                    trace.decodeTime(s)));
        }
        return jobs;
    }

    @Override
    public TimeUnit timeUnit() {
        return trace.timeUnit();
    }

    @Override
    public String describe() {
        return label;
    }

    @Override
    public Trace source() {
        return trace;
    }
}
