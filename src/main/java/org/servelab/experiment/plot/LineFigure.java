package org.servelab.experiment.plot;

import java.util.List;

/**
 * Line charts sharing one legend, laid out in a grid.
 *
 * @param fileName the PNG's name
 * @param title    the figure's title
 * @param note     a line under the title
 * @param panels   the charts, row by row
 * @param columns  charts per row
 */
public record LineFigure(String fileName, String title, String note, List<Panel> panels, int columns)
        implements Figure {

    public LineFigure {
        panels = List.copyOf(panels);
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1");
        }
    }
}
