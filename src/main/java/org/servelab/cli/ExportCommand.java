package org.servelab.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.imageio.ImageIO;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.servelab.engine.Schedule;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.ui.export.GanttExporter;
import org.servelab.ui.model.ScheduleTimeline;
import org.servelab.workload.InputException;
import org.servelab.workload.TimedTrace;

/**
 * {@code servelab export}: pictures of a run without opening a window. {@code export gantt} draws the whole
 * Gantt chart as a PNG; further kinds (a JCT histogram) are added as more subcommands.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write pictures of a run as PNG files (no window needed).",
        subcommands = {ExportCommand.Gantt.class})
public final class ExportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to export: gantt");
    }

    /** {@code export gantt}: the whole schedule of one or more policies, every job and all time. */
    @Command(name = "gantt", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Run a trace under one or more policies and draw their whole Gantt charts (one row per job)"
                    + " as a PNG, one panel per policy on one time scale.")
    static final class Gantt implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        TraceOptions traceOptions = new TraceOptions();

        @Mixin
        PolicyOptions policyOptions = new PolicyOptions();

        @Option(names = "--width", paramLabel = "PX", defaultValue = "1600",
                description = "Image width in pixels, " + GanttExporter.MIN_WIDTH + ".." + GanttExporter.MAX_WIDTH
                        + " (default: ${DEFAULT-VALUE}); the height follows from the number of jobs.")
        int width;

        @Option(names = "--now", paramLabel = "T",
                description = "Draw the schedule only up to time T, as the window shows it at T (default: all).")
        Double now;

        @Option(names = "--out", required = true, paramLabel = "FILE.png",
                description = "The PNG file to write ('-': standard output).")
        Path out;

        @Override
        public Integer call() throws Exception {
            checkOptions();
            List<SchedulingPolicy> policies = policyOptions.create();
            if (policies.size() != 1) {
                throw InputException.parameter("--policy", "export gantt draws one policy, got " + policies.size());
            }
            PrintWriter stdout = spec.commandLine().getOut();
            try (OutputFiles files = new OutputFiles(traceOptions.inputs(), stdout)) {
                OutputFiles.Output png = files.stage("--out", out);
                TimedTrace trace = traceOptions.load();
                Schedule schedule = Schedule.simulate(trace, policies.get(0));
                BufferedImage image = GanttExporter.render(schedule, now == null ? Double.POSITIVE_INFINITY : now, width);
                try (OutputStream stream = png.stream()) {
                    if (!ImageIO.write(image, "png", stream)) {
                        throw new IOException("no PNG encoder available");
                    }
                }
                files.commit();
                PrintWriter report = files.report(spec.commandLine().getErr());
                report.printf("wrote %s (%d x %d px, %d jobs, %s)%n", png.console() ? "standard output" : out, width,
                        image.getHeight(), schedule.jobs(), schedule.policy());
                report.flush();
            }
            return 0;
        }

        private void checkOptions() {
            if (width < GanttExporter.MIN_WIDTH || width > GanttExporter.MAX_WIDTH) {
                throw InputException.parameter("--width", "must be between " + GanttExporter.MIN_WIDTH + " and "
                        + GanttExporter.MAX_WIDTH + " pixels, got " + width);
            }
            if (now != null && !(now >= 0)) {
                throw InputException.parameter("--now", "must be a time >= 0, got " + now);
            }
        }
    }
}
