package org.servelab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.servelab.workload.io.AtomicFiles;

/**
 * The files a command writes, staged as temporary files beside their targets: a command opens them all
 * before it starts (so a bad path fails before any work), writes them, and {@link #commit()}s them at the
 * end. On any failure {@link #close()} deletes the temporary files and no existing file is touched.
 */
final class OutputFiles implements AutoCloseable {

    private final Map<Path, Path> temps = new LinkedHashMap<>();
    private boolean committed;

    /** Stages a target; returns the temporary file to write instead. */
    Path stage(Path target) throws IOException {
        Path temp = AtomicFiles.tempBeside(target);
        temps.put(target, temp);
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
