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
public final class JobTable extends AbstractList<Job> implements RandomAccess {

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

    private JobTable(Builder b) {
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
    private JobTable(JobTable from, double[] arrival) {
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
     * The jobs of {@code jobs} as a table, in order.
     *
     * @throws IllegalArgumentException when an id appears twice
     * @throws NullPointerException     when a job is {@code null}
     */
    public static JobTable of(List<Job> jobs) {
        Builder b = new Builder();
        for (int k = 0; k < jobs.size(); k++) {
            Job job = jobs.get(k);
            if (b.add(job, k) >= 0) {
                throw new IllegalArgumentException("job id " + job.id() + " appears twice");
            }
        }
        return b.build();
    }

    /** The same jobs arriving at {@code arrivals}, one a job in order, each checked as {@link Job} checks it. */
    JobTable withArrivals(double[] arrivals) {
        if (arrivals.length != size) {
            throw new IllegalArgumentException("need " + size + " arrival times, got " + arrivals.length);
        }
        double[] a = new double[size];
        for (int k = 0; k < size; k++) {
            if (!(arrivals[k] >= 0) || Double.isInfinite(arrivals[k])) {
                throw new IllegalArgumentException("job " + id(k) + ": arrival must be a finite number >= 0");
            }
            a[k] = arrivals[k] + 0.0;
        }
        return new JobTable(this, a);
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
         * added. (A job added by {@link #addAll} is noted with its index in the table it came from.)
         */
        public int add(Job job, int value) {
            if (value < 0) {
                throw new IllegalArgumentException("value must be >= 0, got " + value);
            }
            int earlier = ids.putIfAbsent(job.id(), value);
            if (earlier >= 0) {
                return earlier;
            }
            if (size == arrival.length) {
                int n = size * 2;
                arrival = Arrays.copyOf(arrival, n);
                prompt = Arrays.copyOf(prompt, n);
                output = Arrays.copyOf(output, n);
                prefill = prefill == null ? null : Arrays.copyOf(prefill, n);
                decode = decode == null ? null : Arrays.copyOf(decode, n);
                predicted = predicted == null ? null : Arrays.copyOf(predicted, n);
            }
            arrival[size] = job.arrival();
            prompt[size] = job.promptTokens();
            output[size] = job.outputTokens();
            if (job.prefillTime() != null || prefill != null) {
                prefill = column(prefill);
                prefill[size] = job.prefillTime() == null ? Double.NaN : job.prefillTime();
            }
            if (job.decodeTime() != null || decode != null) {
                decode = column(decode);
                decode[size] = job.decodeTime() == null ? Double.NaN : job.decodeTime();
            }
            if (job.predicted() != null) {
                if (predicted == null) {
                    predicted = new int[arrival.length];
                }
                predicted[size] = job.predicted();
            }
            size++;
            return -1;
        }

        /**
         * Adds the jobs of {@code more} after these; when one's id was added before, stops there and returns
         * its index in {@code more} (the jobs before it are added); -1 when all were added.
         */
        public int addAll(JobTable more) {
            int k = 0;
            while (k < more.size) {
                int from = k == 0 ? 0 : more.idEnds[k - 1];
                if (ids.putIfAbsent(more.idChars, from, more.idEnds[k] - from, k) >= 0) {
                    break;
                }
                k++;
            }
            copy(more, k);
            return k < more.size ? k : -1;
        }

        /** Appends the first {@code count} jobs of {@code more}, whose ids are already in the id table. */
        private void copy(JobTable more, int count) {
            int n = Math.max(arrival.length, size + count);
            arrival = Arrays.copyOf(arrival, n);
            prompt = Arrays.copyOf(prompt, n);
            output = Arrays.copyOf(output, n);
            System.arraycopy(more.arrival, 0, arrival, size, count);
            System.arraycopy(more.prompt, 0, prompt, size, count);
            System.arraycopy(more.output, 0, output, size, count);
            prefill = copyTimes(prefill, more.prefill, n, count);
            decode = copyTimes(decode, more.decode, n, count);
            if (predicted != null || more.predicted != null) {
                predicted = predicted == null ? new int[n] : Arrays.copyOf(predicted, n);
                if (more.predicted != null) {
                    System.arraycopy(more.predicted, 0, predicted, size, count);
                }
            }
            size += count;
        }

        /** A time column of {@code n} with {@code count} times of {@code from} (NaN when it has none) appended. */
        private double[] copyTimes(double[] column, double[] from, int n, int count) {
            if (column == null && from == null) {
                return null;
            }
            double[] c = column == null ? column(null) : column;
            c = Arrays.copyOf(c, n);
            if (from == null) {
                Arrays.fill(c, size, size + count, Double.NaN);
            } else {
                System.arraycopy(from, 0, c, size, count);
            }
            return c;
        }

        /** A time column, made on first use with the jobs before marked as not giving the time. */
        private double[] column(double[] c) {
            if (c != null) {
                return c;
            }
            double[] made = new double[arrival.length];
            Arrays.fill(made, 0, size, Double.NaN);
            return made;
        }

        /** The jobs added so far. */
        public JobTable build() {
            return new JobTable(this);
        }
    }
}
