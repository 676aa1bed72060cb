package org.servelab.ui.plot;

import java.util.List;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import org.servelab.workload.Decimals;
import org.servelab.experiment.plot.HeatmapFigure;

/**
 * A {@link HeatmapFigure} as a node: one block of coloured cells per grid, each cell with its number written in
 * it (and, when the grid has a reference such as FCFS, the ratio to it), light for low (good) and dark for
 * high on one colour scale for every grid, the lowest cell of each grid outlined.
 */
public final class HeatmapView extends VBox {

    static final double CELL_W = 92;
    static final double CELL_H = 46;
    /** Room a grid takes beside its cells (row headings and title) and under them (column headings and title). */
    static final double GRID_EXTRA_W = 64;
    static final double GRID_EXTRA_H = 84;

    public HeatmapView(HeatmapFigure f) {
        setSpacing(8);
        setPadding(new Insets(14, 18, 14, 18));
        setStyle("-fx-background-color: white;");
        double[] range = range(f);
        GridPane blocks = new GridPane();
        blocks.setHgap(24);
        blocks.setVgap(14);
        for (int k = 0; k < f.grids().size(); k++) {
            blocks.add(grid(f, f.grids().get(k), range), k % f.gridColumns(), k / f.gridColumns());
        }
        Label value = FigureText.note("Cells: " + f.valueLabel()
                + (f.grids().stream().anyMatch(g -> !g.referenceNote().isEmpty()) ? "; under it, the ratio the colour shows" : ""));
        getChildren().addAll(FigureText.title(f.title()), FigureText.note(f.note()), value, blocks,
                scale(range, f.colourLabel()));
        setAlignment(Pos.TOP_LEFT);
    }

    private static VBox grid(HeatmapFigure f, HeatmapFigure.Grid g, double[] range) {
        GridPane grid = new GridPane();
        grid.setHgap(2);
        grid.setVgap(2);
        int[] best = best(g.values());
        Label rowTitle = axisLabel(f.rowLabel());
        rowTitle.setRotate(-90);
        grid.add(new javafx.scene.Group(rowTitle), 0, 0, 1, f.rows().size());
        boolean ratio = !g.referenceNote().isEmpty();
        for (int r = 0; r < f.rows().size(); r++) {
            Label h = axisLabel(f.rows().get(r));
            GridPane.setHalignment(h, HPos.RIGHT);
            GridPane.setMargin(h, new Insets(0, 6, 0, 6));
            grid.add(h, 1, r);
            List<Double> row = g.values().get(r);
            for (int c = 0; c < row.size(); c++) {
                grid.add(cell(row.get(c), g.colourValue(r, c), ratio, range, r == best[0] && c == best[1]), c + 2, r);
            }
        }
        for (int c = 0; c < f.columns().size(); c++) {
            Label h = axisLabel(f.columns().get(c));
            GridPane.setHalignment(h, HPos.CENTER);
            GridPane.setValignment(h, VPos.TOP);
            grid.add(h, c + 2, f.rows().size());
        }
        Label colTitle = axisLabel(f.columnLabel());
        GridPane.setHalignment(colTitle, HPos.CENTER);
        grid.add(colTitle, 2, f.rows().size() + 1, f.columns().size(), 1);
        VBox box = new VBox(4);
        if (!g.title().isEmpty()) {
            Label title = new Label(g.title() + (g.referenceNote().isEmpty() ? "" : ";  " + g.referenceNote()));
            title.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 13));
            box.getChildren().add(title);
        }
        box.getChildren().add(grid);
        return box;
    }

    /** Whether the colours follow the logarithm of the values: when they span more than a factor of 30. */
    static boolean log(double[] range) {
        return range[0] > 0 && range[1] / range[0] > 30;
    }

    /** Where a value sits on the colour ramp, 0 (lowest) to 1 (highest). */
    static double position(double v, double[] range) {
        if (!(range[1] > range[0])) {
            return 0;
        }
        return log(range) ? Math.log(v / range[0]) / Math.log(range[1] / range[0])
                : (v - range[0]) / (range[1] - range[0]);
    }

    /** The colour scale: the ramp from the lowest to the highest value, with five labelled ticks. */
    private static VBox scale(double[] range, String valueLabel) {
        int steps = 120;
        double width = 360;
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox();
        for (int i = 0; i < steps; i++) {
            Rectangle r = new Rectangle(width / steps, 14);
            r.setFill(ramp(i / (double) (steps - 1)));
            bar.getChildren().add(r);
        }
        javafx.scene.layout.Pane ticks = new javafx.scene.layout.Pane();
        ticks.setPrefSize(width + 60, 18);
        boolean flat = !(range[1] > range[0]);
        for (int i = 0; i <= 4; i++) {
            double t = i / 4.0;
            double v = flat ? range[0] : log(range) ? range[0] * Math.pow(range[1] / range[0], t)
                    : range[0] + t * (range[1] - range[0]);
            Label l = axisLabel(Double.isFinite(v) ? tick(v, (range[1] - range[0]) / 4) : "–");
            l.setFont(Font.font("DejaVu Sans", FontWeight.NORMAL, 11));
            l.setLayoutX(t * width - 12);
            ticks.getChildren().add(l);
            if (flat) {
                break;
            }
        }
        Label title = FigureText.note("Colour scale" + (log(range) ? " (logarithmic)" : "") + ": " + valueLabel
                + ", light = low, dark = high");
        VBox box = new VBox(2, title, bar, ticks);
        box.setPadding(new Insets(6, 0, 0, 40));
        return box;
    }

    private static Label axisLabel(String text) {
        Label l = new Label(text);
        l.setFont(Font.font("DejaVu Sans", FontWeight.NORMAL, 13));
        return l;
    }

    private static StackPane cell(double v, double colour, boolean ratio, double[] range, boolean best) {
        Rectangle r = new Rectangle(CELL_W, CELL_H);
        double t = position(colour, range);
        Color fill = Double.isNaN(v) ? Color.gray(0.9) : ramp(t);
        r.setFill(fill);
        if (best) {
            r.setStroke(Color.BLACK);
            r.setStrokeWidth(3);
            r.setStrokeType(javafx.scene.shape.StrokeType.INSIDE);
        }
        Color text = fill.getBrightness() < 0.55 ? Color.WHITE : Color.BLACK;
        Label l = new Label(Double.isNaN(v) ? "–" : format(v));
        l.setFont(Font.font("DejaVu Sans", best ? FontWeight.BOLD : FontWeight.NORMAL, 13));
        l.setTextFill(text);
        if (!ratio || Double.isNaN(v)) {
            return new StackPane(r, l);
        }
        Label x = new Label("×" + ratio(colour));
        x.setFont(Font.font("DejaVu Sans", FontWeight.NORMAL, 10));
        x.setTextFill(text);
        VBox lines = new VBox(0, l, x);
        lines.setAlignment(Pos.CENTER);
        return new StackPane(r, lines);
    }

    /**
     * A colour-scale tick: as a cell's number when ticks are 1 or more apart, else with enough decimals to
     * tell neighbouring ticks apart ({@code 0.0894}, {@code 0.0977}).
     */
    static String tick(double v, double step) {
        if (!(step > 0) || step >= 1) {
            return format(v);
        }
        int decimals = (int) Math.ceil(-Math.log10(step)) + 1;
        return Decimals.fixed(v, decimals, java.math.RoundingMode.HALF_EVEN);
    }

    /** A ratio with three significant digits: {@code 0.879}, {@code 1.01}. */
    static String ratio(double v) {
        return Decimals.significant(v, 3);
    }

    /** Pale yellow (low) to dark blue (high), a ramp that stays ordered in greyscale. */
    private static Color ramp(double t) {
        Color[] stops = {Color.web("#ffffcc"), Color.web("#a1dab4"), Color.web("#41b6c4"), Color.web("#2c7fb8"),
            Color.web("#253494")};
        double p = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(p));
        return stops[i].interpolate(stops[i + 1], p - i);
    }

    static String format(double v) {
        return Decimals.label(v);
    }

    /** The lowest and highest colour value over every grid. */
    private static double[] range(HeatmapFigure f) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (HeatmapFigure.Grid g : f.grids()) {
            for (int r = 0; r < g.values().size(); r++) {
                for (int c = 0; c < g.values().get(r).size(); c++) {
                    double v = g.colourValue(r, c);
                    if (!Double.isNaN(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        return new double[] {lo, hi};
    }

    private static int[] best(List<List<Double>> values) {
        int[] best = {-1, -1};
        double min = Double.POSITIVE_INFINITY;
        for (int r = 0; r < values.size(); r++) {
            for (int c = 0; c < values.get(r).size(); c++) {
                double v = values.get(r).get(c);
                if (v < min) {
                    min = v;
                    best[0] = r;
                    best[1] = c;
                }
            }
        }
        return best;
    }
}
