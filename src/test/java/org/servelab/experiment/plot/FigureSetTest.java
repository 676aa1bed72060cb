package org.servelab.experiment.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
        assertThat(h.grids()).as("every setting that is not overloaded, CV by CV").extracting(HeatmapFigure.Grid::title)
                .containsExactly("load 0.5, gamma arrivals, CV 1", "load 0.8, gamma arrivals, CV 1",
                        "load 0.5, gamma arrivals, CV 2", "load 0.8, gamma arrivals, CV 2");
        assertThat(h.colourLabel()).contains("FCFS");
        // each grid's reference is FCFS's mean JCT at its setting, and a cell's colour is its ratio to it
        List<SweepRow> rows = run(s);
        double quantum = Double.parseDouble(h.note().replaceAll(".*Quantum (\\S+) ms.*", "$1"));
        for (HeatmapFigure.Grid grid : h.grids()) {
            double x = grid.title().startsWith("load 0.5") ? 0.5 : 0.8;
            double cv = grid.title().endsWith("CV 1") ? 1 : 2;
            double fcfs = rows.stream().filter(r -> r.config().policy().equals("fcfs") && r.x() == x && r.cv() == cv)
                    .mapToDouble(r -> r.summary().averageJct()).average().orElseThrow();
            double cell = rows.stream().filter(r -> r.config().policy().equals("skip-join-mlfq") && r.x() == x
                    && r.cv() == cv && r.config().queues() == 4 && r.config().quantumRate() == 2.0
                    && r.config().quantum() == quantum)
                    .mapToDouble(r -> r.summary().averageJct()).average().orElseThrow();
            double unit = grid.reference() / fcfs;
            assertThat(grid.referenceNote()).startsWith("FCFS: ");
            assertThat(grid.values().get(1).get(0) / unit).as("%s: Queue_num 4, Quantum_rate 2", grid.title())
                    .isCloseTo(cell, within(cell * 1e-9));
            assertThat(grid.colourValue(1, 0)).isCloseTo(cell / fcfs, within(1e-9));
        }
    }

    @Test
    void aSinglePointDrawsNothing() {
        SweepSpec s = new SweepSpec(List.of("fcfs"), List.of(4), List.of(2.0), List.of(Double.NaN), Target.Kind.RATE,
                List.of(0.5), List.of(1.0), 1, 1, 50, "paper-zipf", "poisson", "opt-1.3b", "time", 100);
        assertThat(FigureSet.of(run(s))).isEmpty();
    }
}
