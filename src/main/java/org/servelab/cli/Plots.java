package org.servelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.servelab.experiment.SweepRow;
import org.servelab.experiment.plot.Figure;
import org.servelab.experiment.plot.FigureSet;
import org.servelab.ui.plot.FigurePng;

/** Draws a sweep's figures into PNG files beside its CSV. */
final class Plots {

    private Plots() {
    }

    static void write(List<SweepRow> rows, Path dir, PrintWriter out) throws IOException {
        List<Figure> figures = FigureSet.of(rows);
        if (figures.isEmpty()) {
            out.println("  no plots: the grid varies neither load, CV, Quantum nor the MLFQ knobs");
            return;
        }
        List<String> names = new ArrayList<>();
        for (Figure f : figures) {
            FigurePng.write(f, dir.resolve(f.fileName()));
            names.add(dir.resolve(f.fileName()).toString());
        }
        out.println("  plots: " + String.join(", ", names));
    }
}
