/**
 * The compare tab: two to four policies (or accountings) on the same trace side by side on one
 * shared clock, each with its animated queue, their JCT histograms overlaid and their mean JCTs next
 * to each other. Binds to {@link org.servelab.ui.model.CompareModel}; imports the model, the queue
 * and histogram views, i18n and JavaFX.
 */
package org.servelab.ui.compare;
