package org.servelab.metrics.io;

import java.util.List;

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
            String params = Csv.text(r.parameters().toString());
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
}
