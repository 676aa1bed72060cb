package org.servelab.workload;

import java.util.List;

/**
 * An ordered list of jobs. The order is the trace order: it breaks ties between equal arrivals.
 *
 * @param name        a short name shown in results and windows
 * @param timeUnit    the unit of every time in the trace
 * @param jobs        the jobs, in trace order, held as a {@link JobColumns} (one given is kept as it is: it is
 *                    immutable and its ids are unique; any other list is copied into one, its ids checked)
 * @param hasArrivals whether the source gave arrival times (an Orca CSV does not; its jobs arrive at 0
 *                    unless an arrival process is applied)
 */
public record Trace(String name, TimeUnit timeUnit, List<Job> jobs, boolean hasArrivals) {

    public Trace {
        if (name == null || name.isBlank()) {
            name = "trace";
        }
        if (timeUnit == null) {
            timeUnit = TimeUnit.MS;
        }
        if (!(jobs instanceof JobColumns)) {
            jobs = JobColumns.of(jobs);
        }
        if (jobs.isEmpty()) {
            throw new IllegalArgumentException("a trace needs at least one job");
        }
    }

    public Trace(String name, TimeUnit timeUnit, List<Job> jobs) {
        this(name, timeUnit, jobs, true);
    }

    public int size() {
        return jobs.size();
    }

    public Job job(int index) {
        return jobs.get(index);
    }

    // A field of one job, read without building the job

    public String id(int index) {
        return table().id(index);
    }

    public double arrival(int index) {
        return table().arrival(index);
    }

    public int promptTokens(int index) {
        return table().promptTokens(index);
    }

    public int outputTokens(int index) {
        return table().outputTokens(index);
    }

    /** The job's prefill time, or {@code null} when it gives none. */
    public Double prefillTime(int index) {
        return table().prefillTime(index);
    }

    /** The job's decode time, or {@code null} when it gives none. */
    public Double decodeTime(int index) {
        return table().decodeTime(index);
    }

    private JobColumns table() {
        return (JobColumns) jobs;
    }

    /**
     * The same jobs with the given arrival times (one per job, in trace order), rounded to the
     * {@link TimeGrid} as every simulated time is, so that a written trace shows the times it runs with.
     */
    public Trace withArrivals(double[] arrivals) {
        return new Trace(name, timeUnit, table().withArrivals(arrivals), true);
    }

    public Trace withName(String newName) {
        return new Trace(newName, timeUnit, jobs, hasArrivals);
    }

    /** Whether every job carries its own prefill and decode times. */
    public boolean allExplicitTimes() {
        return table().allExplicitTimes();
    }
}
