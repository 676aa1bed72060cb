package org.servelab.metrics.io;

import java.util.List;
import java.util.Locale;

import org.servelab.metrics.JobResult;
import org.servelab.metrics.RunResult;

/** Per-job results as one tidy CSV table (one row per run and job), for spreadsheets and pandas. */
public final class ResultsCsv {

    public static final String HEADER =
            "trace,policy,parameters,id,arrival,firstToken,finish,jct,ttft,outputTokens,serviceTime";

    private ResultsCsv() {
    }

    public static String write(List<RunResult> runs) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (RunResult r : runs) {
            String params = quote(r.parameters().toString());
            for (JobResult j : r.jobs()) {
                sb.append(quote(r.trace())).append(',').append(r.policy()).append(',').append(params).append(',')
                        .append(quote(j.id())).append(',')
                        .append(num(j.arrival())).append(',').append(num(j.firstToken())).append(',')
                        .append(num(j.finish())).append(',').append(num(j.jct())).append(',')
                        .append(num(j.ttft())).append(',').append(j.outputTokens()).append(',')
                        .append(num(j.serviceTime())).append('\n');
            }
        }
        return sb.toString();
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
    }

    static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
