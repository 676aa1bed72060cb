package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servelab.workload.io.InputErrors.expect;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.servelab.workload.InputException;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.Trace;

class TraceReaderJsonTest {

    private static final String FILE = "traces/t.json";

    private static Trace read(String text) {
        return TraceReader.readJson(FILE, text);
    }

    private static InputException error(String text, int line, String field) {
        return expect(() -> read(text), FILE, line, field);
    }

    @Nested
    class Valid {

        @Test
        void readsEveryField() {
            Trace t = read("""
                    {"name": "figure-6c", "timeUnit": "ms", "jobs": [
                      {"id": "J1", "arrival": 0, "promptTokens": 157, "outputTokens": 48, "prefillTime": 5, "decodeTime": 1},
                      {"id": "J2", "arrival": 2.5, "promptTokens": 3, "outputTokens": 1, "prefillTime": 0.25, "decodeTime": 1e-3}
                    ]}
                    """);
            assertThat(t.name()).isEqualTo("figure-6c");
            assertThat(t.timeUnit()).isEqualTo(TimeUnit.MS);
            assertThat(t.hasArrivals()).isTrue();
            assertThat(t.jobs()).containsExactly(
                    new Job("J1", 0, 157, 48, 5.0, 1.0),
                    new Job("J2", 2.5, 3, 1, 0.25, 1e-3));
        }

        @Test
        void readsAndWritesPredictedLengths() {
            Trace t = read("""
                    {"jobs": [{"promptTokens": 10, "outputTokens": 40, "predicted": 50}, {"promptTokens": 20, "outputTokens": 3}]}
                    """);
            assertThat(t.job(0).predicted()).isEqualTo(50);
            assertThat(t.job(1).predicted()).isNull();
            assertThat(TraceReader.readJson(FILE, TraceWriter.toJson(t)).jobs()).isEqualTo(t.jobs());
            assertThat(error("""
                    {"jobs": [{"promptTokens": 10, "outputTokens": 40, "predicted": "long"}]}
                    """, 1, "jobs[0].predicted").getMessage()).contains("must be a number");
        }

        @Test
        void optionalFieldsTakeTheirDefaults() {
            Trace t = TraceReader.readJson("some/dir/my-trace.json", """
                    {"jobs": [{"promptTokens": 10, "outputTokens": 2}, {"promptTokens": 20, "outputTokens": 3}]}
                    """);
            assertThat(t.name()).isEqualTo("my-trace");
            assertThat(t.timeUnit()).isEqualTo(TimeUnit.MS);
            assertThat(t.hasArrivals()).isFalse();
            assertThat(t.jobs()).containsExactly(Job.of("J1", 0, 10, 2), Job.of("J2", 0, 20, 3));
        }

        @Test
        void nullMeansNotGivenForOptionalFields() {
            Trace t = read("""
                    {"name": null, "timeUnit": null, "jobs": [
                      {"id": null, "arrival": null, "promptTokens": 1, "outputTokens": 2, "prefillTime": null}]}
                    """);
            assertThat(t.name()).isEqualTo("t");
            assertThat(t.hasArrivals()).isFalse();
            assertThat(t.job(0)).isEqualTo(Job.of("J1", 0, 1, 2));
        }

        @Test
        void readsEachTimeUnit() {
            assertThat(read("{\"timeUnit\": \"s\", \"jobs\": [{\"promptTokens\": 1, \"outputTokens\": 1}]}").timeUnit())
                    .isEqualTo(TimeUnit.S);
            assertThat(read("{\"timeUnit\": \"us\", \"jobs\": [{\"promptTokens\": 1, \"outputTokens\": 1}]}").timeUnit())
                    .isEqualTo(TimeUnit.US);
        }

        @Test
        void promptTokensMayBeLeftOutWhenBothTimesAreGiven() {
            Trace t = read("{\"jobs\": [{\"outputTokens\": 2, \"prefillTime\": 5, \"decodeTime\": 1}]}");
            assertThat(t.job(0).promptTokens()).isZero();
            assertThat(t.job(0).hasExplicitTimes()).isTrue();
        }

        @Test
        void acceptsWholeNumbersWrittenWithAFractionAndNumericIds() {
            Trace t = read("{\"jobs\": [{\"id\": 7, \"promptTokens\": 157.0, \"outputTokens\": 4.8e1}]}");
            assertThat(t.job(0)).isEqualTo(Job.of("7", 0, 157, 48));
        }

        @Test
        void fieldsMayComeInAnyOrder() {
            Trace t = read("{\"jobs\": [{\"outputTokens\": 2, \"id\": \"a\", \"promptTokens\": 1}], \"name\": \"n\"}");
            assertThat(t.name()).isEqualTo("n");
            assertThat(t.job(0).id()).isEqualTo("a");
        }
    }

    @Nested
    class BadValues {

        @Test
        void fractionalOutputTokens() {
            InputException e = error("""
                    {"jobs": [
                      {"promptTokens": 1, "outputTokens": 2},
                      {"promptTokens": 1,
                       "outputTokens": 2.5, "id": "late-id"}
                    ]}
                    """, 4, "jobs[1].outputTokens");
            assertThat(e.getMessage()).contains("whole number", "2.5", "job late-id");
        }

        @Test
        void zeroOrNegativeTokens() {
            assertThat(error("{\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": 0}]}", 1, "jobs[0].outputTokens")
                    .getMessage()).contains(">= 1", "job J1");
            assertThat(error("{\"jobs\": [{\"promptTokens\": -3, \"outputTokens\": 1}]}", 1, "jobs[0].promptTokens")
                    .getMessage()).contains(">= 0", "-3");
        }

        @Test
        void hugeTokenCounts() {
            assertThat(error("{\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": 100000000000000000000000}]}", 1,
                    "jobs[0].outputTokens").getMessage()).contains("too large");
        }

        @Test
        void nonNumericValues() {
            String text = """
                    {"jobs": [
                      {"promptTokens": "157", "outputTokens": 2}
                    ]}
                    """;
            assertThat(error(text, 2, "jobs[0].promptTokens").getMessage()).contains("must be a number", "\"157\"");
            error("{\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": true}]}", 1, "jobs[0].outputTokens");
            error("{\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": [2]}]}", 1, "jobs[0].outputTokens");
            error("{\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": null}]}", 1, "jobs[0].outputTokens");
            error("{\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": 1, \"decodeTime\": \"fast\"}]}", 1,
                    "jobs[0].decodeTime");
        }

        @Test
        void nonPositiveOrInfiniteTimes() {
            error("{\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": 1, \"prefillTime\": 0}]}", 1, "jobs[0].prefillTime");
            error("{\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": 1, \"decodeTime\": -1}]}", 1, "jobs[0].decodeTime");
            error("{\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": 1, \"decodeTime\": 1e400}]}", 1, "jobs[0].decodeTime");
        }

        @Test
        void nanIsNotJson() {
            InputException e = error("{\"jobs\": [\n{\"promptTokens\": 1, \"outputTokens\": 1,\n \"prefillTime\": NaN}]}",
                    3, "jobs[0].prefillTime");
            assertThat(e.getMessage()).contains("malformed JSON", "NaN").doesNotContain("enable");
        }

        @Test
        void negativeArrival() {
            error("{\"jobs\": [{\"arrival\": -1, \"promptTokens\": 1, \"outputTokens\": 1}]}", 1, "jobs[0].arrival");
        }

        @Test
        void blankOrNonTextId() {
            error("{\"jobs\": [{\"id\": \" \", \"promptTokens\": 1, \"outputTokens\": 1}]}", 1, "jobs[0].id");
            error("{\"jobs\": [{\"id\": 1.5, \"promptTokens\": 1, \"outputTokens\": 1}]}", 1, "jobs[0].id");
        }

        @Test
        void badTimeUnit() {
            assertThat(error("{\"timeUnit\": \"min\",\n\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": 1}]}", 1, "timeUnit")
                    .getMessage()).contains("\"min\"");
        }
    }

    @Nested
    class MissingAndUnknownFields {

        @Test
        void missingOutputTokensNamesTheJobsLine() {
            InputException e = error("""
                    {"jobs": [
                      {"promptTokens": 1, "outputTokens": 1},
                      {"id": "B",
                       "promptTokens": 1}
                    ]}
                    """, 3, "jobs[1].outputTokens");
            assertThat(e.getMessage()).contains("missing", "job B");
        }

        @Test
        void promptTokensNeededWithoutBothTimes() {
            assertThat(error("{\"jobs\": [{\"outputTokens\": 2, \"prefillTime\": 5}]}", 1, "jobs[0].promptTokens")
                    .getMessage()).contains("missing", "prefillTime and decodeTime");
        }

        @Test
        void unknownJobFieldIsNamedWithAHint() {
            InputException e = error("""
                    {"jobs": [
                      {"promptTokens": 1,
                       "output_tokens": 2, "id": "X"}
                    ]}
                    """, 3, "jobs[0].output_tokens");
            assertThat(e.getMessage()).contains("unknown field", "did you mean outputTokens", "job X");
        }

        @Test
        void unknownTraceField() {
            assertThat(error("{\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": 1}],\n \"comment\": 1}", 2, "comment")
                    .getMessage()).contains("unknown field", "name, timeUnit, jobs");
        }

        @Test
        void repeatedKeys() {
            error("{\"jobs\": [{\"promptTokens\": 1,\n \"promptTokens\": 2, \"outputTokens\": 1}]}", 2, "jobs[0].promptTokens");
            error("{\"name\": \"a\",\n \"name\": \"b\", \"jobs\": []}", 2, "name");
        }
    }

    @Nested
    class WholeTrace {

        @Test
        void duplicateIdsNameBothLines() {
            InputException e = error("""
                    {"jobs": [
                      {"id": "A", "promptTokens": 1, "outputTokens": 1},
                      {"id": "B", "promptTokens": 1, "outputTokens": 1},
                      {"id": "A", "promptTokens": 1, "outputTokens": 1}
                    ]}
                    """, 4, "jobs[2].id");
            assertThat(e.getMessage()).contains("A", "line 2", "line 4");
        }

        @Test
        void aRepeatedIdIsReportedBeforeAMissingArrival() {
            InputException e = error("""
                    {"jobs": [
                      {"id": "a", "arrival": 1, "promptTokens": 1, "outputTokens": 1},
                      {"id": "a", "promptTokens": 1, "outputTokens": 1}
                    ]}
                    """, 3, "jobs[1].id");
            assertThat(e.getMessage()).contains("job id a appears twice", "line 2", "line 3");
        }

        @Test
        void explicitIdCollidingWithADefaultId() {
            InputException e = error("{\"jobs\": [\n{\"promptTokens\": 1, \"outputTokens\": 1},\n"
                    + "{\"id\": \"J1\", \"promptTokens\": 1, \"outputTokens\": 1}]}", 3, "jobs[1].id");
            assertThat(e.getMessage()).contains("line 2", "line 3");
        }

        @Test
        void arrivalsForSomeJobsOnly() {
            InputException missing = error("""
                    {"jobs": [
                      {"arrival": 0, "promptTokens": 1, "outputTokens": 1},
                      {"promptTokens": 1, "outputTokens": 1}
                    ]}
                    """, 3, "jobs[1].arrival");
            assertThat(missing.getMessage()).contains("missing", "line 2", "job J2");
            InputException given = error("""
                    {"jobs": [
                      {"promptTokens": 1, "outputTokens": 1},
                      {"promptTokens": 1, "outputTokens": 1,
                       "arrival": 4}
                    ]}
                    """, 4, "jobs[1].arrival");
            assertThat(given.getMessage()).contains("has none");
        }

        @Test
        void emptyOrMissingJobs() {
            assertThat(expect(() -> read(""), FILE, 0, null).getMessage()).contains("empty");
            assertThat(expect(() -> read("  \n "), FILE, 0, null).getMessage()).contains("empty");
            error("{\"name\": \"x\"}", 1, "jobs");
            assertThat(error("{\n\"jobs\": []}", 2, "jobs").getMessage()).contains("no jobs");
            error("{\"jobs\": {}}", 1, "jobs");
            error("{\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": 1},\n 3]}", 2, "jobs[1]");
        }

        @Test
        void notATraceObject() {
            assertThat(error("[{\"promptTokens\": 1, \"outputTokens\": 1}]", 1, null).getMessage())
                    .contains("expected a trace object");
        }

        @Test
        void contentAfterTheObject() {
            error("{\"jobs\": [{\"promptTokens\": 1, \"outputTokens\": 1}]}\n{}", 2, null);
        }
    }

    @Nested
    class Malformed {

        @Test
        void trailingCommaGivesLineAndShortReason() {
            InputException e = error("""
                    {"jobs": [
                      {"promptTokens": 1, "outputTokens": 1,}
                    ]}
                    """, 2, "jobs[0].outputTokens");
            assertThat(e.getMessage()).contains("malformed JSON", "Unexpected character")
                    .doesNotContain("Source", "REDACTED", "column:");
        }

        @Test
        void unclosedArray() {
            InputException e = error("{\"jobs\": [\n{\"promptTokens\": 1, \"outputTokens\": 1}\n", 3, "jobs[0]");
            assertThat(e.getMessage()).contains("end-of-input").doesNotContain("start marker", "Source");
        }

        @Test
        void missingColonInAField() {
            error("{\"jobs\": [\n{\"promptTokens\": 1,\n\"outputTokens\" 1}]}", 3, "jobs[0].outputTokens");
        }
    }
}
