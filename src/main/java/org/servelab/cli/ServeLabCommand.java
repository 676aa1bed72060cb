package org.servelab.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code servelab} command line: runs, comparisons and exports without a window. */
@Command(name = "servelab", mixinStandardHelpOptions = true, version = "ServeLab 0.1.0",
        description = "Simulate LLM-serving schedulers (FCFS, MLFQ, skip-join MLFQ, SRPT) on request traces.%n"
                + "With no command, opens the ServeLab window.",
        subcommands = {RunCommand.class, BatchCommand.class, BenchCommand.class, ExportCommand.class, GenCommand.class,
                SweepCommand.class, MergeCommand.class, CommandLine.HelpCommand.class})
public final class ServeLabCommand implements Runnable {

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command (try 'servelab help')");
    }

    /** Runs the command line and returns its exit code; messages go to the given writers. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ServeLabCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine bad = ex.getCommandLine();
            String name = bad.getCommandSpec().qualifiedName(" ");
            bad.getErr().println("servelab: " + ex.getMessage().replace('\n', ' ') + " (see '" + name.replaceFirst(
                    "^servelab", "servelab help").trim() + "')");
            bad.getErr().flush();
            return ErrorHandler.BAD_INPUT;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("servelab: " + OutOfMemory.message(args, Runtime.getRuntime().maxMemory()));
            err.flush();
            return ErrorHandler.BAD_INPUT;
        }
    }
}
