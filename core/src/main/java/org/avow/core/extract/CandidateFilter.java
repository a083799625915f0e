package org.avow.core.extract;

import org.avow.core.lexicon.Cue;
import org.avow.core.model.SpeechAct;
import org.avow.core.text.Sentence;
import org.avow.core.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cascade's first test, on untagged tokens: could this sentence hold an act at all? It needs a
 * word that is some form of a cue lemma, together with the words the cue's constraints ask for (a
 * negator for "did not respond", a form of "nothing" for "have nothing to add", "aside" for "set
 * aside"), and, with the dictionary's untagged mentions, an actor or a form of a role noun; the
 * extractor then asks for two states (see its {@code twoStates}) unless a decline cue is there. The
 * word sets are built once from the lexicons, so the test is a few lookups per token. It is a superset
 * of the rules' own test on tagged tokens (a lemma cue and a mention, and its constraints on the
 * parse): sentences it lets through are tagged and tested again.
 */
final class CandidateFilter {
    /** One cue as the filter sees it: whether it declines, and the word sets of which the sentence must hold one each. */
    private record Gate(boolean decline, List<Set<String>> needs) {
        boolean open(Set<String> words) {
            for (Set<String> need : needs) {
                if (need.stream().noneMatch(words::contains)) return false;
            }
            return true;
        }
    }

    /** Relations whose lemmas are words of the sentence ("obj=question", "case=into"); "aux", "cop", "said", "head" ask for none. */
    private static final Set<String> WORD_RELATIONS = Set.of("xcomp", "obj", "det", "case", "ccomp", "from", "acl", "amod", "sub");

    private final Map<String, List<Gate>> gates = new HashMap<>();
    private final Set<String> roleWords = new HashSet<>();

    CandidateFilter(ExtractionModel model) {
        for (String lemma : model.cues().lemmas()) {
            for (Cue cue : model.cues().cues(lemma)) {
                List<Set<String>> needs = new ArrayList<>();
                for (Cue.Requirement r : cue.requirements()) {
                    if (r.relation().equals("neg")) needs.add(DiscourseExtractor.NEGATORS);
                    if (!WORD_RELATIONS.contains(r.relation()) || r.lemmas().contains("*")) continue;
                    Set<String> forms = new HashSet<>();
                    for (String l : r.lemmas()) {
                        forms.add(l);
                        forms.addAll(model.surfaceForms().of(l));
                    }
                    needs.add(forms);
                }
                Gate gate = new Gate(cue.act() == SpeechAct.DECLINE, needs);
                for (String form : model.surfaceForms().of(lemma)) gates.computeIfAbsent(form, k -> new ArrayList<>()).add(gate);
            }
        }
        for (String lemma : model.actors().roleNounFirstLemmas()) roleWords.addAll(model.surfaceForms().of(lemma));
    }

    boolean hasCueWord(Sentence s) {
        return open(s, false);
    }

    /** A form of a cue that may decline: the one act that needs no target. */
    boolean hasDeclineWord(Sentence s) {
        return open(s, true);
    }

    boolean hasRoleWord(Sentence s) {
        for (Token t : s.tokens()) if (roleWords.contains(t.word().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private boolean open(Sentence s, boolean declineOnly) {
        Set<String> words = new HashSet<>();
        for (Token t : s.tokens()) words.add(t.word().toLowerCase(Locale.ROOT));
        for (String w : words) {
            for (Gate g : gates.getOrDefault(w, List.of())) {
                if ((!declineOnly || g.decline()) && g.open(words)) return true;
            }
        }
        return false;
    }
}
