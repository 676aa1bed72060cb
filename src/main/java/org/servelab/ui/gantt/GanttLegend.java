package org.servelab.ui.gantt;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.servelab.ui.model.Timeline;

/**
 * The strip above the plot: the policy's name, one swatch per queue level with its quantum (a time, or a
 * number of iterations with token accounting), and the marks (prefill, decode, padding, waiting, arrival,
 * now). Items that do not fit on one line wrap onto the next, so ten levels never fall off the edge.
 */
final class GanttLegend {

    static final double LINE_HEIGHT = 20;
    static final double PAD = 3;
    private static final double SWATCH_W = 16;
    private static final double GAP = 14;
    private static final Color NEUTRAL = Color.web("#b8c0c8");
    private static final Color NEUTRAL_DARK = Color.web("#5f6b7a");

    /** Mark swatches, after the level swatches. */
    private enum Mark { LEVEL, PREFILL, DECODE, PADDING, WAITING, ARRIVAL, NOW }

    private final Font font;
    private final Font titleFont;
    private final LevelFills fills;
    private final String title;
    private final Paint neutralHatch = LevelFills.makeHatch(NEUTRAL, NEUTRAL_DARK);
    private final double titleWidth;
    private final List<String> labels = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Integer> levelOf = new ArrayList<>();
    private final List<Double> widths = new ArrayList<>();

    /** The legend is drawn this many times its normal size (presentation mode). */
    private final double scale;

    GanttLegend(Timeline timeline, GanttText text, Font font, Font titleFont, LevelFills fills, boolean showNow,
                double scale) {
        this.scale = scale;
        this.font = font;
        this.titleFont = titleFont;
        this.fills = fills;
        this.title = timeline.policy();
        this.titleWidth = TextMetrics.width(title, titleFont);
        String unit = timeline.trace().timeUnit().symbol();
        for (int x = 0; x < timeline.levels(); x++) {
            String label = timeline.quantaInIterations() ? text.queueWithIterations(x, timeline.quantum(x))
                    : text.queueWithQuantum(x, timeline.quantum(x), unit);
            add(label, Mark.LEVEL, x);
        }
        add(text.prefill(), Mark.PREFILL, 0);
        add(text.decode(), Mark.DECODE, 0);
        if ("static".equals(timeline.policy())) {
            add(text.padding(), Mark.PADDING, 0);
        }
        add(text.waiting(), Mark.WAITING, 0);
        add(text.arrival(), Mark.ARRIVAL, 0);
        if (showNow) {
            add(text.now(), Mark.NOW, 0);
        }
    }

    private void add(String label, Mark mark, int level) {
        labels.add(label);
        marks.add(mark);
        levelOf.add(level);
        widths.add(TextMetrics.width(label, font));
    }

    /** Height of the legend laid out in {@code width}. */
    double height(double width) {
        return scale * (PAD * 2 + LINE_HEIGHT * layout(width / scale, null));
    }

    /** Places the items in lines; returns the number of lines; fills {@code xs}/{@code lines} when given. */
    private int layout(double width, double[][] out) {
        double start = 8 + titleWidth + 2 * GAP;
        double x = start;
        int line = 0;
        for (int i = 0; i < labels.size(); i++) {
            double itemWidth = SWATCH_W + 5 + widths.get(i);
            if (x > start && x + itemWidth > width - 4) {
                line++;
                x = start;
            }
            if (out != null) {
                out[i][0] = x;
                out[i][1] = line;
            }
            x += itemWidth + GAP;
        }
        return line + 1;
    }

    void paint(GraphicsContext gc, double width) {
        gc.save();
        gc.scale(scale, scale);
        paintNormalSize(gc, width / scale);
        gc.restore();
    }

    private void paintNormalSize(GraphicsContext gc, double width) {
        double h = PAD * 2 + LINE_HEIGHT * layout(width, null);
        gc.setFill(GanttPalette.CHROME);
        gc.fillRect(0, 0, width, h);
        gc.setStroke(GanttPalette.GRID);
        gc.setLineWidth(1);
        gc.strokeLine(0, h - 0.5, width, h - 0.5);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(titleFont);
        gc.setFill(GanttPalette.TEXT);
        gc.fillText(title, 8, PAD + LINE_HEIGHT / 2);
        double[][] at = new double[labels.size()][2];
        layout(width, at);
        gc.setFont(font);
        for (int i = 0; i < labels.size(); i++) {
            double x = at[i][0];
            double cy = PAD + at[i][1] * LINE_HEIGHT + LINE_HEIGHT / 2;
            paintSwatch(gc, marks.get(i), levelOf.get(i), x, cy);
            gc.setFill(GanttPalette.TEXT);
            gc.fillText(labels.get(i), x + SWATCH_W + 5, cy);
        }
    }

    private void paintSwatch(GraphicsContext gc, Mark mark, int level, double x, double cy) {
        switch (mark) {
            case PREFILL:
                gc.setFill(neutralHatch);
                gc.fillRect(x, cy - 6, SWATCH_W, 12);
                gc.setStroke(NEUTRAL_DARK);
                gc.strokeRect(x + 0.5, cy - 5.5, SWATCH_W - 1, 11);
                break;
            case DECODE:
                gc.setFill(NEUTRAL);
                gc.fillRect(x, cy - 3, 7, 6);
                gc.fillRect(x + 8, cy - 3, 8, 6);
                break;
            case PADDING:
                gc.setStroke(GanttPalette.PADDING.darker());
                gc.strokeRect(x + 0.5, cy - 2.5, SWATCH_W - 1, 5);
                break;
            case WAITING:
                gc.setFill(GanttPalette.WAITING);
                gc.fillRect(x, cy - 2.5, SWATCH_W, 5);
                gc.setStroke(GanttPalette.WAITING_EDGE);
                gc.setLineDashes(2, 2);
                gc.strokeRect(x + 0.5, cy - 2.5, SWATCH_W - 1, 5);
                gc.setLineDashes(null);
                break;
            case ARRIVAL:
                gc.setFill(GanttPalette.ARRIVAL);
                gc.fillRect(x + 7.5, cy - 6, 1, 12);
                gc.fillPolygon(new double[] {x + 4, x + 12, x + 8}, new double[] {cy - 7, cy - 7, cy - 2}, 3);
                break;
            case NOW:
                gc.setStroke(GanttPalette.NOW_LINE);
                gc.setLineWidth(1.5);
                gc.strokeLine(x + 8, cy - 7, x + 8, cy + 7);
                gc.setLineWidth(1);
                break;
            default:
                gc.setFill(fills.solid(level));
                gc.fillRect(x, cy - 6, SWATCH_W, 12);
                break;
        }
    }
}
