package org.servelab.seqsched;

import java.util.Locale;
import java.util.SplittableRandom;

import org.servelab.workload.Variates;

/**
 * Predicts each query's response length before it runs:
 * <ul>
 * <li>{@code vanilla}: everyone the max length (no prediction: the batches of plain static batching);</li>
 * <li>{@code oracle}: the true length;</li>
 * <li>{@code max4}: the largest of four sampled lengths (the paper's "gt"); needs data that has them;</li>
 * <li>{@code noisy:SIGMA}: the label (max4, or the true length when the data has no samples) times
 * {@code exp(N(0, SIGMA))}, rounded up to a multiple of 50 as the paper's predictor emits; seeded;</li>
 * <li>{@code trace}: the {@code predicted} field or column of the data.</li>
 * </ul>
 * Predictions above the max length are cut to it. {@code noisy} and {@code trace} stand for the served model
 * predicting its own length, whose cost a run counts ({@link #servedModel()}).
 */
public final class Predictor {

    /** The predictor kinds. */
    public enum Kind { VANILLA, ORACLE, MAX4, NOISY, TRACE }

    /** The paper's predictor emits multiples of this many tokens. */
    public static final int STEP = 50;

    private final Kind kind;
    private final double sigma;

    private Predictor(Kind kind, double sigma) {
        this.kind = kind;
        this.sigma = sigma;
    }

    public static Predictor vanilla() {
        return new Predictor(Kind.VANILLA, 0);
    }

    public static Predictor oracle() {
        return new Predictor(Kind.ORACLE, 0);
    }

    public static Predictor max4() {
        return new Predictor(Kind.MAX4, 0);
    }

    public static Predictor trace() {
        return new Predictor(Kind.TRACE, 0);
    }

    /** @throws IllegalArgumentException when {@code sigma} is negative or not finite */
    public static Predictor noisy(double sigma) {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("noisy:SIGMA needs a SIGMA >= 0, got " + sigma);
        }
        return new Predictor(Kind.NOISY, sigma);
    }

    /**
     * Parses {@code vanilla}, {@code oracle}, {@code max4}, {@code noisy:SIGMA} or {@code trace}.
     *
     * @throws IllegalArgumentException with a message that lists the forms
     */
    public static Predictor parse(String spec) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "vanilla":
                return vanilla();
            case "oracle":
                return oracle();
            case "max4":
            case "gt":
                return max4();
            case "trace":
                return trace();
            default:
                break;
        }
        if (s.startsWith("noisy:")) {
            String v = s.substring("noisy:".length()).trim();
            if (!v.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)(e[-+]?\\d+)?")) {
                throw new IllegalArgumentException("noisy:SIGMA: '" + v + "' is not a number");
            }
            return noisy(Double.parseDouble(v));
        }
        throw new IllegalArgumentException("unknown predictor '" + spec.trim() + "' (known: vanilla, oracle, max4, "
                + "noisy:SIGMA, trace)");
    }

    public Kind kind() {
        return kind;
    }

    /** The error's spread for {@code noisy}, else 0. */
    public double sigma() {
        return sigma;
    }

    /** Whether the served model makes the predictions, so that their cost belongs to the run. */
    public boolean servedModel() {
        return kind == Kind.NOISY || kind == Kind.TRACE;
    }

    /** The name as written: {@code vanilla}, {@code noisy:0.4}. */
    public String name() {
        if (kind == Kind.NOISY) {
            return "noisy:" + trim(sigma);
        }
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Why the predictor cannot serve these queries, or {@code null} when it can. */
    public String unusableFor(QuerySet queries) {
        if (kind == Kind.MAX4 && !queries.hasMax4()) {
            return "max4 needs four sampled lengths per query (the Alpaca lengths file has them); " + queries.name()
                    + " has none";
        }
        if (kind == Kind.TRACE) {
            Query q = queries.firstWithoutPrediction();
            if (q != null) {
                return "trace needs a predicted length for every query; " + queries.name() + ": " + q.id() + " has none";
            }
        }
        return null;
    }

    /**
     * One prediction per query, each between 1 and {@code maxLength}: {@link #raw} cut to the max length.
     *
     * @param seed seeds the noise of {@code noisy} (a stream of its own: the same seed samples the queries)
     * @throws IllegalArgumentException when {@link #unusableFor} says why
     */
    public int[] predict(QuerySet queries, int maxLength, long seed) {
        int[] out = raw(queries, maxLength, seed);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.min(out[i], maxLength);
        }
        return out;
    }

    /**
     * One prediction per query as the predictor made it, at least 1 and not yet cut to the max length (the
     * predictor's quality is measured on these: {@link PredictionQuality}).
     *
     * @throws IllegalArgumentException when {@link #unusableFor} says why
     */
    public int[] raw(QuerySet queries, int maxLength, long seed) {
        String why = unusableFor(queries);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        int[] out = new int[queries.size()];
        SplittableRandom random = new SplittableRandom(seed).split();
        for (int i = 0; i < out.length; i++) {
            Query q = queries.get(i);
            int p;
            switch (kind) {
                case VANILLA:
                    p = maxLength;
                    break;
                case ORACLE:
                    p = q.length();
                    break;
                case MAX4:
                    p = q.max4();
                    break;
                case TRACE:
                    p = q.predicted();
                    break;
                default:
                    p = noisy(q.label(), Variates.normal(random));
                    break;
            }
            out[i] = Math.max(1, p);
        }
        return out;
    }

    private int noisy(int label, double z) {
        double x = label * Math.exp(sigma * z);
        double steps = Math.ceil(x / STEP - 1e-9);
        return (int) Math.max(STEP, Math.min(Integer.MAX_VALUE / 2.0, steps * STEP));
    }

    @Override
    public String toString() {
        return name();
    }
}
