package org.servelab.workload.io;

import org.servelab.cost.CostModel;
import org.servelab.cost.ProfileCostModel;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.servelab.workload.InputException;

/**
 * Finds a cost model by the name a user writes: a built-in model ({@code opt-1.3b}, case-insensitive),
 * or else the path of a JSON profile:
 * <pre>{"name": "my-gpu", "timeUnit": "ms", "inputLengths": [1, 4, 16], "prefill": [...], "decode": [...]}</pre>
 * {@code name} defaults to the file name without its extension and {@code timeUnit} to {@code ms}; the
 * three arrays are required, of equal length, with at least two distinct input lengths (each series is
 * fitted with a straight line, see {@link ProfileCostModel}).
 */
public final class CostModels {

    static final String OPTION = "--cost-model";

    private static final Map<String, Supplier<CostModel>> BUILT_IN = builtIns();

    private CostModels() {
    }

    private static Map<String, Supplier<CostModel>> builtIns() {
        Map<String, Supplier<CostModel>> m = new LinkedHashMap<>();
        m.put(ProfileCostModel.OPT_1_3B, ProfileCostModel::opt13b);
        return m;
    }

    public static List<String> builtInNames() {
        return new ArrayList<>(BUILT_IN.keySet());
    }

    /**
     * The built-in model of this name, or the profile in this file.
     *
     * @throws InputException when it is neither, or the profile is not valid
     */
    public static CostModel resolve(String nameOrPath) {
        if (nameOrPath == null || nameOrPath.isBlank()) {
            throw InputException.parameter(OPTION, "must name a built-in model (" + builtIns(", ")
                    + ") or a JSON profile file");
        }
        Supplier<CostModel> builtIn = BUILT_IN.get(nameOrPath.trim().toLowerCase(Locale.ROOT));
        if (builtIn != null) {
            return builtIn.get();
        }
        Path file = pathOrNull(nameOrPath);
        if (file == null || Files.notExists(file)) {
            throw new InputException(nameOrPath, 0, null, "no such cost model: neither a built-in model ("
                    + builtIns(", ") + ") nor an existing profile file (file not found)");
        }
        return readProfile(file);
    }

    /** Reads a JSON profile file; errors name the file, the line and the field. */
    public static ProfileCostModel readProfile(Path file) {
        return readProfile(file.toString(), readText(file));
    }

    /** The UTF-8 text of a cost profile file; a file that cannot be read is an error naming it. */
    static String readText(Path file) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(source, 0, null, "is a directory, not a cost profile");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(source, 0, null, "file not found", e);
        } catch (AccessDeniedException e) {
            throw new InputException(source, 0, null, "permission denied", e);
        } catch (CharacterCodingException e) {
            throw new InputException(source, 0, null, "not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputException(source, 0, null, "cannot read: " + e.getMessage(), e);
        }
        // a UTF-8 byte order mark, as some editors write it, is not part of the JSON
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Parses a JSON profile; {@code sourceName} is used in messages and for the default model name. */
    public static ProfileCostModel readProfile(String sourceName, String text) {
        return ProfileReader.read(sourceName, text);
    }

    /** The profile file {@code nameOrPath} names, or {@code null} for a built-in model or no valid path. */
    public static Path profileFile(String nameOrPath) {
        if (nameOrPath == null || nameOrPath.isBlank()
                || BUILT_IN.containsKey(nameOrPath.trim().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return pathOrNull(nameOrPath);
    }

    private static String builtIns(String separator) {
        return String.join(separator, BUILT_IN.keySet());
    }

    static Path pathOrNull(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
