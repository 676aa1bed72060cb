package org.servelab.seqsched;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.servelab.workload.io.Csv;


/**
 * Offline batch results as CSV, one row per batch: {@code strategy,index,group,kind,size,cap,length,start,time,
 * members,failed}; times in seconds, members and the members FCR re-ran from the batch as ids separated by
 * spaces.
 */
public final class OfflineResultsCsv {

    public static final String HEADER = "strategy,index,group,kind,size,cap,length,start,time,members,failed";

    private OfflineResultsCsv() {
    }

    public static void write(List<OfflineResult> runs, Writer out) throws IOException {
        out.write(HEADER + "\n");
        for (OfflineResult r : runs) {
            for (OfflineBatch b : r.batches()) {
                int[] failed = r.failedFrom(b);
                out.write(Csv.field(r.strategy().name()) + "," + b.index() + "," + b.group() + "," + b.kind().word() + ","
                        + b.size() + "," + b.cap() + "," + b.length() + "," + Csv.number(b.start()) + ","
                        + Csv.number(b.seconds()) + "," + Csv.field(ids(r, b.members())) + "," + Csv.field(ids(r, failed))
                        + "\n");
            }
        }
    }

    private static String ids(OfflineResult r, int[] queries) {
        StringBuilder sb = new StringBuilder();
        for (int q : queries) {
            sb.append(sb.length() == 0 ? "" : " ").append(r.queries().get(q).id());
        }
        return sb.toString();
    }
}
