package org.avow.core.ingest;

/** Why a corpus record was quarantined instead of becoming an article. */
public enum RejectReason {
    /** Not parseable as a JSON object. */
    MALFORMED_JSON,
    /** The bytes were not valid UTF-8 (the decoder had to substitute characters). */
    BAD_ENCODING,
    /** No id field, or an empty one. */
    MISSING_ID,
    /** No text field. */
    MISSING_TEXT,
    /** A text field with nothing but white space. */
    EMPTY,
    /** No date, or one that no supported format parses. */
    BAD_DATE,
    /** A text larger than the configured cap. */
    TOO_LARGE,
    /** An id seen before with a different text. */
    DUPLICATE_ID,
    /** The parser itself failed on the record (a bug to report; the record is kept here). */
    UNPARSEABLE
}
