package org.servelab.ui.shell;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The window's own JVM options. The window runs on the client compiler alone
 * ({@code -XX:TieredStopAtLevel=1}): with the optimising compiler, the first seconds of play spent a
 * third of this two-core machine compiling (the rasteriser's loops again and again as new shapes came
 * up) while the code waited in its slower profiling form, and the JavaFX and render threads waited for a
 * core; on the client compiler their CPU time per frame was lower, not higher (docs/performance.md).
 *
 * <p>{@code java -jar servelab.jar} cannot carry JVM options, so a window started without any {@code -XX:}
 * option (a class-data archive aside, as {@code bin/servelab} gives), agent or debugger starts itself again in a JVM with these options (same Java, same class path,
 * same {@code -D} and heap options, same arguments, the same standard streams) and exits with its exit
 * code. A JVM given its own {@code -XX:} options is left as it is; so is one started with
 * {@code -Dservelab.windowJvm=same}.
 */
final class WindowJvm {

    /** The options the window's JVM always gets. */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1");
    /**
     * Asked for where the kernel gives transparent huge pages only on request (as {@code bin/servelab} does):
     * the page faults of a growing heap showed as collection pauses of 130-180 ms while playing
     * (docs/performance.md). Where it gives them always or never, nothing is asked (the JVM warns on never).
     */
    static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
    private static final Path HUGE_PAGES_MODE = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    /** The system property that marks the window's JVM (or, set to anything, asks for no new JVM). */
    static final String MARK = "servelab.windowJvm";
    private static final String MAIN = "org.servelab.Launcher";

    private WindowJvm() {
    }

    /**
     * Whether a JVM started with these options should start the window in a new one: not when it was
     * marked, nor when it was given its own {@code -XX:} options (other than a class-data archive), an
     * agent or a debugger.
     */
    static boolean shouldRelaunch(List<String> jvmOptions, String mark) {
        if (mark != null) {
            return false;
        }
        for (String o : jvmOptions) {
            // a class-data archive (bin/servelab shares one) is no choice of how the window runs: it goes along
            if (o.startsWith("-XX:SharedArchiveFile=")) {
                continue;
            }
            if (o.startsWith("-XX:") || o.startsWith("-agentlib") || o.startsWith("-agentpath")
                    || o.startsWith("-javaagent") || o.startsWith("-Xdebug") || o.startsWith("-Xrunjdwp")) {
                return false;
            }
        }
        return true;
    }

    /** The command line of the window's JVM: this JVM's options after {@link #OPTIONS}, then the marker. */
    static List<String> command(String java, List<String> jvmOptions, String classPath, String mainClass,
                                String[] args) {
        return command(java, OPTIONS, jvmOptions, classPath, mainClass, args);
    }

    /** As above with {@code windowOptions} in place of {@link #OPTIONS}. */
    static List<String> command(String java, List<String> windowOptions, List<String> jvmOptions, String classPath,
                                String mainClass, String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(windowOptions);
        cmd.addAll(jvmOptions);
        cmd.add("-D" + MARK + "=window");
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * Starts the window in a JVM with {@link #OPTIONS} when this one should not run it itself, waits for it
     * and returns its exit code; empty when this JVM is to open the window (or the new one cannot start).
     */
    static Optional<Integer> relaunch(String[] args) {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String classPath = System.getProperty("java.class.path", "");
        if (!shouldRelaunch(options, System.getProperty(MARK)) || classPath.isEmpty()) {
            return Optional.empty();
        }
        return run(command(javaCommand(), windowOptions(hugePagesMode()), options, classPath, MAIN, args));
    }

    /** {@link #OPTIONS}, and {@link #HUGE_PAGES} when the kernel's mode ({@code null}: unknown) gives them on request. */
    static List<String> windowOptions(String hugePagesMode) {
        if (hugePagesMode == null || !hugePagesMode.contains("[madvise]")) {
            return OPTIONS;
        }
        List<String> all = new ArrayList<>(OPTIONS);
        all.add(HUGE_PAGES);
        return all;
    }

    /** The kernel's transparent huge page mode, as in "always [madvise] never"; {@code null} when not known. */
    private static String hugePagesMode() {
        try {
            return Files.readString(HUGE_PAGES_MODE);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Runs {@code command} on this process's standard streams until it ends; empty if it cannot start. */
    static Optional<Integer> run(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        // closing this JVM (Ctrl+C, kill) closes the window's too
        Thread stop = new Thread(child::destroy, "servelab-window-jvm-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        boolean interrupted = false;
        int code;
        while (true) {
            try {
                code = child.waitFor();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // already shutting down
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return Optional.of(code);
    }

    /** This JVM's java executable. */
    private static String javaCommand() {
        Optional<String> self = ProcessHandle.current().info().command();
        if (self.isPresent() && Files.isExecutable(Path.of(self.get()))) {
            return self.get();
        }
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
