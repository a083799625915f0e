package org.avow.core.eval;

import org.avow.core.model.SpeechAct;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScorerTest {
    @Test
    void countsPerDocumentTriples() {
        Scorer s = new Scorer();
        Triple req = new Triple("JPN", SpeechAct.REQUEST, "USA");
        Triple aff = new Triple("USA", SpeechAct.AFFIRM, "JPN");
        Triple reb = new Triple("CHN", SpeechAct.REBUKE, "JPN");
        s.add(Set.of(req, aff), Set.of(req, reb));
        s.add(Set.of(), Set.of(aff));
        assertEquals(new Scorer.Counts(1, 0, 0), s.act(SpeechAct.REQUEST));
        assertEquals(new Scorer.Counts(0, 1, 1), s.act(SpeechAct.AFFIRM));
        assertEquals(new Scorer.Counts(1, 2, 1), s.micro());
        assertEquals(1.0 / 3, s.micro().precision(), 1e-12);
        assertEquals(0.5, s.micro().recall(), 1e-12);
        assertEquals(0.4, s.micro().f1(), 1e-12);
    }
}
