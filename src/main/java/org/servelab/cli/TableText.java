package org.servelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

import org.servelab.seqsched.BatchSettings;
import org.servelab.seqsched.OfflineResult;
import org.servelab.seqsched.PaperRow;
import org.servelab.seqsched.PredictionQuality;
import org.servelab.seqsched.QuerySet;
import org.servelab.seqsched.SigmaPoint;
import org.servelab.seqsched.Spread;
import org.servelab.seqsched.TableReport;
import org.servelab.workload.io.Csv;

/** The paper's table as {@code batch table} prints and writes it. */
final class TableText {

    private TableText() {
    }

    static void print(PrintWriter out, TableReport r, QuerySet all, BatchSettings s) {
        OfflineResult v = r.vanilla();
        out.println("Sequence scheduling (Zheng et al., NeurIPS'23): the table of the paper's README (1024 queries, "
                + "Vicuna-7B on one GPU) beside ServeLab");
        out.printf(Locale.ROOT, "Queries: %d of %s (sampled with seed %d, prompts %d tokens); groups of %d, batches of "
                + "%d, max length %d%n", v.size(), all.name(), r.seed(), v.queries().get(0).prompt(), s.groupSize(),
                s.batchSize(), s.maxLength());
        out.println("Cost model: " + r.cost().name() + " (ms per iteration, ms per token of the batch): its two "
                + "constants fitted on the vanilla and max4 rows only (*: their throughputs match by construction)");
        out.println();
        TextTable t = new TextTable();
        t.row("strategy (paper / ServeLab)", "throughput (samples/s)", "average length", "effective tokens (%)",
                "failure ratio (%)");
        for (TableReport.Line line : r.rows()) {
            PaperRow p = line.paper();
            OfflineResult o = line.result();
            String label = p.label() + (line.fitted() ? "" : " (SIGMA " + trim(r.paperLike()) + ")");
            t.row(label, pair(p.throughput(), o.throughput(), 2) + (line.fitted() ? "*" : ""),
                    pair(p.averageLength(), o.averageLength(), 2),
                    pair(100 * p.effectiveRatio(), 100 * o.effectiveTokenRatio(), 2),
                    pair(100 * p.failureRatio(), 100 * o.failureRatio(), 2));
        }
        out.print(t);
        out.println();
        out.printf(Locale.ROOT, "The predicted rows use noisy:%s, the SIGMA whose predictor quality is closest to the "
                + "paper's predictor (marked below).%n%n", trim(r.paperLike()));
        printSigmas(out, r);
        out.println();
        printSpread(out, r, v.size());
    }

    private static void printSigmas(PrintWriter out, TableReport r) {
        out.println("The predicted rows against the predictor's error (noisy:SIGMA: the max4 label times "
                + "exp(N(0, SIGMA)), rounded up to 50):");
        TextTable t = new TextTable();
        t.row("SIGMA", "mean error", "within 50 (%)", "within 100 (%)", "VBS+FCR: samples/s", "avg length",
                "effective (%)", "failures (%)", "plain: samples/s", "avg length", "effective (%)");
        for (SigmaPoint p : r.sigmas()) {
            PredictionQuality q = p.quality();
            t.row(trim(p.sigma()) + (p.sigma() == r.paperLike() ? " <- paper-like" : ""), f(q.meanError(), 1),
                    f(100 * q.within50(), 1), f(100 * q.within100(), 1), f(p.vbsFcr().throughput(), 2),
                    f(p.vbsFcr().averageLength(), 2), f(100 * p.vbsFcr().effectiveTokenRatio(), 2),
                    f(100 * p.vbsFcr().failureRatio(), 2), f(p.plain().throughput(), 2),
                    f(p.plain().averageLength(), 2), f(100 * p.plain().effectiveTokenRatio(), 2));
        }
        PredictionQuality q = PredictionQuality.PAPER;
        PaperRow a = PaperRow.PREDICTED_VBS_FCR;
        PaperRow b = PaperRow.PREDICTED_PLAIN;
        t.row("the paper", f(q.meanError(), 0), f(100 * q.within50(), 0), f(100 * q.within100(), 0),
                f(a.throughput(), 2), f(a.averageLength(), 2), f(100 * a.effectiveRatio(), 2),
                f(100 * a.failureRatio(), 2), f(b.throughput(), 2), f(b.averageLength(), 2),
                f(100 * b.effectiveRatio(), 2));
        out.print(t);
    }

    private static void printSpread(PrintWriter out, TableReport r, int n) {
        out.printf(Locale.ROOT, "How the vanilla and max4 rows vary with the sample (seeds %d to %d, %d queries each; "
                + "mean, sd, range; they do not depend on the cost model):%n", r.spreadSeeds()[0], r.spreadSeeds()[1], n);
        spread(out, "vanilla average length", r.vanillaLength(), 1, PaperRow.VANILLA.averageLength(),
                r.vanilla().averageLength());
        spread(out, "vanilla effective tokens (%)", r.vanillaRatio(), 100, 100 * PaperRow.VANILLA.effectiveRatio(),
                100 * r.vanilla().effectiveTokenRatio());
        spread(out, "max4 average length", r.max4Length(), 1, PaperRow.MAX4_VBS_FCR.averageLength(),
                r.max4().averageLength());
        spread(out, "max4 effective tokens (%)", r.max4Ratio(), 100, 100 * PaperRow.MAX4_VBS_FCR.effectiveRatio(),
                100 * r.max4().effectiveTokenRatio());
    }

    private static void spread(PrintWriter out, String what, Spread s, double scale, double paper, double ours) {
        out.printf(Locale.ROOT, "  %-29s %7.2f +- %5.2f (%.2f to %.2f); seed %s: %.2f; the paper: %.2f%n", what,
                s.mean() * scale, s.sd() * scale, s.min() * scale, s.max() * scale, "of the table", ours, paper);
    }

    static void tableCsv(TableReport r, Writer w) throws IOException {
        w.write("row,fitted,sigma,paperThroughput,throughput,paperAverageLength,averageLength,paperEffectiveTokenRatio,"
                + "effectiveTokenRatio,paperFailureRatio,failureRatio,costModel,seed\n");
        for (TableReport.Line line : r.rows()) {
            PaperRow p = line.paper();
            OfflineResult o = line.result();
            w.write(Csv.field(p.label()) + "," + line.fitted() + "," + (line.fitted() ? "" : Csv.number(r.paperLike())) + ","
                    + Csv.number(p.throughput()) + "," + Csv.number(o.throughput()) + "," + Csv.number(p.averageLength()) + ","
                    + Csv.number(o.averageLength()) + "," + Csv.number(p.effectiveRatio()) + ","
                    + Csv.number(o.effectiveTokenRatio()) + "," + Csv.number(p.failureRatio()) + "," + Csv.number(o.failureRatio())
                    + "," + Csv.field(r.cost().name()) + "," + r.seed() + "\n");
        }
    }

    static void sigmaCsv(TableReport r, Writer w) throws IOException {
        w.write("sigma,meanError,within50,within100,vbsFcrThroughput,vbsFcrAverageLength,vbsFcrEffectiveTokenRatio,"
                + "vbsFcrFailureRatio,vbsFcrPredictionTime,plainThroughput,plainAverageLength,plainEffectiveTokenRatio\n");
        for (SigmaPoint p : r.sigmas()) {
            PredictionQuality q = p.quality();
            w.write(Csv.number(p.sigma()) + "," + Csv.number(q.meanError()) + "," + Csv.number(q.within50()) + ","
                    + Csv.number(q.within100()) + "," + Csv.number(p.vbsFcr().throughput()) + ","
                    + Csv.number(p.vbsFcr().averageLength()) + "," + Csv.number(p.vbsFcr().effectiveTokenRatio()) + ","
                    + Csv.number(p.vbsFcr().failureRatio()) + "," + Csv.number(p.vbsFcr().predictionSeconds()) + ","
                    + Csv.number(p.plain().throughput()) + "," + Csv.number(p.plain().averageLength()) + ","
                    + Csv.number(p.plain().effectiveTokenRatio()) + "\n");
        }
    }

    private static String pair(double paper, double ours, int digits) {
        return (Double.isNaN(paper) ? "-" : f(paper, digits)) + " / " + f(ours, digits);
    }

    private static String f(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
