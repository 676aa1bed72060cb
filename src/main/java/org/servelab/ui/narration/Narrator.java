package org.servelab.ui.narration;

import org.servelab.engine.event.JobDemoted;
import org.servelab.engine.event.JobDispatched;
import org.servelab.engine.event.JobDropped;
import org.servelab.engine.event.JobFinished;
import org.servelab.engine.event.JobJoinedQueue;
import org.servelab.engine.event.JobPreempted;
import org.servelab.engine.event.JobPromoted;
import org.servelab.engine.event.JobSwappedIn;
import org.servelab.engine.event.JobTruncated;
import org.servelab.engine.event.RunFinished;
import org.servelab.engine.event.SimEvent;
import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.RunRecording;
import org.servelab.ui.model.Timeline;
import org.servelab.workload.TimedTrace;

/**
 * Tells an event of a run in words, with the reason the policy had: why a job joined the queue it joined,
 * why it runs, why it was demoted, promoted or preempted. Reads the quanta and the job's times from the
 * recording.
 */
public final class Narrator {

    private final Messages messages;

    public Narrator(Messages messages) {
        this.messages = messages;
    }

    /** "t = 1 ms: ..." */
    public String line(RunRecording r, SimEvent e) {
        return messages.format("narration.at", time(r, e.time()), tell(r, e));
    }

    /** A time of the run in the window's format ("12 ms", "2 min 05.3 s"). */
    public String time(RunRecording r, double t) {
        return org.servelab.ui.i18n.Numbers.time(t, r.trace().timeUnit().symbol(), r.trace().timeUnit().seconds());
    }

    /** The event in words, without its time. */
    public String tell(RunRecording r, SimEvent e) {
        TimedTrace trace = r.trace();
        Timeline t = r.timeline();
        String unit = trace.timeUnit().symbol();
        String policy = r.setup().policy();
        if (e instanceof JobJoinedQueue) {
            return joined(r, (JobJoinedQueue) e);
        }
        if (e instanceof JobDispatched) {
            JobDispatched d = (JobDispatched) e;
            String id = trace.id(d.job());
            int last = d.firstToken() + d.iterations() - 1;
            String what = d.firstToken() == 1 && d.iterations() == 1 ? messages.get("narration.itsPrefill")
                    : d.firstToken() == last ? messages.format("narration.token", d.firstToken())
                    : messages.format("narration.tokensFrom", d.firstToken(), last);
            if (policy.contains("mlfq")) {
                return messages.format("narration.dispatchMlfq", id, d.level() + 1, what);
            }
            if (policy.equals("srpt")) {
                return messages.format("narration.dispatchSrpt", id, what);
            }
            return messages.format("narration.dispatchFcfs", id, what);
        }
        if (e instanceof JobDemoted) {
            JobDemoted d = (JobDemoted) e;
            String id = trace.id(d.job());
            if (d.from() == d.to()) {
                return messages.format("narration.requeued", id, d.from() + 1);
            }
            if (t.quantaInIterations()) {
                return messages.format("narration.demotedIterations", id, (int) t.quantum(d.from()), d.from() + 1,
                        d.to() + 1);
            }
            return messages.format("narration.demoted", id, messages.number(t.quantum(d.from())), unit, d.from() + 1,
                    d.to() + 1);
        }
        if (e instanceof JobPromoted) {
            JobPromoted p = (JobPromoted) e;
            return messages.format("narration.promoted", trace.id(p.job()), p.from() + 1,
                    messages.number(r.setup().parameters().starveLimit()), unit);
        }
        if (e instanceof JobFinished) {
            JobFinished f = (JobFinished) e;
            return messages.format("narration.finished", trace.id(f.job()), messages.number(f.jct()), unit);
        }
        if (e instanceof JobPreempted) {
            JobPreempted p = (JobPreempted) e;
            return messages.format(p.swapped() ? "narration.swappedOut" : "narration.recompute", trace.id(p.job()),
                    messages.count(p.blocks()));
        }
        if (e instanceof JobSwappedIn) {
            JobSwappedIn s = (JobSwappedIn) e;
            return messages.format("narration.swappedIn", trace.id(s.job()), messages.count(s.blocks()));
        }
        if (e instanceof JobDropped) {
            JobDropped d = (JobDropped) e;
            return messages.format("narration.dropped", trace.id(d.job()), messages.get("narration.drop." + d.reason()));
        }
        if (e instanceof JobTruncated) {
            JobTruncated c = (JobTruncated) e;
            return messages.format("narration.truncated", trace.id(c.job()), c.tokens());
        }
        if (e instanceof RunFinished) {
            return messages.get("narration.runFinished");
        }
        return e.toString();
    }

    private String joined(RunRecording r, JobJoinedQueue j) {
        TimedTrace trace = r.trace();
        Timeline t = r.timeline();
        String id = trace.id(j.job());
        String unit = trace.timeUnit().symbol();
        String policy = r.setup().policy();
        int x = j.level();
        if (policy.equals("skip-join-mlfq") && !t.quantaInIterations() && t.levels() > 1
                && BatchConfigs.perJob(r)) {
            double p = trace.prefillTime(j.job());
            if (x == 0) {
                return messages.format("narration.joinTop", id, messages.number(p), unit,
                        messages.number(t.quantum(0)));
            }
            if (x == t.levels() - 1 && p > t.quantum(x)) {
                return messages.format("narration.joinLast", id, x + 1, messages.number(p), unit,
                        messages.number(t.quantum(x)));
            }
            return messages.format("narration.joinSkip", id, x + 1, messages.number(p), unit, x,
                    messages.number(t.quantum(x - 1)));
        }
        if (policy.contains("mlfq")) {
            return messages.format("narration.joinMlfq", id, x + 1);
        }
        if (policy.equals("srpt") || policy.equals("sjf")) {
            return messages.format("narration.joinOracle", id);
        }
        return messages.format("narration.joinFcfs", id);
    }

    /** Whether the run prices jobs by their own times (so a job's prefill time is the one the policy used). */
    private static final class BatchConfigs {
        static boolean perJob(RunRecording r) {
            return org.servelab.ui.model.BatchConfig.PER_JOB.equals(r.setup().batch().costModel());
        }
    }
}
