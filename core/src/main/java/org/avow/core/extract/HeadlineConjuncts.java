package org.avow.core.extract;

import org.avow.core.text.Dependency;
import org.avow.core.text.DependencyGraph;
import org.avow.core.text.Sentence;
import org.avow.core.text.Splice;
import org.avow.core.text.TextAnalyzer;

import java.util.ArrayList;
import java.util.List;

/**
 * A repair for the way the dependency parser reads headlines that join two clauses of one subject with a comma
 * ("Zelensky thanks Denmark for artillery deal, urges Berlin to release missiles"): it makes the second verb govern
 * the first clause and leaves it without a subject. When a headline has, right after a comma, a present-tense verb
 * with no subject, and the words before the comma parse as a clause with a subject, the two parts are parsed apart and
 * joined as conjuncts, the second sharing the first's subject.
 */
final class HeadlineConjuncts {
    private HeadlineConjuncts() {}

    /** Sentence s (parsed) with such a headline repaired, else s. */
    static Sentence repaired(Sentence s, TextAnalyzer analyzer) {
        if (!DiscourseExtractor.headline(s)) return s;
        DependencyGraph g = s.graph();
        for (int comma = 2; comma + 2 < s.size(); comma++) {
            int second = comma + 1;
            String tag = s.token(second).pos();
            if (!s.token(comma).word().equals(",") || !(tag.equals("VBZ") || tag.equals("VBP")) || g.hasChild(second, "nsubj")) continue;
            DependencyGraph before = analyzer.parse(Splice.part(s, 0, comma)).graph();
            DependencyGraph after = analyzer.parse(Splice.part(s, second, s.size())).graph();
            int first = Splice.root(before);
            if (first < 0 || Splice.root(after) != 0 || !s.token(first).isVerb()) return s;
            List<Dependency> subjects = before.children(first, "nsubj");
            if (subjects.isEmpty() || after.hasChild(0, "nsubj")) return s;
            List<Dependency> edges = new ArrayList<>(Splice.shifted(before, 0));
            edges.addAll(Splice.shifted(after, second));
            edges.add(new Dependency(-1, "root", first));
            edges.add(new Dependency(first, "punct", comma));
            edges.add(new Dependency(first, "conj:and", second));
            for (Dependency sub : subjects) edges.add(new Dependency(second, sub.relation(), sub.dependent()));
            return s.withGraph(new DependencyGraph(s.size(), edges));
        }
        return s;
    }
}
