package org.servelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.servelab.seqsched.CapacityPoint;
import org.servelab.seqsched.OnlinePoint;
import org.servelab.workload.io.Csv;

/** The tables of {@code batch online}. */
final class BeyondText {

    private BeyondText() {
    }

    static void print(PrintWriter out, String setting, int maxBatch, int seeds, List<OnlinePoint> online,
                      List<CapacityPoint> capacity) {
        out.println("Beyond the paper: " + setting);
        out.println();
        out.printf(Locale.ROOT, "Online, Poisson arrivals, continuous batching of at most %d sequences (chunked "
                + "prefill); mean / p99 JCT in seconds, mean over %d arrival seeds:%n", maxBatch, seeds);
        Map<Double, List<OnlinePoint>> byRate = new LinkedHashMap<>();
        for (OnlinePoint p : online) {
            byRate.computeIfAbsent(p.qps(), k -> new ArrayList<>()).add(p);
        }
        TextTable t = new TextTable();
        List<String> head = new ArrayList<>(List.of("queries/s"));
        byRate.values().iterator().next().forEach(p -> head.add(p.policy().label()));
        t.row(head.toArray(String[]::new));
        byRate.forEach((rate, points) -> {
            List<String> row = new ArrayList<>(List.of(TextTable.num(rate)));
            points.forEach(p -> row.add(String.format(Locale.ROOT, "%.2f / %.2f", p.mean(p.meanJct()),
                    p.mean(p.p99Jct()))));
            t.row(row.toArray(String[]::new));
        });
        out.print(t);
        out.println();
        out.println("Offline, every query at t = 0: throughput (queries/s) by batch size (static) or largest batch "
                + "(continuous):");
        Map<String, List<CapacityPoint>> bySeries = new LinkedHashMap<>();
        for (CapacityPoint p : capacity) {
            bySeries.computeIfAbsent(p.series(), k -> new ArrayList<>()).add(p);
        }
        TextTable c = new TextTable();
        List<String> h = new ArrayList<>(List.of("batch size"));
        h.addAll(bySeries.keySet());
        c.row(h.toArray(String[]::new));
        int rows = bySeries.values().iterator().next().size();
        for (int i = 0; i < rows; i++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(capacity.get(i * bySeries.size()).batchSize())));
            for (List<CapacityPoint> s : bySeries.values()) {
                row.add(String.format(Locale.ROOT, "%.3f", s.get(i).throughput()));
            }
            c.row(row.toArray(String[]::new));
        }
        out.print(c);
    }

    static void onlineCsv(List<OnlinePoint> online, Writer w) throws IOException {
        w.write("policy,qps,seeds,meanJct,p99Jct,meanJctMin,meanJctMax\n");
        for (OnlinePoint p : online) {
            double min = p.meanJct().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            double max = p.meanJct().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            w.write(Csv.field(p.policy().label()) + "," + Csv.number(p.qps()) + "," + p.meanJct().size() + ","
                    + Csv.number(p.mean(p.meanJct())) + "," + Csv.number(p.mean(p.p99Jct())) + "," + Csv.number(min) + ","
                    + Csv.number(max) + "\n");
        }
    }

    static void capacityCsv(List<CapacityPoint> capacity, Writer w) throws IOException {
        w.write("series,batchSize,throughput\n");
        for (CapacityPoint p : capacity) {
            w.write(Csv.field(p.series()) + "," + p.batchSize() + "," + Csv.number(p.throughput()) + "\n");
        }
    }
}
