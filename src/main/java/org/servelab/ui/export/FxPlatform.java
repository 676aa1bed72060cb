package org.servelab.ui.export;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;

/**
 * Runs rendering code on the JavaFX thread, starting the toolkit (without a window) when it is not
 * running yet, as the command line needs.
 *
 * <p>With no {@code DISPLAY}, the GTK glass cannot start ("Unable to open DISPLAY"). If the headless
 * Monocle glass is on the class path, it is selected (with the software renderer) before the toolkit
 * starts; otherwise the failure becomes an {@link IllegalStateException} that says what to do.
 */
public final class FxPlatform {

    static final String MONOCLE_FACTORY = "com.sun.glass.ui.monocle.MonoclePlatformFactory";

    /**
     * Held so that its level sticks: on the class path JavaFX logs an "unsupported configuration" warning
     * at every start, which is noise on a command line's standard error.
     */
    private static final Logger STARTUP_LOG = Logger.getLogger("javafx");

    private static boolean started;

    private FxPlatform() {
    }

    /** Starts the JavaFX toolkit if it is not running; safe to call from any thread, any number of times. */
    public static synchronized void ensureStarted() {
        if (started) {
            return;
        }
        if (!hasDisplay()) {
            useHeadlessGlass();
        }
        STARTUP_LOG.setLevel(Level.SEVERE);
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the app or a test framework started the toolkit: use it
        } catch (UnsupportedOperationException | UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new IllegalStateException("cannot start JavaFX to render images: " + e.getMessage()
                    + (hasDisplay() ? "" : " (no DISPLAY is set: run under 'xvfb-run -a', or put the headless"
                            + " Monocle glass on the class path)"), e);
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /**
     * Renders without a display, through Monocle's headless glass and the software pipeline, unless a
     * glass was chosen already. Call before the toolkit starts.
     *
     * @return whether the headless glass is (or already was) selected
     */
    public static boolean useHeadlessGlass() {
        if (System.getProperty("glass.platform") != null) {
            return "Monocle".equals(System.getProperty("glass.platform"));
        }
        if (!monocleAvailable()) {
            return false;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        if (System.getProperty("headless.geometry") == null) {
            // a screen large enough for the window at its full size (Monocle's default is 1280 x 800)
            System.setProperty("headless.geometry", "1600x1000-32");
        }
        return true;
    }

    /** Whether an X11 or Wayland display is named in the environment. */
    public static boolean hasDisplay() {
        return nonBlank(System.getenv("DISPLAY")) || nonBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    static boolean monocleAvailable() {
        try {
            Class.forName(MONOCLE_FACTORY, false, FxPlatform.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }

    /**
     * Calls {@code task} on the JavaFX thread and returns its result: directly when already on it,
     * otherwise through {@link Platform#runLater} after starting the toolkit, waiting for the result.
     */
    public static <T> T call(Callable<T> task) {
        if (Platform.isFxApplicationThread()) {
            return callDirectly(task);
        }
        ensureStarted();
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    private static <T> T callDirectly(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
