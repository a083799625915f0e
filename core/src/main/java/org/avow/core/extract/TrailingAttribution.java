package org.avow.core.extract;

import org.avow.core.text.Dependency;
import org.avow.core.text.DependencyGraph;
import org.avow.core.text.Sentence;
import org.avow.core.text.Splice;
import org.avow.core.text.TextAnalyzer;
import org.avow.core.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A repair for another way the dependency parser fails on long news sentences: the attribution closing them
 * (", the Japanese foreign ministry said.", ", Jens Stoltenberg told reporters.") is hung on some noun of the
 * clause it reports, and the clause is parsed as its subject or worse. When the reporting verb of such a closing
 * attribution is not the root of the whole parse, the reported clause and the attribution are parsed apart and
 * joined as UD has them: the reporting verb is the root and the reported clause its complement.
 */
final class TrailingAttribution {
    /** The longest closing attribution considered, in tokens. */
    static final int MAX_TOKENS = 14;
    /** Parts of speech an attribution's subject may open with. */
    private static final Set<String> SUBJECT_OPENERS = Set.of("DT", "NNP", "NNPS", "NN", "NNS", "JJ", "PRP$", "PRP", "CD");

    /** Words that open a clause of time or reason, not an attribution ("hours after Macron said"). */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "as", "while", "when", "because", "since",
            "although", "though", "if", "until", "unless", "whereas", "once", "that", "which", "who");

    private TrailingAttribution() {}

    /**
     * The index of the comma before a closing attribution of tagged sentence s, or -1: after the last comma, at most
     * {@link #MAX_TOKENS} tokens opening with a subject and holding a finite verb of saying (by lemma), and at least
     * four tokens before it.
     */
    static int comma(Sentence s, Predicate<String> reporting) {
        int comma = -1;
        for (int i = s.size() - 1; i >= 0 && s.size() - i <= MAX_TOKENS + 1; i--) {
            if (s.token(i).word().equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 4 || comma + 2 >= s.size() || !SUBJECT_OPENERS.contains(s.token(comma + 1).pos())) return -1;
        return verb(s, comma, reporting) >= 0 ? comma : -1;
    }

    /** The finite verb of saying after the comma (not its first token), or -1. */
    private static int verb(Sentence s, int comma, Predicate<String> reporting) {
        for (int i = comma + 2; i < s.size(); i++) {
            Token t = s.token(i);
            if (t.isFiniteVerb() && reporting.test(t.lowerLemma())) return i;
            if (t.isVerb() || SUBORDINATORS.contains(t.lowerLemma())) return -1;
        }
        return -1;
    }

    /** Sentence s with its closing attribution repaired if the whole parse misplaced its verb, else s. */
    static Sentence repaired(Sentence s, Predicate<String> reporting, TextAnalyzer analyzer) {
        int comma = comma(s, reporting);
        if (comma < 0) return s;
        int verb = verb(s, comma, reporting);
        if (s.graph().parents(verb).stream().anyMatch(d -> d.governor() < 0)) return s;
        DependencyGraph reported = analyzer.parse(Splice.part(s, 0, comma)).graph();
        DependencyGraph attribution = analyzer.parse(Splice.part(s, comma + 1, s.size())).graph();
        int clause = Splice.root(reported);
        int root = Splice.root(attribution);
        if (clause < 0 || root + comma + 1 != verb) return s;
        List<Dependency> edges = new ArrayList<>(Splice.shifted(reported, 0));
        edges.addAll(Splice.shifted(attribution, comma + 1));
        edges.add(new Dependency(-1, "root", verb));
        edges.add(new Dependency(verb, "ccomp", clause));
        edges.add(new Dependency(verb, "punct", comma));
        return s.withGraph(new DependencyGraph(s.size(), edges));
    }
}
