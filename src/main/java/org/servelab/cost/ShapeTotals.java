package org.servelab.cost;

/** The one loop behind the totals of {@link BatchShape} that a shape does not keep itself. */
final class ShapeTotals {

    /** The term each item adds: its tokens, its context if it decodes, its context, its tokens times its context. */
    static final int TOKENS = 0;
    static final int DECODE_CONTEXTS = 1;
    static final int CONTEXTS = 2;
    static final int PAIRS = 3;

    private ShapeTotals() {
    }

    /**
     * The sum of one term over the items, visited in order. The term is a constant at every call, so once the
     * loop is inlined the compiler keeps only its case; the pricing path stays free of lambdas and boxing.
     */
    static long sum(BatchShape batch, int term) {
        long sum = 0;
        for (int i = 0; i < batch.size(); i++) {
            sum += switch (term) {
                case TOKENS -> batch.tokens(i);
                case DECODE_CONTEXTS -> batch.decode(i) ? batch.contextAfter(i) : 0;
                case CONTEXTS -> batch.contextAfter(i);
                default -> (long) batch.tokens(i) * batch.contextAfter(i);
            };
        }
        return sum;
    }
}
