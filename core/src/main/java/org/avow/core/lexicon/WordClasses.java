package org.avow.core.lexicon;

import org.avow.core.data.Tsv;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Closed word classes the rules consult, from {@code datasets/lexicons/word_classes.tsv}. */
public final class WordClasses {
    public static final String RESOURCE = "datasets/lexicons/word_classes.tsv";

    public enum WordClass {
        REPORTING, NOT_TARGET, EXCEPTIVE, DECLINE_TOPIC, EXPERIENCER, QUESTION, PRESS_QUERY, HOSTILE, REASSURANCE, FUTURE,
        DOCUMENT, ROLE_MODIFIER, ASSURING, ASSAULT, SPEAKING, HOSTING, INVESTED, RESPONDING, RESTATING, RECEIVING, WITNESSING, VICTIM, MAKING, THANKING, REMAINING, PAIR, PRESENCE, MESSAGE,
        NAMING, NAMED_TEXT, MATERIAL, CONTINUING, CALLING, EMPHATIC, OCCASION, COUNTERPART, DEAL, STATE_GROUP, PERFORMATIVE, UTTERANCE, MEANS, EXAMPLE, DEED, AID, CAUSE, WITHIN, MEETING, TOPIC, QUANTIFIER, ASKED, DECIDING, REVERSING, STARTING, BODY_ANAPHOR, STATE_ANAPHOR, CONFLICT, HOSTED, SUMMONING, PERMITTING, STANCE_PREFIX, STANDPOINT, PREVIEWING, ACQUIRING, FOUNDING, TALKS
    }

    private final Map<WordClass, Set<String>> words;

    private WordClasses(Map<WordClass, Set<String>> words) {
        this.words = Map.copyOf(words);
    }

    public static WordClasses load(Path override) {
        Map<WordClass, Set<String>> m = new HashMap<>();
        for (WordClass c : WordClass.values()) m.put(c, new HashSet<>());
        for (Tsv.Row r : Tsv.read(RESOURCE, override, "word", "class")) {
            try {
                m.get(WordClass.valueOf(r.get("class"))).add(r.get("word").toLowerCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown class " + r.get("class"));
            }
        }
        Map<WordClass, Set<String>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new WordClasses(frozen);
    }

    /** The words of a class. */
    public Set<String> words(WordClass c) {
        return words.get(c);
    }

    public boolean is(String word, WordClass c) {
        return words.get(c).contains(word);
    }
}
