package org.avow.core.text;

import java.util.List;

/**
 * The linguistic analysis the extractor needs, in three steps so that tagging and deep parsing are
 * spent only on candidate sentences: a cheap tokenization and sentence split of the whole text,
 * parts of speech and lemmas for one sentence on demand, then its dependency parse.
 */
public interface TextAnalyzer {
    /** Sentences of {@code text} with tokens; offsets are into {@code text}. Tokens may be untagged. */
    List<Sentence> tokenize(String text);

    /** The same sentence with parts of speech and lemmas (itself if already tagged). */
    Sentence tag(Sentence sentence);

    /** The same sentence with its dependency graph (itself if already parsed); it must be tagged. */
    Sentence parse(Sentence sentence);

    /**
     * The same tagged, unparsed sentence with token {@code index} given part of speech {@code pos} and the
     * lemma that part of speech has (for a tag the tagger is known to miss, such as a headline's verb).
     */
    Sentence retag(Sentence sentence, int index, String pos);
}
