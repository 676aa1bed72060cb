package org.servelab.ui.plot;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import org.servelab.experiment.plot.LineFigure;
import org.servelab.experiment.plot.Panel;
import org.servelab.experiment.plot.Series;
import org.servelab.experiment.plot.SpreadPoint;
import org.servelab.ui.export.NiceScale;

/**
 * A {@link LineFigure} as a node: title, note, a grid of {@link SpreadChart}s and one legend for all
 * (a series has the same colour in every chart).
 */
public final class LineFigureView extends VBox {

    public LineFigureView(LineFigure figure) {
        setSpacing(6);
        setPadding(new Insets(14, 18, 12, 18));
        setStyle("-fx-background-color: white;");
        getChildren().addAll(FigureText.title(figure.title()), FigureText.note(figure.note()));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        List<Panel> panels = figure.panels();
        for (int i = 0; i < panels.size(); i++) {
            SpreadChart chart = chart(panels.get(i));
            GridPane.setHgrow(chart, Priority.ALWAYS);
            GridPane.setVgrow(chart, Priority.ALWAYS);
            grid.add(chart, i % figure.columns(), i / figure.columns());
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(grid, legend(panels.isEmpty() ? List.of() : panels.get(0).series()));
    }

    private static SpreadChart chart(Panel panel) {
        double[] xr = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] yr = {Double.POSITIVE_INFINITY, Double.isNaN(panel.reference()) ? 0 : panel.reference()};
        for (Series s : panel.series()) {
            for (SpreadPoint p : s.points()) {
                xr[0] = Math.min(xr[0], p.x());
                xr[1] = Math.max(xr[1], p.x());
                yr[0] = Math.min(yr[0], p.min());
                yr[1] = Math.max(yr[1], p.max());
            }
        }
        if (xr[0] > xr[1]) {
            xr[0] = 0;
            xr[1] = 1;
        }
        YScale y = YScale.of(yr[0], yr[1], panel.yLabel(), Double.isNaN(panel.reference()));
        // rates such as 0.5 ... 128 spread evenly on a log axis; a linear one crowds them at the left
        YScale xScale = xr[0] > 0 && xr[1] / xr[0] > YScale.LOG_SPAN ? YScale.of(xr[0], xr[1], panel.xLabel(), true) : null;
        NiceScale xs = NiceScale.of(xr[0], xr[1], 6);
        NumberAxis x = xScale != null ? xScale.axis() : new NumberAxis(panel.xLabel(), xs.lower(), xs.upper(), xs.tick());
        x.setMinorTickVisible(false);
        SpreadChart chart = new SpreadChart(x, y.axis());
        chart.setHorizontalZeroLineVisible(false);
        chart.setVerticalZeroLineVisible(false);
        chart.setTitle(panel.title());
        chart.setStyle("-fx-font-size: 12px;");
        chart.setMinSize(200, 160);
        int n = panel.series().size();
        for (int i = 0; i < n; i++) {
            Series s = panel.series().get(i);
            Color c = PlotPalette.color(i);
            double dx = PlotPalette.dodge(i, n);
            XYChart.Series<Number, Number> fx = new XYChart.Series<>();
            fx.setName(s.name());
            for (SpreadPoint p : s.points()) {
                fx.getData().add(new XYChart.Data<>(xScale == null ? p.x() : xScale.map(p.x()), y.map(p.mean())));
            }
            chart.getData().add(fx);
            style(fx, i);
            for (SpreadPoint p : s.points()) {
                chart.addWhisker(xScale == null ? p.x() : xScale.map(p.x()), y.map(p.min()), y.map(p.max()), c, dx);
            }
        }
        if (!Double.isNaN(panel.reference())) {
            chart.setReference(y.map(panel.reference()));
        }
        return chart;
    }

    private static void style(XYChart.Series<Number, Number> s, int i) {
        Color c = PlotPalette.color(i);
        String dash = PlotPalette.dash(i);
        if (s.getNode() != null) {
            s.getNode().setStyle("-fx-stroke: " + PlotPalette.css(c) + "; -fx-stroke-width: " + PlotPalette.width(i) + "px;"
                    + (dash.isEmpty() ? "" : " -fx-stroke-dash-array: " + dash + ";"));
        }
        for (XYChart.Data<Number, Number> d : s.getData()) {
            if (d.getNode() != null) {
                d.getNode().setStyle(PlotPalette.marker(i, c));
            }
        }
    }

    private static FlowPane legend(List<Series> series) {
        FlowPane legend = new FlowPane(22, 4);
        legend.setAlignment(Pos.CENTER);
        legend.setPadding(new Insets(4, 0, 0, 0));
        for (int i = 0; i < series.size(); i++) {
            Color c = PlotPalette.color(i);
            Line line = new Line(0, 0, 34, 0);
            for (String d : PlotPalette.dash(i).split(" ")) {
                if (!d.isEmpty()) {
                    line.getStrokeDashArray().add(Double.parseDouble(d));
                }
            }
            line.setStroke(c);
            line.setStrokeWidth(PlotPalette.width(i));
            Region dot = new Region();
            dot.setStyle(PlotPalette.marker(i, c));
            dot.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            javafx.scene.layout.StackPane mark = new javafx.scene.layout.StackPane(line, dot);
            Label name = new Label(series.get(i).name());
            name.setFont(Font.font("DejaVu Sans", FontWeight.NORMAL, 13));
            HBox entry = new HBox(6, mark, name);
            entry.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(entry);
        }
        return legend;
    }
}
