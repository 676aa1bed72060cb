package org.servelab.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.servelab.engine.event.EventSink;
import org.servelab.metrics.RunResult;
import org.servelab.workload.TimedTrace;

/**
 * One run of the classic three-thread design, started by {@link ThreadedEngine#start}:
 * <ol>
 *   <li>the producer sends jobs into a buffer at their arrival times and publishes a {@link Watermark};</li>
 *   <li>the scheduler drains the buffer into the policy's queues, dispatches a job to the inference thread
 *       and blocks until it is handed back;</li>
 *   <li>the inference thread runs the iterations by waiting their duration and hands the job back.</li>
 * </ol>
 * Results are in simulated time, so they do not depend on the pacer or on thread timing.
 * {@link #cancel()} stops all three threads at any moment and waits for them to end.
 */
public final class ThreadedRun {

    private final TimedTrace trace;
    private final RunCore<Object> core;
    private final Pacer pacer;
    private final BlockingQueue<Integer> buffer = new LinkedBlockingQueue<>();
    /** Hand-offs, not buffers: unpaced, the taker spins before parking, so a hand-off seldom waits for a wake-up. */
    private final HandOff<Object> toInference;
    private final HandOff<Object> fromInference;
    private final Watermark watermark;
    private final CompletableFuture<RunResult> result = new CompletableFuture<>();
    private final List<Thread> threads = new ArrayList<>(3);

    private static final Object STOP = new Object();

    @SuppressWarnings("unchecked")
    ThreadedRun(TimedTrace trace, RunCore<?> core, Pacer pacer) {
        this.trace = trace;
        this.core = (RunCore<Object>) core;
        this.pacer = pacer;
        this.toInference = new HandOff<>(!pacer.waits());
        this.fromInference = new HandOff<>(!pacer.waits());
        this.watermark = new Watermark(trace.arrival(trace.byArrival(0)));
        String id = trace.name() + "@" + Integer.toHexString(System.identityHashCode(this));
        threads.add(new Thread(this::produce, "servelab-producer-" + id));
        threads.add(new Thread(this::schedule, "servelab-scheduler-" + id));
        threads.add(new Thread(this::infer, "servelab-inference-" + id));
    }

    void start() {
        pacer.start();
        for (Thread t : threads) {
            t.setDaemon(true);
            t.start();
        }
    }

    private void produce() {
        try {
            int n = trace.size();
            for (int k = 0; k < n; k++) {
                int job = trace.byArrival(k);
                pacer.awaitTime(trace.arrival(job));
                buffer.put(job);
                watermark.advance(k + 1 < n ? trace.arrival(trace.byArrival(k + 1)) : Double.POSITIVE_INFINITY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            fail(e);
        }
    }

    private void schedule() {
        ArrayDeque<Integer> pending = new ArrayDeque<>();
        try {
            while (!core.done()) {
                double mark = watermark.awaitAbove(core.now());
                buffer.drainTo(pending);
                core.beforeAdmission();
                while (!pending.isEmpty() && trace.arrival(pending.peekFirst()) <= core.now()) {
                    core.admit(pending.pollFirst());
                }
                if (core.done()) {
                    break;
                }
                double nextArrival = pending.isEmpty() ? mark : trace.arrival(pending.peekFirst());
                Object w = core.next(nextArrival);
                if (w == null) {
                    if (pending.isEmpty()) {
                        if (mark == Double.POSITIVE_INFINITY) {
                            throw new IllegalStateException("nothing can run at t = " + core.now()
                                    + " and nothing is left to arrive, but jobs are unfinished");
                        }
                        pending.add(buffer.take());
                    }
                    core.advanceTo(trace.arrival(pending.peekFirst()));
                    continue;
                }
                toInference.put(w);
                core.complete(fromInference.take());
            }
            toInference.put(STOP);
            result.complete(core.result());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            fail(e);
        }
    }

    private void infer() {
        try {
            while (true) {
                Object w = toInference.take();
                if (w == STOP) {
                    return;
                }
                core.execute(w, pacer);
                fromInference.put(w);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            fail(e);
        }
    }

    private void fail(Throwable e) {
        result.completeExceptionally(e);
        for (Thread t : threads) {
            if (t != Thread.currentThread()) {
                t.interrupt();
            }
        }
    }

    /** Waits for the run to finish and returns its results. */
    public RunResult await() throws InterruptedException {
        try {
            RunResult r = result.get();
            joinAll();
            return r;
        } catch (ExecutionException e) {
            joinAll();
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            cancel();
            throw e;
        }
    }

    /** Waits at most this long; returns {@code null} if the run has not finished. */
    public RunResult await(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            RunResult r = result.get(timeout, unit);
            joinAll();
            return r;
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            joinAll();
            throw rethrow(e.getCause());
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new IllegalStateException(cause);
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** The result, once finished: completes exceptionally with a CancellationException when cancelled. */
    public CompletableFuture<RunResult> future() {
        return result;
    }

    /**
     * Stops the run now: interrupts the three threads and waits until all have ended. Called from one of
     * the run's own threads (a sink, say), it waits for the other two.
     */
    public void cancel() {
        result.completeExceptionally(new CancellationException("run cancelled"));
        for (Thread t : threads) {
            t.interrupt();
        }
        joinAll();
    }

    private void joinAll() {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive() && t != Thread.currentThread()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The threads of this run (for tests that check none is left behind). */
    List<Thread> threads() {
        return List.copyOf(threads);
    }
}
