package org.avow.core.dedup;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinHashTest {
    private static final MinHash M = MinHash.DEFAULT;
    private static final String STORY = "TOKYO - Japan's foreign minister asked the United States on Tuesday to state publicly "
            + "that its commitment to the defense of the southern islands remains firm, after a week of pressure from Beijing "
            + "over the disputed waters. The minister told reporters in Tokyo that a clear statement from Washington would "
            + "reassure the region and deter further incursions by coast guard vessels. Officials in Washington said the "
            + "request was under review and declined to say when a response would come. The ministry added that talks "
            + "between the two allies would continue next month in Honolulu, where defense officials meet every spring.";

    @Test
    void sameTextHasIdenticalSignatureAndEveryBandKey() {
        assertArrayEquals(M.signature(STORY), M.signature(STORY));
        assertEquals(1.0, MinHash.similarity(M.signature(STORY), M.signature(STORY.toUpperCase())));
    }

    @Test
    void lightEditsStayNearDuplicatesAndEstimateTracksExactJaccard() {
        String edited = STORY.replace("TOKYO - ", "TOKYO, March 4 (Wire) - ").replace("Tuesday", "Wednesday")
                .replace(" every spring", "");
        double exact = MinHash.jaccard(M.shingles(STORY), M.shingles(edited));
        double estimate = MinHash.similarity(M.signature(STORY), M.signature(edited));
        assertTrue(exact > 0.7 && exact < 1.0, "exact " + exact);
        assertEquals(exact, estimate, 0.15);
        assertTrue(M.nearDuplicates(M.signature(STORY), M.signature(edited)));
        long[] a = M.bandKeys(M.signature(STORY)), b = M.bandKeys(M.signature(edited));
        int shared = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) shared++;
        assertTrue(shared > 0, "no band key in common");
    }

    @Test
    void aDifferentStoryOnTheSameTopicIsNot() {
        String other = "MANILA - The Philippine defense secretary said on Friday that Manila would ask Washington for "
                + "additional patrol aircraft, citing repeated encounters with Chinese vessels near a contested shoal. "
                + "He spoke after a cabinet meeting and said the request would be made formally at a dialogue in June.";
        assertFalse(M.nearDuplicates(M.signature(STORY), M.signature(other)));
        assertTrue(MinHash.jaccard(M.shingles(STORY), M.shingles(other)) < 0.1);
    }

    @Test
    void componentsJoinChainsAndNameThemBySmallestMember() {
        Components c = new Components();
        c.connect("d", "b");
        c.connect("b", "c");
        c.connect("x", "y");
        Map<String, String> by = c.byNode();
        assertEquals("b", by.get("d"));
        assertEquals("b", by.get("c"));
        assertEquals("x", by.get("y"));
        assertEquals(5, by.size());
    }
}
