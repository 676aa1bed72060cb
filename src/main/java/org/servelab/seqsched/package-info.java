/**
 * Sequence scheduling for offline batch inference (Zheng et al., NeurIPS'23): queries known in advance are
 * grouped, their response lengths predicted, sorted by prediction and cut into static batches of a fixed or
 * variable size (VBS); with failure collection and recomputation (FCR) a batch stops at its predicted cap and
 * the members that did not finish are re-run at the end of their group. Each static batch is priced iteration
 * by iteration through {@link org.servelab.cost.BatchShape} by any {@link org.servelab.cost.BatchCostModel},
 * with the prefill padded to the longest prompt. Also the paper's table reproduced with a fitted cost model,
 * and the same predictions driving online policies on the batching engine. The rules are in
 * docs/experiments.md.
 *
 * <p>Imports {@code org.servelab.cost}, {@code org.servelab.workload..}, {@code org.servelab.engine},
 * {@code org.servelab.policy..}, {@code org.servelab.metrics}, the figure data of
 * {@code org.servelab.experiment.plot} and Jackson; never JavaFX, never the command line or the window.
 */
package org.servelab.seqsched;
