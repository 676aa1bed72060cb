/**
 * The window's offline batch view (sequence scheduling): every static batch of a run drawn as a block whose
 * width is its length and height its size, useful tokens filled and padding hatched, failed members marked and
 * linked to the batch that re-ran them; vanilla and sequence scheduling one above the other on one scale, with
 * sliders for the batch size and the predictor's error. {@link org.servelab.ui.seqsched.OfflineBatchModel}
 * holds {@code javafx.beans} state only; the views take it in their constructor. Its words are in its own
 * bundle ({@code messages*.properties} beside it). Imports: {@code org.servelab.seqsched},
 * {@code org.servelab.cost}, {@code org.servelab.ui.i18n} and JavaFX.
 */
package org.servelab.ui.seqsched;
