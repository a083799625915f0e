package org.avow.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.avow.core.model.Article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Turns one JSON Lines record into an {@link Article} or a reject with its reason. Field names are
 * mappable; dates are normalised to UTC calendar dates. Pure and thread-safe.
 */
public final class RecordParser {
    /** Field names of the input; DESIGN.md's defaults unless a user maps them. */
    public record Fields(String id, String date, String text, String title, String source, String section, String url)
            implements java.io.Serializable {
        public static final Fields DEFAULT = new Fields("id", "date", "text", "title", "source", "section", "url");

        public Fields {
            Objects.requireNonNull(id);
            Objects.requireNonNull(date);
            Objects.requireNonNull(text);
        }
    }

    public static final int DEFAULT_MAX_TEXT_CHARS = 2_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Fields fields;
    private final int maxTextChars;
    private final String defaultSource;

    public RecordParser(Fields fields, int maxTextChars) {
        this(fields, maxTextChars, null);
    }

    /**
     * @param defaultSource the issuer of records that name none (a corpus of one office's statements,
     *                      such as "The White House"), so that "we" in them has a speaker; may be null
     */
    public RecordParser(Fields fields, int maxTextChars, String defaultSource) {
        this.fields = fields;
        this.maxTextChars = maxTextChars;
        this.defaultSource = defaultSource;
    }

    /** Never throws: a record the parser cannot handle is a reject with reason UNPARSEABLE. */
    public ParsedRecord parse(String line) {
        try {
            return parseOrThrow(line);
        } catch (RuntimeException | StackOverflowError e) {
            return ParsedRecord.reject(RejectReason.UNPARSEABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private ParsedRecord parseOrThrow(String line) {
        if (line.indexOf('\uFFFD') >= 0) return ParsedRecord.reject(RejectReason.BAD_ENCODING, "invalid UTF-8 bytes");
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return ParsedRecord.reject(RejectReason.MALFORMED_JSON, e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) return ParsedRecord.reject(RejectReason.MALFORMED_JSON, "not a JSON object");
        String id = text(n, fields.id());
        if (id == null || id.isBlank()) return ParsedRecord.reject(RejectReason.MISSING_ID, "no " + fields.id());
        String body = text(n, fields.text());
        if (body == null) return ParsedRecord.reject(RejectReason.MISSING_TEXT, "no " + fields.text());
        if (body.isBlank()) return ParsedRecord.reject(RejectReason.EMPTY, "blank " + fields.text());
        if (body.length() > maxTextChars) {
            return ParsedRecord.reject(RejectReason.TOO_LARGE, body.length() + " chars > " + maxTextChars);
        }
        String rawDate = text(n, fields.date());
        LocalDate date = rawDate == null ? null : parseDate(rawDate);
        if (date == null) return ParsedRecord.reject(RejectReason.BAD_DATE, rawDate == null ? "no " + fields.date() : rawDate);
        String text = TextNormalizer.normalize(body);
        if (text.isBlank()) return ParsedRecord.reject(RejectReason.EMPTY, "nothing left after removing markup");
        String source = text(n, fields.source());
        String title = text(n, fields.title());
        return ParsedRecord.ok(new Article(id.strip(), date, title == null ? null : TextNormalizer.normalize(title),
                source == null ? defaultSource : source, text(n, fields.section()), text(n, fields.url()), text));
    }

    /** ISO dates and date-times (offsets converted to UTC), RFC 1123, yyyyMMdd, epoch seconds or millis. */
    public static LocalDate parseDate(String raw) {
        String s = raw.strip();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(s);
            if (s.matches("\\d{8}")) return LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE);
            if (s.matches("\\d{9,10}")) return Instant.ofEpochSecond(Long.parseLong(s)).atZone(ZoneOffset.UTC).toLocalDate();
            if (s.matches("\\d{12,13}")) return Instant.ofEpochMilli(Long.parseLong(s)).atZone(ZoneOffset.UTC).toLocalDate();
            if (s.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                try {
                    return ZonedDateTime.parse(s, DateTimeFormatter.ISO_DATE_TIME).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
                } catch (DateTimeParseException e) {
                    return LocalDate.parse(s.substring(0, 10));
                }
            }
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        if (field == null) return null;
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
