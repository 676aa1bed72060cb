package org.servelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.servelab.experiment.SweepRow;
import org.servelab.experiment.plot.Figure;
import org.servelab.experiment.plot.FigureSet;
import org.servelab.workload.io.AtomicFiles;

/**
 * Draws a sweep's figures into PNG files beside its CSV, and removes the figures an earlier sweep left in
 * the same directory that this one does not draw (they would describe other results).
 */
final class Plots {

    private Plots() {
    }

    /** Draws the figures the rows call for; returns the file names written. */
    static Set<String> write(List<SweepRow> rows, Path dir, PrintWriter out) throws IOException {
        Set<String> written = new HashSet<>();
        List<Figure> figures = FigureSet.of(rows);
        if (figures.isEmpty()) {
            out.println("  no plots: the grid varies neither load, CV, Quantum nor the MLFQ knobs");
            return written;
        }
        List<String> names = new ArrayList<>();
        for (Figure f : figures) {
            var image = Renderers.get().figure(f);
            AtomicFiles.write(dir.resolve(f.fileName()), stream -> Renderers.writePng(image, stream));
            names.add(dir.resolve(f.fileName()).toString());
            written.add(f.fileName());
        }
        out.println("  plots: " + String.join(", ", names));
        return written;
    }

    /**
     * Deletes the regular files in {@code dir} named as a figure of ours ({@link FigureSet#isFigureFile})
     * that are not in {@code keep}; nothing else is touched.
     */
    static void removeStale(Path dir, Set<String> keep, PrintWriter out) throws IOException {
        List<String> removed = new ArrayList<>();
        DirectoryStream.Filter<Path> ours = p -> FigureSet.isFigureFile(p.getFileName().toString())
                && !keep.contains(p.getFileName().toString()) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, ours)) {
            for (Path p : stale) {
                Files.delete(p);
                removed.add(p.getFileName().toString());
            }
        }
        if (!removed.isEmpty()) {
            removed.sort(null);
            out.println("  removed the plots of an earlier sweep that this one does not draw: "
                    + String.join(", ", removed));
        }
    }
}
