package org.servelab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cost models price in their own unit and the trace's times are in its own: the schedule is the same. */
class TimeUnitsTest {

    @TempDir
    Path dir;

    /** The same two jobs with arrivals in {@code unit}: the second arrives 3 ms after the first. */
    private Path trace(String unit, String secondArrival) throws IOException {
        Path t = dir.resolve("two-" + unit + ".json");
        Files.writeString(t, "{\"timeUnit\": \"" + unit + "\", \"jobs\": [\n"
                + "  {\"id\": \"A\", \"arrival\": 0, \"promptTokens\": 300, \"outputTokens\": 6},\n"
                + "  {\"id\": \"B\", \"arrival\": " + secondArrival + ", \"promptTokens\": 4, \"outputTokens\": 3}\n]}");
        return t;
    }

    /** Every job's (arrival, first token, finish, JCT) of every policy, in the order of the results. */
    private List<Double> times(Path trace, String... extra) throws IOException {
        Path results = dir.resolve("results-" + trace.getFileName());
        List<String> args = new ArrayList<>(List.of("run", "--trace", trace.toString(), "--policy",
                "fcfs,skip-join-mlfq,srpt", "--results", results.toString()));
        args.addAll(List.of(extra));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.exitCode).as(cli.err).isZero();
        List<Double> out = new ArrayList<>();
        for (JsonNode run : new ObjectMapper().readTree(results.toFile()).get("runs")) {
            for (JsonNode j : run.get("jobs")) {
                for (String f : List.of("arrival", "firstToken", "finish", "jct", "serviceTime")) {
                    out.add(j.get(f).asDouble());
                }
            }
        }
        return out;
    }

    /**
     * {@code actual}, in units of {@code msPerUnit} ms, equals {@code ms} to within {@code toleranceMs}: times
     * are exact to a millionth of the trace's unit, so a run in seconds rounds every iteration to a microsecond.
     */
    private static void assertScaled(List<Double> actual, List<Double> ms, double msPerUnit, double toleranceMs) {
        assertThat(actual).hasSameSizeAs(ms);
        for (int i = 0; i < ms.size(); i++) {
            assertThat(actual.get(i) * msPerUnit).as("value %d", i).isCloseTo(ms.get(i), within(toleranceMs));
        }
    }

    @Test
    void theOpt13bProfileGivesTheSameScheduleInMsSAndUs() throws IOException {
        List<Double> ms = times(trace("ms", "3"));
        assertThat(ms.get(4)).as("A's service in ms: prefill of 300 tokens and 5 decodes").isBetween(30.0, 60.0);
        assertScaled(times(trace("s", "0.003")), ms, 1e3, 10 * 1e-3);
        assertScaled(times(trace("us", "3000")), ms, 1e-3, 10 * 1e-6);
    }

    @Test
    void aProfileInSecondsPricesAThousandTimesOneInMilliseconds() throws IOException {
        String body = "\"inputLengths\": [1, 64, 512], \"prefill\": [5, 8, 40], \"decode\": [5, 5.2, 5.7]}";
        Path inS = dir.resolve("gpu-s.json");
        Files.writeString(inS, "{\"timeUnit\": \"s\", " + body);
        Path inMs = dir.resolve("gpu-ms.json");
        Files.writeString(inMs, "{\"timeUnit\": \"ms\", " + body);
        Path trace = trace("ms", "3");
        List<Double> fromMs = times(trace, "--cost-model", inMs.toString());
        List<Double> fromS = times(trace, "--cost-model", inS.toString());
        for (int i = 0; i < fromMs.size(); i += 5) {
            assertThat(fromS.get(i + 4)).as("service").isCloseTo(fromMs.get(i + 4) * 1000, within(0.01));
        }
        assertThat(fromS).isNotEqualTo(fromMs);
    }
}
