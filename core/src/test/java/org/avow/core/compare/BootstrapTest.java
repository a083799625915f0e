package org.avow.core.compare;

import org.avow.core.compare.Bootstrap.ArticleWeights;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BootstrapTest {
    @Test
    void oneArticleHasNoSpread() {
        Bootstrap.Intervals ci = Bootstrap.intervals(List.of(new ArticleWeights("a", 0.315, 0.63, 0.065)), 200, 7, 0.95);
        assertEquals(0.065 / 0.945, ci.ratioLow(), 1e-12);
        assertEquals(0.065 / 0.945, ci.ratioHigh(), 1e-12);
        assertEquals(0.88, ci.gapLow(), 1e-12);
        assertEquals(0.88, ci.gapHigh(), 1e-12);
    }

    @Test
    void twoArticlesSpanEveryResample() {
        // a asks 1 and gets nothing, b asks 1 and gets 1: resamples aa, ab, ba, bb give ratios 0, 0.5, 0.5, 1
        // and gaps 2, 1, 1, 0; with 2000 replicates each extreme has ~500 draws, beyond the 2.5% tails
        List<ArticleWeights> w = List.of(new ArticleWeights("b", 1, 0, 1), new ArticleWeights("a", 1, 0, 0));
        Bootstrap.Intervals ci = Bootstrap.intervals(w, 2000, 42, 0.95);
        assertEquals(0.0, ci.ratioLow(), 1e-12);
        assertEquals(1.0, ci.ratioHigh(), 1e-12);
        assertEquals(0.0, ci.gapLow(), 1e-12);
        assertEquals(2.0, ci.gapHigh(), 1e-12);
    }

    @Test
    void aFixedSeedGivesTheSameIntervalWhateverTheInputOrder() {
        List<ArticleWeights> w = List.of(new ArticleWeights("a1", 0.3, 0, 0), new ArticleWeights("a2", 0, 0.6, 0.1),
                new ArticleWeights("a3", 0.2, 0, 0.4), new ArticleWeights("a4", 0, 0, 0.05), new ArticleWeights("a5", 0.5, 0.5, 0));
        Bootstrap.Intervals ci = Bootstrap.intervals(w, 500, 7, 0.9);
        assertEquals(ci, Bootstrap.intervals(List.of(w.get(4), w.get(2), w.get(0), w.get(3), w.get(1)), 500, 7, 0.9));
        assertNotEquals(ci, Bootstrap.intervals(w, 500, 8, 0.9), "another seed, other resamples");
        double point = Measures.affirmationRatio(0.55, 1.0, 1.1);
        assertEquals(true, ci.ratioLow() < point && point < ci.ratioHigh(), ci + " around " + point);
    }

    @Test
    void aWindowWhereNothingWasAskedHasNoRatioInterval() {
        Bootstrap.Intervals ci = Bootstrap.intervals(List.of(new ArticleWeights("a", 0, 0, 0.4)), 50, 1, 0.95);
        assertNull(ci.ratioLow());
        assertEquals(-0.4, ci.gapLow(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.intervals(List.of(), 50, 1, 0.95));
    }
}
