package org.avow.core.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MeasuresTest {
    @Test
    void ratioAndGap() {
        // seed article, weights: request 0.315 + pledge 0.63 asked; one post 0.065 affirmed
        assertEquals(0.065 / 0.945, Measures.affirmationRatio(0.065, 0.315, 0.63), 1e-12);
        assertEquals(0.88, Measures.gap(0.065, 0.315, 0.63), 1e-12);
        assertNull(Measures.affirmationRatio(0.5, 0, 0), "undefined when nothing was asked or pledged");
        assertEquals(-0.5, Measures.gap(0.5, 0, 0), 1e-12);
    }
}
