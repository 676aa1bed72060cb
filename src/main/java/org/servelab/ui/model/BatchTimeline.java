package org.servelab.ui.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.servelab.engine.event.BatchStarted;
import org.servelab.engine.event.EventSink;
import org.servelab.engine.event.JobFinished;
import org.servelab.engine.event.JobPreempted;
import org.servelab.engine.event.SimEvent;
import org.servelab.policy.batch.BatchPolicy;
import org.servelab.policy.batch.Preemption;
import org.servelab.workload.TimedTrace;

/**
 * A batching run laid out in columns: every iteration (start, end, KV blocks in use, its members) and
 * every member (job, work kind, tokens, level, the token it makes and which prefill chunk it is), then the
 * runs of each job for the Gantt chart. A million iterations cost arrays, not a million event objects; the
 * run's other events (arrivals, queue moves, preemptions, finishes) are kept as a list, with the position
 * of each iteration among them, so that the whole event stream can be replayed in order.
 */
public final class BatchTimeline implements Timeline {

    private final TimedTrace trace;
    private final String policy;
    private final String description;
    private final double[] quanta;
    private final int maxBatch;
    private final int blockSize;
    private final Preemption preemption;
    private final long kvCapacity;

    private final int iterations;
    private final double[] iterStart;
    private final double[] iterEnd;
    private final long[] iterKv;
    private final int[] iterTokens;
    private final int[] firstMember;
    /** Tokens made before iteration k (k = 0..iterations). */
    private final int[] tokensBefore;
    private final int[] iterAt;

    private final int[] memberJob;
    private final int[] memberWork;
    private final byte[] memberKind;
    private final byte[] memberLevel;
    private final int[] memberToken;
    private final int[] memberChunk;
    private final int[] memberChunks;

    private final List<SimEvent> others;
    private final double[] finish;
    private final double[] firstToken;
    private final double end;

    private final Runs runs;

    private BatchTimeline(Recorder r, TimedTrace trace, BatchPolicy p, int maxBatch, int blockSize, Preemption pre) {
        this.trace = trace;
        this.policy = p.name();
        this.description = p.describe();
        this.quanta = new double[p.levels()];
        for (int x = 0; x < quanta.length; x++) {
            quanta[x] = p.quantum(x);
        }
        this.maxBatch = maxBatch;
        this.blockSize = blockSize;
        this.preemption = pre;
        this.kvCapacity = r.kvCapacity;
        this.iterations = r.iterations;
        this.iterStart = Arrays.copyOf(r.iterStart, iterations);
        this.iterEnd = Arrays.copyOf(r.iterEnd, iterations);
        this.iterKv = Arrays.copyOf(r.iterKv, iterations);
        this.iterTokens = Arrays.copyOf(r.iterTokens, iterations);
        this.firstMember = Arrays.copyOf(r.firstMember, iterations + 1);
        this.firstMember[iterations] = r.members;
        this.tokensBefore = Arrays.copyOf(r.tokensBefore, iterations + 1);
        this.tokensBefore[iterations] = r.tokensMade;
        this.iterAt = Arrays.copyOf(r.iterAt, iterations);
        int m = r.members;
        this.memberJob = Arrays.copyOf(r.memberJob, m);
        this.memberWork = Arrays.copyOf(r.memberWork, m);
        this.memberKind = Arrays.copyOf(r.memberKind, m);
        this.memberLevel = Arrays.copyOf(r.memberLevel, m);
        this.memberToken = Arrays.copyOf(r.memberToken, m);
        this.memberChunk = Arrays.copyOf(r.memberChunk, m);
        this.memberChunks = Arrays.copyOf(r.memberChunks, m);
        this.others = Collections.unmodifiableList(new ArrayList<>(r.others));
        this.finish = r.finish;
        this.firstToken = r.firstToken;
        this.end = iterations == 0 ? 0 : iterEnd[iterations - 1];
        this.runs = new Runs(this);
    }

    /** Collects a batching run's events into columns; pass it as the run's sink (it wants no token events). */
    public static final class Recorder implements EventSink {
        private final TimedTrace trace;
        private final int[] prompt;
        private final int[] tokens;
        private final int[] pre;
        private final int[] prefilled;
        private final int[] chunkCount;
        private final int[][] episode;
        private final int[] episodeSize;
        private final double[] finish;
        private final double[] firstToken;
        private final List<SimEvent> others = new ArrayList<>();
        private long kvCapacity = -1;
        private int iterations;
        private double[] iterStart = new double[256];
        private double[] iterEnd = new double[256];
        private long[] iterKv = new long[256];
        private int[] iterTokens = new int[256];
        private int[] firstMember = new int[257];
        private int[] tokensBefore = new int[257];
        private int[] iterAt = new int[256];
        private int members;
        private int tokensMade;
        private int[] memberJob = new int[256];
        private int[] memberWork = new int[256];
        private byte[] memberKind = new byte[256];
        private byte[] memberLevel = new byte[256];
        private int[] memberToken = new int[256];
        private int[] memberChunk = new int[256];
        private int[] memberChunks = new int[256];

        public Recorder(TimedTrace trace) {
            this.trace = trace;
            int n = trace.size();
            prompt = new int[n];
            pre = new int[n];
            for (int j = 0; j < n; j++) {
                prompt[j] = Math.max(1, trace.promptTokens(j));
                pre[j] = prompt[j];
            }
            tokens = new int[n];
            prefilled = new int[n];
            chunkCount = new int[n];
            episode = new int[n][];
            episodeSize = new int[n];
            finish = new double[n];
            firstToken = new double[n];
            Arrays.fill(finish, Double.NaN);
            Arrays.fill(firstToken, Double.NaN);
        }

        @Override
        public boolean wantsIterations() {
            return false;
        }

        @Override
        public void accept(SimEvent e) {
            if (e instanceof BatchStarted) {
                iteration((BatchStarted) e);
                return;
            }
            others.add(e);
            if (e instanceof JobPreempted && !((JobPreempted) e).swapped()) {
                int j = e.job();
                closeEpisode(j);
                pre[j] = prompt[j] + tokens[j];
                prefilled[j] = 0;
            } else if (e instanceof JobFinished) {
                finish[e.job()] = e.time();
            }
        }

        private void iteration(BatchStarted b) {
            if (iterations == iterStart.length) {
                int cap = iterations * 2;
                iterStart = Arrays.copyOf(iterStart, cap);
                iterEnd = Arrays.copyOf(iterEnd, cap);
                iterKv = Arrays.copyOf(iterKv, cap);
                iterTokens = Arrays.copyOf(iterTokens, cap);
                iterAt = Arrays.copyOf(iterAt, cap);
                firstMember = Arrays.copyOf(firstMember, cap + 1);
                tokensBefore = Arrays.copyOf(tokensBefore, cap + 1);
            }
            int k = iterations++;
            iterStart[k] = b.time();
            iterEnd[k] = b.end();
            iterKv[k] = b.kvUsed();
            kvCapacity = b.kvBlocks();
            firstMember[k] = members;
            tokensBefore[k] = tokensMade;
            iterAt[k] = others.size();
            int sum = 0;
            for (int i = 0; i < b.size(); i++) {
                sum += b.tokens()[i];
                member(b.jobs()[i], b.kinds()[i], b.tokens()[i], b.levels()[i], b.end());
            }
            iterTokens[k] = sum;
        }

        private void member(int j, byte kind, int work, int level, double end) {
            if (members == memberJob.length) {
                int cap = members * 2;
                memberJob = Arrays.copyOf(memberJob, cap);
                memberWork = Arrays.copyOf(memberWork, cap);
                memberKind = Arrays.copyOf(memberKind, cap);
                memberLevel = Arrays.copyOf(memberLevel, cap);
                memberToken = Arrays.copyOf(memberToken, cap);
                memberChunk = Arrays.copyOf(memberChunk, cap);
                memberChunks = Arrays.copyOf(memberChunks, cap);
            }
            int m = members++;
            memberJob[m] = j;
            memberWork[m] = work;
            memberKind[m] = kind;
            memberLevel[m] = (byte) level;
            int token = 0;
            if (kind == BatchStarted.CHUNK) {
                memberChunk[m] = ++chunkCount[j];
                addToEpisode(j, m);
                prefilled[j] += work;
                if (prefilled[j] >= pre[j]) {
                    token = ++tokens[j];
                    closeEpisode(j);
                }
            } else if (kind == BatchStarted.DECODE) {
                token = ++tokens[j];
            }
            memberToken[m] = token;
            if (token > 0) {
                tokensMade++;
                if (token == 1) {
                    firstToken[j] = end;
                }
            }
        }

        private void addToEpisode(int j, int m) {
            if (episode[j] == null) {
                episode[j] = new int[4];
            } else if (episodeSize[j] == episode[j].length) {
                episode[j] = Arrays.copyOf(episode[j], episodeSize[j] * 2);
            }
            episode[j][episodeSize[j]++] = m;
        }

        private void closeEpisode(int j) {
            for (int i = 0; i < episodeSize[j]; i++) {
                memberChunks[episode[j][i]] = episodeSize[j];
            }
            episodeSize[j] = 0;
            episode[j] = null;
            chunkCount[j] = 0;
        }

        public BatchTimeline build(BatchPolicy policy, int maxBatch, int blockSize, Preemption preemption) {
            for (int j = 0; j < trace.size(); j++) {
                closeEpisode(j);
            }
            return new BatchTimeline(this, trace, policy, maxBatch, blockSize, preemption);
        }
    }

    // ---- columns ---------------------------------------------------------------------------------

    /** The run's events other than the iterations, in the engine's order. */
    public List<SimEvent> others() {
        return others;
    }

    /** How many of {@link #others()} come before iteration k's start in the event stream. */
    public int othersBefore(int k) {
        return iterAt[k];
    }

    public int firstMember(int k) {
        return firstMember[k];
    }

    public int members() {
        return firstMember[iterations];
    }

    public int memberJob(int m) {
        return memberJob[m];
    }

    public int memberWork(int m) {
        return memberWork[m];
    }

    public byte memberKind(int m) {
        return memberKind[m];
    }

    public int memberLevel(int m) {
        return memberLevel[m];
    }

    /** The token member m makes, 0 if none. */
    public int memberToken(int m) {
        return memberToken[m];
    }

    /** Which chunk of its prefill member m is (1-based; 0 for decodes). */
    public int memberChunk(int m) {
        return memberChunk[m];
    }

    /** How many chunks the prefill member m belongs to takes (0 for decodes). */
    public int memberChunks(int m) {
        return memberChunks[m];
    }

    /** Tokens made before iteration k; {@code tokensBefore(iterations())} is all of them. */
    public int tokensBefore(int k) {
        return tokensBefore[k];
    }

    public int blockSize() {
        return blockSize;
    }

    public Preemption preemption() {
        return preemption;
    }

    /** The member index of a job in iteration k, or -1. */
    public int memberOf(int k, int job) {
        for (int m = firstMember[k]; m < firstMember[k + 1]; m++) {
            if (memberJob[m] == job) {
                return m;
            }
        }
        return -1;
    }

    // ---- Timeline --------------------------------------------------------------------------------

    @Override
    public TimedTrace trace() {
        return trace;
    }

    @Override
    public String policy() {
        return policy;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public int levels() {
        return quanta.length;
    }

    @Override
    public double quantum(int level) {
        return quanta[level];
    }

    @Override
    public boolean batched() {
        return true;
    }

    @Override
    public int maxBatch() {
        return maxBatch;
    }

    @Override
    public long kvCapacity() {
        return kvCapacity;
    }

    @Override
    public double end() {
        return end;
    }

    @Override
    public int jobs() {
        return trace.size();
    }

    @Override
    public double finish(int job) {
        return finish[job];
    }

    @Override
    public double firstToken(int job) {
        return firstToken[job];
    }

    @Override
    public int runCount(int job) {
        return runs.count(job);
    }

    @Override
    public int run(int job, int k) {
        return runs.byJob[runs.offsets[job] + k];
    }

    @Override
    public int firstRunEndingAfter(int job, double t) {
        int lo = runs.offsets[job];
        int hi = runs.offsets[job + 1];
        int base = lo;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (runEnd(runs.byJob[mid]) <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - base;
    }

    @Override
    public int runJob(int run) {
        return runs.job[run];
    }

    @Override
    public int runLevel(int run) {
        return runs.level[run];
    }

    @Override
    public double runStart(int run) {
        return iterStart[runs.first[run]];
    }

    @Override
    public double runEnd(int run) {
        return iterEnd[runs.first[run] + runs.iters[run] - 1];
    }

    @Override
    public int runIterations(int run) {
        return runs.iters[run];
    }

    @Override
    public int runChunks(int run) {
        return runs.chunks[run];
    }

    @Override
    public int runPads(int run) {
        return runs.pads[run];
    }

    /** The global iteration of the run's i-th iteration. */
    public int runIteration(int run, int i) {
        return runs.first[run] + i;
    }

    @Override
    public double iterationStart(int run, int i) {
        return iterStart[runs.first[run] + i];
    }

    @Override
    public double iterationEnd(int run, int i) {
        return iterEnd[runs.first[run] + i];
    }

    @Override
    public int iterationAt(int run, double t) {
        int lo = runs.first[run];
        int hi = lo + runs.iters[run] - 1;
        int base = lo;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (iterStart[mid] <= t) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo - base;
    }

    @Override
    public int iterationToken(int run, int i) {
        int m = memberOf(runs.first[run] + i, runs.job[run]);
        return m < 0 ? 0 : memberToken[m];
    }

    @Override
    public int iterationWork(int run, int i) {
        int m = memberOf(runs.first[run] + i, runs.job[run]);
        return m < 0 ? 0 : memberWork[m];
    }

    @Override
    public int iterationBatchSize(int run, int i) {
        return iterSize(runs.first[run] + i);
    }

    @Override
    public int iterations() {
        return iterations;
    }

    @Override
    public double iterStart(int k) {
        return iterStart[k];
    }

    @Override
    public double iterEnd(int k) {
        return iterEnd[k];
    }

    @Override
    public int iterSize(int k) {
        return firstMember[k + 1] - firstMember[k];
    }

    @Override
    public int iterTokens(int k) {
        return iterTokens[k];
    }

    @Override
    public long iterKv(int k) {
        return iterKv[k];
    }

    /** The runs of every job: maximal stretches of consecutive iterations at one level, grouped by job. */
    private static final class Runs {
        int count;
        int[] job = new int[64];
        int[] level = new int[64];
        int[] first = new int[64];
        int[] iters = new int[64];
        int[] chunks = new int[64];
        int[] pads = new int[64];
        final int[] offsets;
        final int[] byJob;

        Runs(BatchTimeline t) {
            int n = t.trace.size();
            int[] open = new int[n];
            Arrays.fill(open, -1);
            byte[] lastKind = new byte[n];
            for (int k = 0; k < t.iterations; k++) {
                for (int m = t.firstMember[k]; m < t.firstMember[k + 1]; m++) {
                    int j = t.memberJob[m];
                    byte kind = t.memberKind[m];
                    int lvl = t.memberLevel[m];
                    int r = open[j];
                    boolean extend = r >= 0 && first[r] + iters[r] == k && level[r] == lvl && kind >= lastKind[j];
                    if (!extend) {
                        r = add(j, lvl, k);
                        open[j] = r;
                    }
                    iters[r]++;
                    if (kind == CHUNK) {
                        chunks[r]++;
                    } else if (kind == PADDING) {
                        pads[r]++;
                    }
                    lastKind[j] = kind;
                }
            }
            offsets = new int[n + 1];
            for (int r = 0; r < count; r++) {
                offsets[job[r] + 1]++;
            }
            for (int j = 0; j < n; j++) {
                offsets[j + 1] += offsets[j];
            }
            byJob = new int[count];
            int[] fill = offsets.clone();
            for (int r = 0; r < count; r++) {
                byJob[fill[job[r]]++] = r;
            }
        }

        private int add(int j, int lvl, int k) {
            if (count == job.length) {
                int cap = count * 2;
                job = Arrays.copyOf(job, cap);
                level = Arrays.copyOf(level, cap);
                first = Arrays.copyOf(first, cap);
                iters = Arrays.copyOf(iters, cap);
                chunks = Arrays.copyOf(chunks, cap);
                pads = Arrays.copyOf(pads, cap);
            }
            job[count] = j;
            level[count] = lvl;
            first[count] = k;
            return count++;
        }

        int count(int j) {
            return offsets[j + 1] - offsets[j];
        }
    }
}
