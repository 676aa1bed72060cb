package org.servelab.cost;

/**
 * A batch cost model seen as a batch-size-1 model: a job's prefill is the price of a batch holding only
 * its whole prompt, its decode the price of a batch holding only one of its decodes (at the context
 * right after its prefill). Gives jobs without their own times the iteration times their solo runs take.
 */
public final class SoloCost implements CostModel {

    private final BatchCostModel batch;

    public SoloCost(BatchCostModel batch) {
        this.batch = batch;
    }

    @Override
    public String name() {
        return batch.name();
    }

    @Override
    public String timeUnit() {
        return batch.timeUnit();
    }

    @Override
    public double prefillTime(int promptTokens) {
        int p = Math.max(1, promptTokens);
        return batch.iterationTime(new One(p, 0, false, p));
    }

    @Override
    public double decodeTime(int promptTokens) {
        int p = Math.max(1, promptTokens);
        return batch.iterationTime(new One(1, p, true, p));
    }

    private record One(int tokens, int context, boolean decode, int prompt) implements BatchShape {
        @Override
        public int size() {
            return 1;
        }

        @Override
        public int tokens(int i) {
            return tokens;
        }

        @Override
        public boolean decode(int i) {
            return decode;
        }

        @Override
        public int contextBefore(int i) {
            return context;
        }

        @Override
        public int promptTokens(int i) {
            return prompt;
        }

        @Override
        public double prefillTime(int i) {
            throw new UnsupportedOperationException("a batch cost model prices without per-job times");
        }

        @Override
        public double decodeTime(int i) {
            throw new UnsupportedOperationException("a batch cost model prices without per-job times");
        }
    }
}
