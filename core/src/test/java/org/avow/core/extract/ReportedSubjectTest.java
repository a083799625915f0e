package org.avow.core.extract;

import org.avow.core.text.Dependency;
import org.avow.core.text.Sentence;
import org.avow.core.text.TaggedSentences;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ReportedSubjectTest {
    private static final Predicate<String> SAYING = Set.of("say", "tell")::contains;

    private static final String SAYING_DELAY = "Stoltenberg/NNP saying/VBG/say Sweden/NNP 's/POS delay/NN was/VBD/be costing/VBG/cost jobs/NNS ./.";

    @Test
    void anObjectOfSayingFollowedByAVerbWithoutSubjectBecomesThatVerbsSubject() {
        // "saying Sweden's delay" parsed as a noun phrase said, and "was costing jobs" hung on "saying" with no subject
        Sentence wrong = TaggedSentences.of(SAYING_DELAY, List.of(new Dependency(-1, "root", 1), new Dependency(1, "nsubj", 0),
                new Dependency(1, "obj", 4), new Dependency(4, "nmod:poss", 2), new Dependency(2, "case", 3),
                new Dependency(1, "dep", 6), new Dependency(6, "aux", 5), new Dependency(6, "obj", 7)));
        assertEquals(Set.of("-1 root 1", "1 nsubj 0", "1 ccomp 6", "6 nsubj 4", "4 nmod:poss 2", "2 case 3", "6 aux 5", "6 obj 7"),
                TaggedSentences.edges(ReportedSubject.repaired(wrong, SAYING)));
    }

    @Test
    void aRightParseAndAnObjectOfAnotherVerbAreKept() {
        Sentence right = TaggedSentences.of(SAYING_DELAY, List.of(new Dependency(-1, "root", 1), new Dependency(1, "nsubj", 0),
                new Dependency(1, "ccomp", 6), new Dependency(6, "nsubj", 4), new Dependency(4, "nmod:poss", 2), new Dependency(2, "case", 3),
                new Dependency(6, "aux", 5), new Dependency(6, "obj", 7)));
        assertSame(right, ReportedSubject.repaired(right, SAYING));
        // "hiding Sweden's delay": no verb of saying, nothing to repair
        Sentence other = TaggedSentences.of(SAYING_DELAY.replace("saying/VBG/say", "hiding/VBG/hide"), List.of(new Dependency(-1, "root", 1),
                new Dependency(1, "obj", 4), new Dependency(1, "dep", 6), new Dependency(6, "aux", 5)));
        assertSame(other, ReportedSubject.repaired(other, SAYING));
    }
}
