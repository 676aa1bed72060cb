/**
 * The parameter pane: policy, {@code Queue_num}, {@code Quantum}, {@code Quantum_rate}, accounting and
 * the starvation limit. Binds to {@link org.servelab.ui.model.ParametersModel}; imports the model,
 * the policy names, i18n and JavaFX controls.
 */
package org.servelab.ui.parameters;
