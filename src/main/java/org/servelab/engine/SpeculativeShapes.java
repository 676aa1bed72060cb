package org.servelab.engine;

import org.servelab.cost.BatchShape;
import org.servelab.policy.batch.Batch;

/**
 * Two views of a batch for pricing speculative decoding: {@link #verify()}, where each decoding sequence
 * processes g + 1 tokens (the target checks g drafts and adds one token), and {@link #decodes()}, only
 * the decode items with one token each (one draft step).
 */
final class SpeculativeShapes {

    private final Batch batch;
    private final int draft;
    private final Verify verify = new Verify();
    private final Decodes decodes = new Decodes();
    private int[] decodeIndex = new int[16];
    private int decodeCount;

    SpeculativeShapes(Batch batch, int draftLength) {
        this.batch = batch;
        this.draft = draftLength;
    }

    /** Indexes the current batch's decode items; false when it has none. */
    boolean hasDecodes() {
        decodeCount = 0;
        for (int i = 0; i < batch.items(); i++) {
            if (batch.kind(i) == Batch.DECODE) {
                if (decodeCount == decodeIndex.length) {
                    decodeIndex = java.util.Arrays.copyOf(decodeIndex, decodeCount * 2);
                }
                decodeIndex[decodeCount++] = i;
            }
        }
        return decodeCount > 0;
    }

    BatchShape verify() {
        return verify;
    }

    BatchShape decodes() {
        return decodes;
    }

    private abstract class View implements BatchShape {
        abstract int item(int i);

        @Override
        public boolean decode(int i) {
            return batch.decode(item(i));
        }

        @Override
        public int contextBefore(int i) {
            return batch.contextBefore(item(i));
        }

        @Override
        public int contextAfter(int i) {
            return contextBefore(i) + tokens(i);
        }

        @Override
        public int promptTokens(int i) {
            return batch.promptTokens(item(i));
        }

        @Override
        public double prefillTime(int i) {
            return batch.prefillTime(item(i));
        }

        @Override
        public double decodeTime(int i) {
            return batch.decodeTime(item(i));
        }
    }

    private final class Verify extends View {
        @Override
        int item(int i) {
            return i;
        }

        @Override
        public int size() {
            return batch.size();
        }

        @Override
        public int tokens(int i) {
            return batch.kind(i) == Batch.DECODE ? draft + 1 : batch.tokens(i);
        }

        @Override
        public int contextAfter(int i) {
            return batch.kind(i) == Batch.DECODE ? batch.contextBefore(i) + draft + 1 : batch.contextAfter(i);
        }

        @Override
        public long tokenTotal() {
            return batch.tokenTotal() + (long) draft * decodeCount;
        }

        @Override
        public long decodeContextTotal() {
            return batch.decodeContextTotal() + (long) draft * decodeCount;
        }
    }

    private final class Decodes extends View {
        @Override
        int item(int i) {
            return decodeIndex[i];
        }

        @Override
        public int size() {
            return decodeCount;
        }

        @Override
        public int tokens(int i) {
            return 1;
        }
    }
}
