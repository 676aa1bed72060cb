package org.servelab.ui.shell;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import org.servelab.cost.ProfileCostModel;
import org.servelab.ui.gantt.GanttView;
import org.servelab.ui.model.PlaybackModel;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;
import org.servelab.workload.arrival.PoissonArrivals;
import org.servelab.workload.io.TraceReader;

/**
 * {@code --measure=N}: opens an N-job trace (the Appendix B lengths cycled, Poisson arrivals at about
 * 90 % load at batch size 1), then plays, zooms, pans, scrubs, steps forward and back and opens the
 * comparison, recording the interval between pulses and how long each scrub, step back and switch to the
 * comparison takes until the next pulse; prints the time to first paint, the frame-time percentiles and
 * the response times, and exits. With {@code --max-batch} it measures the batching run.
 */
final class PerformanceProbe {

    private static final Path LENGTHS = Path.of("sample-traces", "orca-appendix-b.csv");
    /** Jobs per second giving about 90 % load with the OPT-1.3B profile (mean service time ~0.93 s). */
    private static final double RATE = 0.97;
    private static final long SEED = 1;

    private final App app;
    private final List<Long> intervals = new ArrayList<>();
    private final List<String> phases = new ArrayList<>();
    /** CPU time of the JavaFX thread per pulse (animation, CSS, layout, painting the canvases), ns. */
    private final List<Long> fxCpu = new ArrayList<>();
    /** CPU time of the render thread (rasterising) between two pulses, ns. */
    private final List<Long> renderCpu = new ArrayList<>();
    private final List<String> cpuPhases = new ArrayList<>();
    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long renderThread = -1;
    private long lastFxCpu = -1;
    private long lastRenderCpu = -1;
    private final Map<String, List<Double>> responses = new LinkedHashMap<>();
    private long firstPulse;
    private long last;
    private AnimationTimer timer;
    private String phase = "open";
    private long actionStart;
    private String action;

    PerformanceProbe(App app) {
        this.app = app;
    }

    static TimedTrace trace(int jobs) {
        Trace lengths = TraceReader.read(LENGTHS);
        List<Job> list = new ArrayList<>(jobs);
        for (int j = 0; j < jobs; j++) {
            Job src = lengths.job(j % lengths.size());
            list.add(Job.of("J" + (j + 1), 0, src.promptTokens(), src.outputTokens()));
        }
        double[] arrivals = new PoissonArrivals(RATE, SEED).times(jobs, TimeUnit.MS);
        Trace trace = new Trace("measure-" + jobs, TimeUnit.MS, list).withArrivals(arrivals);
        return TimedTrace.resolve(trace, null, ProfileCostModel.opt13b());
    }

    void start() {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (firstPulse == 0) {
                    firstPulse = System.currentTimeMillis();
                } else {
                    intervals.add(now - last);
                    phases.add(phase);
                }
                last = now;
                if (action != null) {
                    responses.computeIfAbsent(action, k -> new ArrayList<>()).add((System.nanoTime() - actionStart) / 1e6);
                    action = null;
                }
            }
        };
        timer.start();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                renderThread = t.getId();
            }
        }
        app.scene().addPostLayoutPulseListener(this::afterLayout);
        PlaybackModel p = app.playback();
        GanttView gantt = app.window().timeline().gantt();
        double end = p.endProperty().get();
        Sequence s = new Sequence(e -> finish(1, e.toString()));
        s.then(500, () -> {
            phase = "play";
            if (Boolean.getBoolean("servelab.measure.trace")) {
                System.out.println("play starts at " + java.time.LocalTime.now());
            }
            p.stepForward();
        });
        s.then(0, () -> {
            p.speedProperty().set(end / 30);
            p.play();
        });
        s.then(Long.getLong("servelab.measure.playMillis", 3000), () -> {
            phase = "zoom";
            if (Boolean.getBoolean("servelab.measure.trace")) {
                System.out.println("play ends at " + java.time.LocalTime.now());
            }
        });
        for (int i = 0; i < 6; i++) {
            s.then(150, gantt::zoomIn);
        }
        s.then(0, () -> phase = "pan");
        for (int i = 0; i < 40; i++) {
            s.then(30, () -> {
                double w = gantt.getVisibleEnd() - gantt.getVisibleStart();
                gantt.setWindow(gantt.getVisibleStart() + w / 10, gantt.getVisibleEnd() + w / 10);
                gantt.setRowScroll(gantt.getRowScroll() + 40);
            });
        }
        s.then(0, () -> phase = "zoom");
        for (int i = 0; i < 6; i++) {
            s.then(150, gantt::zoomOut);
        }
        s.then(150, gantt::fitAll);
        s.then(0, () -> {
            phase = "scrub";
            p.pause();
        });
        for (int i = 10; i >= 1; i--) {
            double t = end * i / 11;
            s.then(100, () -> timed("scrub", () -> p.seek(t)));
        }
        s.then(0, () -> {
            phase = "step";
            p.seek(end * 0.8);
        });
        for (int i = 0; i < 20; i++) {
            s.then(50, () -> timed("step forward", p::stepForward));
        }
        s.then(0, () -> phase = "back");
        for (int i = 0; i < 20; i++) {
            s.then(50, () -> timed("step back", p::stepBack));
        }
        s.then(0, () -> phase = "compare");
        for (int i = 0; i < 3; i++) {
            s.then(300, () -> timed("to compare", () -> app.window().showCompare(true)));
            s.then(300, () -> app.window().showCompare(false));
        }
        s.then(300, () -> finish(0, null));
        s.start();
    }

    /**
     * After each pulse's layout pass: the CPU time the JavaFX thread spent since the last one (everything it
     * did for this frame) and the render thread's since then (rasterising the frame before). CPU time, not
     * wall time, so it does not grow when other processes take the cores.
     */
    private void afterLayout() {
        long fx = threads.getCurrentThreadCpuTime();
        long render = renderThread >= 0 ? threads.getThreadCpuTime(renderThread) : -1;
        if (lastFxCpu >= 0 && firstPulse != 0) {
            fxCpu.add(fx - lastFxCpu);
            renderCpu.add(render >= 0 && lastRenderCpu >= 0 ? render - lastRenderCpu : -1);
            cpuPhases.add(phase);
        }
        lastFxCpu = fx;
        lastRenderCpu = render;
    }

    private void timed(String name, Runnable r) {
        actionStart = System.nanoTime();
        r.run();
        action = name;
    }

    private void finish(int code, String error) {
        timer.stop();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        StringBuilder out = new StringBuilder();
        var r = app.playback().run().getRecording();
        out.append(String.format(Locale.ROOT, "jobs %d, max batch %d, events %d (iterations %d), run end %.1f ms%n",
                app.playback().traceProperty().get().size(), r.setup().batch().maxBatch(), r.eventCount(),
                r.iterations(), app.playback().endProperty().get()));
        out.append(String.format(Locale.ROOT, "time to first paint: %d ms after JVM start%n", firstPulse - jvmStart));
        out.append(summary("all", null));
        for (String ph : List.of("play", "zoom", "pan", "scrub", "step", "back", "compare")) {
            out.append(summary(ph, ph));
        }
        out.append("CPU time per frame (JavaFX thread: animation, CSS, layout, canvas painting; render thread: "
                + "rasterising):\n");
        for (String ph : List.of("play", "zoom", "pan", "scrub", "step", "back", "compare")) {
            out.append(cpuSummary(ph));
        }
        for (Map.Entry<String, List<Double>> e : responses.entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out.append(String.format(Locale.ROOT, "%-13s n %3d  response ms p50 %6.1f  max %6.1f%n", e.getKey(),
                    v.length, pct(v, 50), v[v.length - 1]));
        }
        System.out.print(out);
        if (error != null) {
            System.err.println("servelab: measurement failed: " + error);
        }
        Platform.exit();
        System.exit(code);
    }

    private String summary(String name, String only) {
        double[] ms = new double[intervals.size()];
        int n = 0;
        for (int i = 0; i < intervals.size(); i++) {
            if (only == null || only.equals(phases.get(i))) {
                ms[n++] = intervals.get(i) / 1e6;
            }
        }
        if (n == 0) {
            return name + ": no frames\n";
        }
        double[] v = Arrays.copyOf(ms, n);
        Arrays.sort(v);
        int slow = 0;
        for (double x : v) {
            if (x > 50) {
                slow++;
            }
        }
        return String.format(Locale.ROOT, "%-7s frames %5d  frame ms p50 %5.1f  p95 %6.1f  p99 %6.1f  max %6.1f  >50ms %d%n",
                name, n, pct(v, 50), pct(v, 95), pct(v, 99), v[n - 1], slow);
    }

    private String cpuSummary(String only) {
        List<Double> fx = new ArrayList<>();
        List<Double> render = new ArrayList<>();
        for (int i = 0; i < fxCpu.size(); i++) {
            if (only.equals(cpuPhases.get(i))) {
                fx.add(fxCpu.get(i) / 1e6);
                if (renderCpu.get(i) >= 0) {
                    render.add(renderCpu.get(i) / 1e6);
                }
            }
        }
        if (fx.isEmpty()) {
            return only + ": no frames\n";
        }
        double[] f = fx.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] r = render.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "%-7s frames %5d  fx cpu ms p50 %5.1f  p95 %5.1f   render cpu ms p50 %5.1f"
                + "  p95 %5.1f   both p95 %5.1f%n", only, f.length, pct(f, 50), pct(f, 95),
                r.length == 0 ? Double.NaN : pct(r, 50), r.length == 0 ? Double.NaN : pct(r, 95), bothP95(only));
    }

    /** The 95th percentile of the two threads' CPU time added per frame. */
    private double bothP95(String only) {
        List<Double> sum = new ArrayList<>();
        for (int i = 0; i < fxCpu.size(); i++) {
            if (only.equals(cpuPhases.get(i))) {
                sum.add((fxCpu.get(i) + Math.max(0, renderCpu.get(i))) / 1e6);
            }
        }
        double[] v = sum.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return pct(v, 95);
    }

    private static double pct(double[] sorted, double p) {
        int k = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
    }

    static boolean exists() {
        return Files.isRegularFile(LENGTHS);
    }
}
