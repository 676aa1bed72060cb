package org.servelab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.servelab.workload.InputException;
import org.servelab.workload.io.AtomicFiles;

/**
 * The files a command writes, staged as temporary files beside their targets: a command opens them all
 * before it starts (so a bad path fails before any work), writes them, and {@link #commit()}s them at the
 * end. On any failure {@link #close()} deletes the temporary files and no existing file is touched.
 */
final class OutputFiles implements AutoCloseable {

    private final Map<Path, Path> temps = new LinkedHashMap<>();
    private final Path input;
    private boolean committed;

    /** @param input the file the command reads, which no output may replace (or {@code null}) */
    OutputFiles(Path input) {
        this.input = input == null ? null : input.toAbsolutePath().normalize();
    }

    /**
     * Stages a target; returns the temporary file to write instead.
     *
     * @param option the option that named the target, for the error message
     */
    Path stage(String option, Path target) throws IOException {
        Path key = target.toAbsolutePath().normalize();
        if (key.equals(input) || (input != null && Files.exists(key) && Files.isSameFile(key, input))) {
            throw InputException.parameter(option, target + " is the input trace; refusing to overwrite it");
        }
        if (temps.containsKey(key)) {
            throw InputException.parameter(option, target + " is already the target of another option");
        }
        Path temp = AtomicFiles.tempBeside(target);
        temps.put(key, temp);
        return temp;
    }

    /** Moves every staged file over its target. */
    void commit() throws IOException {
        for (Map.Entry<Path, Path> e : temps.entrySet()) {
            AtomicFiles.replace(e.getValue(), e.getKey());
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            for (Path temp : temps.values()) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
