package org.servelab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.servelab.engine.event.EventSink;
import org.servelab.engine.event.SimEvent;
import org.servelab.engine.event.TokenGenerated;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.io.Csv;

/** Writes one CSV line per generated token: policy, time, job id, token number, queue (Q1 is the highest). */
final class TokenLogSink implements EventSink {

    static final String HEADER = "policy,time,job,token,queue";

    private final Writer out;
    private final TimedTrace trace;
    private final String policy;

    private final boolean live;

    /** @param live flush every line (the console of a real-time run, so that tokens show as they are made) */
    TokenLogSink(Writer out, TimedTrace trace, String policy, boolean live) {
        this.out = out;
        this.trace = trace;
        this.policy = policy;
        this.live = live;
    }

    @Override
    public void accept(SimEvent event) {
        if (event instanceof TokenGenerated) {
            TokenGenerated t = (TokenGenerated) event;
            try {
                out.write(policy + "," + Csv.number(t.time()) + "," + Csv.field(trace.id(t.job())) + "," + t.token()
                        + ",Q" + (t.level() + 1) + "\n");
                if (live) {
                    out.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
