package org.avow.core.extract;

import org.avow.core.text.Dependency;
import org.avow.core.text.DependencyGraph;
import org.avow.core.text.Sentence;
import org.avow.core.text.Token;

import java.util.List;
import java.util.Locale;

/**
 * A repair for a garden path of the dependency parser: in "is disappointed with Riyadh's decision to cut output" it
 * reads "with Riyadh's decision to cut" as a clause, with "decision" the subject of "cut" and "with" its marker, and
 * hangs the clause on the adjective. When a verb has a preposition other than "for" as a marker besides "to", and a
 * noun subject between the two, the noun is the preposition's object on the clause's governor, and the infinitive
 * the noun's complement ("for Russia to withdraw" is a clause with a subject, and stays one).
 */
final class PrepositionalInfinitive {
    private PrepositionalInfinitive() {}

    /** Sentence s (parsed) with such a misparsed noun and its infinitive repaired, else s. */
    static Sentence repaired(Sentence s) {
        DependencyGraph g = s.graph();
        for (int v = 0; v < s.size(); v++) {
            if (!s.token(v).isVerb()) continue;
            Dependency prep = null;
            Dependency to = null;
            for (Dependency m : g.children(v, "mark")) {
                Token t = s.token(m.dependent());
                String w = t.word().toLowerCase(Locale.ROOT);
                if (w.equals("to")) to = m;
                else if (t.pos().equals("IN") && !w.equals("for") && m.dependent() < v) prep = m;
            }
            if (prep == null || to == null) continue;
            Dependency head = g.headEdge(v);
            if (head == null || head.governor() < 0 || !head.base().equals("advcl")) continue;
            for (Dependency subj : g.children(v, "nsubj")) {
                int n = subj.dependent();
                if (!s.token(n).isNoun() || n < prep.dependent() || n > to.dependent()) continue;
                String p = s.token(prep.dependent()).word().toLowerCase(Locale.ROOT);
                return s.withGraph(g.rewired(List.of(prep, subj, head), List.of(new Dependency(head.governor(), "obl:" + p, n),
                        new Dependency(n, "case", prep.dependent()), new Dependency(n, "acl:to", v))));
            }
        }
        return s;
    }
}
