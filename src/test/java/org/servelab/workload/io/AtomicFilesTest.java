package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void writesAndReplaces() throws IOException {
        Path f = dir.resolve("out.json");
        AtomicFiles.write(f, "first");
        AtomicFiles.write(f, "second é");
        assertThat(Files.readString(f)).isEqualTo("second é");
        assertThat(files()).containsExactly("out.json");
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("out.csv");
        Files.writeString(f, "complete old content");
        assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(f)).isEqualTo("complete old content");
        assertThat(files()).containsExactly("out.csv");
    }

    @Test
    void aRuntimeFailureLeavesNoFileAtAll() throws IOException {
        Path f = dir.resolve("new.png");
        assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
            throw new IllegalStateException("render failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void streamedContentArrivesWhole() throws IOException {
        Path f = dir.resolve("big.bin");
        AtomicFiles.write(f, out -> {
            for (int i = 0; i < 200_000; i++) {
                out.write(i & 0x7f);
            }
        });
        assertThat(Files.size(f)).isEqualTo(200_000);
    }

    @Test
    void missingDirectoryIsReportedWithTheTarget() {
        Path f = dir.resolve("no-such-dir").resolve("out.json");
        assertThatThrownBy(() -> AtomicFiles.write(f, "x")).isInstanceOf(FileSystemException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void refusesToReplaceADirectory() throws IOException {
        Path d = Files.createDirectory(dir.resolve("results.json"));
        assertThatThrownBy(() -> AtomicFiles.write(d, "x")).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("is a directory");
        assertThat(Files.isDirectory(d)).isTrue();
    }

    @Test
    void tempBesideThenReplace() throws IOException {
        Path f = dir.resolve("log.csv");
        Path temp = AtomicFiles.tempBeside(f);
        assertThat(temp.getParent()).isEqualTo(f.toAbsolutePath().getParent());
        Files.writeString(temp, "rows");
        AtomicFiles.replace(temp, f);
        assertThat(Files.readString(f)).isEqualTo("rows");
        assertThat(files()).containsExactly("log.csv");
    }
}
