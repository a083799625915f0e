package org.avow.core.eval;

import org.avow.core.model.SpeechAct;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 on the set of (source, act, target) triples per document, per act and
 * micro-averaged. Mutable accumulator; add one document at a time.
 */
public final class Scorer {
    /** True positives, false positives, false negatives. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }

        public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) { return new Counts(tp + o.tp, fp + o.fp, fn + o.fn); }
    }

    private final Map<SpeechAct, Counts> byAct = new EnumMap<>(SpeechAct.class);

    public Scorer() {
        for (SpeechAct a : SpeechAct.values()) byAct.put(a, new Counts(0, 0, 0));
    }

    public void add(Set<Triple> gold, Set<Triple> predicted) {
        for (Triple t : predicted) {
            byAct.merge(t.act(), gold.contains(t) ? new Counts(1, 0, 0) : new Counts(0, 1, 0), Counts::plus);
        }
        Set<Triple> missed = new HashSet<>(gold);
        missed.removeAll(predicted);
        for (Triple t : missed) byAct.merge(t.act(), new Counts(0, 0, 1), Counts::plus);
    }

    public Counts act(SpeechAct a) { return byAct.get(a); }

    public Counts micro() {
        Counts c = new Counts(0, 0, 0);
        for (Counts x : byAct.values()) c = c.plus(x);
        return c;
    }

    /** A plain-text table: one row per act, then micro. */
    public String report() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-11s %5s %5s %5s %6s %6s %6s%n", "act", "tp", "fp", "fn", "P", "R", "F1"));
        for (var e : byAct.entrySet()) row(b, e.getKey().name(), e.getValue());
        row(b, "micro", micro());
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "%-11s %5d %5d %5d %6.3f %6.3f %6.3f%n", name, c.tp(), c.fp(), c.fn(),
                c.precision(), c.recall(), c.f1()));
    }
}
