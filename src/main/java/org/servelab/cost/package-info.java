/**
 * Cost models: how long an iteration takes, from the number of prompt tokens (and later from the shape
 * of a batch). The lowest layer: imports nothing of ServeLab. Profiles are read from files by
 * {@code org.servelab.workload.io.CostModels}.
 */
package org.servelab.cost;
