/**
 * Logs of many lines drawn on a canvas, of which only the visible lines are ever worded: the decision log and
 * the token log. Imports {@code org.servelab.ui.bind} and JavaFX.
 */
package org.servelab.ui.lines;
