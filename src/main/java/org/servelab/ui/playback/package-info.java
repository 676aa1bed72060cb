/**
 * The playback bar: reset, step back, play/pause, step forward, the time scrubber and the speed
 * slider. Binds to {@link org.servelab.ui.model.PlaybackModel}; imports the model, i18n and JavaFX controls.
 */
package org.servelab.ui.playback;
