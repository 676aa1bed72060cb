package org.servelab.workload.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.servelab.cost.CostModel;
import org.servelab.workload.InputException;
import org.servelab.workload.TimedTrace;
import org.servelab.workload.Trace;

/**
 * Reads a trace file: ServeLab JSON ({@code .json}) or Orca CSV ({@code .csv}). Every problem, from a
 * missing file to a bad value, is an {@link InputException} naming the file, the line and the field.
 * A trace's default name is its file name without the extension.
 */
public final class TraceReader {

    private TraceReader() {
    }

    /** Reads {@code file}, choosing the format by its extension. */
    public static Trace read(Path file) {
        String source = file.toString();
        if (Files.notExists(file)) {
            throw new InputException(source, 0, null, "file not found");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(source, 0, null, "is a directory, not a trace file");
        }
        String ext = SourceNames.extension(source);
        if (!ext.equals("json") && !ext.equals("csv")) {
            throw new InputException(source, 0, null, "unknown trace format: expected a .json or .csv file");
        }
        String text = readText(file);
        return ext.equals("json") ? readJson(source, text) : readCsv(source, text);
    }

    /**
     * {@link TimedTrace#resolve} for a trace read from {@code file}: its errors (a run that would pass the
     * time grid's range, a time below its resolution) name the file rather than the trace's name.
     */
    public static TimedTrace timed(Path file, Trace trace, CostModel model, CostModel fallback) {
        return timed(file, trace, model, fallback, true);
    }

    /** As above; {@code oneAtATime} false skips the serial-run bound (the batching engine checks its clock). */
    public static TimedTrace timed(Path file, Trace trace, CostModel model, CostModel fallback, boolean oneAtATime) {
        try {
            return TimedTrace.resolve(trace, model, fallback, oneAtATime);
        } catch (InputException e) {
            if (e.source() != null && e.source().equals(trace.name())) {
                throw new InputException(file.toString(), e.line(), e.field(), e.problem(), e);
            }
            throw e;
        }
    }

    /** Parses trace JSON; {@code sourceName} is used in messages and for the default trace name. */
    public static Trace readJson(String sourceName, String text) {
        return JsonTraceReader.read(sourceName, text);
    }

    /** Parses an Orca CSV trace; {@code sourceName} is used in messages and as the trace name. */
    public static Trace readCsv(String sourceName, String text) {
        return CsvTraceReader.read(sourceName, text);
    }

    /** The whole file as UTF-8 text, with file-system problems worded for the user. */
    private static String readText(Path file) {
        String source = file.toString();
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(source, 0, null, "file not found", e);
        } catch (AccessDeniedException e) {
            throw new InputException(source, 0, null, "permission denied", e);
        } catch (CharacterCodingException e) {
            throw new InputException(source, 0, null, "not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputException(source, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }
}
