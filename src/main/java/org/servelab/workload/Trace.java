package org.servelab.workload;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An ordered list of jobs. The order is the trace order: it breaks ties between equal arrivals.
 *
 * @param name        a short name shown in results and windows
 * @param timeUnit    the unit of every time in the trace
 * @param jobs        the jobs, in trace order (a {@link JobTable} is kept as it is: it is immutable and its ids
 *                    are unique; any other list is copied and its ids checked)
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
        if (!(jobs instanceof UniqueJobs || jobs instanceof JobTable)) {
            jobs = List.copyOf(jobs);
            String repeated = repeatedId(jobs);
            if (repeated != null) {
                throw new IllegalArgumentException("job id " + repeated + " appears twice");
            }
        }
        if (jobs.isEmpty()) {
            throw new IllegalArgumentException("a trace needs at least one job");
        }
    }

    private static List<Job> unique(List<Job> jobs) {
        return jobs instanceof UniqueJobs || jobs instanceof JobTable ? jobs : new UniqueJobs(List.copyOf(jobs));
    }

    /** An unmodifiable list of jobs whose ids are known to be unique; equal to any list of the same jobs. */
    private static final class UniqueJobs extends AbstractList<Job> implements RandomAccess {
        private final List<Job> jobs;

        UniqueJobs(List<Job> jobs) {
            this.jobs = jobs;
        }

        @Override
        public Job get(int index) {
            return jobs.get(index);
        }

        @Override
        public int size() {
            return jobs.size();
        }
    }

    /** The first id that appears twice, or null. */
    private static String repeatedId(List<Job> jobs) {
        IdTable seen = new IdTable(jobs.size());
        for (int k = 0; k < jobs.size(); k++) {
            if (seen.putIfAbsent(jobs.get(k).id(), k) >= 0) {
                return jobs.get(k).id();
            }
        }
        return null;
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

    // A field of one job, read from a JobTable without building the job

    public String id(int index) {
        return jobs instanceof JobTable t ? t.id(index) : jobs.get(index).id();
    }

    public double arrival(int index) {
        return jobs instanceof JobTable t ? t.arrival(index) : jobs.get(index).arrival();
    }

    public int promptTokens(int index) {
        return jobs instanceof JobTable t ? t.promptTokens(index) : jobs.get(index).promptTokens();
    }

    public int outputTokens(int index) {
        return jobs instanceof JobTable t ? t.outputTokens(index) : jobs.get(index).outputTokens();
    }

    /** The job's prefill time, or {@code null} when it gives none. */
    public Double prefillTime(int index) {
        return jobs instanceof JobTable t ? t.prefillTime(index) : jobs.get(index).prefillTime();
    }

    /** The job's decode time, or {@code null} when it gives none. */
    public Double decodeTime(int index) {
        return jobs instanceof JobTable t ? t.decodeTime(index) : jobs.get(index).decodeTime();
    }

    /**
     * The same jobs with the given arrival times (one per job, in trace order), rounded to the
     * {@link TimeGrid} as every simulated time is, so that a written trace shows the times it runs with.
     */
    public Trace withArrivals(double[] arrivals) {
        if (arrivals.length != jobs.size()) {
            throw new IllegalArgumentException("need " + jobs.size() + " arrival times, got " + arrivals.length);
        }
        List<Job> out = new ArrayList<>(jobs.size());
        for (int i = 0; i < arrivals.length; i++) {
            out.add(jobs.get(i).withArrival(TimeGrid.snap(arrivals[i])));
        }
        // the same ids in the same order
        return new Trace(name, timeUnit, unique(out), true);
    }

    public Trace withName(String newName) {
        return new Trace(newName, timeUnit, unique(jobs), hasArrivals);
    }

    /** Whether every job carries its own prefill and decode times. */
    public boolean allExplicitTimes() {
        return jobs.stream().allMatch(Job::hasExplicitTimes);
    }
}
