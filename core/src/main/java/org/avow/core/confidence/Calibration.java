package org.avow.core.confidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits a {@link ConfidenceModel} to judged events: L2-regularised logistic regression by stochastic
 * gradient descent, deterministic for a seed; and cross-validates it with whole groups (one audit, or
 * the gold set) held out at a time, so an estimate never scores events of a sample it was fitted on.
 */
public final class Calibration {
    /** One judged event: its features, whether the judge found it right, and the sample it came from. */
    public record Example(SortedSet<String> features, boolean correct, String group) {
        public Example {
            features = Collections.unmodifiableSortedSet(new TreeSet<>(features));
        }
    }

    /**
     * @param l2     ridge penalty over the whole training set
     * @param rate   learning rate
     * @param epochs passes over the examples
     */
    public record Settings(double l2, double rate, int epochs, long seed) {
        public static final Settings DEFAULT = new Settings(30, 0.05, 40, 1);
    }

    /** A held-out example and the confidence the model fitted without its group gave it. */
    public record Scored(double confidence, boolean correct, String group) {
    }

    /** At a threshold: events kept, of which right; and the share of all right events kept. */
    public record Point(double threshold, int kept, int keptCorrect, int total, int totalCorrect) {
        public double precision() { return kept == 0 ? Double.NaN : (double) keptCorrect / kept; }

        public double keptShare() { return total == 0 ? Double.NaN : (double) kept / total; }

        public double correctKept() { return totalCorrect == 0 ? Double.NaN : (double) keptCorrect / totalCorrect; }
    }

    private Calibration() {
    }

    public static ConfidenceModel fit(List<Example> examples, Settings s, double threshold) {
        if (examples.isEmpty()) throw new IllegalArgumentException("no judged events to calibrate on");
        List<Example> order = new ArrayList<>(examples);
        Map<String, Double> w = new HashMap<>();
        double b = 0;
        double decay = s.l2() / examples.size();
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            Collections.shuffle(order, new Random(s.seed() * 1_000_003L + epoch));
            for (Example e : order) {
                double z = b;
                for (String f : e.features()) z += w.getOrDefault(f, 0.0);
                double g = 1 / (1 + Math.exp(-z)) - (e.correct() ? 1 : 0);
                b -= s.rate() * g;
                for (String f : e.features()) {
                    double v = w.getOrDefault(f, 0.0);
                    w.put(f, v - s.rate() * (g + decay * v));
                }
            }
        }
        Map<String, Double> rounded = new TreeMap<>();
        for (var x : w.entrySet()) {
            double v = Math.round(x.getValue() * 10_000) / 10_000.0;
            if (v != 0) rounded.put(x.getKey(), v);
        }
        return new ConfidenceModel(Math.round(b * 10_000) / 10_000.0, threshold, rounded);
    }

    /**
     * Each group held out in turn (groups dealt round-robin into {@code folds} after a seeded shuffle):
     * the model fitted on the rest scores it. Only examples of {@code scoredGroups} are returned; the
     * others (the gold set, say) are always trained on.
     */
    public static List<Scored> crossValidate(List<Example> examples, Set<String> scoredGroups, int folds, Settings s) {
        List<String> groups = new ArrayList<>(new TreeSet<>(scoredGroups));
        Collections.shuffle(groups, new Random(s.seed()));
        int k = Math.max(2, Math.min(folds, groups.size()));
        List<Scored> out = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            Set<String> held = new TreeSet<>();
            for (int i = fold; i < groups.size(); i += k) held.add(groups.get(i));
            if (held.isEmpty()) continue;
            List<Example> train = examples.stream().filter(e -> !held.contains(e.group())).toList();
            ConfidenceModel m = fit(train, s, 0);
            for (Example e : examples) {
                if (held.contains(e.group())) out.add(new Scored(m.score(e.features()), e.correct(), e.group()));
            }
        }
        return out;
    }

    public static Point at(List<Scored> scored, double threshold) {
        int kept = 0;
        int keptCorrect = 0;
        int correct = 0;
        for (Scored x : scored) {
            if (x.correct()) correct++;
            if (x.confidence() >= threshold) {
                kept++;
                if (x.correct()) keptCorrect++;
            }
        }
        return new Point(threshold, kept, keptCorrect, scored.size(), correct);
    }

    /** The model as the table {@link ConfidenceModel#load} reads, with a comment header. */
    public static String toTsv(ConfidenceModel m, List<String> header) {
        StringBuilder b = new StringBuilder();
        for (String h : header) b.append("# ").append(h).append('\n');
        b.append("kind\tkey\tvalue\n");
        b.append(ConfidenceModel.THRESHOLD).append("\t-\t").append(String.format(Locale.ROOT, "%.2f", m.threshold())).append('\n');
        b.append(ConfidenceModel.BIAS).append("\t-\t").append(m.bias()).append('\n');
        m.weights().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(x -> b.append(ConfidenceModel.FEATURE).append('\t').append(x.getKey()).append('\t').append(x.getValue()).append('\n'));
        return b.toString();
    }
}
