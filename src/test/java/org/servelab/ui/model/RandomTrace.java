package org.servelab.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/** Seeded random traces with explicit iteration times. */
final class RandomTrace {

    private RandomTrace() {
    }

    static TimedTrace of(int jobs, long seed) {
        Random r = new Random(seed);
        List<Job> list = new ArrayList<>(jobs);
        double t = 0;
        for (int j = 0; j < jobs; j++) {
            t += r.nextDouble() * 20;
            list.add(new Job("J" + (j + 1), t, 0, 1 + r.nextInt(40), 1 + r.nextDouble() * 20, 0.5 + r.nextDouble()));
        }
        return TimedTrace.explicit(new Trace("random-" + jobs, TimeUnit.MS, list));
    }

    /** Jobs with prompts of 1 to 200 tokens (for KV memory) and times from the prompt length. */
    static TimedTrace withPrompts(int jobs, long seed) {
        Random r = new Random(seed);
        List<Job> list = new ArrayList<>(jobs);
        double t = 0;
        for (int j = 0; j < jobs; j++) {
            t += r.nextDouble() * 6;
            int prompt = 1 + r.nextInt(200);
            list.add(new Job("J" + (j + 1), t, prompt, 1 + r.nextInt(60), 1 + prompt / 20.0, 0.5 + r.nextDouble()));
        }
        return TimedTrace.explicit(new Trace("prompts-" + jobs, TimeUnit.MS, list));
    }
}
