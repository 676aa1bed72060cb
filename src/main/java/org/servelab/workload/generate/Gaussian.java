package org.servelab.workload.generate;

import java.util.SplittableRandom;

/** Standard normal variates by the polar method, the same numbers on every JDK. */
final class Gaussian {

    private Gaussian() {
    }

    static double next(SplittableRandom random) {
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
