package org.avow.core.lexicon;

import org.avow.core.data.Tsv;
import org.avow.core.text.Sentence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lemma sequences mapped to a value with a priority (channels, evidentiality): the highest-priority
 * phrase found in a sentence wins.
 */
public final class PhraseLexicon<V> {
    private record Entry<V>(String[] lemmas, V value, int priority) {
    }

    private final List<Entry<V>> entries;

    private PhraseLexicon(List<Entry<V>> entries) {
        this.entries = List.copyOf(entries);
    }

    public static <V> PhraseLexicon<V> load(String resource, Path override, String valueColumn, Function<String, V> parse) {
        List<Entry<V>> es = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(resource, override, "phrase", valueColumn, "priority")) {
            V v;
            int p;
            try {
                v = parse.apply(r.get(valueColumn));
                p = Integer.parseInt(r.get("priority"));
            } catch (IllegalArgumentException e) {
                throw r.error("bad " + valueColumn + " or priority: " + e.getMessage());
            }
            es.add(new Entry<>(r.get("phrase").toLowerCase(Locale.ROOT).split(" "), v, p));
        }
        return new PhraseLexicon<>(es);
    }

    /** The value of the highest-priority phrase in the sentence (matched on lemmas or words). */
    public Optional<V> find(Sentence s) {
        return find(s, java.util.Set.of());
    }

    /** As {@link #find(Sentence)}, ignoring phrases that touch the {@code excluded} tokens. */
    public Optional<V> find(Sentence s, java.util.Set<Integer> excluded) {
        Entry<V> best = null;
        for (Entry<V> e : entries) {
            if ((best == null || e.priority() > best.priority()) && occurs(s, e.lemmas(), excluded)) best = e;
        }
        return best == null ? Optional.empty() : Optional.of(best.value());
    }

    private static boolean occurs(Sentence s, String[] phrase, java.util.Set<Integer> excluded) {
        outer:
        for (int i = 0; i + phrase.length <= s.size(); i++) {
            for (int k = 0; k < phrase.length; k++) {
                if (excluded.contains(i + k)) continue outer;
                var t = s.token(i + k);
                if (!t.lowerLemma().equals(phrase[k]) && !t.word().toLowerCase(Locale.ROOT).equals(phrase[k])) continue outer;
            }
            return true;
        }
        return false;
    }
}
