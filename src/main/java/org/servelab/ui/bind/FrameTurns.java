package org.servelab.ui.bind;

/**
 * Spreads the window's heavy repaints over consecutive frames while a run plays: the Gantt chart, the
 * queue, and the smaller canvases (strip, KV bar, histograms) each repaint in their own turn of three
 * pulses, so that no frame has to paint all of them. Every animation timer of one pulse is handed the same
 * time stamp, which tells the pulses apart.
 */
public final class FrameTurns {

    public static final int TURNS = 3;
    public static final int GANTT = 0;
    public static final int QUEUE = 1;
    public static final int SMALL = 2;

    private static long lastStamp = Long.MIN_VALUE;
    private static long pulse;

    private FrameTurns() {
    }

    /** Whether the pulse with this time stamp (an animation timer's {@code now}) is the turn {@code turn}. */
    public static synchronized boolean isTurn(long now, int turn) {
        if (now != lastStamp) {
            lastStamp = now;
            pulse++;
        }
        return pulse % TURNS == turn;
    }
}
