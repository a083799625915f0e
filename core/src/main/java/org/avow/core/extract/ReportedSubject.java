package org.avow.core.extract;

import org.avow.core.text.Dependency;
import org.avow.core.text.DependencyGraph;
import org.avow.core.text.Sentence;
import org.avow.core.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A repair for a garden path of the dependency parser: in "saying Germany's hesitation was costing lives" it takes
 * the reported clause's subject for the object of the verb of saying and hangs the rest of the clause on that verb
 * with no subject. When a verb of saying has an object and, right after the object's phrase, a verb with an
 * auxiliary and no subject of its own, the object is that verb's subject and the verb the reported clause.
 */
final class ReportedSubject {
    private ReportedSubject() {}

    /** Sentence s (parsed) with such a misparsed reported clause repaired, else s. */
    static Sentence repaired(Sentence s, Predicate<String> reporting) {
        DependencyGraph g = s.graph();
        for (int v = 0; v < s.size(); v++) {
            Token say = s.token(v);
            if (!say.isVerb() || !reporting.test(say.lowerLemma())) continue;
            for (Dependency obj : g.children(v, "obj")) {
                for (Dependency clause : g.children(v)) {
                    int c = clause.dependent();
                    if (!(clause.base().equals("dep") || clause.base().equals("ccomp")) || !s.token(c).isVerb()
                            || g.hasChild(c, "nsubj") || g.hasChild(c, "nsubj:pass") || !opensAfter(g, obj.dependent(), c)) continue;
                    return s.withGraph(g.rewired(List.of(obj, clause),
                            List.of(new Dependency(v, "ccomp", c), new Dependency(c, "nsubj", obj.dependent()))));
                }
            }
        }
        return s;
    }

    /** Whether verb c has an auxiliary that comes right after the last token of noun n's phrase. */
    private static boolean opensAfter(DependencyGraph g, int n, int c) {
        int last = n;
        List<Integer> todo = new ArrayList<>(List.of(n));
        while (!todo.isEmpty()) {
            int x = todo.remove(todo.size() - 1);
            last = Math.max(last, x);
            for (Dependency d : g.children(x)) if (d.dependent() > x && !d.base().equals("conj") && !d.base().equals("punct")) todo.add(d.dependent());
        }
        for (Dependency a : g.children(c)) {
            if ((a.base().equals("aux") || a.base().equals("cop")) && a.dependent() == last + 1) return true;
        }
        return false;
    }
}
