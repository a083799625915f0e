package org.avow.core.extract;

import org.avow.core.model.Channel;
import org.avow.core.model.DiscourseEvent;
import org.avow.core.model.Role;
import org.avow.core.model.SpeechAct;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The article that started avow, through the real extractor (skipped when shared/ is absent). */
class SeedArticleIT {
    private static final Path SEED = Path.of("../../shared/seeds/alliance-affirmation-gap.txt");

    @Test
    void findsTheAsymmetryTheArticleDescribes() throws Exception {
        assumeTrue(Files.exists(SEED), "seed article not present");
        String text = Files.readString(SEED);
        ExtractionResult r = Extraction.run(text, "2025-12-20");
        List<DiscourseEvent> events = r.events();
        events.forEach(e -> System.out.println(e.brief() + "  w=" + String.format("%.3f", e.weight()) + "  " + e.rule()));
        r.rejections().forEach(x -> System.out.println("  rejected " + x.cue() + " " + x.act() + " " + x.reason() + " " + x.detail()));
        List<String> triples = events.stream().map(e -> e.source().country() + " " + e.act() + " "
                + (e.target() == null ? "-" : e.target().country())).toList();
        for (String expected : List.of("JPN REQUEST USA", "JPN PLEDGE USA", "CHN REBUKE JPN", "USA AFFIRM JPN", "JPN DISAPPOINT USA")) {
            assertTrue(triples.contains(expected), expected + " not in " + triples);
        }
        assertTrue(events.stream().anyMatch(e -> e.act() == SpeechAct.AFFIRM && e.source().country().equals("USA")
                        && e.channel() == Channel.SOCIAL_MEDIA && e.source().role() == Role.DEPUTY_SPOKESPERSON),
                "the deputy spokesperson's post on X is a USA AFFIRM JPN on SOCIAL_MEDIA");
    }
}
