package org.avow.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Pieces for parsing a sentence in parts and joining the parts' graphs again, for the parse repairs: a span of a
 * sentence as a sentence of its own, and a part's edges moved back to the whole sentence's token indexes.
 */
public final class Splice {
    private Splice() {}

    /** Tokens [from, to) of tagged sentence s as a sentence of its own, indexed from 0, unparsed. */
    public static Sentence part(Sentence s, int from, int to) {
        List<Token> tokens = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            tokens.add(new Token(i - from, t.word(), t.lemma(), t.pos(), t.begin(), t.end()));
        }
        int begin = tokens.get(0).begin();
        int end = tokens.get(tokens.size() - 1).end();
        String text = s.text().substring(Math.max(0, begin - s.begin()), Math.min(s.text().length(), Math.max(0, end - s.begin())));
        return new Sentence(s.index(), begin, end, text, tokens, null);
    }

    /** The first root of graph g, or -1. */
    public static int root(DependencyGraph g) {
        for (Dependency d : g.edges()) if (d.governor() < 0) return d.dependent();
        return -1;
    }

    /** The edges of part graph g, moved by offset, without its root edges. */
    public static List<Dependency> shifted(DependencyGraph g, int offset) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : g.edges()) {
            if (d.governor() >= 0) out.add(new Dependency(d.governor() + offset, d.relation(), d.dependent() + offset));
        }
        return out;
    }
}
