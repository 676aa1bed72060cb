package org.servelab.metrics.io;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.servelab.metrics.JobResult;
import org.servelab.metrics.RunResult;
import org.servelab.metrics.Summary;

/**
 * Results as JSON: {@code {"runs": [{"policy", parameters..., "jobs": [...], "summary": {...}}]}}, jobs in
 * trace order. A number that is not finite is written as {@code null}. The layout is documented in
 * {@code docs/metrics.md}.
 */
public final class ResultsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsJson() {
    }

    public static String write(List<RunResult> runs) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode arr = root.putArray("runs");
        for (RunResult r : runs) {
            arr.add(run(r));
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A number, or {@code null} where there is none: never the strings "NaN" or "Infinity". */
    private static void num(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }

    private static ObjectNode run(RunResult r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("trace", r.trace());
        n.put("timeUnit", r.timeUnit());
        n.put("policy", r.policy());
        n.put("description", r.description());
        ObjectNode params = n.putObject("parameters");
        for (Map.Entry<String, Object> e : r.parameters().entrySet()) {
            if (e.getValue() instanceof Double || e.getValue() instanceof Float) {
                num(params, e.getKey(), ((Number) e.getValue()).doubleValue());
            } else {
                params.putPOJO(e.getKey(), e.getValue());
            }
        }
        n.put("decisions", r.decisions());
        ArrayNode jobs = n.putArray("jobs");
        for (JobResult j : r.jobs()) {
            ObjectNode o = jobs.addObject();
            o.put("id", j.id());
            num(o, "arrival", j.arrival());
            num(o, "firstToken", j.firstToken());
            num(o, "finish", j.finish());
            num(o, "jct", j.jct());
            num(o, "ttft", j.ttft());
            o.put("outputTokens", j.outputTokens());
            num(o, "serviceTime", j.serviceTime());
        }
        Summary s = r.summary();
        ObjectNode sum = n.putObject("summary");
        sum.put("jobs", s.jobs());
        num(sum, "averageJct", s.averageJct());
        num(sum, "p50Jct", s.p50Jct());
        num(sum, "p90Jct", s.p90Jct());
        num(sum, "p99Jct", s.p99Jct());
        num(sum, "maxJct", s.maxJct());
        num(sum, "averageTtft", s.averageTtft());
        num(sum, "p99Ttft", s.p99Ttft());
        num(sum, "averageSlowdown", s.averageSlowdown());
        num(sum, "makespan", s.makespan());
        num(sum, "throughput", s.throughput());
        num(sum, "tokenThroughput", s.tokenThroughput());
        return n;
    }
}
