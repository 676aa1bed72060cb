package org.servelab.experiment.plot;

import java.util.List;

/**
 * A named line of points, sorted by x.
 *
 * @param name   the legend entry
 * @param points the points
 */
public record Series(String name, List<SpreadPoint> points) {

    public Series {
        points = List.copyOf(points);
    }
}
