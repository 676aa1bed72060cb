package org.servelab.seqsched;

import org.servelab.cost.BatchShape;

/**
 * One iteration of a static batch as a padded tensor, the way a plain {@code generate} call runs it: the
 * prefill processes every member's prompt padded to the longest, {@code size x prompt} tokens; decode
 * iteration {@code k} (making token {@code k}, {@code k >= 2}) processes one token of every member, finished
 * ones as padding, each row then holding {@code prompt + k - 1} tokens of KV. Reused for every iteration.
 */
final class PaddedShape implements BatchShape {

    private int size;
    private int prompt;
    private int iteration;

    /** Sets the shape to iteration {@code iteration} (1 = the prefill) of a batch of {@code size} rows. */
    PaddedShape at(int size, int prompt, int iteration) {
        this.size = size;
        this.prompt = prompt;
        this.iteration = iteration;
        return this;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int tokens(int i) {
        return iteration == 1 ? prompt : 1;
    }

    @Override
    public boolean decode(int i) {
        return iteration > 1;
    }

    @Override
    public int contextBefore(int i) {
        return iteration == 1 ? 0 : prompt + iteration - 2;
    }

    @Override
    public int promptTokens(int i) {
        return prompt;
    }

    @Override
    public double prefillTime(int i) {
        throw new UnsupportedOperationException("a padded static batch has no per-job times");
    }

    @Override
    public double decodeTime(int i) {
        throw new UnsupportedOperationException("a padded static batch has no per-job times");
    }

    @Override
    public long tokenTotal() {
        return (long) size * tokens(0);
    }

    @Override
    public long decodeContextTotal() {
        return iteration == 1 ? 0 : (long) size * (prompt + iteration - 1);
    }
}
