package org.servelab.experiment.plot;

import java.util.List;

/**
 * A grid of values, one coloured and labelled cell each (such as mean JCT over Queue_num x Quantum_rate).
 *
 * @param fileName    the PNG's name
 * @param title       the figure's title
 * @param note        a line under the title
 * @param rowLabel    what the rows are (drawn beside them)
 * @param columnLabel what the columns are (drawn under them)
 * @param rows        row headings, top to bottom
 * @param columns     column headings, left to right
 * @param values      {@code values.get(row).get(column)}; {@code NaN} for an empty cell
 * @param valueLabel  what a cell's number is, with its unit
 */
public record HeatmapFigure(String fileName, String title, String note, String rowLabel, String columnLabel,
                            List<String> rows, List<String> columns, List<List<Double>> values, String valueLabel)
        implements Figure {

    public HeatmapFigure {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        values = values.stream().map(List::copyOf).toList();
    }
}
