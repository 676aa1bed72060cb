package org.servelab.testing;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Reading pictures in tests: which pixels are coloured, and where runs of them stand. */
public final class Pixels {

    private Pixels() {
    }

    /** A saturated pixel: a bar, an area or a line colour; not white, grey or black (text, grid, axes). */
    public static boolean coloured(int rgb) {
        int r = (rgb >> 16) & 255;
        int g = (rgb >> 8) & 255;
        int b = rgb & 255;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40;
    }

    /** How many pixels of the picture are {@link #coloured}. */
    public static int coloured(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += coloured(img.getRGB(x, y)) ? 1 : 0;
            }
        }
        return n;
    }

    /** Pixels within 6 of {@code rgb} (0xRRGGBB) in every channel. */
    public static int near(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs(((p >> 16) & 255) - ((rgb >> 16) & 255)) <= 6
                        && Math.abs(((p >> 8) & 255) - ((rgb >> 8) & 255)) <= 6 && Math.abs((p & 255) - (rgb & 255)) <= 6) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pixels between rows {@code y0} and {@code y1} that are not white. */
    public static int nonWhite(BufferedImage img, int y0, int y1) {
        int n = 0;
        for (int y = y0; y < Math.min(y1, img.getHeight()); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * The runs of neighbouring columns that hold at least {@code least} coloured pixels between rows {@code y0}
     * and {@code y1}: bars, or the areas of a histogram. Each as {x from, x to (exclusive), top row, bottom row}.
     */
    public static List<int[]> columnRuns(BufferedImage img, int y0, int y1, int least) {
        List<int[]> out = new ArrayList<>();
        int[] current = null;
        for (int x = 0; x < img.getWidth(); x++) {
            int top = -1;
            int bottom = -1;
            int n = 0;
            for (int y = y0; y < Math.min(y1, img.getHeight()); y++) {
                if (coloured(img.getRGB(x, y))) {
                    n++;
                    top = top < 0 ? y : top;
                    bottom = y;
                }
            }
            if (n >= least) {
                if (current == null) {
                    current = new int[] {x, x + 1, top, bottom};
                    out.add(current);
                } else {
                    current[1] = x + 1;
                    current[2] = Math.min(current[2], top);
                    current[3] = Math.max(current[3], bottom);
                }
            } else {
                current = null;
            }
        }
        return out;
    }

    /** The middle column of a run. */
    public static double centre(int[] run) {
        return (run[0] + run[1]) / 2.0;
    }
}
