package org.servelab.metrics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.servelab.metrics.JobResult;
import org.servelab.metrics.RunResult;
import org.servelab.metrics.Summary;

/** Results files hold numbers or nothing: never the strings NaN or Infinity. */
class NonFiniteResultsTest {

    static RunResult run() {
        List<JobResult> jobs = List.of(new JobResult("A", 0, 1, 2, 2, 2),
                new JobResult("B", Double.NaN, Double.POSITIVE_INFINITY, Double.NaN, 2, Double.NaN));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("quantum", Double.NaN);
        params.put("starveLimit", Double.POSITIVE_INFINITY);
        params.put("queues", 4);
        return new RunResult("t", "ms", "mlfq", "mlfq", params, jobs, Summary.of(jobs, 1e-3), 3);
    }

    @Test
    void jsonWritesNullWhereANumberIsNotFinite() throws Exception {
        String text = ResultsJson.write(List.of(run()));
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
        JsonNode r = new ObjectMapper().readTree(text).get("runs").get(0);
        assertThat(r.get("jobs").get(1).get("jct").isNull()).isTrue();
        assertThat(r.get("jobs").get(0).get("jct").asDouble()).isEqualTo(2.0);
        assertThat(r.get("parameters").get("quantum").isNull()).isTrue();
        assertThat(r.get("parameters").get("queues").asInt()).isEqualTo(4);
    }

    @Test
    void csvLeavesTheCellEmpty() {
        String text = ResultsCsv.write(List.of(run()));
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(text.lines()).contains("t,mlfq,4,,,,,B,,,,,,2,");
    }
}
