package org.avow.core.lexicon;

import org.avow.core.model.SpeechAct;

import java.util.Set;

/**
 * A speech-act cue: a lemma with a part of speech, the act it signals, an optional constraint on
 * its dependents ({@code requiredRelation} one of xcomp, obj, det, case; its lemmas), and a CAMEO
 * code when the act's default does not fit (demands).
 */
public record Cue(String lemma, PartOfSpeech pos, SpeechAct act, String requiredRelation,
                  Set<String> requiredLemmas, String cameo) {
    public enum PartOfSpeech { VERB, NOUN, ADJ }

    public Cue {
        requiredLemmas = Set.copyOf(requiredLemmas);
    }
}
