package org.servelab.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.servelab.seqsched.QuerySet;
import org.servelab.seqsched.QuerySources;
import org.servelab.workload.InputException;

/** Options that pick the queries of an offline batch run: the data, how many, the seed, the prompt length. */
public final class QueryOptions {

    /** Queries sampled from the Alpaca lengths unless {@code --jobs} says otherwise: the paper's 1024. */
    static final int DEFAULT_QUERIES = 1024;
    /** The default seed: the first whose 1024 Alpaca queries are within 2 % of the paper's vanilla and max4 rows. */
    static final String DEFAULT_SEED = "6";

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Queries: the Alpaca lengths file (id,L_gt,L_t0.0,L_t0.3,L_t0.5,L_t0.7) or any trace "
                    + "(JSON or CSV; a 'predicted' field or column feeds the predictor 'trace'). Default: the built-in "
                    + "10,000 Alpaca validation queries of the paper.")
    Path trace;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Sample N queries without replacement (seeded). Default: " + DEFAULT_QUERIES
                    + " of the Alpaca lengths, every job of a trace in its order.")
    Integer jobs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = DEFAULT_SEED,
            description = "Seed of the sample and of noisy predictions (default: ${DEFAULT-VALUE}, see docs/experiments.md).")
    long seed;

    @Option(names = "--prompt-tokens", paramLabel = "P",
            description = "Prompt tokens of every Alpaca query, which the file does not give (default 60: the Vicuna "
                    + "chat template's ~40 tokens around an instruction of ~20).")
    Integer promptTokens;

    /** The queries: read, then sampled when asked (and by default from the Alpaca lengths). */
    public QuerySet load() {
        return pick(loadAll());
    }

    /** Every query of the data, unsampled. */
    public QuerySet loadAll() {
        if (jobs != null && jobs < 1) {
            throw InputException.parameter("--jobs", "must be at least 1, got " + jobs);
        }
        return QuerySources.load(trace, promptTokens);
    }

    /** The queries of {@code all} the options pick: a seeded sample, or a trace's jobs in order by default. */
    public QuerySet pick(QuerySet all) {
        if (jobs == null && !all.hasMax4()) {
            return all;
        }
        return all.sample(count(all), seed);
    }

    /** How many queries to sample from {@code all}. */
    public int count(QuerySet all) {
        if (jobs != null && (jobs < 1 || jobs > all.size())) {
            throw InputException.parameter("--jobs", jobs < 1 ? "must be at least 1, got " + jobs
                    : jobs + " queries asked, but " + all.name() + " has only " + all.size());
        }
        return jobs != null ? jobs : Math.min(DEFAULT_QUERIES, all.size());
    }

    public long seed() {
        return seed;
    }

    /** Words for the report: where the queries came from and how they were picked. */
    public String describe(QuerySet picked, QuerySet all) {
        String how = picked.size() == all.size() && jobs == null && !all.hasMax4() ? "in order"
                : "sampled with seed " + seed;
        String prompts = all.hasMax4() ? ", prompts " + picked.get(0).prompt() + " tokens" : "";
        return picked.size() + " queries of " + all.name() + " (" + how + prompts + ")";
    }
}
