/**
 * The Experiments tab: a form that defines a sweep ({@link org.servelab.ui.experiments.SweepForm}), the
 * sweep running on a background pool while its rows, progress and a live chart fill in once per frame
 * ({@link org.servelab.ui.experiments.ExperimentsModel}), cancelling, and exporting the CSV and the plots.
 * The model and the form hold only {@code javafx.beans} / {@code javafx.collections} state and outlive the
 * views, which are rebuilt when the language changes. Imports: {@code org.servelab.experiment..},
 * {@code org.servelab.metrics} (a run's summary), {@code org.servelab.policy.batch} (policy names),
 * {@code org.servelab.workload..} (lengths, arrivals, input errors), {@code org.servelab.ui.model.FrameClock},
 * {@code org.servelab.ui.plot}, {@code org.servelab.ui.bind}, {@code org.servelab.ui.i18n} and JavaFX.
 */
package org.servelab.ui.experiments;
