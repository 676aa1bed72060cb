package org.servelab.workload;

import java.util.SplittableRandom;

/**
 * Gamma and standard normal variates from a {@link SplittableRandom}, written out here (rather than taken
 * from {@code RandomGenerator.nextGaussian}) so that the numbers, and so every generated trace, stay the
 * same on every JDK.
 */
public final class Variates {

    private Variates() {
    }

    /**
     * A Gamma(shape, 1) variate: Marsaglia and Tsang's squeeze method for shape &ge; 1, and for shape &lt; 1
     * the boost {@code Gamma(shape + 1) * U^(1/shape)}.
     */
    public static double gamma(double shape, SplittableRandom random) {
        if (shape < 1) {
            double u = 1.0 - random.nextDouble();
            return gamma(shape + 1, random) * Math.pow(u, 1.0 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x;
            double v;
            do {
                x = normal(random);
                v = 1.0 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            double x2 = x * x;
            if (u < 1.0 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1.0 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** A standard normal variate by the polar method (the second variate of the pair is dropped). */
    public static double normal(SplittableRandom random) {
        while (true) {
            double a = 2.0 * random.nextDouble() - 1.0;
            double b = 2.0 * random.nextDouble() - 1.0;
            double s = a * a + b * b;
            if (s > 0 && s < 1) {
                return a * Math.sqrt(-2.0 * Math.log(s) / s);
            }
        }
    }
}
