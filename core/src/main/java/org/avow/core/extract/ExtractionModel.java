package org.avow.core.extract;

import org.avow.core.actors.ActorDictionary;
import org.avow.core.confidence.ConfidenceModel;
import org.avow.core.lexicon.CueLexicon;
import org.avow.core.lexicon.PhraseLexicon;
import org.avow.core.lexicon.SurfaceForms;
import org.avow.core.lexicon.Triggers;
import org.avow.core.lexicon.WeightTable;
import org.avow.core.lexicon.WordClasses;
import org.avow.core.model.Channel;
import org.avow.core.model.Evidentiality;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Everything the rules read from {@code datasets/}: actors, act cues, negation/irrealis/modality
 * triggers, channel and evidentiality cues, word classes, irregular word forms, weights, the confidence model. Loaded and validated once per JVM.
 */
public record ExtractionModel(ActorDictionary actors, CueLexicon cues, Triggers triggers,
                              PhraseLexicon<Channel> channels, PhraseLexicon<Evidentiality> evidentiality,
                              PhraseLexicon<String> reciprocals, PhraseLexicon<String> nonState, WordClasses wordClasses,
                              SurfaceForms surfaceForms, WeightTable weights,
                              ConfidenceModel confidence) {
    public static final String EXTRACTOR_VERSION = "avow-rules-0.21";

    private static volatile ExtractionModel shipped;

    /** The datasets shipped inside the core jar. */
    public static ExtractionModel shipped() {
        ExtractionModel m = shipped;
        if (m == null) {
            synchronized (ExtractionModel.class) {
                if (shipped == null) shipped = load(null, null);
                m = shipped;
            }
        }
        return m;
    }

    /**
     * Loads from a datasets folder laid out like the project's ({@code actors/}, {@code lexicons/},
     * {@code weights/}); files absent there fall back to the shipped ones. {@code weights} overrides
     * the weight table alone.
     */
    public static ExtractionModel load(Path datasets, Path weights) {
        Path actors = datasets != null && Files.isDirectory(datasets.resolve("actors")) ? datasets.resolve("actors") : null;
        return new ExtractionModel(
                ActorDictionary.load(actors),
                CueLexicon.load(existing(datasets, "lexicons/acts.tsv")),
                Triggers.load(existing(datasets, "lexicons/triggers.tsv")),
                PhraseLexicon.load("datasets/lexicons/channels.tsv", existing(datasets, "lexicons/channels.tsv"),
                        "channel", Channel::valueOf),
                PhraseLexicon.load("datasets/lexicons/evidentiality.tsv", existing(datasets, "lexicons/evidentiality.tsv"),
                        "evidentiality", Evidentiality::valueOf),
                PhraseLexicon.load("datasets/lexicons/reciprocal.tsv", existing(datasets, "lexicons/reciprocal.tsv"),
                        "kind", k -> k),
                PhraseLexicon.load("datasets/lexicons/non_state.tsv", existing(datasets, "lexicons/non_state.tsv"),
                        "kind", k -> k),
                WordClasses.load(existing(datasets, "lexicons/word_classes.tsv")),
                SurfaceForms.load(existing(datasets, "lexicons/irregular_forms.tsv")),
                WeightTable.load(weights != null ? weights : existing(datasets, "weights/weights-v1.tsv")),
                ConfidenceModel.inDatasets(datasets));
    }

    /** The same data with another confidence threshold (0 holds no event back). */
    public ExtractionModel withConfidenceThreshold(double threshold) {
        return new ExtractionModel(actors, cues, triggers, channels, evidentiality, reciprocals, nonState, wordClasses,
                surfaceForms, weights, confidence.withThreshold(threshold));
    }

    private static Path existing(Path root, String rel) {
        if (root == null) return null;
        Path p = root.resolve(rel);
        return Files.isRegularFile(p) ? p : null;
    }
}
