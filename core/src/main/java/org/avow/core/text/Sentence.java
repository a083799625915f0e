package org.avow.core.text;

import java.util.List;

/** A sentence of an article: its tokens and, once parsed, its dependency graph (else null). */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens,
                       DependencyGraph graph) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Sentence withGraph(DependencyGraph g) {
        return new Sentence(index, begin, end, text, tokens, g);
    }

    public Sentence withTokens(List<Token> t) {
        return new Sentence(index, begin, end, text, t, graph);
    }

    /** Whether the tokens carry parts of speech and lemmas (the cascade tags candidates only). */
    public boolean tagged() { return tokens.isEmpty() || tokens.get(0).tagged(); }

    public Token token(int i) { return tokens.get(i); }

    public int size() { return tokens.size(); }
}
