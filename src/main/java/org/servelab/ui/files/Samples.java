package org.servelab.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.servelab.policy.batch.BatchingMode;
import org.servelab.ui.model.ParametersModel;

/**
 * The sample traces of {@code sample-traces/} with the settings that show what each is for: Figure 6(c)
 * with the paper's settings and at batch size 2, the long prompt that stalls decodes under prefill-first
 * and not under chunked, and the 99-job dataset of the exercise.
 */
public final class Samples {

    /** The folder the samples are in, relative to the working directory. */
    public static final Path FOLDER = Path.of("sample-traces");

    /**
     * One sample: a message key for its name, its file, and its settings (applied to paper settings).
     *
     * @param key      message key of the menu item ({@code sample.*})
     * @param file     the trace
     * @param settings what changes from the paper's settings
     */
    public record Sample(String key, Path file, Consumer<ParametersModel> settings) {
    }

    public static final List<Sample> ALL = List.of(
            new Sample("sample.figure6c", FOLDER.resolve("figure-6c.json"), p -> { }),
            new Sample("sample.figure6cBatch2", FOLDER.resolve("figure-6c.json"), p -> p.maxBatchProperty().set(2)),
            new Sample("sample.longPromptChunked", FOLDER.resolve("batching-long-prompt.json"), p -> batching(p,
                    BatchingMode.CHUNKED)),
            new Sample("sample.longPromptPrefillFirst", FOLDER.resolve("batching-long-prompt.json"), p -> batching(p,
                    BatchingMode.PREFILL_FIRST)),
            new Sample("sample.appendixB", FOLDER.resolve("orca-appendix-b.csv"), p -> { }));

    private Samples() {
    }

    /** FCFS continuous batching, 4 sequences and 256 tokens per iteration, in the given mode. */
    static void batching(ParametersModel p, BatchingMode mode) {
        p.policyProperty().set("fcfs");
        p.maxBatchProperty().set(4);
        p.maxBatchTokensProperty().set(256);
        p.batchingModeProperty().set(mode);
    }

    /** The samples whose files exist. */
    public static List<Sample> available() {
        return ALL.stream().filter(s -> Files.isRegularFile(s.file())).toList();
    }

    /** The folder a file dialog starts in: the samples when they are there. */
    public static Path startFolder() {
        return Files.isDirectory(FOLDER) ? FOLDER.toAbsolutePath() : null;
    }
}
