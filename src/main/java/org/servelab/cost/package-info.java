/**
 * Cost models: how long an iteration takes, from the number of prompt tokens (and later from the shape
 * of a batch). {@link org.servelab.cost.CostModels} turns the name a user writes, a built-in model or a
 * JSON profile file, into a model. Imports: Jackson, and {@code org.servelab.workload} only for
 * {@code InputException} and {@code TimeUnit}.
 */
package org.servelab.cost;
