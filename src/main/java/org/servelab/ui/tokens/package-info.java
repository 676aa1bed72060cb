/**
 * The token log pane: one line per token (time, job, token number, queue), virtualised over the
 * model's {@link org.servelab.ui.model.TokenLog}. Imports the model, i18n and JavaFX controls.
 */
package org.servelab.ui.tokens;
