/**
 * The token log pane: one line per token (time, job, token number, queue), virtualised over the
 * model's {@link org.servelab.ui.model.TokenLog}. Imports {@code org.servelab.ui.model},
 * {@code org.servelab.ui.i18n}, the canvas log ({@code org.servelab.ui.lines}), number text ({@code org.servelab.workload}) and
 * JavaFX controls.
 */
package org.servelab.ui.tokens;
