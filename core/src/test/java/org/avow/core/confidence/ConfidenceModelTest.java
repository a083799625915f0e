package org.avow.core.confidence;

import org.avow.core.data.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfidenceModelTest {
    @Test
    void featuresKeepTheRuleRoutesAndDropTheWordsTheyMet() {
        SortedSet<String> f = ConfidenceModel.features("AFFIRM",
                "verb:welcome source:nsubj:pass source:speaker-turn target:depth2:States target:conj", "STATEMENT",
                "PRIME_MINISTER", "ATTRIBUTED", "GOV", "We welcome the agreement reached between the two states.", 0.9);
        assertTrue(f.containsAll(List.of("act=AFFIRM", "cue=verb:welcome", "cue-pos=verb|AFFIRM", "route=source:nsubj:pass",
                "route=source:speaker-turn", "route=target:depth2", "route=target:depth2|AFFIRM", "route=target:conj",
                "channel=STATEMENT", "role=PRIME_MINISTER", "evidentiality=ATTRIBUTED", "target=state", "length=short",
                "quoted=false", "modality=0.90")), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.contains("States")), f.toString());
        SortedSet<String> none = ConfidenceModel.features("DECLINE", "verb:decline source:nsubj", "UNKNOWN", "GOVERNMENT",
                "MEDIA_REPORT", null, "\u201cNo comment,\u201d the ministry said " + "again ".repeat(70), 0.9);
        assertTrue(none.containsAll(List.of("target=none", "length=very-long", "quoted=true", "route=source:nsubj")), none.toString());
        assertTrue(ConfidenceModel.features("REQUEST", "verb:urge source:nsubj", "STATEMENT", "GOVERNMENT", "ATTRIBUTED", "IO",
                "We urge NATO to act.", 1).contains("target=organisation"));
    }

    @Test
    void theScoreIsTheLogisticOfBiasPlusTheWeightsPresent() {
        ConfidenceModel m = new ConfidenceModel(-1, 0.5, Map.of("a", 2.0, "b", -3.0));
        assertEquals(1 / (1 + Math.exp(-1)), m.score(List.of("a", "unknown")), 1e-12);
        assertEquals(1 / (1 + Math.exp(4)), m.score(List.of("b")), 1e-12);
        assertTrue(m.accepts(0.5));
        assertFalse(m.accepts(0.49));
        assertTrue(m.withThreshold(0).accepts(0));
        assertThrows(IllegalArgumentException.class, () -> m.withThreshold(1.5));
    }

    @Test
    void theShippedTableLoadsAndAWrittenTableReadsBackTheSame(@TempDir Path dir) throws Exception {
        ConfidenceModel shipped = ConfidenceModel.load(null);
        assertTrue(shipped.threshold() > 0 && shipped.threshold() < 1, "threshold " + shipped.threshold());
        assertTrue(shipped.weights().size() > 50, "features " + shipped.weights().size());
        Path f = dir.resolve("c.tsv");
        Files.writeString(f, Calibration.toTsv(shipped, List.of("copy")));
        ConfidenceModel back = ConfidenceModel.load(f);
        assertEquals(shipped.weights(), back.weights());
        assertEquals(shipped.bias(), back.bias());
        assertEquals(shipped.threshold(), back.threshold());
    }

    @Test
    void aBrokenTableIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.tsv");
        Files.writeString(f, "kind\tkey\tvalue\nthreshold\t-\t0.5\nbias\t-\t0\nfeature\tact=AFFIRM\tlots\n");
        DatasetException e = assertThrows(DatasetException.class, () -> ConfidenceModel.load(f));
        assertTrue(e.getMessage().contains(":4") && e.getMessage().contains("not a number"), e.getMessage());
        Files.writeString(f, "kind\tkey\tvalue\nthreshold\t-\t2\nbias\t-\t0\n");
        assertThrows(DatasetException.class, () -> ConfidenceModel.load(f));
        Files.writeString(f, "kind\tkey\tvalue\nbias\t-\t0\n");
        assertThrows(IllegalStateException.class, () -> ConfidenceModel.load(f));
        Files.writeString(f, "kind\tkey\tvalue\nthreshold\t-\t0.5\nbias\t-\t0\nweight\tx\t1\n");
        assertThrows(DatasetException.class, () -> ConfidenceModel.load(f));
    }
}
