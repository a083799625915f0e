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

/**
 * A repair for one way the dependency parser fails on news sentences: an opening adjunct set off by a comma
 * ("Addressing the UN General Assembly, Faisal bin Farhan said ...", "At a news conference in Ottawa, Trudeau
 * accused ...") sometimes swallows the clause after it, so that "Addressing" becomes the subject of the main verb
 * or "said" a complement of the adjunct. When the whole parse has a core argument relation crossing the comma, the
 * adjunct and the clause are parsed apart and joined again: the clause keeps its own tree, and the adjunct's head
 * hangs on the clause's root as an adverbial clause (a participle or a clause with a subordinator) or an oblique
 * marked by its preposition.
 */
final class LeadingAdjunct {
    /** Relations that never cross from an opening adjunct into its clause in a right parse. */
    private static final Set<String> CORE = Set.of("nsubj", "obj", "iobj", "ccomp", "csubj", "xcomp");
    /** The longest opening adjunct considered, in tokens. */
    static final int MAX_TOKENS = 16;

    private LeadingAdjunct() {}

    /**
     * The index of the comma ending an opening adjunct of sentence s (tagged), or -1: the sentence opens with a
     * preposition, subordinator, participle or adverb, and a comma follows within {@link #MAX_TOKENS} tokens with
     * at least three tokens after it.
     */
    static int comma(Sentence s) {
        if (s.size() < 6) return -1;
        String first = s.token(0).pos();
        if (!(first.equals("IN") || first.equals("VBG") || first.equals("VBN") || first.equals("RB") || first.equals("TO"))) return -1;
        for (int i = 2; i < Math.min(s.size() - 3, MAX_TOKENS); i++) {
            if (s.token(i).word().equals(",")) return i;
        }
        return -1;
    }

    /**
     * Whether graph g, over sentence s whose opening adjunct ends at comma, has a core relation across it, or its root
     * in the adjunct while a finite verb follows the comma ("At the White House signing, Aliyev and Pashinyan both
     * thanked Trump" parsed with "signing" as the root).
     */
    static boolean crossed(Sentence s, DependencyGraph g, int comma) {
        for (Dependency d : g.edges()) {
            // (a root that is the adjunct's own noun, not a clause's verb: "At least 100 tanks will be delivered to Ukraine
            // by Denmark, Germany and the Netherlands" has its clause before the comma)
            if (d.governor() < 0 && d.dependent() < comma && !s.token(d.dependent()).isVerb()) {
                for (int i = comma + 1; i < s.size(); i++) {
                    if (s.token(i).isFiniteVerb()) return true;
                }
            }
        }
        for (Dependency d : g.edges()) {
            if (d.governor() < 0 || !CORE.contains(d.base())) continue;
            if (d.governor() < comma != d.dependent() < comma) return true;
        }
        // ("In a joint statement issued in Doha and Cairo, Qatar and Egypt urged Israel": the clause's subject made a
        // conjunct of the adjunct's last noun, and the verb after the comma left with none)
        for (Dependency d : g.edges()) {
            if (d.governor() < 0 || d.governor() >= comma || d.dependent() <= comma || !d.base().equals("conj")) continue;
            for (Dependency r : g.edges()) {
                if (r.governor() < 0 && r.dependent() > comma && s.token(r.dependent()).isVerb() && !g.hasChild(r.dependent(), "nsubj")) return true;
            }
        }
        return false;
    }

    /**
     * The graph of sentence s joined from separate parses of its adjunct (tokens before comma) and its clause
     * (tokens after it), each parsed as a sentence of its own.
     */
    static DependencyGraph joined(Sentence s, int comma, TextAnalyzer analyzer) {
        DependencyGraph hg = analyzer.parse(Splice.part(s, 0, comma)).graph();
        DependencyGraph tg = analyzer.parse(Splice.part(s, comma + 1, s.size())).graph();
        int headRoot = Splice.root(hg);
        int tailRoot = Splice.root(tg);
        if (headRoot < 0 || tailRoot < 0) return null;
        tailRoot += comma + 1;
        List<Dependency> edges = new ArrayList<>(Splice.shifted(hg, 0));
        edges.addAll(Splice.shifted(tg, comma + 1));
        edges.add(new Dependency(-1, "root", tailRoot));
        edges.add(new Dependency(tailRoot, attachment(s, headRoot, hg), headRoot));
        edges.add(new Dependency(tailRoot, "punct", comma));
        return new DependencyGraph(s.size(), edges);
    }

    /** Sentence s (parsed) with its opening adjunct repaired if the whole parse let it swallow its clause, else s. */
    static Sentence repaired(Sentence s, TextAnalyzer analyzer) {
        int comma = comma(s);
        if (comma < 0 || !crossed(s, s.graph(), comma)) return s;
        DependencyGraph joined = joined(s, comma, analyzer);
        return joined == null ? s : s.withGraph(joined);
    }

    /** How the adjunct's head hangs on the clause: "obl:at" for "At a news conference", else "advcl". */
    private static String attachment(Sentence s, int headRoot, DependencyGraph hg) {
        Token h = s.token(headRoot);
        if (h.isNoun() || h.pos().startsWith("PRP")) {
            for (Dependency d : hg.children(headRoot, "case")) return "obl:" + s.token(d.dependent()).lowerLemma();
            return "obl";
        }
        return "advcl";
    }
}
