package org.servelab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.servelab.workload.InputException;
import org.servelab.workload.io.OutputGuard;

/** The {@code --out DIR} of {@code sweep} and {@code merge}: results.csv, spec.json and the plots. */
final class ResultsDir {

    private ResultsDir() {
    }

    /**
     * Checks the directory: not standard output, not a file, and (when it exists) its results.csv and
     * spec.json are none of the command's inputs.
     *
     * @throws InputException naming {@code --out}
     */
    static void check(Path out, OutputGuard guard) {
        if (OutputGuard.isStdout(out)) {
            throw InputException.parameter("--out", "names a directory for results.csv, spec.json and the plots; "
                    + "standard output (-) cannot hold them");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw InputException.parameter("--out", out + " is not a directory");
        }
        if (Files.isDirectory(out)) {
            guard.output("--out", out.resolve(SweepCommand.RESULTS));
            guard.output("--out", out.resolve(SweepCommand.SPEC));
        }
    }

    /** Creates the directory (and its parents) if it does not exist. */
    static void create(Path out) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw InputException.parameter("--out", "cannot create the directory " + out + ": "
                    + ErrorHandler.message(e));
        }
    }
}
