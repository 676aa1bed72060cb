package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesPermissionsTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileIsReadableByOthersAndAReplacedFileKeepsItsPermissions() throws Exception {
        Path fresh = dir.resolve("fresh.txt");
        AtomicFiles.write(fresh, "a");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");

        Path kept = dir.resolve("kept.txt");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(kept, "new");
        assertThat(Files.readString(kept)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-rw----");
    }
}
