package org.servelab.engine.event;

import java.lang.reflect.RecordComponent;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.servelab.workload.TimedTrace;

/**
 * Events as JSON lines, one object per event: {@code {"type": "JobDemoted", "time": 1.0, "job": "J2",
 * "from": 1, "to": 2}}. Jobs are written by id; levels as 1-based queue numbers (1 is Q1), as the
 * user reads them. Used for golden traces and {@code run --events}.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    public static ObjectNode toJson(SimEvent e, TimedTrace trace) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", e.getClass().getSimpleName());
        for (RecordComponent c : e.getClass().getRecordComponents()) {
            String name = c.getName();
            Object value;
            try {
                value = c.getAccessor().invoke(e);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
            if (name.equals("job")) {
                int j = (Integer) value;
                if (j >= 0) {
                    o.put("job", trace.id(j));
                }
            } else if (name.equals("level") || name.equals("from") || name.equals("to")) {
                o.put(name.equals("level") ? "queue" : name, (Integer) value + 1);
            } else if (value instanceof Double) {
                o.put(name, (Double) value);
            } else if (value instanceof Integer) {
                o.put(name, (Integer) value);
            } else {
                o.put(name, String.valueOf(value));
            }
        }
        return o;
    }

    /** One JSON object per line. */
    public static String lines(List<SimEvent> events, TimedTrace trace) {
        StringBuilder sb = new StringBuilder();
        for (SimEvent e : events) {
            sb.append(toJson(e, trace).toString()).append('\n');
        }
        return sb.toString();
    }
}
