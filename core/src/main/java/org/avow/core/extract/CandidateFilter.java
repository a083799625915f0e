package org.avow.core.extract;

import org.avow.core.model.SpeechAct;
import org.avow.core.text.Sentence;
import org.avow.core.text.Token;

import org.avow.core.lexicon.Cue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cascade's first test, on untagged tokens: could this sentence hold an act at all? It needs a
 * word that is some form of a cue lemma and, with the dictionary's untagged mentions, an actor or a
 * form of a role noun; the extractor then asks for two states (see its {@code twoStates}) unless a
 * decline cue is there (one that declines only when negated, "did not respond", with a negator). The word sets are hash sets built once from the lexicons, so the test is one
 * lookup per token. It is a superset of the rules' own test on tagged tokens (a lemma cue and a
 * mention): sentences it lets through are tagged and tested again.
 */
final class CandidateFilter {
    private final Set<String> cueWords = new HashSet<>();
    private final Set<String> declineWords = new HashSet<>();
    /** Forms of lemmas that decline only when negated ("respond", "say"). */
    private final Set<String> negatedDeclineWords = new HashSet<>();
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor");
    private final Set<String> roleWords = new HashSet<>();

    CandidateFilter(ExtractionModel model) {
        for (String lemma : model.cues().lemmas()) {
            cueWords.addAll(model.surfaceForms().of(lemma));
            List<Cue> declines = model.cues().cues(lemma).stream().filter(c -> c.act() == SpeechAct.DECLINE).toList();
            if (declines.isEmpty()) continue;
            (declines.stream().allMatch(c -> c.requires("neg")) ? negatedDeclineWords : declineWords).addAll(model.surfaceForms().of(lemma));
        }
        for (String lemma : model.actors().roleNounFirstLemmas()) roleWords.addAll(model.surfaceForms().of(lemma));
    }

    boolean hasCueWord(Sentence s) {
        return any(s, cueWords);
    }

    /** A form of a cue that may decline: the one act that needs no target. */
    boolean hasDeclineWord(Sentence s) {
        return any(s, declineWords) || any(s, negatedDeclineWords) && any(s, NEGATORS);
    }

    boolean hasRoleWord(Sentence s) {
        return any(s, roleWords);
    }

    private static boolean any(Sentence s, Set<String> words) {
        for (Token t : s.tokens()) if (words.contains(t.word().toLowerCase(Locale.ROOT))) return true;
        return false;
    }
}
