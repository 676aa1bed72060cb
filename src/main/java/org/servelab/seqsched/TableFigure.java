package org.servelab.seqsched;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.servelab.experiment.plot.LineFigure;
import org.servelab.experiment.plot.Panel;
import org.servelab.experiment.plot.Series;
import org.servelab.experiment.plot.SpreadPoint;

/**
 * The predicted rows of the paper's table against the predictor's error, as figure data
 * ({@code org.servelab.ui.plot} draws it): throughput, average length, failure ratio and effective tokens for
 * predicted + VBS + FCR and predicted without them, vanilla and max4 as flat lines, and the paper's two
 * predicted rows as single points at the error whose quality is closest to the paper's predictor.
 */
public final class TableFigure {

    public static final String FILE = "throughput-vs-predictor-error.png";

    private TableFigure() {
    }

    public static LineFigure of(TableReport r) {
        List<Panel> panels = List.of(
                panel(r, "Throughput", "throughput (samples/s)", OfflineResult::throughput,
                        PaperRow::throughput, 1),
                panel(r, "Average length", "average length (tokens)", OfflineResult::averageLength,
                        PaperRow::averageLength, 1),
                panel(r, "Failure ratio (queries FCR re-ran)", "failure ratio (%)", OfflineResult::failureRatio,
                        PaperRow::failureRatio, 100),
                panel(r, "Effective tokens", "effective token ratio (%)", OfflineResult::effectiveTokenRatio,
                        PaperRow::effectiveRatio, 100));
        return new LineFigure(FILE, "Sequence scheduling against the length predictor's error", note(r), panels, 2);
    }

    private static Panel panel(TableReport r, String title, String y, ToDoubleFunction<OfflineResult> ours,
                               ToDoubleFunction<PaperRow> paper, double scale) {
        List<Series> s = new ArrayList<>();
        s.add(line("predicted + VBS + FCR", r, p -> ours.applyAsDouble(p.vbsFcr()) * scale));
        s.add(line("predicted, no VBS/FCR", r, p -> ours.applyAsDouble(p.plain()) * scale));
        s.add(line("vanilla", r, p -> ours.applyAsDouble(r.vanilla()) * scale));
        s.add(line("max4 + VBS + FCR", r, p -> ours.applyAsDouble(r.max4()) * scale));
        s.add(point("paper: predicted + VBS + FCR", r.paperLike(), paper.applyAsDouble(PaperRow.PREDICTED_VBS_FCR) * scale));
        s.add(point("paper: predicted, no VBS/FCR", r.paperLike(), paper.applyAsDouble(PaperRow.PREDICTED_PLAIN) * scale));
        return new Panel(title, "predictor error SIGMA (noisy:SIGMA)", y, s, Double.NaN);
    }

    private static Series line(String name, TableReport r, ToDoubleFunction<SigmaPoint> value) {
        List<SpreadPoint> pts = new ArrayList<>();
        for (SigmaPoint p : r.sigmas()) {
            pts.add(SpreadPoint.of(p.sigma(), List.of(value.applyAsDouble(p)), 1));
        }
        return new Series(name, pts);
    }

    private static Series point(String name, double x, double y) {
        return new Series(name, Double.isNaN(y) ? List.of() : List.of(SpreadPoint.of(x, List.of(y), 1)));
    }

    private static String note(TableReport r) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d Alpaca queries (seed %d), cost model %s "
                + "fitted on the vanilla and max4 rows only. Predictor quality (mean error, within 50, within 100):",
                r.vanilla().size(), r.seed(), r.cost().name()));
        for (SigmaPoint p : r.sigmas()) {
            if (Math.abs(p.sigma() * 5 - Math.rint(p.sigma() * 5)) < 1e-9) {
                sb.append(String.format(Locale.ROOT, " SIGMA %s: %.0f, %.0f %%, %.0f %%;", trim(p.sigma()),
                        p.quality().meanError(), 100 * p.quality().within50(), 100 * p.quality().within100()));
            }
        }
        PredictionQuality q = PredictionQuality.PAPER;
        sb.append(String.format(Locale.ROOT, " the paper's predictor: %.0f, %.0f %%, %.0f %% (its rows drawn at SIGMA %s).",
                q.meanError(), 100 * q.within50(), 100 * q.within100(), trim(r.paperLike())));
        return sb.toString();
    }

    static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
