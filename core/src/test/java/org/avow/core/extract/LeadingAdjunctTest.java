package org.avow.core.extract;

import org.avow.core.text.Dependency;
import org.avow.core.text.DependencyGraph;
import org.avow.core.text.Sentence;
import org.avow.core.text.TaggedSentences;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeadingAdjunctTest {
    private static Sentence sentence(String tagged) {
        return TaggedSentences.of(tagged, null);
    }

    private static final Sentence ADDRESSING = sentence(
            "Addressing/VBG the/DT assembly/NN ,/, Faisal/NNP said/VBD Riyadh/NNP would/MD pay/VB ./.");

    @Test
    void findsTheCommaAfterAnOpeningParticipleOrPreposition() {
        assertEquals(3, LeadingAdjunct.comma(ADDRESSING));
        assertEquals(-1, LeadingAdjunct.comma(sentence("Faisal/NNP ,/, the/DT minister/NN ,/, said/VBD Riyadh/NNP would/MD pay/VB ./.")));
        assertEquals(-1, LeadingAdjunct.comma(sentence("In/IN Riyadh/NNP Faisal/NNP said/VBD he/PRP would/MD pay/VB ./.")));
    }

    @Test
    void aCoreRelationAcrossTheCommaIsAMisparse() {
        DependencyGraph wrong = new DependencyGraph(ADDRESSING.size(), List.of(
                new Dependency(-1, "root", 8), new Dependency(8, "nsubj", 0), new Dependency(0, "ccomp", 5)));
        DependencyGraph right = new DependencyGraph(ADDRESSING.size(), List.of(
                new Dependency(-1, "root", 5), new Dependency(5, "advcl", 0), new Dependency(5, "nsubj", 4),
                new Dependency(5, "ccomp", 8), new Dependency(8, "nsubj", 6)));
        assertTrue(LeadingAdjunct.crossed(ADDRESSING, wrong, 3));
        assertFalse(LeadingAdjunct.crossed(ADDRESSING, right, 3));
        // the root inside the adjunct while a finite verb follows the comma
        DependencyGraph rootInAdjunct = new DependencyGraph(ADDRESSING.size(), List.of(
                new Dependency(-1, "root", 2), new Dependency(2, "dep", 5), new Dependency(5, "nsubj", 4)));
        assertTrue(LeadingAdjunct.crossed(ADDRESSING, rootInAdjunct, 3));
        // the clause's subject a conjunct of the adjunct's noun, its verb left with no subject
        DependencyGraph subjectSwallowed = new DependencyGraph(ADDRESSING.size(), List.of(
                new Dependency(-1, "root", 5), new Dependency(5, "obl", 2), new Dependency(2, "conj:and", 4), new Dependency(5, "ccomp", 8)));
        assertTrue(LeadingAdjunct.crossed(ADDRESSING, subjectSwallowed, 3));
    }

    @Test
    void joinsTheSeparateParsesWithTheAdjunctOnTheClauseRoot() {
        List<String> parsed = new ArrayList<>();
        DependencyGraph g = LeadingAdjunct.joined(ADDRESSING, 3, TaggedSentences.parsing(part -> {
            parsed.add(part.text());
            // each part parsed on its own, its tokens indexed from 0
            return part.token(0).word().equals("Addressing")
                    ? new DependencyGraph(part.size(), List.of(new Dependency(-1, "root", 0), new Dependency(0, "obj", 2), new Dependency(2, "det", 1)))
                    : new DependencyGraph(part.size(), List.of(new Dependency(-1, "root", 1), new Dependency(1, "nsubj", 0),
                    new Dependency(1, "ccomp", 4), new Dependency(4, "nsubj", 2), new Dependency(4, "aux", 3)));
        }));
        assertEquals(List.of("Addressing the assembly", "Faisal said Riyadh would pay ."), parsed);
        Set<String> edges = g.edges().stream().map(d -> d.governor() + " " + d.relation() + " " + d.dependent()).collect(Collectors.toSet());
        assertEquals(Set.of("-1 root 5", "5 advcl 0", "0 obj 2", "2 det 1", "5 punct 3", "5 nsubj 4", "5 ccomp 8", "8 nsubj 6", "8 aux 7"), edges);
    }

    @Test
    void aPrepositionalAdjunctHangsAsAnObliqueMarkedByItsPreposition() {
        Sentence at = sentence("At/IN a/DT summit/NN ,/, Tusk/NNP urged/VBD Berlin/NNP to/TO act/VB ./.");
        DependencyGraph g = LeadingAdjunct.joined(at, 3, TaggedSentences.parsing(part -> part.token(0).word().equals("At")
                ? new DependencyGraph(part.size(), List.of(new Dependency(-1, "root", 2), new Dependency(2, "case", 0), new Dependency(2, "det", 1)))
                : new DependencyGraph(part.size(), List.of(new Dependency(-1, "root", 1), new Dependency(1, "nsubj", 0)))));
        assertTrue(g.children(5, "obl").stream().anyMatch(d -> d.relation().equals("obl:at") && d.dependent() == 2));
    }
}
