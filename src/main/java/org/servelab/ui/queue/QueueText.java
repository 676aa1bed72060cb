package org.servelab.ui.queue;

import java.util.Locale;

import org.servelab.ui.i18n.Messages;
import org.servelab.ui.model.JobState;
import org.servelab.ui.model.RunModel;
import org.servelab.ui.model.Timeline;

/** The words of the queue view: lane labels, the panel's title, what a job in a slot does, chip tooltips. */
final class QueueText {

    private final RunModel model;
    private final Messages messages;

    QueueText(RunModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    private String unit() {
        return model.getRecording().trace().timeUnit().symbol();
    }

    /** The lane label, shortened ("Q2 · 2 ms", then "Q2") when the full one does not fit. */
    String laneLabel(int x, javafx.scene.text.Font font, double width) {
        String full = laneLabel(x);
        if (org.servelab.ui.gantt.TextMetrics.width(full, font) <= width) {
            return full;
        }
        Timeline t = model.timeline();
        double q = t.levels() == 1 ? Double.NaN : t.quantum(x);
        if (!Double.isNaN(q)) {
            String brief = t.quantaInIterations() ? messages.format("queue.laneIterationsBrief", x + 1, (int) q)
                    : messages.format("queue.laneBrief", x + 1, messages.number(q), unit());
            if (org.servelab.ui.gantt.TextMetrics.width(brief, font) <= width) {
                return brief;
            }
            return "Q" + (x + 1);
        }
        return full;
    }

    /** What a job in a slot does, shortened ("A · decode 7/16") when the full text does not fit. */
    String work(int job, javafx.scene.text.Font font, double width) {
        String full = work(job);
        if (org.servelab.ui.gantt.TextMetrics.width(full, font) <= width) {
            return full;
        }
        String id = model.getRecording().trace().id(job);
        byte kind = model.workKind(job);
        if (kind == Timeline.PADDING) {
            return messages.format("queue.paddingBrief", id);
        }
        if (kind == Timeline.CHUNK) {
            return model.workTotal(job) > 1 && model.batched()
                    ? messages.format("queue.chunkBrief", id, model.workIndex(job), model.workTotal(job))
                    : messages.format("queue.prefillJob", id);
        }
        return messages.format("queue.decodeBrief", id, model.workIndex(job), model.workTotal(job));
    }

    /** "Q2 · quantum 2 ms", "Q2 · 2 iterations" (token accounting), or "Queue" for single-queue policies. */
    String laneLabel(int x) {
        Timeline t = model.timeline();
        double q = t.levels() == 1 ? Double.NaN : t.quantum(x);
        if (Double.isNaN(q)) {
            return model.batched() ? messages.get("queue.waiting") : messages.get("queue.single");
        }
        if (t.quantaInIterations()) {
            return messages.format("queue.laneIterations", x + 1, (int) q);
        }
        return messages.format("queue.lane", x + 1, messages.number(q), unit());
    }

    String panelTitle(javafx.scene.text.Font font, double width) {
        String full = panelTitle();
        if (!model.batched() || org.servelab.ui.gantt.TextMetrics.width(full, font) <= width) {
            return full;
        }
        return messages.format("queue.batchBrief", messages.count(model.slotsUsed()), messages.count(model.slotCount()));
    }

    String panelTitle() {
        if (!model.batched()) {
            return messages.get("queue.slot");
        }
        return messages.format("queue.batchTitle", messages.count(model.slotsUsed()), messages.count(model.slotCount()));
    }

    /** What a job in a slot does this iteration, with its name. */
    String work(int job) {
        String id = model.getRecording().trace().id(job);
        byte kind = model.workKind(job);
        if (kind == Timeline.PADDING) {
            return messages.format("queue.padding", id);
        }
        if (kind == Timeline.CHUNK) {
            int total = model.workTotal(job);
            if (!model.batched()) {
                return messages.format("queue.prefillJob", id);
            }
            return total > 1 ? messages.format("queue.chunk", id, model.workIndex(job), total,
                    messages.count(model.workTokens(job)))
                    : messages.format("queue.prefillTokens", id, model.workTokens(job));
        }
        return messages.format("queue.decodeJob", id, messages.count(model.workIndex(job)),
                messages.count(model.workTotal(job)));
    }

    /** A chip's tooltip: the job, where it is and why, its progress and its memory. */
    String describe(int job) {
        String id = model.getRecording().trace().id(job);
        JobState st = model.stateOf(job);
        StringBuilder sb = new StringBuilder();
        sb.append(messages.format("queue.tip.head", id,
                messages.get("state." + st.name().toLowerCase(Locale.ROOT))));
        int level = model.levelOf(job);
        if (level >= 0 && model.timeline().levels() > 1 && st != JobState.DONE) {
            sb.append('\n').append(laneLabel(level));
        }
        if (st == JobState.RUNNING) {
            sb.append('\n').append(work(job));
        }
        double since = model.waitingSinceOf(job);
        if (!Double.isNaN(since) && (st == JobState.QUEUED || st == JobState.BUFFER)) {
            sb.append('\n').append(messages.format("queue.tip.waiting", messages.number(since), unit()));
        }
        sb.append('\n').append(messages.format("queue.tip.tokens", messages.count(model.tokensOf(job)),
                messages.count(model.getRecording().trace().outputTokens(job))));
        if (model.batched() && (model.blocksOf(job) > 0 || model.swappedBlocksOf(job) > 0)) {
            sb.append('\n').append(messages.format("queue.tip.kv", messages.count(model.blocksOf(job)),
                    messages.count(model.contextOf(job)), messages.count(model.swappedBlocksOf(job))));
        }
        if (model.preemptionsOf(job) > 0) {
            sb.append('\n').append(messages.format("queue.tip.preempted", model.preemptionsOf(job)));
        }
        return sb.toString();
    }
}
