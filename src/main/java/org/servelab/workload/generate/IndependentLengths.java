package org.servelab.workload.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;

/**
 * Prompt and output lengths drawn independently, each from its own distribution.
 *
 * @param name   what {@link #describe()} returns (a preset's name, or the two distributions)
 * @param prompt prompt lengths
 * @param output output lengths
 */
public record IndependentLengths(String name, LengthDistribution prompt, LengthDistribution output)
        implements JobLengths {

    public IndependentLengths(LengthDistribution prompt, LengthDistribution output) {
        this(prompt.describe() + "/" + output.describe(), prompt, output);
    }

    @Override
    public List<Job> jobs(int n, SplittableRandom random) {
        List<Job> jobs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int in = prompt.sample(random);
            int out = output.sample(random);
            jobs.add(Job.of("J" + (i + 1), 0, in, out));
        }
        return jobs;
    }

    @Override
    public TimeUnit timeUnit() {
        return TimeUnit.MS;
    }

    @Override
    public String describe() {
        return name;
    }
}
