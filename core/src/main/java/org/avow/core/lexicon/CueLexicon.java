package org.avow.core.lexicon;

import org.avow.core.data.Tsv;
import org.avow.core.model.SpeechAct;
import org.avow.core.text.Token;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The speech-act cues of {@code datasets/lexicons/acts.tsv}, looked up by lemma and part of speech. */
public final class CueLexicon {
    public static final String RESOURCE = "datasets/lexicons/acts.tsv";

    /** The relations a cue may constrain (see the header of acts.tsv). */
    private static final Set<String> RELATIONS = Set.of("xcomp", "obj", "det", "case", "aux", "neg", "cop", "ccomp", "said", "from", "acl", "amod", "head", "sub", "modal");

    private final Map<String, List<Cue>> byLemma;

    private CueLexicon(List<Cue> cues) {
        Map<String, List<Cue>> m = new HashMap<>();
        for (Cue c : cues) m.computeIfAbsent(c.lemma(), k -> new ArrayList<>()).add(c);
        this.byLemma = Map.copyOf(m);
    }

    public static CueLexicon load(Path override) {
        List<Cue> cues = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(RESOURCE, override, "lemma", "pos", "act", "requires", "cameo")) {
            Cue.PartOfSpeech pos;
            SpeechAct act;
            try {
                pos = Cue.PartOfSpeech.valueOf(r.get("pos"));
                act = SpeechAct.valueOf(r.get("act"));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown part of speech or act: " + r.get("pos") + " " + r.get("act"));
            }
            List<Cue.Requirement> reqs = new ArrayList<>();
            String req = r.optional("requires");
            if (req != null) {
                // several constraints, all of which must hold, are separated by ";": "neg=*;case=into"
                for (String one : req.split(";")) {
                    int eq = one.indexOf('=');
                    if (eq <= 0) throw r.error("requires must be rel=lemma|lemma[;rel=lemma|lemma]: " + req);
                    String rel = one.substring(0, eq).strip();
                    if (!RELATIONS.contains(rel)) throw r.error("unknown relation " + rel);
                    reqs.add(new Cue.Requirement(rel, Set.copyOf(Arrays.asList(one.substring(eq + 1).strip().split("\\|")))));
                }
            }
            cues.add(new Cue(r.get("lemma"), pos, act, reqs, r.optional("cameo")));
        }
        return new CueLexicon(cues);
    }

    /** Cues whose lemma and part of speech fit the token (before dependency constraints). */
    public List<Cue> cuesFor(Token t) {
        List<Cue> cands = byLemma.get(t.lowerLemma());
        if (cands == null) {
            // CoreNLP lemmatizes "disappointed" (JJ) to itself but "frustrated" (VBN) to "frustrate"
            cands = byLemma.get(t.word().toLowerCase(java.util.Locale.ROOT));
            if (cands == null) return List.of();
        }
        List<Cue> out = new ArrayList<>();
        for (Cue c : cands) {
            boolean fits = switch (c.pos()) {
                // ("modal=": "must", "should" stand for the verb they are the auxiliary of; see acts.tsv)
                case VERB -> t.isVerb() || t.pos().equals("MD") && c.requires("modal");
                case NOUN -> t.isNoun();
                case ADJ -> t.isAdjective();
            };
            if (fits) out.add(c);
        }
        return out;
    }

    /** The cues of a lemma (lower case), of any part of speech. */
    public List<Cue> cues(String lemma) {
        return byLemma.getOrDefault(lemma, List.of());
    }

    /** The acts a cue lemma may signal. */
    public Set<SpeechAct> acts(String lemma) {
        Set<SpeechAct> out = java.util.EnumSet.noneOf(SpeechAct.class);
        for (Cue c : byLemma.getOrDefault(lemma, List.of())) out.add(c.act());
        return out;
    }

    /** The cue lemmas (lower case). */
    public Set<String> lemmas() { return byLemma.keySet(); }

    /** Cheap pre-filter: could this token be a cue at all? */
    public boolean mayBeCue(Token t) {
        return byLemma.containsKey(t.lowerLemma()) || byLemma.containsKey(t.word().toLowerCase(java.util.Locale.ROOT));
    }
}
