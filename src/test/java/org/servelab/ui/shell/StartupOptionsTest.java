package org.servelab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servelab.workload.InputException;

/** Which arguments open the window and what they mean. */
class StartupOptionsTest {

    @Test
    void windowOptionsOpenTheWindow() {
        assertThat(StartupOptions.allWindowOptions(new String[0])).isTrue();
        assertThat(StartupOptions.allWindowOptions(new String[] {"--snapshot=a.png", "--lang=zh"})).isTrue();
        assertThat(StartupOptions.allWindowOptions(new String[] {"run", "--policy=fcfs"})).isFalse();
        assertThat(StartupOptions.allWindowOptions(new String[] {"--help"})).isFalse();
    }

    @Test
    void parsesEveryOption() {
        StartupOptions o = StartupOptions.parse(List.of("--trace=t.json", "--lang=zh", "--snapshot=s.png",
                "--screenshots=shots", "--measure=10000"));
        assertThat(o.trace()).isEqualTo(Path.of("t.json"));
        assertThat(o.lang()).isEqualTo("zh");
        assertThat(o.snapshot()).isEqualTo(Path.of("s.png"));
        assertThat(o.screenshots()).isEqualTo(Path.of("shots"));
        assertThat(o.measure()).isEqualTo(10000);
    }

    @Test
    void parsesTheBatchingAndViewOptions() {
        StartupOptions o = StartupOptions.parse(List.of("--max-batch=64", "--batching=prefill-first", "--at=12.5",
                "--presentation", "--tab=compare"));
        assertThat(o.maxBatch()).isEqualTo(64);
        assertThat(o.batching()).isEqualTo("prefill-first");
        assertThat(o.at()).isEqualTo(12.5);
        assertThat(o.presentation()).isTrue();
        assertThat(o.tab()).isEqualTo("compare");
        assertThat(StartupOptions.allWindowOptions(new String[] {"--max-batch=4", "--tab=compare"})).isTrue();
        assertThatThrownBy(() -> StartupOptions.parse(List.of("--max-batch=300"))).hasMessageContaining("1 to 256");
        assertThatThrownBy(() -> StartupOptions.parse(List.of("--tab=gantt"))).hasMessageContaining("compare");
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatThrownBy(() -> StartupOptions.parse(List.of("--colour=red")))
                .hasMessageContaining("--colour=red").hasMessageContaining("--snapshot=FILE");
    }

    @Test
    void refusesALanguageTheWindowDoesNotSpeakAndANonPositiveMeasure() {
        assertThatThrownBy(() -> StartupOptions.parse(List.of("--lang=fr"))).hasMessageContaining("--lang")
                .hasMessageContaining("en or zh").hasMessageContaining("fr");
        assertThatThrownBy(() -> StartupOptions.parse(List.of("--lang="))).hasMessageContaining("--lang");
        assertThat(StartupOptions.parse(List.of("--lang=zh-CN")).lang()).isEqualTo("zh-CN");
        assertThat(StartupOptions.parse(List.of("--lang=en")).lang()).isEqualTo("en");
        assertThatThrownBy(() -> StartupOptions.parse(List.of("--measure=-5"))).hasMessageContaining("--measure")
                .hasMessageContaining("-5");
        assertThatThrownBy(() -> StartupOptions.parse(List.of("--measure=0"))).hasMessageContaining("--measure");
    }

    @Test
    void theSnapshotIsNeverTheTrace(@TempDir Path dir) throws IOException {
        Path trace = Files.writeString(dir.resolve("t.json"), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), trace);
        for (String snapshot : List.of(trace.toString(), link.toString(), dir.resolve("..").resolve(dir.getFileName())
                .resolve("t.json").toString())) {
            StartupOptions o = StartupOptions.parse(List.of("--trace=" + trace, "--snapshot=" + snapshot));
            assertThatThrownBy(o::checkFiles).isInstanceOf(InputException.class).hasMessageContaining("--snapshot")
                    .hasMessageContaining("input trace");
        }
        assertThat(Files.readString(trace)).isEqualTo("{}");
        StartupOptions.parse(List.of("--trace=" + trace, "--snapshot=" + dir.resolve("w.png"))).checkFiles();
        StartupOptions.parse(List.of("--trace=" + trace, "--snapshot=-")).checkFiles();
        assertThatThrownBy(() -> StartupOptions.parse(List.of("--snapshot=" + dir.resolve("no/w.png"))).checkFiles())
                .hasMessageContaining("--snapshot").hasMessageContaining("does not exist");
    }
}
