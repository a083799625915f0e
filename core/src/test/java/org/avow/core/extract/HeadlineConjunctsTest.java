package org.avow.core.extract;

import org.avow.core.text.Dependency;
import org.avow.core.text.DependencyGraph;
import org.avow.core.text.Sentence;
import org.avow.core.text.TaggedSentences;
import org.avow.core.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class HeadlineConjunctsTest {
    /** Parses "Oslo thanks Riga" and "urges Vilnius" as a parser would parse them apart. */
    private static final TextAnalyzer PARTS = TaggedSentences.parsing(s -> new DependencyGraph(s.size(), s.token(0).word().equals("Oslo")
            ? List.of(new Dependency(-1, "root", 1), new Dependency(1, "nsubj", 0), new Dependency(1, "obj", 2))
            : List.of(new Dependency(-1, "root", 0), new Dependency(0, "obj", 1))));

    private static final String HEADLINE = "Oslo/NNP thanks/VBZ/thank Riga/NNP ,/, urges/VBZ/urge Vilnius/NNP";

    @Test
    void twoClausesOfAHeadlineBecomeConjunctsSharingTheSubject() {
        // the whole parse made "urges" govern "thanks" and gave it no subject
        Sentence wrong = TaggedSentences.of(HEADLINE, List.of(new Dependency(-1, "root", 4), new Dependency(4, "ccomp", 1),
                new Dependency(1, "nsubj", 0), new Dependency(1, "obj", 2), new Dependency(4, "obj", 5)));
        assertEquals(Set.of("-1 root 1", "1 nsubj 0", "1 obj 2", "1 punct 3", "1 conj:and 4", "4 nsubj 0", "4 obj 5"),
                TaggedSentences.edges(HeadlineConjuncts.repaired(wrong, PARTS)));
    }

    @Test
    void aSentenceWithClosingPunctuationOrASecondVerbWithASubjectIsKept() {
        Sentence sentence = TaggedSentences.of(HEADLINE + " ./.", List.of(new Dependency(-1, "root", 4), new Dependency(4, "ccomp", 1)));
        assertSame(sentence, HeadlineConjuncts.repaired(sentence, PARTS));
        Sentence right = TaggedSentences.of(HEADLINE, List.of(new Dependency(-1, "root", 1), new Dependency(1, "nsubj", 0),
                new Dependency(1, "conj:and", 4), new Dependency(4, "nsubj", 0)));
        assertSame(right, HeadlineConjuncts.repaired(right, PARTS));
    }
}
