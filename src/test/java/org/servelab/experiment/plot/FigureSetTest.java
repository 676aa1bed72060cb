package org.servelab.experiment.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.servelab.experiment.CancelSignal;
import org.servelab.experiment.SweepGrid;
import org.servelab.experiment.SweepListener;
import org.servelab.experiment.SweepRow;
import org.servelab.experiment.SweepRunner;
import org.servelab.experiment.SweepSpec;
import org.servelab.workload.generate.Target;

class FigureSetTest {

    private static List<SweepRow> run(SweepSpec s) {
        SweepRunner r = new SweepRunner(s, Path.of(""));
        return r.run(SweepGrid.points(r.spec()), 2, SweepListener.NONE, new CancelSignal()).rows();
    }

    @Test
    void aFullGridDrawsEveryFigureAndLeavesOverloadedPointsOut() {
        SweepSpec s = new SweepSpec(List.of("fcfs", "skip-join-mlfq"), List.of(2, 4), List.of(2.0, 4.0),
                List.of(5.0, 10.0), Target.Kind.LOAD, List.of(0.5, 0.8, 1.1), List.of(1.0, 2.0), 2, 1, 100,
                "paper-zipf", "gamma", "opt-1.3b", "time", 100);
        List<Figure> figures = FigureSet.of(run(s));
        assertThat(figures).extracting(Figure::fileName).containsExactly("jct-vs-load.png", "ratio-vs-load.png",
                "jct-vs-cv.png", "jct-vs-quantum.png", "heatmap-skip-join-mlfq.png");
        LineFigure load = (LineFigure) figures.get(0);
        assertThat(load.panels()).hasSize(4);
        assertThat(load.columns()).isEqualTo(2);
        Panel first = load.panels().get(0);
        assertThat(first.yLabel()).matches("mean JCT \\((ms|s)\\)");
        for (Series series : first.series()) {
            assertThat(series.points()).extracting(SpreadPoint::x).containsExactly(0.5, 0.8);
            for (SpreadPoint p : series.points()) {
                assertThat(p.n()).isEqualTo(2);
                assertThat(p.min()).isLessThanOrEqualTo(p.mean());
                assertThat(p.max()).isGreaterThanOrEqualTo(p.mean());
            }
        }
        HeatmapFigure h = (HeatmapFigure) figures.get(4);
        assertThat(h.rows()).containsExactly("2", "4");
        assertThat(h.columns()).containsExactly("2", "4");
        assertThat(h.note()).contains("load 0.8");
    }

    @Test
    void aSinglePointDrawsNothing() {
        SweepSpec s = new SweepSpec(List.of("fcfs"), List.of(4), List.of(2.0), List.of(Double.NaN), Target.Kind.RATE,
                List.of(0.5), List.of(1.0), 1, 1, 50, "paper-zipf", "poisson", "opt-1.3b", "time", 100);
        assertThat(FigureSet.of(run(s))).isEmpty();
    }
}
