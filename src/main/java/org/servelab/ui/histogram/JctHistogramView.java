package org.servelab.ui.histogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;

/**
 * Overlaid histograms of job completion times, one named series per run, each fed by a growing list of
 * the JCTs of its finished jobs. All series share one set of bins, so they can be compared bar for bar.
 *
 * <p>Set {@link #binRangeProperty() binRange} (for instance to the largest JCT of the complete runs) to
 * keep the bins still while the lists fill; leave it {@code NaN} to size the bins from the data seen so
 * far. List changes only mark the chart dirty; the counts are rebuilt once per pulse in the layout pass.
 * Each series is drawn as a translucent step area, so overlapping runs stay visible.
 */
public class JctHistogramView extends Region {

    /** Series colours, in order: distinguishable and readable when translucent. */
    static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f"};

    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final AreaChart<Number, Number> chart = new AreaChart<>(xAxis, yAxis);
    private final Map<String, Feed> feeds = new LinkedHashMap<>();
    private final ResourceBundle bundle;

    private final DoubleProperty binRange = new SimpleDoubleProperty(this, "binRange", Double.NaN);
    private final IntegerProperty binCount = new SimpleIntegerProperty(this, "binCount", 20);
    private final StringProperty timeUnit = new SimpleStringProperty(this, "timeUnit", "ms");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", null);
    private final javafx.beans.property.BooleanProperty logScale =
            new javafx.beans.property.SimpleBooleanProperty(this, "logScale", false);

    private HistogramBins bins = HistogramBins.nice(1, 20);
    private boolean dirty = true;
    private int rebuilds;

    /** One series: its source list and the chart series it is drawn as. */
    private final class Feed {
        final ObservableList<Double> source;
        final XYChart.Series<Number, Number> series;
        final ListChangeListener<Double> listener = c -> invalidate();
        int[] counts = new int[0];
        String colour;

        Feed(String name, ObservableList<Double> source) {
            this.source = source;
            this.series = new XYChart.Series<>();
            series.setName(name);
            source.addListener(listener);
        }
    }

    public JctHistogramView() {
        this(null);
    }

    /** @param bundle texts {@code histogram.x} ("JCT ({0})") and {@code histogram.y} ("jobs"); null for English */
    public JctHistogramView(ResourceBundle bundle) {
        this.bundle = bundle;
        getStyleClass().add("jct-histogram");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(true);
        xAxis.setAutoRanging(false);
        xAxis.setLowerBound(0);
        xAxis.setMinorTickVisible(false);
        yAxis.setAutoRanging(false);
        yAxis.setLowerBound(0);
        yAxis.setMinorTickVisible(false);
        yAxis.setTickLabelFormatter(new javafx.util.StringConverter<Number>() {
            @Override
            public String toString(Number n) {
                return String.valueOf(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        chart.setPadding(new Insets(6, 24, 6, 6));
        yAxis.setLabel(text("histogram.y", "jobs"));
        chart.setStyle(colourStyle());
        getChildren().add(chart);
        setPrefSize(520, 320);
        binRange.addListener(obs -> invalidate());
        binCount.addListener(obs -> invalidate());
        timeUnit.addListener(obs -> invalidate());
        quantity.addListener(obs -> invalidate());
        logScale.addListener(obs -> invalidate());
        xAxis.setTickLabelFormatter(new javafx.util.StringConverter<Number>() {
            @Override
            public String toString(Number n) {
                double v = isLogScale() ? Math.pow(10, n.doubleValue()) : n.doubleValue();
                return org.servelab.ui.i18n.Numbers.number(v);
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
    }

    private String text(String key, String english) {
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : english;
    }

    private static String colourStyle() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < COLOURS.length; i++) {
            sb.append("CHART_COLOR_").append(i + 1).append(": ").append(COLOURS[i]).append(";");
            sb.append("CHART_COLOR_").append(i + 1).append("_TRANS_20: ").append(COLOURS[i]).append("4d;");
        }
        return sb.toString();
    }

    // ---- properties -------------------------------------------------------------------------------

    /** Upper end of the bins; {@code NaN} (the default) sizes them from the largest value shown. */
    public final DoubleProperty binRangeProperty() {
        return binRange;
    }

    public final double getBinRange() {
        return binRange.get();
    }

    public final void setBinRange(double max) {
        binRange.set(max);
    }

    public final IntegerProperty binCountProperty() {
        return binCount;
    }

    public final int getBinCount() {
        return binCount.get();
    }

    public final void setBinCount(int n) {
        binCount.set(n);
    }

    /** The time unit named on the x axis. */
    public final StringProperty timeUnitProperty() {
        return timeUnit;
    }

    public final String getTimeUnit() {
        return timeUnit.get();
    }

    public final void setTimeUnit(String unit) {
        timeUnit.set(unit);
    }

    /** What the values are ("TTFT"); {@code null} for the bundle's {@code histogram.x} ("JCT"). */
    public final StringProperty quantityProperty() {
        return quantity;
    }

    public final void setQuantity(String q) {
        quantity.set(q);
    }

    /** Bins of equal ratio on a logarithmic axis, for long tails. */
    public final javafx.beans.property.BooleanProperty logScaleProperty() {
        return logScale;
    }

    public final boolean isLogScale() {
        return logScale.get();
    }

    public final void setLogScale(boolean b) {
        logScale.set(b);
    }

    // ---- series -----------------------------------------------------------------------------------

    /** Adds (or replaces) a named series fed by a list of JCTs that grows as jobs finish. */
    public void addSeries(String name, ObservableList<Double> jcts) {
        removeSeries(name);
        Feed f = new Feed(name, jcts);
        feeds.put(name, f);
        chart.getData().add(f.series);
        invalidate();
    }

    /**
     * Adds a series drawn in a colour of its own ({@code #rrggbb}), whatever its position; the chart's
     * legend is then left out, since its swatches follow positions (the caller shows the names).
     */
    public void addSeries(String name, ObservableList<Double> jcts, String colour) {
        addSeries(name, jcts);
        Feed f = feeds.get(name);
        f.colour = colour;
        paint(f);
    }

    private void paint(Feed f) {
        if (f.colour == null || !(f.series.getNode() instanceof javafx.scene.Group)) {
            return;
        }
        javafx.scene.Group g = (javafx.scene.Group) f.series.getNode();
        if (g.getChildren().size() >= 2) {
            g.getChildren().get(0).setStyle("-fx-fill: " + f.colour + "4d;");
            g.getChildren().get(1).setStyle("-fx-stroke: " + f.colour + "; -fx-stroke-width: 1.5px;");
        }
    }

    public void removeSeries(String name) {
        Feed f = feeds.remove(name);
        if (f != null) {
            f.source.removeListener(f.listener);
            chart.getData().remove(f.series);
            invalidate();
        }
    }

    public void clearSeries() {
        for (String name : new ArrayList<>(feeds.keySet())) {
            removeSeries(name);
        }
    }

    public List<String> seriesNames() {
        return List.copyOf(feeds.keySet());
    }

    /** The counts per bin of a series as last drawn (empty for an unknown name). */
    public int[] binCounts(String name) {
        Feed f = feeds.get(name);
        return f == null ? new int[0] : f.counts.clone();
    }

    /** The bins as last drawn. */
    public HistogramBins bins() {
        return bins;
    }

    int rebuilds() {
        return rebuilds;
    }

    AreaChart<Number, Number> chart() {
        return chart;
    }

    // ---- layout -----------------------------------------------------------------------------------

    private void invalidate() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (dirty) {
            rebuild();
        }
        Insets in = getInsets();
        chart.resizeRelocate(in.getLeft(), in.getTop(), getWidth() - in.getLeft() - in.getRight(),
                getHeight() - in.getTop() - in.getBottom());
    }

    @Override
    protected double computePrefWidth(double height) {
        return chart.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return chart.prefHeight(width);
    }

    private void rebuild() {
        dirty = false;
        rebuilds++;
        double top = Double.isNaN(getBinRange()) ? largestValue() : getBinRange();
        if (isLogScale()) {
            bins = HistogramBins.log(smallestValue(), top, Math.max(1, getBinCount()));
            xAxis.setLowerBound(Math.log10(bins.min()));
            xAxis.setUpperBound(Math.log10(bins.max()));
            xAxis.setTickUnit(1);
        } else {
            bins = HistogramBins.nice(top, Math.max(1, getBinCount()));
            xAxis.setLowerBound(0);
            xAxis.setUpperBound(bins.max());
            xAxis.setTickUnit(niceStep(bins.max(), 8));
        }
        String unit = getTimeUnit() == null ? "" : getTimeUnit();
        xAxis.setLabel(quantity.get() == null ? text("histogram.x", "JCT ({0})").replace("{0}", unit)
                : quantity.get() + " (" + unit + ")" + (isLogScale() ? " \u00b7 log" : ""));
        boolean ownColours = feeds.values().stream().anyMatch(f -> f.colour != null);
        chart.setLegendVisible(feeds.size() > 1 && !ownColours);
        for (Feed f : feeds.values()) {
            paint(f);
        }
        int highest = 0;
        for (Feed f : feeds.values()) {
            f.counts = bins.count(f.source);
            List<XYChart.Data<Number, Number>> pts = steps(f.counts);
            if (!sameXs(f.series.getData(), pts)) {
                f.series.getData().setAll(pts);
            } else {
                // the bins stayed (a run being played): only the heights change, the points stay
                for (int i = 0; i < pts.size(); i++) {
                    XYChart.Data<Number, Number> d = f.series.getData().get(i);
                    if (d.getYValue().doubleValue() != pts.get(i).getYValue().doubleValue()) {
                        d.setYValue(pts.get(i).getYValue());
                    }
                }
            }
            for (int c : f.counts) {
                highest = Math.max(highest, c);
            }
        }
        countAxis(highest);
    }

    private static boolean sameXs(List<XYChart.Data<Number, Number>> shown, List<XYChart.Data<Number, Number>> pts) {
        if (shown.size() != pts.size()) {
            return false;
        }
        for (int i = 0; i < pts.size(); i++) {
            if (shown.get(i).getXValue().doubleValue() != pts.get(i).getXValue().doubleValue()) {
                return false;
            }
        }
        return true;
    }

    /** A step of 1, 2, 2.5 or 5 times a power of ten giving at most {@code ticks} intervals over {@code range}. */
    static double niceStep(double range, int ticks) {
        double raw = range / ticks;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * pow >= raw * (1 - 1e-9)) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    /** Job counts are whole numbers: whole ticks, at most about six of them. */
    private void countAxis(int highest) {
        int step = 1;
        int[] mantissa = {1, 2, 5};
        for (int k = 0; highest / step > 6; k++) {
            step = mantissa[k % 3] * (int) Math.pow(10, k / 3);
        }
        int upper = Math.max(step, ((highest + step - 1) / step) * step);
        if (upper == highest) {
            upper += step;
        }
        yAxis.setUpperBound(upper);
        yAxis.setTickUnit(step);
    }

    private double smallestValue() {
        double min = Double.POSITIVE_INFINITY;
        for (Feed f : feeds.values()) {
            for (Double v : f.source) {
                if (v != null && v > 0 && v < min) {
                    min = v;
                }
            }
        }
        return Double.isInfinite(min) ? Double.NaN : min;
    }

    private double largestValue() {
        double max = 0;
        for (Feed f : feeds.values()) {
            for (Double v : f.source) {
                if (v != null && v > max) {
                    max = v;
                }
            }
        }
        return max;
    }

    /** Each bin as its own bar (up, across, down), so that every bin edge is drawn. */
    private List<XYChart.Data<Number, Number>> steps(int[] counts) {
        List<XYChart.Data<Number, Number>> pts = new ArrayList<>(4 * counts.length);
        for (int b = 0; b < counts.length; b++) {
            double lo = x(bins.lower(b));
            double hi = x(bins.upper(b));
            pts.add(new XYChart.Data<>(lo, 0));
            pts.add(new XYChart.Data<>(lo, counts[b]));
            pts.add(new XYChart.Data<>(hi, counts[b]));
            pts.add(new XYChart.Data<>(hi, 0));
        }
        return pts;
    }

    private double x(double v) {
        return isLogScale() ? Math.log10(v) : v;
    }
}
