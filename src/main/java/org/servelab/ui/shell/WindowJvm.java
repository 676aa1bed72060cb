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

    /** The options the window's JVM gets. */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1");
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
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(OPTIONS);
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
        return run(command(javaCommand(), options, classPath, MAIN, args));
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
