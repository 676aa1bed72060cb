package org.servelab.ui.gantt;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;

/**
 * The paints of each queue level: solid for decode bars, a darker border, and a hatch for prefill bars.
 * The hatch is an image pattern anchored at the surface origin, so adjacent export tiles line up.
 */
final class LevelFills {

    private static final int HATCH = 6;

    private final Color[] solid;
    private final Color[] border;
    private final Paint[] hatch;

    LevelFills(int levels) {
        int n = Math.max(1, levels);
        solid = new Color[n];
        border = new Color[n];
        hatch = new Paint[n];
        for (int x = 0; x < n; x++) {
            solid[x] = GanttPalette.levelColor(x, n);
            border[x] = GanttPalette.levelBorder(x, n);
        }
    }

    Color solid(int level) {
        return solid[clamp(level)];
    }

    Color border(int level) {
        return border[clamp(level)];
    }

    Paint hatch(int level) {
        int x = clamp(level);
        if (hatch[x] == null) {
            hatch[x] = makeHatch(solid[x], border[x]);
        }
        return hatch[x];
    }

    private int clamp(int level) {
        return Math.max(0, Math.min(level, solid.length - 1));
    }

    static Paint makeHatch(Color base, Color dark) {
        WritableImage img = new WritableImage(HATCH, HATCH);
        PixelWriter w = img.getPixelWriter();
        Color stripe = base.interpolate(dark, 0.55);
        for (int y = 0; y < HATCH; y++) {
            for (int x = 0; x < HATCH; x++) {
                w.setColor(x, y, (x + y) % HATCH < 2 ? stripe : base);
            }
        }
        return new ImagePattern(img, 0, 0, HATCH, HATCH, false);
    }
}
