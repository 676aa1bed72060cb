package org.servelab.ui.experiments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import org.servelab.experiment.SweepRow;
import org.servelab.experiment.SweepSpec;
import org.servelab.ui.bind.WeakListeners;
import org.servelab.ui.i18n.Messages;
import org.servelab.workload.generate.Target;

/**
 * Mean JCT against load (or rate), one line per policy configuration, redrawn whenever rows arrive (once
 * per frame at most, as the model takes them in). Not animated, so what shows is what the rows say.
 */
final class LiveJctChart extends LineChart<Number, Number> {

    private final ExperimentsModel model;
    private final Messages messages;
    private final Map<String, XYChart.Series<Number, Number>> series = new HashMap<>();

    LiveJctChart(ExperimentsModel model, Messages messages) {
        super(new NumberAxis(), new NumberAxis());
        this.model = model;
        this.messages = messages;
        setId("liveJctChart");
        setAnimated(false);
        setCreateSymbols(true);
        setTitle(messages.get("experiments.chart.title"));
        ((NumberAxis) getXAxis()).setForceZeroInRange(false);
        setMinHeight(180);
        WeakListeners.on(this, model.rows(), this::refresh);
        WeakListeners.on(this, model.specProperty(), this::refresh);
        refresh();
    }

    private void refresh() {
        SweepSpec spec = model.specProperty().get();
        boolean rate = spec != null && spec.target() == Target.Kind.RATE;
        getXAxis().setLabel(messages.get(rate ? "experiments.chart.x.rate" : "experiments.chart.x.load"));
        List<SweepRow> rows = model.rows();
        String unit = rows.isEmpty() ? "ms" : rows.get(0).timeUnit();
        getYAxis().setLabel(messages.format("experiments.chart.y", unit));
        Set<String> seen = new HashSet<>();
        List<JctCurves.Curve> curves = JctCurves.of(rows);
        for (JctCurves.Curve c : curves) {
            seen.add(c.name());
            XYChart.Series<Number, Number> s = series.computeIfAbsent(c.name(), this::newSeries);
            ObservableList<XYChart.Data<Number, Number>> data = FXCollections.observableArrayList();
            for (double[] p : c.points()) {
                data.add(new XYChart.Data<>(p[0], p[1]));
            }
            if (!same(s.getData(), data)) {
                s.getData().setAll(data);
            }
        }
        series.keySet().removeIf(name -> {
            if (!seen.contains(name)) {
                getData().remove(series.get(name));
                return true;
            }
            return false;
        });
        keepGridOrder(curves);
    }

    /**
     * A line that appears before lines already drawn (its runs finished later) moves to its place in
     * grid order; the chart colours lines by their order, so every line is then re-added to keep the
     * colours those of a chart drawn from all the rows at once.
     */
    private void keepGridOrder(List<JctCurves.Curve> curves) {
        List<XYChart.Series<Number, Number>> ordered = new ArrayList<>();
        for (JctCurves.Curve c : curves) {
            ordered.add(series.get(c.name()));
        }
        if (!ordered.equals(getData())) {
            getData().clear();
            getData().addAll(ordered);
        }
    }

    private XYChart.Series<Number, Number> newSeries(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        getData().add(s);
        return s;
    }

    private static boolean same(List<XYChart.Data<Number, Number>> a, List<XYChart.Data<Number, Number>> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).getXValue().equals(b.get(i).getXValue()) || !a.get(i).getYValue().equals(b.get(i).getYValue())) {
                return false;
            }
        }
        return true;
    }

    /** The lines drawn, by name, for tests: each point {@code {x, mean JCT}}. */
    Map<String, List<XYChart.Data<Number, Number>>> lines() {
        Map<String, List<XYChart.Data<Number, Number>>> out = new HashMap<>();
        series.forEach((name, s) -> out.put(name, List.copyOf(s.getData())));
        return out;
    }
}
