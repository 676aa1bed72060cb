package org.servelab.ui.plot;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.servelab.cli.JctChart;
import org.servelab.cli.Renderers;
import org.servelab.engine.Schedule;
import org.servelab.experiment.plot.Figure;
import org.servelab.ui.export.GanttExporter;
import org.servelab.ui.model.ScheduleTimeline;
import org.servelab.ui.export.HistogramExporter;
import org.servelab.ui.export.JctBarsExporter;

/**
 * The command line's pictures drawn with JavaFX offscreen: sweep figures here, the Gantt chart, the JCT
 * histogram and the JCT bars by {@code org.servelab.ui.export}. Found by the command line through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.servelab.cli.Renderers}).
 */
public final class PngRenderers implements Renderers {

    @Override
    public BufferedImage figure(Figure figure) {
        return FigurePng.render(figure);
    }

    @Override
    public BufferedImage gantt(List<Schedule> schedules, double now, int width) {
        List<ScheduleTimeline> panels = new ArrayList<>(schedules.size());
        for (Schedule s : schedules) {
            panels.add(new ScheduleTimeline(s));
        }
        return GanttExporter.render(panels, now, width);
    }

    @Override
    public BufferedImage histogram(Map<String, double[]> jcts, int bins, String timeUnit, int width, int height) {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        jcts.forEach((name, values) -> {
            List<Double> list = new ArrayList<>(values.length);
            for (double v : values) {
                if (Double.isFinite(v)) {
                    list.add(v);
                }
            }
            series.put(name, list);
        });
        return HistogramExporter.render(series, Double.NaN, bins, timeUnit, width, height);
    }

    @Override
    public BufferedImage jct(JctChart chart, int width, int height) {
        return JctBarsExporter.render(chart, width, height);
    }
}
