package org.servelab.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs of a sweep in their fixed order: cost model, order, CV, then load (or rate), then seed, outermost;
 * then policy, queues, quantum rate, quantum; then (with batches) max batch, max batch tokens, batching mode,
 * preemption, KV blocks, max output, max waiting, timeout, draft length, acceptance, draft cost. Runs on the
 * same trace are neighbours, so a trace is generated once and dropped soon after. The index of a run is its
 * position in this order, whatever the shard.
 */
public final class SweepGrid {

    private SweepGrid() {
    }

    /** Every run of the (validated) spec. */
    public static List<SweepPoint> points(SweepSpec spec) {
        List<PolicyConfig> configs = configs(spec);
        List<SweepPoint> out = new ArrayList<>((int) Math.min(spec.runs(), Integer.MAX_VALUE));
        boolean batching = spec.batching();
        List<String> models = spec.costModels();
        int index = 0;
        for (String model : models) {
            for (String order : spec.serving().orders()) {
                for (double cv : spec.cvs()) {
                    for (double x : spec.xs()) {
                        for (int s = 0; s < spec.seeds(); s++) {
                            WorkloadKey key = new WorkloadKey(x, cv, spec.seed() + s, model, order);
                            for (PolicyConfig c : configs) {
                                if (!batching) {
                                    out.add(new SweepPoint(index++, c, key));
                                    continue;
                                }
                                for (ServingConfig sc : spec.serving().configs(c.policy())) {
                                    out.add(new SweepPoint(index++, c, key, sc));
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The policy configurations of one workload point, in grid order. */
    public static List<PolicyConfig> configs(SweepSpec spec) {
        List<PolicyConfig> out = new ArrayList<>();
        for (String p : spec.policies()) {
            if (!SweepPoint.isMlfq(p)) {
                out.add(PolicyConfig.single(p));
                continue;
            }
            for (int q : spec.queues()) {
                for (double r : spec.quantumRates()) {
                    for (double quantum : spec.quanta()) {
                        out.add(new PolicyConfig(p, q, r, quantum));
                    }
                }
            }
        }
        return out;
    }
}
