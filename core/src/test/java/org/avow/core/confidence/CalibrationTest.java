package org.avow.core.confidence;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalibrationTest {
    /** Six audits of 100 events: "deep" targets are right 30% of the time, "direct" ones 90%. */
    private static List<Calibration.Example> audits() {
        Random r = new Random(5);
        List<Calibration.Example> out = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            for (int i = 0; i < 100; i++) {
                boolean deep = r.nextDouble() < 0.4;
                boolean correct = r.nextDouble() < (deep ? 0.3 : 0.9);
                out.add(new Calibration.Example(new TreeSet<>(Set.of(deep ? "route=deep" : "route=direct", "act=AFFIRM")), correct, "audit-" + a));
            }
        }
        return out;
    }

    @Test
    void aRouteThatIsMostlyWrongGetsANegativeWeightAndTheFitIsDeterministic() {
        ConfidenceModel m = Calibration.fit(audits(), Calibration.Settings.DEFAULT, 0.5);
        assertTrue(m.weights().get("route=deep") < 0, m.weights().toString());
        assertTrue(m.weights().get("route=direct") > 0, m.weights().toString());
        double deep = m.score(List.of("route=deep", "act=AFFIRM"));
        double direct = m.score(List.of("route=direct", "act=AFFIRM"));
        assertTrue(deep < 0.5 && direct > 0.8, deep + " " + direct);
        assertEquals(m.weights(), Calibration.fit(audits(), Calibration.Settings.DEFAULT, 0.5).weights());
        assertThrows(IllegalArgumentException.class, () -> Calibration.fit(List.of(), Calibration.Settings.DEFAULT, 0.5));
    }

    @Test
    void crossValidationScoresEachAuditWithAModelThatNeverSawIt() {
        List<Calibration.Example> ex = new ArrayList<>(audits());
        // a feature only audit-0 has, always right there: a model that saw audit-0 would trust it
        for (int i = 0; i < 50; i++) ex.add(new Calibration.Example(new TreeSet<>(Set.of("route=deep", "cue=only-in-0")), true, "audit-0"));
        // gold examples are trained on, never scored
        for (int i = 0; i < 40; i++) ex.add(new Calibration.Example(new TreeSet<>(Set.of("route=direct")), true, "gold"));
        Set<String> auditGroups = new TreeSet<>();
        for (int a = 0; a < 6; a++) auditGroups.add("audit-" + a);
        List<Calibration.Scored> scored = Calibration.crossValidate(ex, auditGroups, 3, Calibration.Settings.DEFAULT);
        assertEquals(650, scored.size());
        assertFalse(scored.stream().anyMatch(s -> s.group().equals("gold")));
        double unseen = scored.stream().filter(s -> s.group().equals("audit-0") && s.correct()).mapToDouble(Calibration.Scored::confidence).min().orElseThrow();
        assertTrue(unseen < 0.5, "audit-0's own feature was learned from audit-0: " + unseen);

        Calibration.Point all = Calibration.at(scored, 0);
        Calibration.Point half = Calibration.at(scored, 0.5);
        assertEquals(650, all.kept());
        assertEquals(all.totalCorrect(), all.keptCorrect());
        assertTrue(half.precision() > all.precision() + 0.1, half.precision() + " vs " + all.precision());
        assertTrue(half.correctKept() < 1 && half.correctKept() > 0.6, String.valueOf(half.correctKept()));
    }
}
