package org.servelab.metrics.io;

import java.util.List;

import org.servelab.metrics.JobResult;
import org.servelab.metrics.RunResult;

/** Per-job results as one tidy CSV table (one row per run and job), for spreadsheets and pandas. */
public final class ResultsCsv {

    /** The policy parameters, one column each, empty where a policy has none (FCFS, SRPT). */
    static final List<String> PARAMETERS = List.of("queues", "quantum", "quantumRate", "accounting", "starveLimit");

    public static final String HEADER = "trace,policy," + String.join(",", PARAMETERS)
            + ",id,arrival,firstToken,finish,jct,ttft,outputTokens,serviceTime";

    private ResultsCsv() {
    }

    public static String write(List<RunResult> runs) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (RunResult r : runs) {
            String params = parameterCells(r);
            for (JobResult j : r.jobs()) {
                sb.append(Csv.text(r.trace())).append(',').append(r.policy()).append(',').append(params).append(',')
                        .append(Csv.text(j.id())).append(',')
                        .append(Csv.num(j.arrival())).append(',').append(Csv.num(j.firstToken())).append(',')
                        .append(Csv.num(j.finish())).append(',').append(Csv.num(j.jct())).append(',')
                        .append(Csv.num(j.ttft())).append(',').append(j.outputTokens()).append(',')
                        .append(Csv.num(j.serviceTime())).append('\n');
            }
        }
        return sb.toString();
    }

    private static String parameterCells(RunResult r) {
        java.util.StringJoiner cells = new java.util.StringJoiner(",");
        for (String name : PARAMETERS) {
            Object v = r.parameters().get(name);
            cells.add(v instanceof Number ? Csv.num(((Number) v).doubleValue()) : v == null ? "" : Csv.text(v.toString()));
        }
        return cells.toString();
    }
}
