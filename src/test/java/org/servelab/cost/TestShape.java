package org.servelab.cost;

import java.util.ArrayList;
import java.util.List;

/** A hand-made batch for cost model tests: items added one by one, per-job times left at 0. */
final class TestShape implements BatchShape {

    private final List<int[]> items = new ArrayList<>();

    /** A decode (or padding) item of a job that holds {@code contextBefore} tokens. */
    TestShape decoding(int contextBefore) {
        items.add(new int[] {1, 1, contextBefore});
        return this;
    }

    /** {@code n} decode items, each of a job that holds {@code contextBefore} tokens. */
    TestShape decoding(int n, int contextBefore) {
        for (int i = 0; i < n; i++) {
            decoding(contextBefore);
        }
        return this;
    }

    /** A decode of several tokens at once (a speculative verification) of a job that holds {@code contextBefore}. */
    TestShape verifying(int tokens, int contextBefore) {
        items.add(new int[] {1, tokens, contextBefore});
        return this;
    }

    /** A prefill chunk of {@code tokens} tokens of a job that holds {@code contextBefore} tokens. */
    TestShape chunk(int tokens, int contextBefore) {
        items.add(new int[] {0, tokens, contextBefore});
        return this;
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public int tokens(int i) {
        return items.get(i)[1];
    }

    @Override
    public boolean decode(int i) {
        return items.get(i)[0] == 1;
    }

    @Override
    public int contextBefore(int i) {
        return items.get(i)[2];
    }

    @Override
    public int promptTokens(int i) {
        return Math.max(1, tokens(i));
    }

    @Override
    public double prefillTime(int i) {
        return 0;
    }

    @Override
    public double decodeTime(int i) {
        return 0;
    }
}
