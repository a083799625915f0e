package org.avow.core.extract;

/**
 * A candidate that did not become an event, and why: NEGATED, IRREALIS, DOMESTIC, NO_SOURCE,
 * NO_TARGET, TOO_LONG, CONSTRAINT (a cue's required dependent is missing).
 */
public record Rejection(String articleId, int sentenceIndex, String cue, String act, String reason,
                        String detail, String sentence) {
}
