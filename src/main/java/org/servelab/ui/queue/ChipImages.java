package org.servelab.ui.queue;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Chip backgrounds (a rounded rectangle filled and outlined) drawn once per colour and size and then copied:
 * the software pipeline copies an image far faster than it fills and strokes a rounded shape, and the queue
 * draws a hundred chips a frame. The image has a pixel of margin for the outline, which is centred on the
 * edge as {@code strokeRoundRect} draws it; coverage at the edges is computed from the distance to the shape.
 * Images are rasterised at the window's render scale (two pixels a point on a HiDPI screen), so that they are
 * as sharp as the shapes they replace.
 */
final class ChipImages {

    private static final int LIMIT = 256;

    private record Key(Color fill, Color stroke, int w, int h, double arc, double scale) {
    }

    private final Map<Key, Image> images = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) {
            return size() > LIMIT;
        }
    };

    /**
     * The chip of {@code w} x {@code h} points (and a point of margin all round) with corner diameter
     * {@code arc}, rasterised at {@code scale} pixels a point; draw it {@code w + 2} x {@code h + 2} points large.
     */
    Image get(Color fill, Color stroke, int w, int h, double arc, double scale) {
        double s = scale > 0 ? scale : 1;
        return images.computeIfAbsent(new Key(fill, stroke, w, h, arc, s), k -> render(fill, stroke, w, h, arc, s));
    }

    /** Images made so far (tests). */
    int size() {
        return images.size();
    }

    static WritableImage render(Color fill, Color stroke, int w, int h, double arc, double scale) {
        int iw = (int) Math.ceil((w + 2) * scale);
        int ih = (int) Math.ceil((h + 2) * scale);
        WritableImage img = new WritableImage(iw, ih);
        PixelWriter px = img.getPixelWriter();
        double r = Math.max(0, Math.min(arc / 2, Math.min(w, h) / 2.0));
        double cx = 1 + w / 2.0;
        double cy = 1 + h / 2.0;
        double hx = w / 2.0 - r;
        double hy = h / 2.0 - r;
        // the outline is a point wide: full where it is within half a point of the edge less half a pixel
        double half = 0.5 * scale + 0.5;
        for (int y = 0; y < ih; y++) {
            for (int x = 0; x < iw; x++) {
                double qx = Math.abs((x + 0.5) / scale - cx) - hx;
                double qy = Math.abs((y + 0.5) / scale - cy) - hy;
                double outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
                double d = (outside + Math.min(Math.max(qx, qy), 0) - r) * scale;
                double fa = clamp(0.5 - d) * fill.getOpacity();
                double sa = clamp(Math.min(1, half - Math.abs(d))) * stroke.getOpacity();
                double a = sa + (1 - sa) * fa;
                if (a <= 0) {
                    px.setArgb(x, y, 0);
                    continue;
                }
                double red = (sa * stroke.getRed() + (1 - sa) * fa * fill.getRed()) / a;
                double green = (sa * stroke.getGreen() + (1 - sa) * fa * fill.getGreen()) / a;
                double blue = (sa * stroke.getBlue() + (1 - sa) * fa * fill.getBlue()) / a;
                px.setArgb(x, y, (channel(a) << 24) | (channel(red) << 16) | (channel(green) << 8) | channel(blue));
            }
        }
        return img;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static int channel(double v) {
        return (int) Math.round(clamp(v) * 255);
    }
}
