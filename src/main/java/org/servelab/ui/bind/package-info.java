/**
 * Listening to long-lived models from short-lived views: a view registers its listeners weakly and
 * keeps them itself, so a view that is thrown away (the window rebuilt in another language) stops
 * listening and can be collected; and the filter field the tables share. Imports JavaFX only.
 */
package org.servelab.ui.bind;
