package org.avow.core.ingest;

import org.avow.core.model.Article;

/**
 * One input record: an article (with its date as written, before normalisation to a UTC date), or a
 * reject with its reason. Exactly one of article and reason is set.
 */
public record ParsedRecord(Article article, String originalDate, RejectReason reason, String detail) {
    public static ParsedRecord ok(Article a, String originalDate) { return new ParsedRecord(a, originalDate, null, null); }

    public static ParsedRecord reject(RejectReason r, String detail) { return new ParsedRecord(null, null, r, detail); }

    public boolean accepted() { return article != null; }
}
