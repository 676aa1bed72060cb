package org.servelab.workload.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.servelab.workload.InputException;
import org.servelab.workload.Job;
import org.servelab.workload.Trace;

/**
 * The order requests are sent in ({@code --order}): as they come, or sorted by prompt + output length
 * before sending. Sorting keeps the sending times: the k-th earliest arrival time goes to the k-th request
 * of the sorted order, so only which request is sent when changes. Ties keep the original order.
 */
public enum RequestOrder {
    AS_IS("as-is"),
    ASC("asc"),
    DESC("desc");

    /** The flag that sets it. */
    public static final String OPTION = "--order";

    private final String cliName;

    RequestOrder(String cliName) {
        this.cliName = cliName;
    }

    /** How the user writes it: {@code as-is}, {@code asc}, {@code desc}. */
    public String cliName() {
        return cliName;
    }

    /** The names, in the order they are listed to the user. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (RequestOrder o : values()) {
            out.add(o.cliName);
        }
        return out;
    }

    /**
     * Reads a name (case-insensitive; {@code ascending}, {@code descending} and {@code asis} also work).
     *
     * @throws InputException naming {@code --order} for anything else
     */
    public static RequestOrder parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "as-is":
            case "asis":
            case "none":
                return AS_IS;
            case "asc":
            case "ascending":
                return ASC;
            case "desc":
            case "descending":
                return DESC;
            default:
                throw InputException.parameter(OPTION, "unknown order \"" + text + "\"; choose from "
                        + String.join(", ", names()));
        }
    }

    /** The trace with its requests reordered; {@link #AS_IS} returns it unchanged. */
    public Trace apply(Trace trace) {
        if (this == AS_IS) {
            return trace;
        }
        int n = trace.size();
        Integer[] bySend = new Integer[n];
        for (int i = 0; i < n; i++) {
            bySend[i] = i;
        }
        // the sending slots: trace positions by arrival time (stable)
        Integer[] slots = bySend.clone();
        Arrays.sort(slots, Comparator.comparingDouble(i -> trace.arrival(i)));
        Comparator<Integer> size = Comparator.comparingLong(i -> (long) trace.promptTokens(i)
                + trace.outputTokens(i));
        Arrays.sort(bySend, this == ASC ? size : size.reversed());
        List<Job> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Job j = trace.job(bySend[k]);
            out.add(j.withArrival(trace.arrival(slots[k])));
        }
        return new Trace(trace.name(), trace.timeUnit(), out, trace.hasArrivals());
    }
}
