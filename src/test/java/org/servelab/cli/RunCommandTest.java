package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line end to end: the paper's table, the exercise's dataset, and bad input. */
class RunCommandTest {

    static final String FIGURE_6 = "sample-traces/figure-6c.json";
    static final String DATASET = "sample-traces/orca-appendix-b.csv";

    @TempDir
    Path dir;

    /** Token order per policy, from a token log. */
    static Map<String, String> tokenOrders(Path log) throws IOException {
        Map<String, String> orders = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(log);
        assertThat(lines.get(0)).isEqualTo("policy,time,job,token,queue");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            orders.merge(f[0], f[2] + "·" + f[3], (a, b) -> a + " " + b);
        }
        return orders;
    }

    @ParameterizedTest(name = "engine {0}")
    @ValueSource(strings = {"des", "threads"})
    void reproducesFigure6ThroughTheCommandLine(String engine) throws IOException {
        Path tokens = dir.resolve("tokens.csv");
        Path results = dir.resolve("results.json");
        Cli time = Cli.run("run", "--trace", FIGURE_6, "--policy", "fcfs,mlfq,skip-join-mlfq,srpt",
                "--queues", "4", "--quantum", "1", "--quantum-rate", "2", "--engine", engine,
                "--token-log", tokens.toString(), "--results", results.toString());
        assertThat(time.exitCode).as(time.err).isZero();

        Map<String, String> orders = tokenOrders(tokens);
        assertThat(orders).containsExactly(
                Map.entry("fcfs", "J1·1 J1·2 J2·1 J2·2 J3·1 J3·2"),
                Map.entry("mlfq", "J1·1 J2·1 J3·1 J1·2 J2·2 J3·2"),
                Map.entry("skip-join-mlfq", "J2·1 J3·1 J2·2 J3·2 J1·1 J1·2"),
                Map.entry("srpt", "J2·1 J2·2 J3·1 J3·2 J1·1 J1·2"));

        JsonNode runs = new ObjectMapper().readTree(results.toFile()).get("runs");
        assertThat(jcts(runs.get(0))).containsExactly(6.0, 8.0, 11.0);
        assertThat(jcts(runs.get(1))).containsExactly(9.0, 10.0, 11.0);
        assertThat(jcts(runs.get(2))).containsExactly(11.0, 4.0, 5.0);
        assertThat(jcts(runs.get(3))).containsExactly(11.0, 2.0, 5.0);
        assertThat(runs.get(2).get("summary").get("averageJct").asDouble()).isCloseTo(20.0 / 3, within(1e-9));
        assertThat(runs.get(2).get("parameters").get("quantum").asDouble()).isEqualTo(1.0);

        Path tokenLog2 = dir.resolve("tokens2.csv");
        Cli tokensAcc = Cli.run("run", "--trace", FIGURE_6, "--policy", "skip-join-mlfq", "--accounting", "tokens",
                "--engine", engine, "--token-log", tokenLog2.toString());
        assertThat(tokensAcc.exitCode).as(tokensAcc.err).isZero();
        assertThat(tokenOrders(tokenLog2)).containsEntry("skip-join-mlfq", "J2·1 J3·1 J3·2 J2·2 J1·1 J1·2");
    }

    static List<Double> jcts(JsonNode run) {
        List<Double> out = new ArrayList<>();
        run.get("jobs").forEach(j -> out.add(j.get("jct").asDouble()));
        return out;
    }

    @Test
    void printsEachJobsJctAndTheAveragesSideBySide() {
        Cli cli = Cli.run("run", "--trace", FIGURE_6, "--policy", "fcfs,skip-join-mlfq");
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(cli.out).containsPattern("J2\\s+0\\s+1\\s+1\\s+2\\s+2\\s+8\\s+4\\n");
        assertThat(cli.out).containsPattern("average JCT\\s+8\\.333\\s+6\\.667");
    }

    @Test
    void theExercisesDatasetMatchesItsChecksAndLogsEveryTokenOnce() throws IOException {
        Path tokens = dir.resolve("tokens.csv");
        Path results = dir.resolve("results.json");
        Cli cli = Cli.run("run", "--trace", DATASET, "--policy", "fcfs,skip-join-mlfq", "--token-log",
                tokens.toString(), "--results", results.toString());
        assertThat(cli.exitCode).as(cli.err).isZero();

        JsonNode runs = new ObjectMapper().readTree(results.toFile()).get("runs");
        double service = 0;
        for (JsonNode j : runs.get(0).get("jobs")) {
            service += j.get("serviceTime").asDouble();
        }
        assertThat(service).as("summed service time").isCloseTo(92155.1, within(0.05));
        assertThat(runs.get(0).get("summary").get("averageJct").asDouble()).as("FCFS all at 0")
                .isCloseTo(42319.7, within(0.05));

        Map<String, Integer> next = new HashMap<>();
        Map<String, Integer> expected = new HashMap<>();
        runs.get(0).get("jobs").forEach(j -> expected.put(j.get("id").asText(), j.get("outputTokens").asInt()));
        List<String> lines = Files.readAllLines(tokens);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String key = f[0] + "/" + f[2];
            int token = Integer.parseInt(f[3]);
            assertThat(token).as("token number of %s", key).isEqualTo(next.getOrDefault(key, 0) + 1);
            next.put(key, token);
        }
        for (String policy : List.of("fcfs", "skip-join-mlfq")) {
            expected.forEach((id, n) -> assertThat(next.get(policy + "/" + id)).as("%s tokens of %s", policy, id)
                    .isEqualTo(n));
        }
    }

    /** The token log file is written as bytes, the console through a writer: the lines must agree. */
    @Test
    void theTokenLogFileHasTheConsoleLinesWithIdsQuotedAndNonAsciiKept() throws IOException {
        Path trace = dir.resolve("ids.json");
        Files.writeString(trace, """
                { "timeUnit": "ms", "jobs": [
                  { "id": "a,b", "arrival": 0, "promptTokens": 0, "outputTokens": 3, "prefillTime": 2.5, "decodeTime": 1.25 },
                  { "id": "J\u00e9\u4e2d", "arrival": 0.000001, "promptTokens": 0, "outputTokens": 2, "prefillTime": 1, "decodeTime": 1 },
                  { "id": "J3", "arrival": 12345678.9, "promptTokens": 0, "outputTokens": 2, "prefillTime": 1, "decodeTime": 0.5 }
                ] }
                """);
        Path tokens = dir.resolve("tokens.csv");
        Cli file = Cli.run("run", "--trace", trace.toString(), "--policy", "fcfs,skip-join-mlfq", "--token-log",
                tokens.toString());
        Cli console = Cli.run("run", "--trace", trace.toString(), "--policy", "fcfs,skip-join-mlfq", "--token-log", "-");
        assertThat(file.exitCode).as(file.err).isZero();
        assertThat(console.exitCode).as(console.err).isZero();
        List<String> lines = Files.readAllLines(tokens);
        assertThat(lines).hasSize(1 + 2 * 7);
        assertThat(lines.get(0)).isEqualTo(TokenLogSink.HEADER);
        assertThat(lines).contains("fcfs,2.5,\"a,b\",1,Q1", "fcfs,7,J\u00e9\u4e2d,2,Q1",
                "fcfs,1.23456799E7,J3,1,Q1", "skip-join-mlfq,1.23456804E7,J3,2,Q3");
        assertThat(console.out).startsWith(String.join("\n", lines) + "\n");
    }

    @Test
    void fixedRateArrivalsSendJobKAtKOverR() throws IOException {
        Path results = dir.resolve("results.json");
        Cli cli = Cli.run("run", "--trace", DATASET, "--policy", "fcfs", "--arrivals", "fixed", "--arrival-rate", "4",
                "--results", results.toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        JsonNode jobs = new ObjectMapper().readTree(results.toFile()).get("runs").get(0).get("jobs");
        assertThat(jobs.get(0).get("arrival").asDouble()).isZero();
        assertThat(jobs.get(10).get("arrival").asDouble()).isCloseTo(2500.0, within(1e-9));
    }

    @Test
    void gammaArrivalsTakeACoefficientOfVariation() throws IOException {
        Path calm = dir.resolve("calm.json");
        Path bursty = dir.resolve("bursty.json");
        Cli a = Cli.run("run", "--trace", DATASET, "--policy", "fcfs", "--arrivals", "gamma", "--arrival-rate", "2",
                "--cv", "0.0001", "--results", calm.toString());
        Cli b = Cli.run("run", "--trace", DATASET, "--policy", "fcfs", "--arrivals", "gamma", "--arrival-rate", "2",
                "--cv", "4", "--results", bursty.toString());
        assertThat(a.exitCode).as(a.err).isZero();
        assertThat(b.exitCode).as(b.err).isZero();
        JsonNode calmJobs = new ObjectMapper().readTree(calm.toFile()).get("runs").get(0).get("jobs");
        JsonNode burstyJobs = new ObjectMapper().readTree(bursty.toFile()).get("runs").get(0).get("jobs");
        assertThat(calmJobs.get(1).get("arrival").asDouble()).isCloseTo(500.0, within(1.0));
        assertThat(burstyJobs.get(1).get("arrival").asDouble()).isNotCloseTo(500.0, within(1.0));

        Cli wrong = Cli.run("run", "--trace", DATASET, "--arrivals", "fixed", "--arrival-rate", "2", "--cv", "2");
        assertThat(wrong.exitCode).isEqualTo(2);
        assertThat(wrong.err).contains("--cv");
    }

    @Test
    void resultsCsvHasOneColumnPerParameter() throws IOException {
        Path csv = dir.resolve("results.csv");
        Cli cli = Cli.run("run", "--trace", FIGURE_6, "--policy", "fcfs,skip-join-mlfq", "--results-csv", csv.toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("trace,policy,queues,quantum,quantumRate,accounting,starveLimit,"
                + "id,arrival,firstToken,finish,jct,ttft,outputTokens,serviceTime");
        assertThat(lines).contains("figure-6c,fcfs,,,,,,J1,0,5,6,6,5,2,6",
                "figure-6c,skip-join-mlfq,4,1,2,time,,J2,0,1,4,4,1,2,2");
    }
}
