package org.servelab.workload.generate;

import java.util.List;
import java.util.SplittableRandom;

import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.Trace;

/** Where the (prompt, output) lengths of generated jobs come from. */
public interface JobLengths {

    /**
     * {@code n} jobs named {@code J1..Jn}, all arriving at 0, with lengths drawn with {@code random} (and the
     * explicit iteration times of the source jobs, when lengths are taken from a trace that has them).
     */
    List<Job> jobs(int n, SplittableRandom random);

    /** The unit of the jobs' times: the source trace's, or milliseconds (the cost models' unit). */
    TimeUnit timeUnit();

    /** How the user writes it, such as {@code paper-zipf} or {@code resample:trace.csv}. */
    String describe();

    /** The trace the lengths come from, or {@code null} for synthetic lengths. */
    default Trace source() {
        return null;
    }
}
