package org.servelab.workload.arrival;

import java.util.Arrays;
import java.util.Objects;

import org.servelab.workload.InputException;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.Trace;

/**
 * A trace's own arrival times, replayed with every gap multiplied by a time scale: 0.5 sends the same
 * pattern twice as fast, 2 half as fast. Times are taken in arrival order and shifted so that the first is
 * at 0. Asked for more jobs than the source has, the pattern repeats, the copy starting one mean gap after
 * the previous copy's last arrival.
 */
public final class ReplayArrivals implements ArrivalProcess {

    static final String SCALE_OPTION = "--time-scale";

    private final String sourceName;
    private final double[] gapsSeconds;
    private final double meanGapSeconds;
    private final double scale;

    private ReplayArrivals(String sourceName, double[] gapsSeconds, double scale) {
        this.sourceName = sourceName;
        this.gapsSeconds = gapsSeconds;
        this.scale = scale;
        double sum = 0;
        for (double g : gapsSeconds) {
            sum += g;
        }
        this.meanGapSeconds = gapsSeconds.length == 0 ? 0 : sum / gapsSeconds.length;
    }

    /**
     * The source trace's arrivals with gaps times {@code scale}.
     *
     * @throws InputException when the trace has no arrival times of its own, or the scale is not positive
     */
    public static ReplayArrivals of(Trace source, double scale) {
        Objects.requireNonNull(source, "source");
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw InputException.parameter(SCALE_OPTION, "must be a positive number, got " + Rates.format(scale));
        }
        if (!source.hasArrivals()) {
            throw InputException.parameter("--arrivals", "replay needs a trace with arrival times; "
                    + source.name() + " has none");
        }
        double[] t = source.jobs().stream().mapToDouble(j -> j.arrival() * source.timeUnit().seconds()).toArray();
        Arrays.sort(t);
        double[] gaps = new double[t.length - 1];
        for (int k = 1; k < t.length; k++) {
            gaps[k - 1] = t[k] - t[k - 1];
        }
        return new ReplayArrivals(source.name(), gaps, scale);
    }

    /**
     * The source trace's arrivals, scaled to a mean rate of {@code jobsPerSecond}.
     *
     * @throws InputException when the trace's jobs all arrive at once (it has no rate to scale)
     */
    public static ReplayArrivals atRate(Trace source, double jobsPerSecond) {
        Rates.check(jobsPerSecond);
        ReplayArrivals unscaled = of(source, 1);
        if (!(unscaled.meanGapSeconds > 0)) {
            throw InputException.parameter("--arrivals", "replay at a rate needs a trace whose jobs do not all "
                    + "arrive at the same time; " + source.name() + "'s do");
        }
        return new ReplayArrivals(source.name(), unscaled.gapsSeconds, 1.0 / (jobsPerSecond * unscaled.meanGapSeconds));
    }

    /** The factor every gap is multiplied by. */
    public double scale() {
        return scale;
    }

    /** The mean rate of the replayed times in jobs per second ({@code +inf} when every gap is 0). */
    public double jobsPerSecond() {
        return 1.0 / (meanGapSeconds * scale);
    }

    @Override
    public double[] times(int n, TimeUnit unit) {
        Rates.checkCount(n);
        Objects.requireNonNull(unit, "unit");
        double factor = scale * Rates.unitsPerSecond(unit);
        double[] t = new double[n];
        int period = gapsSeconds.length + 1;
        for (int k = 1; k < n; k++) {
            int inPeriod = k % period;
            double gap = inPeriod == 0 ? meanGapSeconds : gapsSeconds[inPeriod - 1];
            t[k] = t[k - 1] + gap * factor;
        }
        return t;
    }

    @Override
    public String describe() {
        return "replay of " + sourceName + " x" + Rates.format(scale);
    }
}
