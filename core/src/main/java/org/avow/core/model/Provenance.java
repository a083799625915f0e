package org.avow.core.model;

/** Where an event was read: article, sentence, character span in the article text, evidence. */
public record Provenance(String articleId, int sentenceIndex, int charBegin, int charEnd,
                         String sentence) {
}
