package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
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

    /** 100 MB in 1 MB blocks, each filled with its number: large enough to be synced while it is written. */
    private static void writeLarge(AtomicFiles.Staged s) throws IOException {
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < 100; i++) {
            java.util.Arrays.fill(block, (byte) i);
            s.stream().write(block);
        }
    }

    @Test
    void aLargeFileSyncedWhileWrittenHoldsWhatWasWritten() throws IOException {
        Path f = dir.resolve("big.json");
        Files.writeString(f, "old");
        try (AtomicFiles.Staged s = AtomicFiles.open(f)) {
            writeLarge(s);
            s.sync();
            s.stream().write("tail".getBytes(StandardCharsets.UTF_8));
            assertThat(Files.readString(f)).isEqualTo("old");
            s.commit();
        }
        byte[] bytes = Files.readAllBytes(f);
        assertThat(bytes).hasSize(100 * (1 << 20) + 4);
        for (int i = 0; i < 100; i++) {
            assertThat(bytes[i << 20]).isEqualTo((byte) i);
            assertThat(bytes[((i + 1) << 20) - 1]).isEqualTo((byte) i);
        }
        assertThat(new String(bytes, 100 << 20, 4, StandardCharsets.UTF_8)).isEqualTo("tail");
        assertThat(files()).containsExactly("big.json");
    }

    @Test
    void aLargeFileNotCommittedLeavesTheOldOneAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("big.csv");
        Files.writeString(f, "old");
        try (AtomicFiles.Staged s = AtomicFiles.open(f)) {
            writeLarge(s);
        }
        assertThat(Files.readString(f)).isEqualTo("old");
        assertThat(files()).containsExactly("big.csv");
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
    void stagedThenCommitted() throws IOException {
        Path f = dir.resolve("log.csv");
        try (AtomicFiles.Staged s = AtomicFiles.open(f)) {
            s.stream().write("rows".getBytes(StandardCharsets.UTF_8));
            assertThat(files()).hasSize(1).allMatch(n -> n.matches("\\.log\\.csv\\.[0-9]+\\.tmp"));
            s.commit();
        }
        assertThat(Files.readString(f)).isEqualTo("rows");
        assertThat(files()).containsExactly("log.csv");
    }

    @Test
    void stagedAndClosedWithoutCommitLeavesNothing() throws IOException {
        Path f = dir.resolve("log.csv");
        Files.writeString(f, "old");
        try (AtomicFiles.Staged s = AtomicFiles.open(f)) {
            s.stream().write("half".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(f)).isEqualTo("old");
        assertThat(files()).containsExactly("log.csv");
    }

    @Test
    void aTemporaryFileBeingWrittenIsNotSweptByASecondWriter() throws IOException {
        Path f = dir.resolve("out.json");
        try (AtomicFiles.Staged first = AtomicFiles.open(f)) {
            AtomicFiles.write(f, "second");
            first.stream().write("first".getBytes(StandardCharsets.UTF_8));
            first.commit();
        }
        assertThat(Files.readString(f)).isEqualTo("first");
        assertThat(files()).containsExactly("out.json");
    }

    @Test
    void writingErrorsNameTheFile() throws Exception {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full), "no /dev/full here");
        assertThat(AtomicFiles.plan(full).writesThrough()).as("never renamed over").isTrue();
        assertThatThrownBy(() -> AtomicFiles.write(full, "x".repeat(100_000))).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("/dev/full").hasMessageContaining("No space left on device");
        assertThat(SpecialFiles.type(full)).isEqualTo("char");
    }

    @Test
    void devNullIsWrittenIntoNotReplaced() throws Exception {
        Path devNull = Path.of("/dev/null");
        assertThat(AtomicFiles.plan(devNull).writesThrough()).as("never renamed over").isTrue();
        AtomicFiles.write(devNull, "discarded");
        assertThat(SpecialFiles.type(devNull)).isEqualTo("char");
        assertThat(AtomicFiles.plan(Path.of("/dev/stdout")).writesThrough()).isTrue();
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            assertThat(AtomicFiles.plan(shm.resolve("servelab-test-missing.json")).writesThrough())
                    .as("a regular file under /dev/shm is replaced as anywhere").isFalse();
        }
    }

    @Test
    void aSocketOrBlockDeviceIsRefused() throws Exception {
        Path socket = dir.resolve("sock");
        try (var server = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(java.net.UnixDomainSocketAddress.of(socket));
            assertThatThrownBy(() -> AtomicFiles.write(socket, "x")).isInstanceOf(FileSystemException.class)
                    .hasMessageContaining("sock").hasMessageContaining("socket");
            assertThat(SpecialFiles.type(socket)).isEqualTo("socket");
        }
    }

    @Test
    void aFifoIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe"));
        CompletableFuture<String> read = SpecialFiles.drain(fifo);
        AtomicFiles.write(fifo, "through the pipe");
        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(SpecialFiles.type(fifo)).isEqualTo("fifo");
        assertThat(files()).containsExactly("pipe");
    }

    @Test
    void aCharacterDeviceIsWrittenIntoNotReplaced() throws Exception {
        Path dev = SpecialFiles.nullDevice(dir.resolve("null"));
        AtomicFiles.write(dev, "into the device");
        assertThat(SpecialFiles.type(dev)).isEqualTo("char");
        assertThat(files()).containsExactly("null");
    }

    @Test
    void aSymlinkIsFollowedAndItsTargetReplaced() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("results.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real", "results.json"));
        AtomicFiles.write(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(files()).containsExactly("link.json", "real");
        try (Stream<Path> s = Files.list(real.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("results.json");
        }
    }

    @Test
    void aDanglingSymlinkGetsItsTargetCreated() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("made.json"));
        AtomicFiles.write(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("made.json"))).isEqualTo("new");
    }

    @Test
    void staleTemporaryFilesOfTheTargetAreSweptAndNothingElse() throws IOException {
        for (String name : List.of(".out.json.123456.tmp", ".out.json.9.tmp", ".out.json.abc.tmp", ".other.json.7.tmp",
                "out.json.5.tmp", ".out.json.12.tmp.keep")) {
            Files.writeString(dir.resolve(name), "left by a killed run");
        }
        AtomicFiles.write(dir.resolve("out.json"), "x");
        assertThat(files()).containsExactly(".other.json.7.tmp", ".out.json.12.tmp.keep", ".out.json.abc.tmp",
                "out.json", "out.json.5.tmp");
    }
}
