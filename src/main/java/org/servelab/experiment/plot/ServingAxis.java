package org.servelab.experiment.plot;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.servelab.experiment.NumberText;
import org.servelab.experiment.ServingConfig;
import org.servelab.experiment.SweepRow;

/** A setting a batching sweep can vary, read from a row: its words, its value as text and as a number. */
enum ServingAxis {
    COST_MODEL("cost model", SweepRow::costModel, null),
    POLICY("policy", r -> r.config().label() + (r.config().policy().equals("fcfs") && !s(r).mode().isEmpty()
            ? ", " + s(r).mode() : ""), null),
    ORDER("order", SweepRow::order, null),
    MODE("batching", r -> s(r).mode(), null),
    PREEMPTION("preemption", r -> s(r).preemption(), null),
    MAX_BATCH("max batch", r -> Integer.toString(s(r).maxBatch()), r -> s(r).maxBatch()),
    MAX_BATCH_TOKENS("max batch tokens", r -> Integer.toString(s(r).maxBatchTokens()), r -> s(r).maxBatchTokens()),
    KV_BLOCKS("KV blocks", r -> s(r).kvBlocks() < 0 ? "auto" : Long.toString(s(r).kvBlocks()),
            r -> s(r).kvBlocks() < 0 ? Double.NaN : s(r).kvBlocks()),
    MAX_OUTPUT("max output", r -> s(r).maxOutput() < 0 ? "none" : Integer.toString(s(r).maxOutput()),
            r -> s(r).maxOutput() < 0 ? Double.NaN : s(r).maxOutput()),
    MAX_WAITING("max waiting", r -> s(r).maxWaiting() < 0 ? "none" : Integer.toString(s(r).maxWaiting()),
            r -> s(r).maxWaiting() < 0 ? Double.NaN : s(r).maxWaiting()),
    TIMEOUT("timeout", r -> NumberText.of(s(r).timeout()), r -> s(r).timeout()),
    DRAFT_LENGTH("draft length", r -> s(r).speculative() ? Integer.toString(s(r).draftLength()) : "none",
            r -> s(r).speculative() ? s(r).draftLength() : Double.NaN),
    ACCEPTANCE("acceptance", r -> NumberText.of(s(r).acceptance()), r -> s(r).acceptance()),
    DRAFT_COST("draft cost", r -> NumberText.of(s(r).draftCost()), r -> s(r).draftCost()),
    CV("CV", r -> NumberText.of(r.cv()), SweepRow::cv);

    private final String words;
    private final Function<SweepRow, String> text;
    private final ToDoubleFunction<SweepRow> number;

    ServingAxis(String words, Function<SweepRow, String> text, ToDoubleFunction<SweepRow> number) {
        this.words = words;
        this.text = text;
        this.number = number;
    }

    private static ServingConfig s(SweepRow r) {
        return r.serving();
    }

    String words() {
        return words;
    }

    String text(SweepRow r) {
        return text.apply(r);
    }

    /** Whether the axis is numeric (can be an x axis). */
    boolean numeric() {
        return number != null;
    }

    double number(SweepRow r) {
        return number == null ? Double.NaN : number.applyAsDouble(r);
    }

    /** {@code max batch 64}, or the value alone for a policy or a cost model. */
    String label(String value) {
        if (this == COST_MODEL) {
            return value.startsWith("roofline:") ? value.substring("roofline:".length()) : value;
        }
        return this == POLICY || this == COST_MODEL || this == MODE || this == PREEMPTION ? value
                : this == ORDER ? "order " + value : words + " " + value;
    }
}
