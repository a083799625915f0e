package org.avow.core.lexicon;

import org.avow.core.data.Tsv;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The surface words a lemma can take in English text, for matching before any tagging: regular
 * inflections by rule, irregular ones from {@code datasets/lexicons/irregular_forms.tsv}. It
 * over-generates on purpose ("pressing", "presss" alike): a spurious form costs a tagged sentence,
 * a missing one costs recall.
 */
public final class SurfaceForms {
    public static final String RESOURCE = "datasets/lexicons/irregular_forms.tsv";
    private static final String VOWELS = "aeiou";

    private final Map<String, List<String>> irregular;

    private SurfaceForms(Map<String, List<String>> irregular) {
        this.irregular = Map.copyOf(irregular);
    }

    public static SurfaceForms load(Path override) {
        Map<String, List<String>> m = new HashMap<>();
        for (Tsv.Row r : Tsv.read(RESOURCE, override, "lemma", "forms")) {
            String lemma = r.get("lemma").toLowerCase(Locale.ROOT);
            if (m.containsKey(lemma)) throw r.error("lemma listed twice: " + lemma);
            m.put(lemma, List.of(r.get("forms").toLowerCase(Locale.ROOT).split("\\|")));
        }
        return new SurfaceForms(m);
    }

    /** Every form of {@code lemma} (lower case), the lemma itself included. */
    public Set<String> of(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>(regular(l));
        out.addAll(irregular.getOrDefault(l, List.of()));
        return out;
    }

    /** The regular inflections of a lower-case lemma: plural/third person, past, participles. */
    static Set<String> regular(String l) {
        Set<String> out = new LinkedHashSet<>();
        out.add(l);
        if (l.isEmpty()) return out;
        out.add(l + "s");
        out.add(l + "es");
        out.add(l + "ed");
        out.add(l + "ing");
        char last = l.charAt(l.length() - 1);
        String stem = l.substring(0, l.length() - 1);
        if (last == 'e') {
            out.add(l + "d");
            out.add(stem + "ing");
        }
        if (last == 'y' && l.length() > 1 && VOWELS.indexOf(l.charAt(l.length() - 2)) < 0) {
            out.add(stem + "ies");
            out.add(stem + "ied");
        }
        // consonant doubling: commit -> committed, regret -> regretting, lobby stays
        if (l.length() > 2 && VOWELS.indexOf(last) < 0 && "wxy".indexOf(last) < 0
                && VOWELS.indexOf(l.charAt(l.length() - 2)) >= 0) {
            out.add(l + last + "ed");
            out.add(l + last + "ing");
        }
        if (l.endsWith("ic")) {
            out.add(l + "ked");
            out.add(l + "king");
        }
        return out;
    }
}
