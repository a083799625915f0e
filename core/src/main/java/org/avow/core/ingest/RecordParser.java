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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns one corpus record (a JSON Lines line, or the fields a {@link CorpusReader} found) into an
 * {@link Article} or a reject with its reason, the same way for every format. Field names are
 * mappable; dates are normalised to UTC calendar dates. Pure and thread-safe.
 */
public final class RecordParser implements java.io.Serializable {
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
    /** Trailing tokens after the object ("{...} junk") make a line malformed, not a shorter record. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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

    public Fields fields() {
        return fields;
    }

    /** A JSON Lines record. Never throws: a record the parser cannot handle is a reject with reason UNPARSEABLE. */
    public ParsedRecord parse(String line) {
        return parse(RawRecord.json(0, line));
    }

    /** A record of any format. Never throws: a record the parser cannot handle is a reject with reason UNPARSEABLE. */
    public ParsedRecord parse(RawRecord r) {
        try {
            if (r.reason() != null) return ParsedRecord.reject(r.reason(), r.detail());
            if (r.fields() != null) return fromFields(r.fields());
            return fromJson(r.raw());
        } catch (RuntimeException | StackOverflowError e) {
            return ParsedRecord.reject(RejectReason.UNPARSEABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private ParsedRecord fromJson(String line) {
        if (line.indexOf('\uFFFD') >= 0) return ParsedRecord.reject(RejectReason.BAD_ENCODING, "invalid UTF-8 bytes");
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return ParsedRecord.reject(RejectReason.MALFORMED_JSON, e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) return ParsedRecord.reject(RejectReason.MALFORMED_JSON, "not a JSON object");
        Map<String, String> values = new HashMap<>();
        n.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (!v.isNull()) values.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
        });
        return fromFields(values);
    }

    private ParsedRecord fromFields(Map<String, String> n) {
        for (String v : n.values()) {
            if (v != null && v.indexOf('\uFFFD') >= 0) return ParsedRecord.reject(RejectReason.BAD_ENCODING, "invalid UTF-8 bytes");
        }
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
                source == null ? defaultSource : source, text(n, fields.section()), text(n, fields.url()), text), rawDate);
    }

    private static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM. d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));

    /**
     * ISO dates and date-times (offsets converted to UTC), RFC 1123, yyyyMMdd, epoch seconds or
     * millis, and the written forms news sites use ("January 31, 2025", "31 Jan 2025"); null when
     * none parses or the date is outside 1800-2100.
     */
    public static LocalDate parseDate(String raw) {
        LocalDate d = parseAnyDate(raw.strip());
        return d == null || d.isBefore(EARLIEST) || d.isAfter(LATEST) ? null : d;
    }

    private static LocalDate parseAnyDate(String s) {
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(s);
            if (s.matches("\\d{8}")) return LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE);
            if (s.matches("\\d{9,10}(\\.\\d+)?")) {
                return Instant.ofEpochSecond(Long.parseLong(s.replaceFirst("\\..*", ""))).atZone(ZoneOffset.UTC).toLocalDate();
            }
            if (s.matches("\\d{12,13}")) return Instant.ofEpochMilli(Long.parseLong(s)).atZone(ZoneOffset.UTC).toLocalDate();
            if (s.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                try {
                    return ZonedDateTime.parse(s, DateTimeFormatter.ISO_DATE_TIME).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
                } catch (DateTimeParseException e) {
                    return LocalDate.parse(s.substring(0, 10));
                }
            }
            if (s.length() > 3 && Character.isLetter(s.charAt(0)) && s.charAt(3) == ',') {
                return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
            }
            for (DateTimeFormatter f : WRITTEN) {
                try {
                    return f.parse(s, java.time.temporal.TemporalQueries.localDate());
                } catch (DateTimeParseException e) {
                    // next form
                }
            }
            return null;
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static String text(Map<String, String> n, String field) {
        return field == null ? null : n.get(field);
    }
}
