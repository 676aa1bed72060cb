package org.servelab.workload;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The jobs of a trace, kept as columns: one array per field and the ids end to end in one {@code char} array.
 * A million jobs are a dozen arrays rather than three million objects (a job, its id and the id's bytes),
 * which the collector would otherwise copy again and again while a large trace is read
 * (docs/performance.md). The list is immutable; {@link #get} builds the {@link Job} it is asked for. Ids are
 * unique: the {@link Builder} refuses one that repeats.
 */
public final class JobColumns extends AbstractList<Job> implements RandomAccess {

    private final int size;
    private final char[] idChars;
    private final int[] idEnds;
    private final double[] arrival;
    private final int[] prompt;
    private final int[] output;
    /** {@code null} when no job gives the field; NaN (times) or 0 (predicted) for a job that does not. */
    private final double[] prefill;
    private final double[] decode;
    private final int[] predicted;

    private JobColumns(Builder b) {
        size = b.size;
        idChars = b.ids.chars();
        idEnds = b.ids.ends();
        arrival = Arrays.copyOf(b.arrival, size);
        prompt = Arrays.copyOf(b.prompt, size);
        output = Arrays.copyOf(b.output, size);
        prefill = b.prefill == null ? null : Arrays.copyOf(b.prefill, size);
        decode = b.decode == null ? null : Arrays.copyOf(b.decode, size);
        predicted = b.predicted == null ? null : Arrays.copyOf(b.predicted, size);
    }

    /** {@code from} with another arrival column. */
    private JobColumns(JobColumns from, double[] arrival) {
        size = from.size;
        idChars = from.idChars;
        idEnds = from.idEnds;
        this.arrival = arrival;
        prompt = from.prompt;
        output = from.output;
        prefill = from.prefill;
        decode = from.decode;
        predicted = from.predicted;
    }

    /**
     * The jobs of {@code jobs} as columns, in order.
     *
     * @throws IllegalArgumentException when an id appears twice
     * @throws NullPointerException     when a job is {@code null}
     */
    public static JobColumns of(List<Job> jobs) {
        Builder b = new Builder();
        for (int k = 0; k < jobs.size(); k++) {
            Job job = jobs.get(k);
            if (b.add(job, k) >= 0) {
                throw new IllegalArgumentException("job id " + job.id() + " appears twice");
            }
        }
        return b.build();
    }

    /**
     * The same jobs arriving at {@code arrivals} (one a job, in order), each rounded to the {@link TimeGrid} and
     * checked as {@link Job} checks it.
     */
    JobColumns withArrivals(double[] arrivals) {
        if (arrivals.length != size) {
            throw new IllegalArgumentException("need " + size + " arrival times, got " + arrivals.length);
        }
        double[] a = new double[size];
        for (int k = 0; k < size; k++) {
            a[k] = TimeGrid.snap(arrivals[k]);
            if (!(a[k] >= 0) || Double.isInfinite(a[k])) {
                throw new IllegalArgumentException("job " + id(k) + ": arrival must be a finite number >= 0");
            }
        }
        return new JobColumns(this, a);
    }

    /** Whether every job gives its own prefill and decode times. */
    boolean allExplicitTimes() {
        if (prefill == null || decode == null) {
            return false;
        }
        for (int k = 0; k < size; k++) {
            if (Double.isNaN(prefill[k]) || Double.isNaN(decode[k])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Job get(int index) {
        return new Job(id(index), arrival[index], prompt[index], output[index], time(prefill, index),
                time(decode, index), predicted == null || predicted[index] == 0 ? null : predicted[index]);
    }

    @Override
    public int size() {
        return size;
    }

    /** The id of job {@code index}, without building the job. */
    public String id(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int from = index == 0 ? 0 : idEnds[index - 1];
        return new String(idChars, from, idEnds[index] - from);
    }

    public double arrival(int index) {
        return arrival[Objects.checkIndex(index, size)];
    }

    public int promptTokens(int index) {
        return prompt[Objects.checkIndex(index, size)];
    }

    public int outputTokens(int index) {
        return output[Objects.checkIndex(index, size)];
    }

    /** The job's prefill time, or {@code null} when it gives none. */
    public Double prefillTime(int index) {
        return time(prefill, Objects.checkIndex(index, size));
    }

    /** The job's decode time, or {@code null} when it gives none. */
    public Double decodeTime(int index) {
        return time(decode, Objects.checkIndex(index, size));
    }

    private static Double time(double[] column, int index) {
        return column == null || Double.isNaN(column[index]) ? null : column[index];
    }

    /** Collects jobs in order, refusing an id that was added before. */
    public static final class Builder {

        private final IdTable ids = new IdTable(1024);
        private int size;
        private double[] arrival = new double[1024];
        private int[] prompt = new int[1024];
        private int[] output = new int[1024];
        private double[] prefill;
        private double[] decode;
        private int[] predicted;

        /** How many jobs were added. */
        public int size() {
            return size;
        }

        /**
         * Adds {@code job}, noted with {@code value} (a line, say; at least 0), unless a job with its id was
         * added: then nothing is added and the earlier job's value is returned. Returns -1 when the job was
         * added. (A job added by {@link #addAll} is noted with its index in the columns it came from.)
         */
        public int add(Job job, int value) {
            if (value < 0) {
                throw new IllegalArgumentException("value must be >= 0, got " + value);
            }
            int earlier = ids.putIfAbsent(job.id(), value);
            if (earlier >= 0) {
                return earlier;
            }
            reserve(size + 1);
            arrival[size] = job.arrival();
            prompt[size] = job.promptTokens();
            output[size] = job.outputTokens();
            Double p = job.prefillTime();
            if (p != null || prefill != null) {
                prefill = timeColumn(prefill);
                prefill[size] = p == null ? Double.NaN : p;
            }
            Double d = job.decodeTime();
            if (d != null || decode != null) {
                decode = timeColumn(decode);
                decode[size] = d == null ? Double.NaN : d;
            }
            if (job.predicted() != null) {
                predicted = predicted == null ? new int[arrival.length] : predicted;
                predicted[size] = job.predicted();
            }
            size++;
            return -1;
        }

        /**
         * Adds the jobs of {@code more} after these; when one's id was added before, stops there and returns
         * its index in {@code more} (the jobs before it are added); -1 when all were added.
         */
        public int addAll(JobColumns more) {
            int k = 0;
            while (k < more.size) {
                int from = k == 0 ? 0 : more.idEnds[k - 1];
                if (ids.putIfAbsent(more.idChars, from, more.idEnds[k] - from, k) >= 0) {
                    break;
                }
                k++;
            }
            reserve(size + k);
            System.arraycopy(more.arrival, 0, arrival, size, k);
            System.arraycopy(more.prompt, 0, prompt, size, k);
            System.arraycopy(more.output, 0, output, size, k);
            if (more.prefill != null || prefill != null) {
                prefill = appendTimes(timeColumn(prefill), more.prefill, k);
            }
            if (more.decode != null || decode != null) {
                decode = appendTimes(timeColumn(decode), more.decode, k);
            }
            if (more.predicted != null) {
                predicted = predicted == null ? new int[arrival.length] : predicted;
                System.arraycopy(more.predicted, 0, predicted, size, k);
            }
            size += k;
            return k < more.size ? k : -1;
        }

        /** Room for {@code needed} jobs in every column there is, doubling. */
        private void reserve(int needed) {
            if (needed <= arrival.length) {
                return;
            }
            int n = Math.max(needed, 2 * arrival.length);
            arrival = Arrays.copyOf(arrival, n);
            prompt = Arrays.copyOf(prompt, n);
            output = Arrays.copyOf(output, n);
            prefill = prefill == null ? null : Arrays.copyOf(prefill, n);
            decode = decode == null ? null : Arrays.copyOf(decode, n);
            predicted = predicted == null ? null : Arrays.copyOf(predicted, n);
        }

        /** {@code column}, or one made now with the jobs before marked as not giving the time. */
        private double[] timeColumn(double[] column) {
            if (column != null) {
                return column;
            }
            double[] made = new double[arrival.length];
            Arrays.fill(made, 0, size, Double.NaN);
            return made;
        }

        /** {@code column} with {@code count} times of {@code from} (NaN when it has none) after the jobs so far. */
        private double[] appendTimes(double[] column, double[] from, int count) {
            if (from == null) {
                Arrays.fill(column, size, size + count, Double.NaN);
            } else {
                System.arraycopy(from, 0, column, size, count);
            }
            return column;
        }

        /** The jobs added so far. */
        public JobColumns build() {
            return new JobColumns(this);
        }
    }
}
