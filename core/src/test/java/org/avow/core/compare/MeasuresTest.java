package org.avow.core.compare;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MeasuresTest {
    @Test
    void ratioAndGap() {
        // seed article, weights: request 0.315 + pledge 0.63 asked; one post 0.065 affirmed
        assertEquals(0.065 / 0.945, Measures.affirmationRatio(0.065, 0.315, 0.63), 1e-12);
        assertEquals(0.88, Measures.gap(0.065, 0.315, 0.63), 1e-12);
        assertNull(Measures.affirmationRatio(0.5, 0, 0), "undefined when nothing was asked or pledged");
        assertEquals(-0.5, Measures.gap(0.5, 0, 0), 1e-12);
    }

    @Test
    void netPolarityOfAStance() {
        assertEquals(0.5, Measures.netPolarity(3.0, 1.0), 1e-12);
        assertEquals(-1.0, Measures.netPolarity(0.0, 2.0), 1e-12);
        assertNull(Measures.netPolarity(0, 0));
    }

    @Test
    void quantilesInterpolateBetweenRanks() {
        double[] v = {1, 2, 3, 4};
        assertEquals(2.5, Measures.quantile(v, 0.5), 1e-12);
        assertEquals(1.075, Measures.quantile(v, 0.025), 1e-12);   // h = 3 x 0.025 = 0.075
        assertEquals(4.0, Measures.quantile(v, 1.0), 1e-12);
        assertEquals(7.0, Measures.quantile(new double[]{7}, 0.975), 1e-12);
    }

    @Test
    void windows() {
        LocalDate wed = LocalDate.of(2025, 11, 19);
        assertEquals(LocalDate.of(2025, 11, 17), WindowSize.WEEK.start(wed));
        assertEquals("2025-W47", WindowSize.WEEK.label(wed));
        assertEquals("2026-W01", WindowSize.WEEK.label(LocalDate.of(2026, 1, 1)), "ISO week-based year");
        assertEquals(LocalDate.of(2025, 12, 29), WindowSize.WEEK.start(LocalDate.of(2026, 1, 1)));
        assertEquals("2025-11", WindowSize.MONTH.label(wed));
        assertEquals(LocalDate.of(2025, 10, 1), WindowSize.QUARTER.start(wed));
        assertEquals("2025-Q4", WindowSize.QUARTER.label(wed));
        assertEquals("2026-Q1", WindowSize.QUARTER.label(LocalDate.of(2026, 3, 31)));
        assertEquals(LocalDate.of(2026, 1, 1), WindowSize.QUARTER.next(wed));
        assertEquals(LocalDate.of(2025, 11, 24), WindowSize.WEEK.next(wed));
        assertEquals(WindowSize.QUARTER, WindowSize.parse("Quarter"));
        assertThrows(IllegalArgumentException.class, () -> WindowSize.parse("fortnight"));
    }
}
