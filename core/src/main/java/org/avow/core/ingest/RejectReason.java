package org.avow.core.ingest;

/** Why a corpus record was quarantined instead of becoming an article. */
public enum RejectReason {
    /** Not parseable as a JSON object (JSON Lines, or a Parquet row Spark could not convert). */
    MALFORMED_JSON,
    /** A CSV/TSV row whose fields do not match the header, a bad header, or an unclosed quote (the rest of the file). */
    MALFORMED_CSV,
    /** YAML front matter of a text or Markdown file that does not parse safely into a mapping. */
    MALFORMED_FRONT_MATTER,
    /** A WARC/WET file the WARC reader cannot go on reading (the rest of the file from that offset). */
    MALFORMED_WARC,
    /** A Parquet file whose footer or schema cannot be read (the whole file). */
    MALFORMED_PARQUET,
    /** A WARC capture that is not a text document (an image, a PDF, an HTTP error page). */
    UNSUPPORTED_CONTENT,
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
    /** A file that could not be read at all (permissions, I/O error). */
    UNREADABLE,
    /** The parser itself failed on the record (a bug to report; the record is kept here). */
    UNPARSEABLE;

    /** A reject row keeps at most this many characters of its raw record. */
    public static final int RAW_LIMIT = 4096;

    /** The part of a raw record a reject row keeps. */
    public static String rawPrefix(String raw) {
        return raw == null || raw.length() <= RAW_LIMIT ? raw : raw.substring(0, RAW_LIMIT);
    }
}
