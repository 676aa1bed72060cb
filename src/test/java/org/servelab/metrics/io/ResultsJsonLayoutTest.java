package org.servelab.metrics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.servelab.metrics.Distribution;
import org.servelab.metrics.JobResult;
import org.servelab.metrics.RunResult;
import org.servelab.metrics.ServingStats;
import org.servelab.metrics.Summary;

/**
 * The first job object of a run is written by Jackson's generator, the others by a faster path that must
 * lay them out the same way: the same job written three times must give three identical objects.
 */
class ResultsJsonLayoutTest {

    private static List<String> jobObjects(String json) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\\n      \"id\".*?\\n    }", Pattern.DOTALL).matcher(json);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void jobsAfterTheFirstAreLaidOutAsTheGeneratorLaysOutTheFirst() throws Exception {
        List<String> ids = List.of("J1", "a \"quoted\" \\ id\t\u0001", "Jé中", "1.5E9");
        for (String id : ids) {
            JobResult j = new JobResult(id, 1234.5, 1250.000001, 1.034302016144E9, 7, 0.000125);
            JobResult nan = new JobResult(id, 0, Double.NaN, Double.POSITIVE_INFINITY, 0, 5e-7);
            List<JobResult> jobs = List.of(j, j, j, nan, nan);
            RunResult r = new RunResult("t", "ms", "fcfs", "fcfs", new LinkedHashMap<>(), jobs,
                    Summary.of(jobs, 1e-3), 5);
            String json = ResultsJson.write(List.of(r, r));
            List<String> objects = jobObjects(json);
            assertThat(objects).as(id).hasSize(10);
            assertThat(objects.subList(1, 3)).as(id).containsOnly(objects.get(0));
            assertThat(objects.get(4)).as(id).isEqualTo(objects.get(3)).contains("\"firstToken\" : null");
            assertThat(objects.subList(5, 10)).isEqualTo(objects.subList(0, 5));
            assertThat(new ObjectMapper().readTree(json).get("runs").get(1).get("jobs").get(2).get("id").asText())
                    .isEqualTo(id);
        }
    }

    @Test
    void batchingFieldsAreLaidOutTheSameWay() throws Exception {
        JobResult j = new JobResult("J1", 1234.5, 1250.000001, 1300.25, 7, 0.000125);
        List<JobResult> jobs = List.of(j, j, j, j);
        // jobs 0 and 1 alike (preempted twice, truncated, queued 3.5), jobs 2 and 3 alike (dropped)
        int[] preemptions = {2, 2, 0, 0};
        boolean[] dropped = {false, false, true, true};
        boolean[] truncated = {true, true, false, false};
        double[] queueing = {3.5, 3.5, Double.NaN, Double.NaN};
        Distribution d = Distribution.of(new double[] {1, 2, 3}, 3);
        ServingStats serving = new ServingStats(preemptions, dropped, truncated, queueing, d, d, d, d, d,
                10, 1.5, 20.25, 64, 0.5, 0.75, 48, 4, 8, 2, 2, 99.5);
        RunResult r = new RunResult("t", "ms", "fcfs", "fcfs", new LinkedHashMap<>(), jobs, Summary.of(jobs, 1e-3), 4,
                serving);
        String json = ResultsJson.write(List.of(r));
        List<String> objects = jobObjects(json);
        assertThat(objects).hasSize(4);
        assertThat(objects.get(1)).as("written by the fast path, first by the generator").isEqualTo(objects.get(0))
                .contains("\"preemptions\" : 2").contains("\"truncated\" : true");
        assertThat(objects.get(3)).isEqualTo(objects.get(2)).contains("\"dropped\" : true");
        assertThat(new ObjectMapper().readTree(json).get("runs").get(0).get("jobs").get(1).get("queueingDelay")
                .asDouble()).isEqualTo(3.5);
    }
}
