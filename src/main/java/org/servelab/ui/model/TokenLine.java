package org.servelab.ui.model;

/**
 * One token of the token log: the time its iteration ended, the job, the token number (1 is the
 * prefill) and the 0-based queue level it ran from.
 */
public record TokenLine(double time, String job, int token, int level) {
}
