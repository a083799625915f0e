package org.avow.core.lexicon;

import org.avow.core.model.SpeechAct;

import java.util.List;
import java.util.Set;

/**
 * A speech-act cue: a lemma with a part of speech, the act it signals, the constraints on its
 * dependents that must all hold for it to fire (none, one or several; see {@code acts.tsv}), and a
 * CAMEO code when the act's default does not fit (demands).
 */
public record Cue(String lemma, PartOfSpeech pos, SpeechAct act, List<Requirement> requirements, String cameo) {
    public enum PartOfSpeech { VERB, NOUN, ADJ }

    /** One constraint: a relation (xcomp, obj, det, case, aux, neg, ...) and the lemmas it accepts ("*": any). */
    public record Requirement(String relation, Set<String> lemmas) {
        public Requirement {
            lemmas = Set.copyOf(lemmas);
        }
    }

    public Cue {
        requirements = List.copyOf(requirements);
    }

    /** Whether one of the cue's constraints is on this relation. */
    public boolean requires(String relation) {
        return requirements.stream().anyMatch(r -> r.relation().equals(relation));
    }
}
