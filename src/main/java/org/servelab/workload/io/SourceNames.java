package org.servelab.workload.io;

import java.util.Locale;

/** Default trace names taken from a file name. */
public final class SourceNames {

    private SourceNames() {
    }

    /** The last path segment without its extension: {@code traces/orca.csv} gives {@code orca}. */
    static String stem(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The extension in lower case, without the dot, or an empty string. */
    public static String extension(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
