package org.servelab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonGenerator;

import org.servelab.engine.event.EventJson;
import org.servelab.engine.event.EventSink;
import org.servelab.engine.event.SimEvent;
import org.servelab.workload.TimedTrace;

/** Writes every event as one JSON object per line, with the policy that produced it. */
final class EventLogSink implements EventSink {

    private final Writer out;
    private final JsonGenerator json;
    private final TimedTrace trace;
    private final String policy;

    EventLogSink(Writer out, TimedTrace trace, String policy) {
        this.out = out;
        this.trace = trace;
        this.policy = policy;
        try {
            this.json = EventJson.generator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void accept(SimEvent event) {
        try {
            EventJson.write(json, event, trace, policy);
            json.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
