package org.avow.core.lexicon;

import org.avow.core.data.Tsv;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Negation, irrealis and modality triggers of {@code datasets/lexicons/triggers.tsv}. */
public final class Triggers {
    public static final String RESOURCE = "datasets/lexicons/triggers.tsv";

    /** GOVERNOR_NOUN: a noun above the cue whose content the cue's clause is ("reports that Riyadh had agreed"), not the verb. */
    public enum Where { GOVERNOR, GOVERNOR_NOUN, AUX, MARK, MOD }

    /** What a trigger does: block the event (NEGATION, IRREALIS) or set its modality. */
    public record Effect(String kind, double modality) {
        public boolean blocks() { return !kind.equals("MODALITY"); }
    }

    private final Map<String, Effect> byKey;

    private Triggers(Map<String, Effect> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    public static Triggers load(Path override) {
        Map<String, Effect> m = new HashMap<>();
        for (Tsv.Row r : Tsv.read(RESOURCE, override, "lemma", "where", "effect")) {
            Where w;
            try {
                w = Where.valueOf(r.get("where"));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown where: " + r.get("where"));
            }
            String e = r.get("effect");
            Effect effect;
            if (e.equals("NEGATION") || e.equals("IRREALIS")) {
                effect = new Effect(e, 0);
            } else {
                try {
                    double v = Double.parseDouble(e);
                    if (v < 0 || v > 1) throw r.error("modality outside [0,1]: " + e);
                    effect = new Effect("MODALITY", v);
                } catch (NumberFormatException ex) {
                    throw r.error("effect must be NEGATION, IRREALIS or a number: " + e);
                }
            }
            m.put(key(r.get("lemma"), w), effect);
        }
        return new Triggers(m);
    }

    public Optional<Effect> lookup(String lemma, Where where) {
        return Optional.ofNullable(byKey.get(key(lemma.toLowerCase(java.util.Locale.ROOT), where)));
    }

    private static String key(String lemma, Where w) {
        return w + ":" + lemma;
    }
}
