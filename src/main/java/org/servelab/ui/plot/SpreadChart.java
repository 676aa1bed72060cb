package org.servelab.ui.plot;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

/**
 * A line chart that also draws, for each point, a whisker from the lowest to the highest seed's value,
 * and optionally a dashed horizontal reference line. The axes are set by the caller (whiskers are not
 * data, so auto-ranging would cut them).
 */
final class SpreadChart extends LineChart<Number, Number> {

    private record Whisker(double x, double lo, double hi, double dx, Line stem, Line top, Line bottom) {
    }

    private static final double CAP = 4;

    private final List<Whisker> whiskers = new ArrayList<>();
    private Line reference;
    private double referenceY = Double.NaN;

    SpreadChart(NumberAxis x, NumberAxis y) {
        super(x, y);
        setAnimated(false);
        setLegendVisible(false);
        setCreateSymbols(true);
    }

    /** A whisker at {@code x}, drawn {@code dx} pixels to the side of it. */
    void addWhisker(double x, double lo, double hi, Color color, double dx) {
        if (!(hi > lo)) {
            return;
        }
        Line stem = line(color);
        Line top = line(color);
        Line bottom = line(color);
        whiskers.add(new Whisker(x, lo, hi, dx, stem, top, bottom));
        getPlotChildren().addAll(stem, top, bottom);
    }

    void setReference(double y) {
        referenceY = y;
        if (reference == null) {
            reference = new Line();
            reference.setStroke(Color.gray(0.35));
            reference.getStrokeDashArray().setAll(6.0, 4.0);
            reference.setStrokeWidth(1.2);
            getPlotChildren().add(0, reference);
        }
    }

    private static Line line(Color color) {
        Line l = new Line();
        l.setStroke(color);
        l.setStrokeWidth(1.3);
        return l;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis xAxis = (NumberAxis) getXAxis();
        NumberAxis yAxis = (NumberAxis) getYAxis();
        for (Whisker w : whiskers) {
            double px = xAxis.getDisplayPosition(w.x()) + w.dx();
            double lo = yAxis.getDisplayPosition(w.lo());
            double hi = yAxis.getDisplayPosition(w.hi());
            set(w.stem(), px, lo, px, hi);
            set(w.top(), px - CAP, hi, px + CAP, hi);
            set(w.bottom(), px - CAP, lo, px + CAP, lo);
        }
        if (reference != null) {
            double py = yAxis.getDisplayPosition(referenceY);
            set(reference, 0, py, xAxis.getWidth(), py);
        }
    }

    private static void set(Line l, double x1, double y1, double x2, double y2) {
        l.setStartX(x1);
        l.setStartY(y1);
        l.setEndX(x2);
        l.setEndY(y2);
    }
}
