package org.avow.core.ingest;

import org.avow.core.model.Article;

/** One input record: an article, or a reject with its reason. Exactly one of the two is set. */
public record ParsedRecord(Article article, RejectReason reason, String detail) {
    public static ParsedRecord ok(Article a) { return new ParsedRecord(a, null, null); }

    public static ParsedRecord reject(RejectReason r, String detail) { return new ParsedRecord(null, r, detail); }

    public boolean accepted() { return article != null; }
}
