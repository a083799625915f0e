package org.avow.core.extract;

import org.avow.core.text.Dependency;
import org.avow.core.text.DependencyGraph;
import org.avow.core.text.Sentence;

import java.util.List;
import java.util.Locale;

/**
 * A repair for a garden path of the dependency parser: in "refrained from criticising Moscow by name" it reads
 * "criticising Moscow" as a noun phrase, the gerund a modifier of the name, and hangs it on the verb with "from".
 * When a gerund right after a preposition modifies the noun that preposition marks on a verb, the gerund heads the
 * preposition's clause and the noun is its object.
 */
final class PrepositionalGerund {
    private PrepositionalGerund() {}

    /** Sentence s (parsed) with such a misparsed gerund repaired, else s. */
    static Sentence repaired(Sentence s) {
        DependencyGraph g = s.graph();
        for (int v = 1; v < s.size(); v++) {
            if (!s.token(v).pos().equals("VBG")) continue;
            for (Dependency mod : g.parents(v)) {
                int n = mod.governor();
                if (n <= v || !mod.base().equals("amod")) continue;
                Dependency marker = null;
                for (Dependency c : g.children(n, "case")) if (c.dependent() == v - 1) marker = c;
                Dependency head = g.headEdge(n);
                // (on a noun the reading does no harm to what the rules look for: "the cost of stationing U.S. troops")
                if (marker == null || head == null || head.governor() < 0 || !s.token(head.governor()).isVerb()) continue;
                String p = s.token(marker.dependent()).word().toLowerCase(Locale.ROOT);
                return s.withGraph(g.rewired(List.of(mod, marker, head), List.of(new Dependency(head.governor(), "advcl:" + p, v),
                        new Dependency(v, "mark", marker.dependent()), new Dependency(v, "obj", n))));
            }
        }
        return s;
    }
}
