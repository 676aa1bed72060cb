/**
 * Cost models: how long an iteration takes. {@link org.servelab.cost.CostModel} prices one job from its
 * number of prompt tokens (batch size 1); {@link org.servelab.cost.BatchCostModel} prices a whole batch from
 * its shape: per job ({@link org.servelab.cost.PerJobCost}), affine in its tokens
 * ({@link org.servelab.cost.AffineCost}) or by the roofline of a model on an accelerator
 * ({@link org.servelab.cost.RooflineCost}, with the {@link org.servelab.cost.ModelSpec} and
 * {@link org.servelab.cost.GpuSpec} presets cited in docs/cost-models.md). The lowest layer: imports nothing
 * of ServeLab. Names and files are read by {@code org.servelab.workload.io.CostModels} and
 * {@code BatchCostModels}.
 */
package org.servelab.cost;
