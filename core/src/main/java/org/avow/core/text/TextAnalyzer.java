package org.avow.core.text;

import java.util.List;

/**
 * The linguistic analysis the extractor needs, in two steps so that deep parsing is spent only on
 * candidate sentences: a cheap split (tokens, parts of speech, lemmas) of the whole text, then a
 * dependency parse of one sentence on demand.
 */
public interface TextAnalyzer {
    /** Sentences with tokens, POS and lemmas; offsets are into {@code text}. */
    List<Sentence> split(String text);

    /** The same sentence with its dependency graph. */
    Sentence parse(Sentence sentence);
}
