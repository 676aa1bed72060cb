package org.servelab.experiment.plot;

import java.util.List;

/**
 * Grids of values over the same rows and columns, one coloured and labelled cell each (such as mean JCT over
 * Queue_num x Quantum_rate), one grid per setting (a load and CV), all on one colour scale.
 *
 * @param fileName    the PNG's name
 * @param title       the figure's title
 * @param note        a line under the title
 * @param rowLabel    what the rows are (drawn beside them)
 * @param columnLabel what the columns are (drawn under them)
 * @param rows        row headings, top to bottom
 * @param columns     column headings, left to right
 * @param grids       the grids, drawn left to right, then row by row
 * @param valueLabel  what a cell's number is, with its unit
 * @param colourLabel what a cell's colour shows: the value, or the value divided by its grid's reference
 */
public record HeatmapFigure(String fileName, String title, String note, String rowLabel, String columnLabel,
                            List<String> rows, List<String> columns, List<Grid> grids, String valueLabel,
                            String colourLabel) implements Figure {

    /** Grids drawn side by side at most. */
    public static final int MAX_GRID_COLUMNS = 3;

    /**
     * One grid.
     *
     * @param title     its heading (the setting), or empty for a figure of one grid
     * @param values    {@code values.get(row).get(column)}; {@code NaN} for an empty cell
     * @param reference what a cell's colour divides its value by (the same setting's FCFS), or {@code NaN} to
     *                  colour by the value itself
     * @param referenceNote how the reference is named under the grid's heading (empty when there is none)
     */
    public record Grid(String title, List<List<Double>> values, double reference, String referenceNote) {

        public Grid {
            values = values.stream().map(List::copyOf).toList();
        }

        /** What the cell's colour stands for: its value, or its value divided by the reference. */
        public double colourValue(int row, int column) {
            double v = values.get(row).get(column);
            return Double.isNaN(reference) ? v : v / reference;
        }
    }

    /** One grid coloured by its values. */
    public HeatmapFigure(String fileName, String title, String note, String rowLabel, String columnLabel,
                         List<String> rows, List<String> columns, List<List<Double>> values, String valueLabel) {
        this(fileName, title, note, rowLabel, columnLabel, rows, columns,
                List.of(new Grid("", values, Double.NaN, "")), valueLabel, valueLabel);
    }

    public HeatmapFigure {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        grids = List.copyOf(grids);
        if (grids.isEmpty()) {
            throw new IllegalArgumentException("a heatmap needs a grid");
        }
    }

    /** Grids per row of the figure. */
    public int gridColumns() {
        return Math.min(MAX_GRID_COLUMNS, grids.size());
    }
}
