package org.servelab.experiment.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.servelab.experiment.NumberText;
import org.servelab.experiment.PolicyConfig;
import org.servelab.experiment.ValueLists;

/**
 * The Queue_num x Quantum_rate heatmap of an MLFQ policy, at the heaviest load that is not overloaded and
 * the burstiest CV: where the knobs matter most.
 */
final class HeatmapFigures {

    private HeatmapFigures() {
    }

    /** The policy's heatmap, or {@code null} when it has no MLFQ knobs or the sweep varies neither. */
    static HeatmapFigure of(RowGroups g, String policy) {
        TreeSet<Integer> queues = new TreeSet<>();
        TreeSet<Double> rates = new TreeSet<>();
        for (PolicyConfig c : g.configsOf(policy)) {
            if (!c.isMlfq()) {
                return null;
            }
            queues.add(c.queues());
            rates.add(c.quantumRate());
        }
        if (queues.size() < 2 && rates.size() < 2) {
            return null;
        }
        PolicyConfig best = g.best(policy);
        List<Double> cvs = g.cvs();
        double cv = cvs.get(cvs.size() - 1);
        double x = g.highestCalmX(cv);
        boolean overloaded = Double.isNaN(x);
        if (overloaded) {
            x = g.xs().get(0);
        }
        double max = 0;
        List<List<Double>> means = new ArrayList<>();
        for (int q : queues) {
            List<Double> row = new ArrayList<>();
            for (double r : rates) {
                PolicyConfig c = new PolicyConfig(policy, q, r, best.quantum());
                List<Double> v = new ArrayList<>();
                g.rows(c, x, cv).forEach(sr -> v.add(sr.summary().averageJct()));
                double mean = v.isEmpty() ? Double.NaN : v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
                row.add(mean);
                if (!Double.isNaN(mean)) {
                    max = Math.max(max, mean);
                }
            }
            means.add(row);
        }
        DisplayUnit unit = DisplayUnit.forMax(max, g.timeUnit());
        List<List<Double>> cells = new ArrayList<>();
        for (List<Double> row : means) {
            List<Double> scaled = new ArrayList<>();
            row.forEach(v -> scaled.add(v * unit.factor()));
            cells.add(scaled);
        }
        List<String> rowNames = new ArrayList<>();
        queues.forEach(q -> rowNames.add(Integer.toString(q)));
        List<String> colNames = new ArrayList<>();
        rates.forEach(r -> colNames.add(NumberText.of(r)));
        String quantum = Double.isNaN(best.quantum()) ? ValueLists.AUTO + " (smallest iteration time)"
                : NumberText.of(best.quantum()) + " " + g.timeUnit();
        String note = "Mean JCT at " + g.xTitle(x) + ", " + g.cvTitle(cv) + (overloaded ? " (overloaded)" : "")
                + ", mean over " + g.seeds() + (g.seeds() == 1 ? " seed" : " seeds") + "; Quantum " + quantum
                + ". Lower is better; the best cell is outlined.";
        return new HeatmapFigure("heatmap-" + policy + ".png", policy + ": mean JCT by Queue_num and Quantum_rate",
                note, "Queue_num", "Quantum_rate", rowNames, colNames, cells, "mean JCT (" + unit.symbol() + ")");
    }
}
