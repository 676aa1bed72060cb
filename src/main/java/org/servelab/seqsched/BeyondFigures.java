package org.servelab.seqsched;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.servelab.experiment.plot.LineFigure;
import org.servelab.experiment.plot.Panel;
import org.servelab.experiment.plot.Series;
import org.servelab.experiment.plot.SpreadPoint;

/** The figures of the studies beyond the paper, as figure data for {@code org.servelab.ui.plot}. */
public final class BeyondFigures {

    public static final String ONLINE_FILE = "online-jct-vs-qps.png";
    public static final String CAPACITY_FILE = "capacity-vs-batch-size.png";

    private BeyondFigures() {
    }

    /** Mean and p99 JCT against the arrival rate, one line per policy, whiskers over the arrival seeds. */
    public static LineFigure online(List<OnlinePoint> points, String note) {
        return new LineFigure(ONLINE_FILE, "Online: continuous batching ranked by predicted lengths", note, List.of(
                panel(points, "Mean JCT", "mean JCT (s)", OnlinePoint::meanJct),
                panel(points, "p99 JCT", "p99 JCT (s)", OnlinePoint::p99Jct)), 2);
    }

    private static Panel panel(List<OnlinePoint> points, String title, String y,
                               Function<OnlinePoint, List<Double>> values) {
        Map<String, List<SpreadPoint>> lines = new LinkedHashMap<>();
        for (OnlinePoint p : points) {
            lines.computeIfAbsent(p.policy().label(), k -> new ArrayList<>())
                    .add(SpreadPoint.of(p.qps(), values.apply(p), 1));
        }
        List<Series> series = new ArrayList<>();
        lines.forEach((name, pts) -> series.add(new Series(name, pts)));
        return new Panel(title, "arrival rate (queries/s, Poisson)", y, series, Double.NaN);
    }

    /** Throughput against log2 of the batch size, one line per way of serving. */
    public static LineFigure capacity(List<CapacityPoint> points, String note) {
        Map<String, List<SpreadPoint>> lines = new LinkedHashMap<>();
        for (CapacityPoint p : points) {
            double x = Math.log(p.batchSize()) / Math.log(2);
            lines.computeIfAbsent(p.series(), k -> new ArrayList<>()).add(SpreadPoint.of(x, List.of(p.throughput()), 1));
        }
        List<Series> series = new ArrayList<>();
        lines.forEach((name, pts) -> series.add(new Series(name, pts)));
        Panel panel = new Panel("All queries at t = 0: throughput", "log2(batch size): 2 = 4, 4 = 16, 6 = 64, 8 = 256",
                "throughput (queries/s)", series, Double.NaN);
        return new LineFigure(CAPACITY_FILE, "Offline: sequence scheduling against continuous batching", note,
                List.of(panel), 1);
    }
}
