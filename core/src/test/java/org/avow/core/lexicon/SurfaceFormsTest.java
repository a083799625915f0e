package org.avow.core.lexicon;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SurfaceFormsTest {
    private final SurfaceForms forms = SurfaceForms.load(null);

    @Test
    void regularInflectionsByRule() {
        assertTrue(forms.of("urge").containsAll(java.util.List.of("urge", "urges", "urged", "urging")));
        assertTrue(forms.of("press").containsAll(java.util.List.of("presses", "pressed", "pressing")));
        assertTrue(forms.of("commit").containsAll(java.util.List.of("commits", "committed", "committing")));
        assertTrue(forms.of("regret").contains("regretted"));
        assertTrue(forms.of("deny").containsAll(java.util.List.of("denies", "denied", "denying")));
        assertTrue(forms.of("ministry").contains("ministries"));
        assertTrue(forms.of("lobby").containsAll(java.util.List.of("lobbies", "lobbied", "lobbying")));
        assertFalse(forms.of("lobby").contains("lobbyyed"));
    }

    @Test
    void irregularFormsFromTheDataset() {
        assertTrue(forms.of("seek").contains("sought"));
        assertTrue(forms.of("stand").contains("stood"));
        assertTrue(forms.of("spokesman").contains("spokesmen"));
        assertTrue(forms.of("Give").containsAll(java.util.List.of("gave", "given", "gives")));
    }
}
