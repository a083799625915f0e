package org.avow.core.confidence;

import org.avow.core.data.Tsv;
import org.avow.core.model.DiscourseEvent;
import org.avow.core.model.Institution;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How likely an extracted event is right, from what the rules did to find it: a logistic model over
 * the event's features (its act, the cue and the route its rule path took to source and target, its
 * channel, speaker role, evidentiality, target kind, sentence length, quotation, modality), trained
 * by {@link Calibration} on judged events (the precision audits and the gold development set) and
 * kept in {@code datasets/confidence/}. Events below the table's threshold are held back from the
 * run's events (written to their own table), so the events a study counts are the more precise ones.
 */
public final class ConfidenceModel {
    public static final String RESOURCE = "datasets/confidence/confidence-v1.tsv";
    public static final String VERSION = "confidence-v1";
    static final String BIAS = "bias";
    static final String THRESHOLD = "threshold";
    static final String FEATURE = "feature";

    private final double bias;
    private final double threshold;
    private final Map<String, Double> weights;

    public ConfidenceModel(double bias, double threshold, Map<String, Double> weights) {
        if (threshold < 0 || threshold > 1 || Double.isNaN(threshold)) throw new IllegalArgumentException("threshold outside [0,1]: " + threshold);
        this.bias = bias;
        this.threshold = threshold;
        this.weights = Map.copyOf(weights);
    }

    /** The table of a datasets folder laid out like the project's ({@code confidence/confidence-v1.tsv}), else the shipped one. */
    public static ConfidenceModel inDatasets(Path datasets) {
        return load(Tsv.existing(datasets, RESOURCE.substring("datasets/".length())));
    }

    public static ConfidenceModel load(Path override) {
        Double bias = null;
        Double threshold = null;
        Map<String, Double> weights = new TreeMap<>();
        for (Tsv.Row r : Tsv.read(RESOURCE, override, "kind", "key", "value")) {
            double v;
            try {
                v = Double.parseDouble(r.get("value"));
            } catch (NumberFormatException e) {
                throw r.error("not a number: " + r.get("value"));
            }
            if (!Double.isFinite(v)) throw r.error("not a finite number: " + r.get("value"));
            switch (r.get("kind")) {
                case BIAS -> bias = v;
                case THRESHOLD -> {
                    if (v < 0 || v > 1) throw r.error("threshold outside [0,1]: " + v);
                    threshold = v;
                }
                case FEATURE -> {
                    if (weights.put(r.get("key"), v) != null) throw r.error("feature listed twice: " + r.get("key"));
                }
                default -> throw r.error("unknown kind " + r.get("kind") + " (bias, threshold or feature)");
            }
        }
        if (bias == null || threshold == null) throw new IllegalStateException("confidence table needs a bias and a threshold row");
        return new ConfidenceModel(bias, threshold, weights);
    }

    public double threshold() { return threshold; }

    public double bias() { return bias; }

    public Map<String, Double> weights() { return weights; }

    /** The same weights with another threshold (0 holds nothing back). */
    public ConfidenceModel withThreshold(double t) {
        return new ConfidenceModel(bias, t, weights);
    }

    public boolean accepts(double confidence) {
        return confidence >= threshold;
    }

    public double score(DiscourseEvent e) {
        return score(features(e));
    }

    /** Logistic: 1 / (1 + exp(-(bias + sum of the weights of the features present))); unknown features weigh 0. */
    public double score(Collection<String> features) {
        double z = bias;
        for (String f : features) z += weights.getOrDefault(f, 0.0);
        return 1 / (1 + Math.exp(-z));
    }

    public static SortedSet<String> features(DiscourseEvent e) {
        return features(e.act().name(), e.rule(), e.channel().name(), e.source().role().name(), e.evidentiality().name(),
                e.target() == null ? null : e.target().institution().name(), e.provenance().sentence(), e.modality());
    }

    /**
     * The features of an event as its output row holds them (so a run's events can be scored and
     * calibrated without the extractor). Rule path tokens keep their route and drop the words they
     * met ("target:depth2:States" is "target:depth2"); each route is also crossed with the act.
     */
    public static SortedSet<String> features(String act, String rule, String channel, String sourceRole,
                                             String evidentiality, String targetInstitution, String sentence, double modality) {
        SortedSet<String> f = new TreeSet<>();
        f.add("act=" + act);
        String[] steps = rule.trim().split("\\s+");
        String cue = steps[0];
        f.add("cue=" + cue);
        f.add("cue-pos=" + cue.split(":", 2)[0] + "|" + act);
        for (int i = 1; i < steps.length; i++) {
            String[] parts = steps[i].split(":");
            String route = parts.length == 1 ? parts[0]
                    : parts[0].equals("source") && parts[1].equals("nsubj") && parts.length > 2 ? parts[0] + ":" + parts[1] + ":" + parts[2]
                    : parts[0] + ":" + parts[1];
            f.add("route=" + route);
            f.add("route=" + route + "|" + act);
        }
        f.add("channel=" + channel);
        f.add("role=" + sourceRole);
        f.add("evidentiality=" + evidentiality);
        f.add("target=" + (targetInstitution == null ? "none" : targetInstitution.equals(Institution.IO.name()) ? "organisation" : "state"));
        int words = sentence.isBlank() ? 0 : sentence.trim().split("\\s+").length;
        f.add("length=" + (words <= 20 ? "short" : words <= 40 ? "medium" : words <= 60 ? "long" : "very-long"));
        f.add("quoted=" + (sentence.indexOf('"') >= 0 || sentence.indexOf('\u201c') >= 0));
        f.add("modality=" + String.format(Locale.ROOT, "%.2f", modality));
        return f;
    }
}
