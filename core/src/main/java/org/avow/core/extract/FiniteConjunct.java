package org.avow.core.extract;

import org.avow.core.text.Dependency;
import org.avow.core.text.DependencyGraph;
import org.avow.core.text.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A repair for a misparse of readouts: in "Sullivan stressed the need for the DPRK to refrain from escalatory actions and
 * also reaffirmed U.S. support" the parser joins the finite "reaffirmed" to the infinitive "to refrain", and the enhanced
 * graph gives it the infinitive's subject (the DPRK). A verb in the past or third-person present tense, or a participle
 * with no auxiliary, cannot continue a bare infinitive: it is a conjunct of the finite verb the infinitive hangs under,
 * and shares that verb's subject.
 */
final class FiniteConjunct {
    private FiniteConjunct() {}

    private static final int MAX_CLIMB = 4;

    /** Sentence s (parsed) with such conjuncts moved to the finite verb above, else s. */
    static Sentence repaired(Sentence s) {
        DependencyGraph g = s.graph();
        for (int v = 1; v < s.size(); v++) {
            String pos = s.token(v).pos();
            // (the tagger often makes a past tense after "and" a participle: "to expand export controls ... and lodged")
            if (!pos.equals("VBD") && !pos.equals("VBZ") && !pos.equals("VBN")) continue;
            for (Dependency cj : g.parents(v)) {
                if (!cj.base().equals("conj")) continue;
                int w = cj.governor();
                if (w < 0 || !s.token(w).pos().equals("VB") || !infinitive(s, g, w) || g.hasChild(w, "aux")) continue;
                int f = finiteAbove(s, g, w);
                if (f < 0 || f == v) continue;
                List<Dependency> subjects = new ArrayList<>(g.children(f, "nsubj"));
                if (subjects.isEmpty()) continue;
                Set<Integer> copied = new HashSet<>();
                for (Dependency x : g.children(w, "nsubj")) copied.add(x.dependent());
                Dependency wHead = g.headEdge(w);
                List<Dependency> drop = new ArrayList<>();
                for (Dependency p : g.parents(v)) {
                    // the conjunct edge, and the edges the enhanced graph copied from the infinitive to its conjunct
                    if (p.governor() == w && p.base().equals("conj")
                            || wHead != null && p.governor() == wHead.governor() && p.relation().equals(wHead.relation())) drop.add(p);
                }
                boolean own = false;
                for (Dependency x : g.children(v, "nsubj")) {
                    if (copied.contains(x.dependent())) drop.add(x);
                    else own = true;
                }
                List<Dependency> add = new ArrayList<>();
                add.add(new Dependency(f, cj.relation(), v));
                // (a conjunct with a subject of its own keeps it: "to realize a more stable region, and President Biden confirmed")
                if (!own) for (Dependency x : subjects) add.add(new Dependency(v, x.relation(), x.dependent()));
                return s.withGraph(g.rewired(drop, add));
            }
        }
        return s;
    }

    private static boolean infinitive(Sentence s, DependencyGraph g, int w) {
        for (Dependency m : g.children(w, "mark")) if (s.token(m.dependent()).word().equalsIgnoreCase("to")) return true;
        return false;
    }

    /** The nearest verb above w, through its heads, that is finite (by its tag or a finite auxiliary), else -1. */
    private static int finiteAbove(Sentence s, DependencyGraph g, int w) {
        int cur = w;
        for (int i = 0; i < MAX_CLIMB; i++) {
            Dependency up = g.headEdge(cur);
            if (up == null) return -1;
            cur = up.governor();
            if (finite(s, g, cur)) return cur;
        }
        return -1;
    }

    private static boolean finite(Sentence s, DependencyGraph g, int x) {
        if (s.token(x).isFiniteVerb()) return true;
        if (!s.token(x).isVerb()) return false;
        for (Dependency a : g.children(x, "aux")) {
            if (s.token(a.dependent()).pos().equals("MD") || s.token(a.dependent()).isFiniteVerb()) return true;
        }
        return false;
    }
}
