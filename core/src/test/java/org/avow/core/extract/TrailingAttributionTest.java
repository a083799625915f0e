package org.avow.core.extract;

import org.avow.core.text.Dependency;
import org.avow.core.text.DependencyGraph;
import org.avow.core.text.Sentence;
import org.avow.core.text.TaggedSentences;
import org.avow.core.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TrailingAttributionTest {
    private static final Predicate<String> SAYING = Set.of("say", "tell")::contains;

    private static Sentence sentence(String tagged, List<Dependency> edges) {
        return TaggedSentences.of(tagged, edges);
    }

    /** Parses the reported clause "Oslo urged Riga to act" and the attribution "the ministry said ." as a parser would. */
    private static final TextAnalyzer PARTS = TaggedSentences.parsing(s -> new DependencyGraph(s.size(), s.token(0).word().equals("Oslo")
            ? List.of(new Dependency(-1, "root", 1), new Dependency(1, "nsubj", 0), new Dependency(1, "obj", 2), new Dependency(1, "xcomp", 4))
            : List.of(new Dependency(-1, "root", 2), new Dependency(2, "nsubj", 1), new Dependency(1, "det", 0))));

    private static final String URGED = "Oslo/NNP urged/VBD Riga/NNP to/TO act/VB ,/, the/DT ministry/NN said/VBD/say ./.";

    @Test
    void findsAClosingAttributionOnly() {
        assertEquals(5, TrailingAttribution.comma(sentence(URGED, null), SAYING));
        // a clause of time is no attribution, nor is a participle
        assertEquals(-1, TrailingAttribution.comma(sentence("Oslo/NNP urged/VBD Riga/NNP to/TO act/VB ,/, hours/NNS after/IN Kyiv/NNP said/VBD/say so/RB ./.", null), SAYING));
        assertEquals(-1, TrailingAttribution.comma(sentence("Oslo/NNP urged/VBD Riga/NNP to/TO act/VB ,/, saying/VBG it/PRP was/VBD time/NN ./.", null), SAYING));
    }

    @Test
    void aMisplacedVerbOfSayingBecomesTheRootWithTheReportedClauseAsItsComplement() {
        // the whole parse hung "said" on "Riga" and made "Oslo urged" its subject
        Sentence wrong = sentence(URGED, List.of(new Dependency(-1, "root", 1), new Dependency(2, "acl", 8), new Dependency(8, "nsubj", 7)));
        Sentence repaired = TrailingAttribution.repaired(wrong, SAYING, PARTS);
        assertEquals(Set.of("-1 root 8", "8 ccomp 1", "8 punct 5", "8 nsubj 7", "7 det 6", "1 nsubj 0", "1 obj 2", "1 xcomp 4"), TaggedSentences.edges(repaired));
    }

    @Test
    void aParseWithTheVerbOfSayingAtItsRootIsKept() {
        Sentence right = sentence(URGED, List.of(new Dependency(-1, "root", 8), new Dependency(8, "ccomp", 1), new Dependency(8, "nsubj", 7)));
        assertSame(right, TrailingAttribution.repaired(right, SAYING, PARTS));
    }
}
