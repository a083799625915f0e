package org.avow.core.extract;

import org.avow.core.text.Sentence;
import org.avow.core.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A repair for a tagging error the parser does not share: in "Vietnam sincerely thanks the government", "Tokyo vows
 * support" the tagger reads the verb as a plural noun while the parser still gives it a subject and an object. A word
 * tagged as a plural noun ending in "s" with both is a present-tense verb: tagged VBZ, its lemma without the "s".
 */
final class NominalVerb {
    private NominalVerb() {}

    /** Sentence s (parsed) with such nouns retagged, else s. */
    static Sentence repaired(Sentence s) {
        List<Token> tokens = null;
        for (Token t : s.tokens()) {
            if (!t.pos().equals("NNS") || !t.word().endsWith("s") || t.word().length() < 4) continue;
            boolean subject = s.graph().children(t.index()).stream().anyMatch(d -> d.relation().equals("nsubj"));
            boolean object = s.graph().hasChild(t.index(), "obj");
            if (!subject || !object) continue;
            if (tokens == null) tokens = new ArrayList<>(s.tokens());
            String w = t.word();
            tokens.set(t.index(), new Token(t.index(), w, w.substring(0, w.length() - 1).toLowerCase(java.util.Locale.ROOT), "VBZ", t.begin(), t.end()));
        }
        return tokens == null ? s : s.withTokens(tokens);
    }
}
