package org.servelab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one line that replaces a stack trace when a command runs out of memory: what it was working on
 * (the trace and its size, the number of jobs asked for, a token or event log), the heap it had, and
 * the heap to try. Output files are staged, so nothing the user had was touched.
 */
final class OutOfMemory {

    private OutOfMemory() {
    }

    static String message(String[] args, long maxHeap) {
        List<String> what = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int eq = name.indexOf('=');
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[i + 1];
            }
            if (value == null) {
                continue;
            }
            switch (name) {
                case "--trace":
                    what.add("the trace " + value + sizeOf(value));
                    break;
                case "--jobs":
                    what.add("--jobs " + value);
                    break;
                case "--token-log":
                case "--events":
                    what.add(name + " (every token or event of the run)");
                    break;
                default:
                    break;
            }
        }
        long mib = maxHeap >> 20;
        long suggest = Math.max(1024, Integer.highestOneBit((int) Math.min(Integer.MAX_VALUE / 2, mib)) * 4L);
        return "out of memory" + (what.isEmpty() ? "" : " on " + String.join(", ", what)) + " with a " + mib
                + " MiB heap; no output was written. Give Java more memory, e.g. SERVELAB_JAVA_OPTS=-Xmx"
                + (suggest >= 1024 ? suggest / 1024 + "g" : suggest + "m") + " bin/servelab ..."
                + " (or java -Xmx... -jar target/servelab.jar ...), or run fewer jobs";
    }

    private static String sizeOf(String file) {
        try {
            long bytes = Files.size(Path.of(file));
            return bytes >= 1 << 20 ? " (" + (bytes >> 20) + " MiB)" : " (" + (bytes >> 10) + " KiB)";
        } catch (Exception e) {
            return "";
        }
    }
}
