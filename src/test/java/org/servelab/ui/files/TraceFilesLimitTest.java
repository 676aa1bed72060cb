package org.servelab.ui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.workload.InputException;

/** How many jobs the window opens, and how it words a trace with more. */
class TraceFilesLimitTest {

    @TempDir
    Path dir;

    @Test
    void theLimitFollowsTheHeap() {
        assertThat(TraceFiles.maxJobs(1L << 30)).isEqualTo((int) (((1L << 30) - TraceFiles.BASE_BYTES)
                / TraceFiles.BYTES_PER_JOB));
        assertThat(TraceFiles.maxJobs(4L << 30)).isGreaterThan(4 * TraceFiles.maxJobs(1L << 30));
        assertThat(TraceFiles.maxJobs(64L << 20)).as("a tiny heap still opens the samples").isEqualTo(TraceFiles.MIN_JOBS);
        assertThat(TraceFiles.maxJobs(Long.MAX_VALUE)).isPositive();
    }

    @Test
    void theHeapSuggestedHoldsTheJobs() {
        assertThat(TraceFiles.heapGigabytesFor(1_000_000)).isEqualTo(16);
        assertThat(TraceFiles.maxJobs(TraceFiles.heapGigabytesFor(1_000_000) << 30)).isGreaterThanOrEqualTo(1_000_000);
        assertThat(TraceFiles.maxJobs(TraceFiles.heapGigabytesFor(70_000) << 30)).isGreaterThanOrEqualTo(70_000);
        assertThat(TraceFiles.heapGigabytesFor(10)).isEqualTo(1);
    }

    @Test
    void estimatesAreRoundedToTwoDigits() {
        assertThat(TraceFiles.twoDigits(1_034_567)).isEqualTo("1,000,000");
        assertThat(TraceFiles.twoDigits(1_050_000)).isEqualTo("1,100,000");
        assertThat(TraceFiles.twoDigits(87)).isEqualTo("87");
    }

    @Test
    void aLargeFileIsRefusedWithItsSizeAnEstimateTheLimitAndTheOption() throws Exception {
        StringBuilder sb = new StringBuilder("{\"jobs\": [\n");
        int jobs = 30_000;
        for (int i = 0; i < jobs; i++) {
            sb.append("{\"id\": \"J").append(i + 1).append("\", \"arrival\": ").append(i)
                    .append(", \"promptTokens\": 100, \"outputTokens\": 10}").append(i + 1 < jobs ? ",\n" : "\n");
        }
        Path f = Files.writeString(dir.resolve("large.json"), sb.append("]}\n"));
        InputException e = catchThrowableOfType(InputException.class, () -> TraceFiles.load(f, 2_000));
        assertThat(e.source()).isEqualTo(f.toString());
        assertThat(e.line()).isZero();
        assertThat(e.problem()).startsWith("too many jobs for the window: more than 2,000 (")
                .contains(String.format(java.util.Locale.ROOT, "%.1f MB", Files.size(f) / 1e6))
                .containsPattern("about (29|30|31),000 jobs\\)")
                .contains("at most 2,000", "-Xmx1g", "SERVELAB_JAVA_OPTS=-Xmx1g", "servelab run")
                .doesNotContain("\n");
        assertThat(TraceFiles.load(f, jobs).size()).isEqualTo(jobs);
    }
}
