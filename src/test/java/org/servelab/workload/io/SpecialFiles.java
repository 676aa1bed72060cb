package org.servelab.workload.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** FIFOs and device nodes for tests, made with the system's own tools (skipped where they are missing). */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** Makes a FIFO, or aborts the test where {@code mkfifo} is not available. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        Assumptions.assumeTrue(exec("mkfifo", path.toString()), "mkfifo is not available");
        return path;
    }

    /**
     * Makes a character device like /dev/null (1, 3) at {@code path}, or aborts the test where that is not
     * allowed (not root, or a file system mounted nodev).
     */
    public static Path nullDevice(Path path) throws IOException, InterruptedException {
        Assumptions.assumeTrue(exec("mknod", path.toString(), "c", "1", "3"), "mknod is not allowed here");
        try (var out = Files.newOutputStream(path, java.nio.file.StandardOpenOption.WRITE)) {
            out.write('x');
        } catch (IOException e) {
            Assumptions.abort("a device made here cannot be opened: " + e.getMessage());
        }
        return path;
    }

    /** The file's type from its mode: fifo, char, block, socket, dir, file, link, or ? where not known. */
    public static String type(Path path) throws IOException {
        int mode = (Integer) Files.getAttribute(path, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS);
        switch (mode & 0170000) {
            case 0010000: return "fifo";
            case 0020000: return "char";
            case 0060000: return "block";
            case 0140000: return "socket";
            case 0040000: return "dir";
            case 0100000: return "file";
            case 0120000: return "link";
            default: return "?";
        }
    }

    /** Reads everything written into a FIFO, on a daemon thread (opening a FIFO blocks until a writer comes). */
    public static CompletableFuture<String> drain(Path fifo) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                text.complete(Files.readString(fifo));
            } catch (IOException | RuntimeException e) {
                text.completeExceptionally(e);
            }
        }, "fifo-reader");
        t.setDaemon(true);
        t.start();
        return text;
    }

    private static boolean exec(String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
