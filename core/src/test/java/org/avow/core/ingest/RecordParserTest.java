package org.avow.core.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordParserTest {
    private final RecordParser parser = new RecordParser(RecordParser.Fields.DEFAULT, 100);

    @Test
    void acceptsAnArticleWithOptionalFields() {
        ParsedRecord r = parser.parse("{\"id\":\"x1\",\"date\":\"2025-11-18\",\"title\":\"T\",\"text\":\"Body.\",\"url\":null}");
        assertTrue(r.accepted());
        assertEquals("x1", r.article().id());
        assertEquals(LocalDate.of(2025, 11, 18), r.article().date());
        assertEquals("T", r.article().title());
        assertNull(r.article().url());
    }

    @Test
    void rejectsWithTheReason() {
        assertEquals(RejectReason.MALFORMED_JSON, parser.parse("{\"id\":").reason());
        assertEquals(RejectReason.MALFORMED_JSON, parser.parse("\"just a string\"").reason());
        assertEquals(RejectReason.MISSING_ID, parser.parse("{\"date\":\"2025-01-01\",\"text\":\"a\"}").reason());
        assertEquals(RejectReason.MISSING_TEXT, parser.parse("{\"id\":\"a\",\"date\":\"2025-01-01\"}").reason());
        assertEquals(RejectReason.EMPTY, parser.parse("{\"id\":\"a\",\"date\":\"2025-01-01\",\"text\":\" \\n \"}").reason());
        assertEquals(RejectReason.BAD_DATE, parser.parse("{\"id\":\"a\",\"date\":\"soon\",\"text\":\"a\"}").reason());
        assertEquals(RejectReason.TOO_LARGE, parser.parse("{\"id\":\"a\",\"date\":\"2025-01-01\",\"text\":\"" + "x".repeat(101) + "\"}").reason());
        assertEquals(RejectReason.BAD_ENCODING, parser.parse("{\"id\":\"a\",\"date\":\"2025-01-01\",\"text\":\"caf\uFFFD\"}").reason());
    }

    @Test
    void mapsFieldNames() {
        RecordParser mapped = new RecordParser(new RecordParser.Fields("doc_id", "published", "body", null, null, null, null), 1000);
        ParsedRecord r = mapped.parse("{\"doc_id\":7,\"published\":\"20250131\",\"body\":\"B\"}");
        assertTrue(r.accepted());
        assertEquals("7", r.article().id());
        assertEquals(LocalDate.of(2025, 1, 31), r.article().date());
    }

    @Test
    void normalisesNewsDateFormatsToUtc() {
        assertEquals(LocalDate.of(2025, 11, 18), RecordParser.parseDate("2025-11-18"));
        assertEquals(LocalDate.of(2025, 11, 17), RecordParser.parseDate("2025-11-18T08:30:00+09:00"));
        assertEquals(LocalDate.of(2025, 11, 18), RecordParser.parseDate("Tue, 18 Nov 2025 08:00:00 GMT"));
        assertEquals(LocalDate.of(2025, 1, 31), RecordParser.parseDate("20250131"));
        assertEquals(LocalDate.of(2025, 1, 1), RecordParser.parseDate("1735689600"));
        assertEquals(LocalDate.of(2025, 1, 1), RecordParser.parseDate("1735689600000"));
        assertNull(RecordParser.parseDate("2025-13-45"));
        assertNull(RecordParser.parseDate("yesterday"));
    }
}
