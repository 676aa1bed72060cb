package org.servelab.ui.gantt;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.servelab.engine.Schedule;

/**
 * The strip above the plot: the policy's name, one swatch per queue level with its quantum, and the
 * marks (prefill, decode, arrival, now). Laid out once per schedule.
 */
final class GanttLegend {

    private static final double SWATCH_W = 16;
    private static final double GAP = 14;
    private static final Color NEUTRAL = Color.web("#b8c0c8");
    private static final Color NEUTRAL_DARK = Color.web("#5f6b7a");

    private final Schedule schedule;
    private final Font font;
    private final Font titleFont;
    private final LevelFills fills;
    private final String title;
    private final Paint neutralHatch = LevelFills.makeHatch(NEUTRAL, NEUTRAL_DARK);
    private final double titleWidth;
    private final List<String> labels = new ArrayList<>();
    private final List<Double> widths = new ArrayList<>();

    GanttLegend(Schedule schedule, GanttText text, Font font, Font titleFont, LevelFills fills) {
        this.schedule = schedule;
        this.font = font;
        this.titleFont = titleFont;
        this.fills = fills;
        this.title = schedule.policy();
        this.titleWidth = TextMetrics.width(title, titleFont);
        String unit = schedule.trace().timeUnit().symbol();
        for (int x = 0; x < schedule.levels(); x++) {
            add(text.queueWithQuantum(x, schedule.quantum(x), unit));
        }
        add(text.prefill());
        add(text.decode());
        add(text.arrival());
        add(text.now());
    }

    private void add(String label) {
        labels.add(label);
        widths.add(TextMetrics.width(label, font));
    }

    void paint(GraphicsContext gc, double width) {
        double h = GanttGeometry.LEGEND_HEIGHT;
        gc.setFill(GanttPalette.CHROME);
        gc.fillRect(0, 0, width, h);
        gc.setStroke(GanttPalette.GRID);
        gc.setLineWidth(1);
        gc.strokeLine(0, h - 0.5, width, h - 0.5);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double cy = h / 2;
        gc.setFont(titleFont);
        gc.setFill(GanttPalette.TEXT);
        gc.fillText(title, 8, cy);
        double x = 8 + titleWidth + 2 * GAP;
        int levels = schedule.levels();
        gc.setFont(font);
        for (int i = 0; i < labels.size(); i++) {
            double itemWidth = SWATCH_W + 5 + widths.get(i);
            if (x + itemWidth > width - 4) {
                break;
            }
            paintSwatch(gc, i - levels, Math.min(i, levels - 1), x, cy);
            gc.setFill(GanttPalette.TEXT);
            gc.fillText(labels.get(i), x + SWATCH_W + 5, cy);
            x += itemWidth + GAP;
        }
    }

    /** {@code mark} below 0 is a level swatch; 0..3 are prefill, decode, arrival, now. */
    private void paintSwatch(GraphicsContext gc, int mark, int level, double x, double cy) {
        switch (mark) {
            case 0:
                gc.setFill(neutralHatch);
                gc.fillRect(x, cy - 6, SWATCH_W, 12);
                gc.setStroke(NEUTRAL_DARK);
                gc.strokeRect(x + 0.5, cy - 5.5, SWATCH_W - 1, 11);
                break;
            case 1:
                gc.setFill(NEUTRAL);
                gc.fillRect(x, cy - 3, 7, 6);
                gc.fillRect(x + 8, cy - 3, 8, 6);
                break;
            case 2:
                gc.setFill(GanttPalette.ARRIVAL);
                gc.fillRect(x + 7.5, cy - 6, 1, 12);
                gc.fillPolygon(new double[] {x + 4, x + 12, x + 8}, new double[] {cy - 7, cy - 7, cy - 2}, 3);
                break;
            case 3:
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
