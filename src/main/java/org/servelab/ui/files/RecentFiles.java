package org.servelab.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The traces opened last, newest first, kept in the user's preferences between sessions (and in memory when
 * the preferences cannot be written). At most {@value #MAX}.
 */
public final class RecentFiles {

    static final int MAX = 6;
    private static final String KEY = "recent.";
    private static final List<Path> MEMORY = new ArrayList<>();

    private RecentFiles() {
    }

    private static Preferences node() {
        try {
            if (Boolean.getBoolean("servelab.noPreferences")) {
                return null;
            }
            return Preferences.userRoot().node("org/servelab/ui");
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The recent traces that still exist. */
    public static synchronized List<Path> list() {
        List<Path> out = new ArrayList<>();
        Preferences p = node();
        if (p == null) {
            out.addAll(MEMORY);
        } else {
            for (int i = 0; i < MAX; i++) {
                String s = p.get(KEY + i, null);
                if (s != null) {
                    out.add(Path.of(s));
                }
            }
        }
        out.removeIf(f -> !Files.isRegularFile(f));
        return out;
    }

    /** Puts a trace at the top of the list. */
    public static synchronized void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> all = list();
        all.remove(abs);
        all.add(0, abs);
        while (all.size() > MAX) {
            all.remove(all.size() - 1);
        }
        Preferences p = node();
        if (p == null) {
            MEMORY.clear();
            MEMORY.addAll(all);
            return;
        }
        for (int i = 0; i < MAX; i++) {
            if (i < all.size()) {
                p.put(KEY + i, all.get(i).toString());
            } else {
                p.remove(KEY + i);
            }
        }
        try {
            p.flush();
        } catch (BackingStoreException e) {
            MEMORY.clear();
            MEMORY.addAll(all);
        }
    }
}
