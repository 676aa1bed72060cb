package org.servelab.ui.export;

import java.awt.image.BufferedImage;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.servelab.cli.JctChart;
import org.servelab.workload.Decimals;

/**
 * Each job's JCT as a bar, in trace order, with the mean JCT as a dashed line across: one panel per run, all
 * on one JCT scale so that the panels compare bar for bar. Drawn on a canvas offscreen (in tiles when large),
 * callable from any thread.
 */
public final class JctBarsExporter {

    /** Bar colours per panel (Okabe and Ito's palette, apart for colour-blind readers). */
    static final Color[] COLOURS = {Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"),
        Color.web("#CC79A7"), Color.web("#E69F00"), Color.web("#56B4E9")};
    static final Color MEAN_LINE = Color.web("#222222");

    static final double LEFT = 78;
    static final double RIGHT = 24;
    static final double TOP = 40;
    static final double PANEL_TITLE = 24;
    static final double X_LABELS = 34;
    static final double PANEL_GAP = 10;

    private static final Font TITLE = Font.font("DejaVu Sans", FontWeight.BOLD, 16);
    private static final Font PANEL = Font.font("DejaVu Sans", FontWeight.BOLD, 13);
    private static final Font LABEL = Font.font("DejaVu Sans", FontWeight.NORMAL, 11);

    private JctBarsExporter() {
    }

    /** Renders the chart {@code width} x {@code height} pixels. */
    public static BufferedImage render(JctChart chart, int width, int height) {
        if (chart.runs().isEmpty()) {
            throw new IllegalArgumentException("no run to draw");
        }
        Layout layout = new Layout(chart, width, height);
        return FxPlatform.call(() -> TiledSnapshot.render(width, height,
                (gc, x, y, w, h) -> paint(gc, chart, layout)));
    }

    /**
     * Where everything goes. Bars of job {@code i} span {@code [barLeft(i), barLeft(i) + barWidth()]}; a
     * value {@code v} of panel {@code p} is drawn at {@code y(p, v)}.
     */
    static final class Layout {
        final int width;
        final int height;
        final int panels;
        final int jobs;
        final NiceScale scale;
        final double panelHeight;

        Layout(JctChart chart, int width, int height) {
            this.width = width;
            this.height = height;
            this.panels = chart.runs().size();
            this.jobs = chart.jobs().size();
            this.scale = NiceScale.of(0, Math.max(chart.maxJct(), 1e-9), 5);
            this.panelHeight = (height - TOP) / panels;
            if (plotHeight() < 20 || plotWidth() < 20) {
                throw new IllegalArgumentException(width + " x " + height + " pixels is too small for " + panels
                        + (panels == 1 ? " panel" : " panels"));
            }
        }

        double plotLeft() {
            return LEFT;
        }

        double plotWidth() {
            return width - LEFT - RIGHT;
        }

        double plotTop(int panel) {
            return TOP + panel * panelHeight + PANEL_TITLE;
        }

        double plotHeight() {
            return panelHeight - PANEL_TITLE - X_LABELS - PANEL_GAP;
        }

        double plotBottom(int panel) {
            return plotTop(panel) + plotHeight();
        }

        double slot() {
            return plotWidth() / Math.max(1, jobs);
        }

        double barWidth() {
            double slot = slot();
            return slot >= 3 ? slot * 0.78 : slot;
        }

        double barLeft(int job) {
            return plotLeft() + job * slot() + (slot() - barWidth()) / 2;
        }

        double y(int panel, double v) {
            double t = (v - scale.lower()) / (scale.upper() - scale.lower());
            return plotBottom(panel) - t * plotHeight();
        }
    }

    private static void paint(GraphicsContext gc, JctChart chart, Layout l) {
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, l.width, l.height);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(Color.BLACK);
        gc.setFont(TITLE);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(chart.title(), 14, TOP / 2);
        for (int p = 0; p < l.panels; p++) {
            panel(gc, chart, l, p);
        }
    }

    private static void panel(GraphicsContext gc, JctChart chart, Layout l, int p) {
        JctChart.Run run = chart.runs().get(p);
        Color colour = COLOURS[p % COLOURS.length];
        double top = l.plotTop(p);
        double bottom = l.plotBottom(p);
        double left = l.plotLeft();
        double right = left + l.plotWidth();
        gc.setFont(PANEL);
        gc.setFill(Color.BLACK);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(run.label() + ": mean JCT " + number(run.mean()) + " " + chart.timeUnit(), left,
                top - PANEL_TITLE / 2);
        // grid and y ticks
        gc.setFont(LABEL);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setLineWidth(1);
        for (double v = l.scale.lower(); v <= l.scale.upper() + l.scale.tick() / 2; v += l.scale.tick()) {
            double y = Math.round(l.y(p, v)) + 0.5;
            gc.setStroke(Color.gray(0.88));
            gc.strokeLine(left, y, right, y);
            gc.setFill(Color.gray(0.25));
            gc.fillText(number(v), left - 6, y);
        }
        gc.save();
        gc.translate(16, (top + bottom) / 2);
        gc.rotate(-90);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText("JCT (" + chart.timeUnit() + ")", 0, 0);
        gc.restore();
        // bars
        gc.setFill(colour);
        for (int i = 0; i < l.jobs; i++) {
            double v = run.jct(i);
            if (Double.isFinite(v) && v > 0) {
                double y = l.y(p, v);
                gc.fillRect(l.barLeft(i), y, l.barWidth(), bottom - y);
            }
        }
        // axes
        gc.setStroke(Color.gray(0.3));
        gc.strokeLine(left, Math.round(bottom) + 0.5, right, Math.round(bottom) + 0.5);
        gc.strokeLine(left + 0.5, top, left + 0.5, bottom);
        jobLabels(gc, chart, l, bottom);
        // the mean
        if (Double.isFinite(run.mean())) {
            double y = l.y(p, run.mean());
            gc.setStroke(MEAN_LINE);
            gc.setLineWidth(2);
            gc.setLineDashes(8, 5);
            gc.strokeLine(left, y, right, y);
            gc.setLineDashes((double[]) null);
            gc.setLineWidth(1);
            String text = "mean " + number(run.mean());
            gc.setFont(PANEL);
            gc.setTextAlign(TextAlignment.RIGHT);
            double w = textWidth(text, PANEL) + 8;
            gc.setFill(Color.color(1, 1, 1, 0.85));
            gc.fillRect(right - w, y - 18, w, 15);
            gc.setFill(MEAN_LINE);
            gc.fillText(text, right - 4, y - 10);
        }
    }

    /** Job ids under the bars when they fit, else every k-th; then what the axis is. */
    private static void jobLabels(GraphicsContext gc, JctChart chart, Layout l, double bottom) {
        gc.setFont(LABEL);
        gc.setFill(Color.gray(0.25));
        gc.setTextAlign(TextAlignment.CENTER);
        double widest = 0;
        for (String id : chart.jobs()) {
            widest = Math.max(widest, textWidth(id, LABEL));
            if (widest > 80) {
                break;
            }
        }
        int every = Math.max(1, (int) Math.ceil((widest + 8) / l.slot()));
        if (every > 1) {
            every = niceStep(every);
        }
        for (int i = 0; i < l.jobs; i += every) {
            gc.fillText(chart.jobs().get(i), l.barLeft(i) + l.barWidth() / 2, bottom + 10);
        }
        gc.fillText(every == 1 ? "jobs, in trace order" : "jobs, in trace order (every " + every + "th labelled)",
                l.plotLeft() + l.plotWidth() / 2, bottom + 25);
    }

    private static int niceStep(int at) {
        int step = 1;
        int[] mantissa = {1, 2, 5};
        for (int k = 0; step < at; k++) {
            step = mantissa[k % 3] * (int) Math.pow(10, k / 3);
        }
        return step;
    }

    private static double textWidth(String s, Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }

    static String number(double v) {
        return Decimals.label(v);
    }
}
