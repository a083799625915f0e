package org.avow.spark.progress;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressTest {
    @Test
    void rateAndTimeLeftFollowTheDocumentsDoneSoFar() {
        Progress p = new Progress("extract", 1_234, 14_396, "documents", 100_000);
        assertEquals(12.34, p.rate(), 1e-9);
        assertEquals(1067, p.etaSeconds(), "13,162 documents left at 12.34/s");
        assertEquals("extract  1,234 of 14,396 documents (8.6%)  12.3/s  ETA 17m 47s", p.line());
    }

    @Test
    void unknownTotalsAndNoProgressYetShowElapsedTimeInsteadOfAGuess() {
        assertEquals("ingest   3 tasks  1.2/s  elapsed 2s", new Progress("ingest", 3, -1, "tasks", 2_500).line());
        assertEquals(-1, new Progress("ingest", 3, -1, "tasks", 2_500).etaSeconds());
        assertEquals(-1, new Progress("extract", 0, 185, "documents", 4_000).etaSeconds(), "no rate before the first document");
        assertEquals("extract  0 of 185 documents (0.0%)  0.0/s  elapsed 4s", new Progress("extract", 0, 185, "documents", 4_000).line());
    }

    @Test
    void recomputedPartitionsNeverPushPastTheTotal() {
        Progress p = new Progress("extract", 200, 185, "documents", 10_000);
        assertEquals(185, p.done());
        assertEquals(0, p.etaSeconds());
    }

    @Test
    void durationsReadLikeAClock() {
        assertEquals("45s", Progress.duration(45));
        assertEquals("17m 50s", Progress.duration(1070));
        assertEquals("2h 05m", Progress.duration(7500));
    }
}
