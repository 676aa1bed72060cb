package org.servelab.seqsched;

/**
 * One query of an offline batch run.
 *
 * @param id        its name, unique in its set
 * @param prompt    prompt tokens
 * @param length    true response length in tokens, at least 1
 * @param max4      the largest of four sampled response lengths (the paper's "gt" label), or {@link #NONE}
 * @param predicted a predicted length given with the data, or {@link #NONE}
 */
public record Query(String id, int prompt, int length, int max4, int predicted) {

    /** An absent {@link #max4} or {@link #predicted}. */
    public static final int NONE = -1;

    public Query {
        if (prompt < 0) {
            throw new IllegalArgumentException("query " + id + ": prompt must be >= 0, got " + prompt);
        }
        if (length < 1) {
            throw new IllegalArgumentException("query " + id + ": length must be >= 1, got " + length);
        }
        if (max4 != NONE && max4 < 1) {
            throw new IllegalArgumentException("query " + id + ": max4 must be >= 1, got " + max4);
        }
        if (predicted != NONE && predicted < 1) {
            throw new IllegalArgumentException("query " + id + ": predicted must be >= 1, got " + predicted);
        }
    }

    public boolean hasMax4() {
        return max4 != NONE;
    }

    public boolean hasPrediction() {
        return predicted != NONE;
    }

    /** What a noisy predictor is centred on: the max4 label when the data has one, else the true length. */
    public int label() {
        return hasMax4() ? max4 : length;
    }
}
