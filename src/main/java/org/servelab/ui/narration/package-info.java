/**
 * What the scheduler decided and why, in words: the narration line above the queues and the decision log
 * ("t = 1 ms: J2 used its 1 ms quantum in Q1 → demoted to Q2"). Reads the run model; may import the engine's
 * events, {@code ui.model}, {@code ui.i18n}, the canvas log ({@code ui.lines}) and JavaFX.
 */
package org.servelab.ui.narration;
