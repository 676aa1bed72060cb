package org.servelab.experiment.plot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import org.servelab.experiment.NumberText;
import org.servelab.experiment.PolicyConfig;
import org.servelab.experiment.SweepRow;
import org.servelab.workload.arrival.ArrivalProcesses;
import org.servelab.workload.generate.Target;

/** A sweep's rows grouped by (configuration, load or rate, CV): the seeds of one plotted point. */
final class RowGroups {

    private record Key(PolicyConfig config, double x, double cv) {
    }

    private final Map<Key, List<SweepRow>> groups = new HashMap<>();
    private final Set<PolicyConfig> configs = new LinkedHashSet<>();
    private final TreeSet<Double> xs = new TreeSet<>();
    private final TreeSet<Double> cvs = new TreeSet<>();
    private final Target.Kind target;
    private final String timeUnit;
    private final String arrivals;

    RowGroups(List<SweepRow> rows) {
        List<SweepRow> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> Integer.compare(a.index(), b.index()));
        for (SweepRow r : sorted) {
            groups.computeIfAbsent(new Key(r.config(), r.x(), r.cv()), k -> new ArrayList<>()).add(r);
            configs.add(r.config());
            xs.add(r.x());
            cvs.add(r.cv());
        }
        SweepRow first = sorted.get(0);
        this.target = first.target();
        this.timeUnit = first.timeUnit();
        this.arrivals = first.arrivals();
    }

    List<SweepRow> rows(PolicyConfig c, double x, double cv) {
        return groups.getOrDefault(new Key(c, x, cv), List.of());
    }

    /** The metric's values over seeds, or an empty list when the point is missing or overloaded. */
    List<Double> values(PolicyConfig c, double x, double cv, ToDoubleFunction<SweepRow> metric) {
        List<SweepRow> rs = rows(c, x, cv);
        List<Double> out = new ArrayList<>();
        for (SweepRow r : rs) {
            if (r.overloaded()) {
                return List.of();
            }
            out.add(metric.applyAsDouble(r));
        }
        return out;
    }

    List<PolicyConfig> configs() {
        return new ArrayList<>(configs);
    }

    List<Double> xs() {
        return new ArrayList<>(xs);
    }

    List<Double> cvs() {
        return new ArrayList<>(cvs);
    }

    Target.Kind target() {
        return target;
    }

    String timeUnit() {
        return timeUnit;
    }

    /** The policies, in grid order. */
    List<String> policies() {
        Set<String> out = new LinkedHashSet<>();
        for (PolicyConfig c : configs) {
            out.add(c.policy());
        }
        return new ArrayList<>(out);
    }

    boolean has(String policy) {
        return policies().contains(policy);
    }

    List<PolicyConfig> configsOf(String policy) {
        List<PolicyConfig> out = new ArrayList<>();
        for (PolicyConfig c : configs) {
            if (c.policy().equals(policy)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether any run at this workload point (any seed) is overloaded. */
    boolean overloadedAt(double x, double cv) {
        for (PolicyConfig c : configs) {
            for (SweepRow r : rows(c, x, cv)) {
                if (r.overloaded()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The largest load or rate at this CV with no overloaded run, or {@code NaN}. */
    double highestCalmX(double cv) {
        for (double x : xs.descendingSet()) {
            if (!overloadedAt(x, cv)) {
                return x;
            }
        }
        return Double.NaN;
    }

    /**
     * The policy's configuration with the lowest geometric mean of average JCT over every point that is not
     * overloaded: the one drawn for the policy when it has several. The geometric mean weighs a 10% gain at
     * light load as much as one at heavy load.
     */
    PolicyConfig best(String policy) {
        PolicyConfig best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (PolicyConfig c : configsOf(policy)) {
            double sum = 0;
            int n = 0;
            for (Map.Entry<Key, List<SweepRow>> e : groups.entrySet()) {
                if (!e.getKey().config().equals(c)) {
                    continue;
                }
                for (SweepRow r : e.getValue()) {
                    if (!r.overloaded() && r.summary().averageJct() > 0) {
                        sum += Math.log(r.summary().averageJct());
                        n++;
                    }
                }
            }
            double score = n == 0 ? Double.MAX_VALUE : sum / n;
            if (best == null || score < bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /** The series name of a policy's drawn configuration: its label, and how many it was picked from. */
    String seriesName(String policy) {
        int n = configsOf(policy).size();
        PolicyConfig c = best(policy);
        return n > 1 ? c.label().replace(")", "; best of " + n + ")") : c.label();
    }

    /** The x axis label. */
    String xLabel() {
        return target == Target.Kind.RATE ? "arrival rate (jobs/s)" : "offered load (arrival rate × mean service time)";
    }

    /** The file-name word of the x axis. */
    String xWord() {
        return target == Target.Kind.RATE ? "rate" : "load";
    }

    /** How one CV value is named in a title: {@code CV 2} for gamma arrivals, the process otherwise. */
    String cvTitle(double cv) {
        return ArrivalProcesses.takesCv(arrivals) ? "gamma arrivals, CV " + NumberText.of(cv) : arrivals + " arrivals";
    }

    /** The x value in words: {@code load 0.9} or {@code 0.9 jobs/s}. */
    String xTitle(double x) {
        return target == Target.Kind.RATE ? NumberText.of(x) + " jobs/s" : "load " + NumberText.of(x);
    }

    /** How many seeds the points average. */
    int seeds() {
        int max = 0;
        for (List<SweepRow> rs : groups.values()) {
            max = Math.max(max, rs.size());
        }
        return max;
    }
}
