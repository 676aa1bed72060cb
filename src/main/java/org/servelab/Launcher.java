package org.servelab;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.servelab.cli.ServeLabCommand;

/**
 * The entry point of the jar. With a command ({@code run}, {@code export}, ...) it runs the command line;
 * with no arguments (or only window options) it opens the window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0) {
            args = new String[] {"run", "--trace", "sample-traces/figure-6c.json", "--policy",
                "fcfs,mlfq,skip-join-mlfq,srpt", "--token-log", "-"};
        }
        int code = ServeLabCommand.execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
