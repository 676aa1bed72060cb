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
 * trace order. The layout is documented in {@code docs/metrics.md}.
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

    private static ObjectNode run(RunResult r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("trace", r.trace());
        n.put("timeUnit", r.timeUnit());
        n.put("policy", r.policy());
        n.put("description", r.description());
        ObjectNode params = n.putObject("parameters");
        for (Map.Entry<String, Object> e : r.parameters().entrySet()) {
            params.putPOJO(e.getKey(), e.getValue());
        }
        n.put("decisions", r.decisions());
        ArrayNode jobs = n.putArray("jobs");
        for (JobResult j : r.jobs()) {
            ObjectNode o = jobs.addObject();
            o.put("id", j.id());
            o.put("arrival", j.arrival());
            o.put("firstToken", j.firstToken());
            o.put("finish", j.finish());
            o.put("jct", j.jct());
            o.put("ttft", j.ttft());
            o.put("outputTokens", j.outputTokens());
            o.put("serviceTime", j.serviceTime());
        }
        Summary s = r.summary();
        ObjectNode sum = n.putObject("summary");
        sum.put("jobs", s.jobs());
        sum.put("averageJct", s.averageJct());
        sum.put("p50Jct", s.p50Jct());
        sum.put("p90Jct", s.p90Jct());
        sum.put("p99Jct", s.p99Jct());
        sum.put("maxJct", s.maxJct());
        sum.put("averageTtft", s.averageTtft());
        sum.put("p99Ttft", s.p99Ttft());
        sum.put("averageSlowdown", s.averageSlowdown());
        sum.put("makespan", s.makespan());
        sum.put("throughput", s.throughput());
        sum.put("tokenThroughput", s.tokenThroughput());
        return n;
    }
}
