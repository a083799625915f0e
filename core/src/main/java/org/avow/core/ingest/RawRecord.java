package org.avow.core.ingest;

import java.util.Map;

/**
 * One record as a corpus reader found it, before {@link RecordParser} judges it: where it is in its
 * file, its fields by name, and its raw text. A reader that cannot make fields of it (a CSV row
 * that does not fit the header, a WARC file broken from here on) sets the reason instead; a JSON
 * Lines record carries only its raw line, which the parser reads.
 *
 * @param position the 1-based line of a JSON Lines or CSV record, the byte offset of a WARC record,
 *                 the 0-based row of a Parquet record, 0 for a file that is one record
 */
public record RawRecord(long position, Map<String, String> fields, String raw, RejectReason reason, String detail) {
    public static RawRecord of(long position, Map<String, String> fields, String raw) {
        return new RawRecord(position, Map.copyOf(fields), raw, null, null);
    }

    public static RawRecord json(long position, String line) {
        return new RawRecord(position, null, line, null, null);
    }

    public static RawRecord rejected(long position, RejectReason reason, String detail, String raw) {
        return new RawRecord(position, null, raw, reason, detail);
    }
}
