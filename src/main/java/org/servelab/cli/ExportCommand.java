package org.servelab.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.servelab.engine.DiscreteEventEngine;
import org.servelab.engine.Schedule;
import org.servelab.metrics.RunResult;
import org.servelab.policy.SchedulingPolicy;
import org.servelab.workload.InputException;
import org.servelab.workload.TimedTrace;

/**
 * {@code servelab export}: pictures of a run without opening a window: the whole Gantt chart, each job's JCT
 * as a bar with the average, and the JCT histogram, each as a PNG for one or more policies on one trace. The
 * drawing is done by {@link Renderers}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write pictures of a run as PNG files (no window needed): gantt, jct, histogram.",
        subcommands = {ExportCommand.Gantt.class, ExportCommand.Jct.class, ExportCommand.Histogram.class})
public final class ExportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to export: gantt, jct or histogram");
    }

    /** What every picture does: run the trace under the policies, draw, write the PNG through {@link OutputFiles}. */
    abstract static class Picture implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        TraceOptions traceOptions = new TraceOptions();

        @Mixin
        PolicyOptions policyOptions = new PolicyOptions();

        @Option(names = "--out", required = true, paramLabel = "FILE.png", order = 100,
                description = "The PNG file to write ('-': standard output).")
        Path out;

        /** Checks the picture's own options before anything runs. */
        abstract void checkOptions(int policies);

        /** Runs the policies on the trace and draws them. */
        abstract BufferedImage draw(TimedTrace trace, List<SchedulingPolicy> policies);

        /** What the report line says after the size, such as {@code 99 jobs, fcfs}. */
        abstract String what();

        @Override
        public Integer call() throws Exception {
            List<SchedulingPolicy> policies = policyOptions.create();
            checkOptions(policies.size());
            PrintWriter stdout = spec.commandLine().getOut();
            try (OutputFiles files = new OutputFiles(traceOptions.inputs(), stdout)) {
                OutputFiles.Output png = files.stage("--out", out);
                TimedTrace trace = traceOptions.load();
                BufferedImage image = draw(trace, policies);
                try (OutputStream stream = png.stream()) {
                    Renderers.writePng(image, stream);
                }
                files.commit();
                PrintWriter report = files.report(spec.commandLine().getErr());
                report.printf("wrote %s (%d x %d px, %s)%n", png.console() ? "standard output" : out,
                        image.getWidth(), image.getHeight(), what());
                report.flush();
            }
            return 0;
        }

        static String names(List<SchedulingPolicy> policies) {
            List<String> names = new ArrayList<>();
            policies.forEach(p -> names.add(p.name()));
            return String.join(", ", names);
        }

        static void checkSize(String option, int px) {
            if (px < Renderers.MIN_SIZE || px > Renderers.MAX_SIZE) {
                throw InputException.parameter(option, "must be between " + Renderers.MIN_SIZE + " and "
                        + Renderers.MAX_SIZE + " pixels, got " + px);
            }
        }

        /** Each policy's run on the discrete-event engine, in the order named. */
        static List<RunResult> runs(TimedTrace trace, List<SchedulingPolicy> policies) {
            DiscreteEventEngine engine = new DiscreteEventEngine();
            List<RunResult> results = new ArrayList<>();
            for (SchedulingPolicy p : policies) {
                results.add(engine.run(trace, p));
            }
            return results;
        }
    }

    /** {@code export gantt}: each policy's whole schedule, every job and all time, one panel per policy. */
    @Command(name = "gantt", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Run a trace under one or more policies and draw the whole Gantt chart of each (one row "
                    + "per job, one panel per policy, one time axis) as a PNG.")
    static final class Gantt extends Picture {

        @Option(names = "--width", paramLabel = "PX", defaultValue = "1600",
                description = "Image width in pixels, " + Renderers.GANTT_MIN_WIDTH + ".." + Renderers.GANTT_MAX_WIDTH
                        + " (default: ${DEFAULT-VALUE}); the height follows from the number of jobs and policies.")
        int width;

        @Option(names = "--now", paramLabel = "T",
                description = "Draw the schedule only up to time T, as the window shows it at T (default: all).")
        Double now;

        private String what;

        @Override
        void checkOptions(int policies) {
            if (width < Renderers.GANTT_MIN_WIDTH || width > Renderers.GANTT_MAX_WIDTH) {
                throw InputException.parameter("--width", "must be between " + Renderers.GANTT_MIN_WIDTH + " and "
                        + Renderers.GANTT_MAX_WIDTH + " pixels, got " + width);
            }
            if (now != null && !(now >= 0)) {
                throw InputException.parameter("--now", "must be a time >= 0, got " + now);
            }
        }

        @Override
        BufferedImage draw(TimedTrace trace, List<SchedulingPolicy> policies) {
            List<Schedule> schedules = new ArrayList<>();
            for (SchedulingPolicy p : policies) {
                schedules.add(Schedule.simulate(trace, p));
            }
            what = trace.size() + " jobs, " + names(policies);
            try {
                return Renderers.get().gantt(schedules, now == null ? Double.POSITIVE_INFINITY : now, width);
            } catch (IllegalArgumentException tooLarge) {
                throw InputException.parameter("--width", tooLarge.getMessage());
            }
        }

        @Override
        String what() {
            return what;
        }
    }

    /** {@code export jct}: each job's JCT as a bar and the average as a line, one panel per policy. */
    @Command(name = "jct", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Run a trace under one or more policies and draw each job's JCT as a bar (trace order) with "
                    + "the average JCT as a dashed line: one panel per policy, all on one JCT scale.")
    static final class Jct extends Picture {

        /** Pixels above the panels (the title), and the least a panel needs. */
        static final int HEADER = 40;
        static final int PANEL = 240;
        static final int MIN_PANEL = 100;

        @Option(names = "--width", paramLabel = "PX", defaultValue = "1200",
                description = "Image width in pixels, " + Renderers.MIN_SIZE + ".." + Renderers.MAX_SIZE
                        + " (default: ${DEFAULT-VALUE}).")
        int width;

        @Option(names = "--height", paramLabel = "PX",
                description = "Image height in pixels, up to " + Renderers.MAX_SIZE + " (default: " + HEADER + " + "
                        + PANEL + " per policy).")
        Integer height;

        private String what;

        @Override
        void checkOptions(int policies) {
            checkSize("--width", width);
            if (height == null) {
                height = Math.min(Renderers.MAX_SIZE, HEADER + PANEL * policies);
            }
            checkSize("--height", height);
            int least = HEADER + MIN_PANEL * policies;
            if (height < least) {
                throw InputException.parameter("--height", height + " pixels is too small for " + policies
                        + (policies == 1 ? " policy" : " policies") + " (at least " + least + ")");
            }
        }

        @Override
        BufferedImage draw(TimedTrace trace, List<SchedulingPolicy> policies) {
            List<RunResult> results = runs(trace, policies);
            List<String> jobs = trace.ids();
            List<JctChart.Run> runs = new ArrayList<>();
            for (RunResult r : results) {
                double[] jcts = new double[jobs.size()];
                for (int i = 0; i < jcts.length; i++) {
                    jcts[i] = r.jobs().get(i).jct();
                }
                runs.add(new JctChart.Run(r.description(), jcts, r.summary().averageJct()));
            }
            String title = "JCT of each job, " + trace.name() + " (" + jobs.size() + " jobs)";
            what = jobs.size() + " jobs, " + names(policies);
            return Renderers.get().jct(new JctChart(title, results.get(0).timeUnit(), jobs, runs), width, height);
        }

        @Override
        String what() {
            return what;
        }
    }

    /** {@code export histogram}: the JCT histograms of the policies overlaid on shared bins. */
    @Command(name = "histogram", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Run a trace under one or more policies and draw their JCT histograms overlaid on shared "
                    + "bins, as the window's histogram does.")
    static final class Histogram extends Picture {

        @Option(names = "--bins", paramLabel = "N", defaultValue = "20",
                description = "Number of bins, 1.." + Renderers.MAX_BINS + " (default: ${DEFAULT-VALUE}), from 0 to the largest JCT "
                        + "rounded up to 1, 2, 2.5 or 5 times a power of ten.")
        int bins;

        @Option(names = "--width", paramLabel = "PX", defaultValue = "900",
                description = "Image width in pixels, " + Renderers.MIN_SIZE + ".." + Renderers.MAX_SIZE
                        + " (default: ${DEFAULT-VALUE}).")
        int width;

        @Option(names = "--height", paramLabel = "PX", defaultValue = "520",
                description = "Image height in pixels, " + Renderers.MIN_SIZE + ".." + Renderers.MAX_SIZE
                        + " (default: ${DEFAULT-VALUE}).")
        int height;

        private String what;

        @Override
        void checkOptions(int policies) {
            if (bins < 1 || bins > Renderers.MAX_BINS) {
                throw InputException.parameter("--bins", "must be between 1 and " + Renderers.MAX_BINS + ", got " + bins);
            }
            checkSize("--width", width);
            checkSize("--height", height);
        }

        @Override
        BufferedImage draw(TimedTrace trace, List<SchedulingPolicy> policies) {
            Map<String, double[]> jcts = new LinkedHashMap<>();
            String unit = "";
            for (RunResult r : runs(trace, policies)) {
                double[] v = new double[r.jobs().size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = r.jobs().get(i).jct();
                }
                String name = r.policy();
                for (int k = 2; jcts.containsKey(name); k++) {
                    name = r.policy() + " (" + k + ")";
                }
                jcts.put(name, v);
                unit = r.timeUnit();
            }
            what = bins + " bins, " + trace.size() + " jobs, " + names(policies);
            return Renderers.get().histogram(jcts, bins, unit, width, height);
        }

        @Override
        String what() {
            return what;
        }
    }
}
