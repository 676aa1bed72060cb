package org.servelab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;

import org.servelab.experiment.NumberText;
import org.servelab.experiment.SweepRow;
import org.servelab.experiment.SweepSpec;
import org.servelab.workload.generate.Target;

/** The warning line a sweep prints when some of its points are overloaded. */
final class Overloads {

    private Overloads() {
    }

    static void warn(List<SweepRow> rows, SweepSpec spec, PrintWriter err) {
        TreeSet<Double> xs = new TreeSet<>();
        long runs = 0;
        for (SweepRow r : rows) {
            if (r.overloaded()) {
                xs.add(r.x());
                runs++;
            }
        }
        if (runs == 0) {
            return;
        }
        StringBuilder values = new StringBuilder();
        for (double x : xs) {
            values.append(values.length() == 0 ? "" : ", ").append(NumberText.of(x));
        }
        String what = spec.target() == Target.Kind.RATE ? "rate" : "load";
        err.println("servelab: warning: " + runs + " runs are overloaded (load >= 1) at " + what + " " + values
                + ": each ran at most " + spec.overloadJobs() + " jobs, its JCTs grow with the number of jobs; "
                + "rows marked overloaded=true, left out of the plots");
        err.flush();
    }
}
