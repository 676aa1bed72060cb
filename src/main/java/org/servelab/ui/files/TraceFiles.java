package org.servelab.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.servelab.cost.ProfileCostModel;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;
import org.servelab.workload.io.TraceReader;

/** Reads traces for the window: jobs without their own iteration times are priced with OPT-1.3B. */
public final class TraceFiles {

    /** The trace the window opens on, relative to the working directory. */
    public static final Path DEFAULT_TRACE = Path.of("sample-traces", "figure-6c.json");

    private TraceFiles() {
    }

    /** @throws org.servelab.workload.InputException naming file, line and field when the file is bad */
    public static TimedTrace load(Path file) {
        Trace trace = TraceReader.read(file);
        return TraceReader.timed(file, trace, null, ProfileCostModel.opt13b());
    }

    /** {@code sample-traces/figure-6c.json}, or the same three jobs built in when the file is not there. */
    public static TimedTrace defaultTrace() {
        if (Files.isRegularFile(DEFAULT_TRACE)) {
            return load(DEFAULT_TRACE);
        }
        return TimedTrace.explicit(new Trace("figure-6c", TimeUnit.MS, List.of(
                new Job("J1", 0, 0, 2, 5.0, 1.0),
                new Job("J2", 0, 0, 2, 1.0, 1.0),
                new Job("J3", 0, 0, 2, 2.0, 1.0))));
    }
}
