/**
 * The UI's words and number formats: {@link org.servelab.ui.i18n.Messages} reads the resource bundles
 * ({@code org/servelab/ui/messages*.properties}, English and Simplified Chinese). Imports nothing from
 * the simulation and no JavaFX.
 */
package org.servelab.ui.i18n;
