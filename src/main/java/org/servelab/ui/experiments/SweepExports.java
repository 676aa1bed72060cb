package org.servelab.ui.experiments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.servelab.experiment.SweepCsv;
import org.servelab.experiment.SweepRow;
import org.servelab.experiment.plot.Figure;
import org.servelab.experiment.plot.FigureSet;
import org.servelab.ui.plot.FigurePng;

/** What the Experiments tab writes: a sweep's rows as CSV and its figures as PNGs, as {@code servelab sweep} does. */
final class SweepExports {

    private SweepExports() {
    }

    /** Writes {@code rows} as {@link SweepCsv} does. Safe from any thread. */
    static void csv(List<SweepRow> rows, Path file) throws IOException {
        SweepCsv.write(rows, file);
    }

    /**
     * Draws the figures of {@code rows} into {@code dir} (created if needed). Safe from any thread; on the FX
     * thread it blocks while it renders.
     *
     * @return the files written; none when the grid varies nothing a figure shows
     */
    static List<Path> plots(List<SweepRow> rows, Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        List<Figure> figures = FigureSet.of(rows);
        if (figures.isEmpty()) {
            return out;
        }
        Files.createDirectories(dir);
        for (Figure f : figures) {
            Path file = dir.resolve(f.fileName());
            FigurePng.write(f, file);
            out.add(file);
        }
        return out;
    }
}
