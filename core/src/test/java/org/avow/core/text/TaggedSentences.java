package org.avow.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;

/** Hand-tagged sentences and hand-made parses for tests of parse repairs: "word/TAG" or "word/TAG/lemma" per token. */
public final class TaggedSentences {
    private TaggedSentences() {}

    /** The sentence with character offsets as if its words were joined by single spaces; lemmas default to the lower-cased word. */
    /** A sentence's parse as "governor relation dependent" strings, for comparing repaired graphs. */
    public static Set<String> edges(Sentence s) {
        return s.graph().edges().stream().map(d -> d.governor() + " " + d.relation() + " " + d.dependent()).collect(Collectors.toSet());
    }

    public static Sentence of(String tagged, List<Dependency> edges) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        for (String wt : tagged.split(" ")) {
            String[] parts = wt.split("/");
            String w = parts[0];
            if (text.length() > 0) text.append(' ');
            tokens.add(new Token(i++, w, parts.length > 2 ? parts[2] : w.toLowerCase(), parts[1], text.length(), text.length() + w.length()));
            text.append(w);
        }
        return new Sentence(0, 0, text.length(), text.toString(), tokens, edges == null ? null : new DependencyGraph(tokens.size(), edges));
    }

    /** An analyzer that parses a sentence with the graph {@code graphs} gives for it (tokenizing and tagging are not needed). */
    public static TextAnalyzer parsing(Function<Sentence, DependencyGraph> graphs) {
        return new TextAnalyzer() {
            public List<Sentence> tokenize(String text) { throw new UnsupportedOperationException(); }
            public Sentence tag(Sentence s) { return s; }
            public Sentence retag(Sentence s, int index, String pos) { return s; }
            public Sentence parse(Sentence s) { return s.withGraph(graphs.apply(s)); }
        };
    }
}
