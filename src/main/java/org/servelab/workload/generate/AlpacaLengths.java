package org.servelab.workload.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;

/**
 * The {@code alpaca} preset: the output lengths of the 10,000 Alpaca validation queries that Vicuna-7B
 * generated at temperature 0 (column {@code L_t0.0} of {@code alpaca-val-10k-lengths.csv}, from the
 * repository of Zheng et al., "Response Length Perception and Sequence Scheduling", NeurIPS 2023), taken in
 * file order (job k gets row k, wrapping after 10,000), and prompt lengths drawn from a distribution, since
 * the file has none. The default prompt is the Vicuna chat template's 40 tokens plus an Alpaca instruction
 * of lognormal length, mean 20, sigma 0.6 ({@code 40+lognormal:20:0.6}, mean 60); {@code alpaca:DIST}
 * replaces it ({@code alpaca:fixed:512}, {@code alpaca:lognormal:1000:0.5}).
 *
 * @param prompt the prompt lengths
 */
public record AlpacaLengths(LengthDistribution prompt) implements JobLengths {

    /** The preset's name. */
    public static final String NAME = "alpaca";

    /** The data file, as a class-path resource beside this class. */
    public static final String RESOURCE = "alpaca-val-10k-lengths.csv";

    /** The default prompt: 40 template tokens plus lognormal(20, 0.6). */
    public static final LengthDistribution DEFAULT_PROMPT =
            new ShiftedLength(40, new LogNormalLength(20, 0.6, LogNormalLength.DEFAULT_MAX));

    private static final class Data {
        static final int[] OUTPUTS = read();
    }

    /** The preset with the default prompt. */
    public static AlpacaLengths preset() {
        return new AlpacaLengths(DEFAULT_PROMPT);
    }

    /** The output lengths ({@code L_t0.0}) in file order. */
    public static int[] outputs() {
        return Data.OUTPUTS.clone();
    }

    @Override
    public List<Job> jobs(int n, SplittableRandom random) {
        int[] out = Data.OUTPUTS;
        List<Job> jobs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            jobs.add(Job.of("J" + (i + 1), 0, prompt.sample(random), out[i % out.length]));
        }
        return jobs;
    }

    @Override
    public TimeUnit timeUnit() {
        return TimeUnit.MS;
    }

    @Override
    public String describe() {
        return prompt.equals(DEFAULT_PROMPT) ? NAME : NAME + ":" + prompt.describe();
    }

    private static int[] read() {
        try (InputStream in = AlpacaLengths.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] head = r.readLine().split(",");
            int col = -1;
            for (int i = 0; i < head.length; i++) {
                if (head[i].trim().equals("L_t0.0")) {
                    col = i;
                }
            }
            if (col < 0) {
                throw new IllegalStateException(RESOURCE + " has no L_t0.0 column");
            }
            List<Integer> values = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    // an empty answer still makes one token (the end of sequence)
                    values.add(Math.max(1, Integer.parseInt(line.split(",")[col].trim())));
                }
            }
            return values.stream().mapToInt(Integer::intValue).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
