package org.servelab;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.servelab.cli.ServeLabCommand;
import org.servelab.ui.shell.App;
import org.servelab.ui.shell.StartupOptions;

/**
 * The main class. With no arguments, or only window options ({@code --trace=FILE}, {@code --lang=en|zh},
 * {@code --snapshot=FILE}, {@code --screenshots=DIR}, {@code --measure=N}), it opens the window; otherwise the arguments are a
 * command ({@code run}, {@code export}, ...) for the command line. It does not extend
 * {@code Application} and imports no JavaFX, so that JavaFX starts from the class path
 * ({@code java -jar}) and the command line never loads the toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || StartupOptions.allWindowOptions(args)) {
            App.launchWindow(args);
            return;
        }
        // straight to the file descriptor: System.out would swallow the error of a closed pipe (| head)
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = ServeLabCommand.execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
