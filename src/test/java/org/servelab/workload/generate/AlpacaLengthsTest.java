package org.servelab.workload.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.servelab.workload.Job;

class AlpacaLengthsTest {

    @Test
    void outputsAreTheTemperatureZeroColumnInFileOrder() {
        int[] out = AlpacaLengths.outputs();
        assertThat(out).hasSize(10_000);
        // the first rows of the file: id,L_gt,L_t0.0,... = 1,54,115 / 2,13,62 / 12,8,9 / 14,113,324
        assertThat(out).startsWith(115, 62, 9, 324);
        double mean = 0;
        for (int v : out) {
            mean += v;
        }
        assertThat(mean / out.length).isCloseTo(123.3, within(0.1));
        List<Job> jobs = AlpacaLengths.preset().jobs(10_002, new SplittableRandom(1));
        assertThat(jobs.get(0).outputTokens()).isEqualTo(115);
        assertThat(jobs.get(10_001).outputTokens()).isEqualTo(62);
    }

    @Test
    void defaultPromptIsTheTemplatePlusAnInstructionAndCanBeReplaced() {
        List<Job> jobs = AlpacaLengths.preset().jobs(20_000, new SplittableRandom(3));
        double mean = jobs.stream().mapToInt(Job::promptTokens).average().orElse(0);
        assertThat(mean).isCloseTo(60, within(1.5));
        assertThat(jobs.stream().mapToInt(Job::promptTokens).min().orElse(0)).isGreaterThanOrEqualTo(41);
        JobLengths fixed = LengthSpecs.parse("alpaca:fixed:512");
        assertThat(fixed.describe()).isEqualTo("alpaca:fixed:512");
        assertThat(fixed.jobs(3, new SplittableRandom(1))).allMatch(j -> j.promptTokens() == 512);
        assertThat(LengthSpecs.parse("alpaca").describe()).isEqualTo("alpaca");
        assertThat(LengthSpecs.parse("alpaca:40+lognormal:20:0.6")).isEqualTo(AlpacaLengths.preset());
    }
}
