package org.avow.core.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A plain-text or Markdown file is one record (position 0): YAML front matter gives its fields,
 * the body is its text. Without an id the file's relative path is its id; without a date, a date
 * leading the file name ({@code 2025-01-31-statement.md}, {@code 20250131_readout.txt}) is used.
 */
final class TextDocumentReader implements CorpusReader {
    /** Larger files are TOO_LARGE unread: a text cap of 2 M characters is at most 8 MB of UTF-8. */
    static final long MAX_FILE_BYTES = 64L << 20;
    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}|\\d{8})(?!\\d)");

    @Override
    public Stream<RawRecord> read(Path file, String name, RecordParser.Fields fields) {
        return Stream.of(readOne(file, name, fields));
    }

    private static RawRecord readOne(Path file, String name, RecordParser.Fields fields) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return RawRecord.rejected(0, RejectReason.TOO_LARGE, Files.size(file) + " bytes > " + MAX_FILE_BYTES, null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return RawRecord.rejected(0, RejectReason.UNREADABLE, e.toString(), null);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return RawRecord.rejected(0, RejectReason.BAD_ENCODING, "invalid UTF-8 bytes",
                    RejectReason.rawPrefix(new String(bytes, StandardCharsets.UTF_8)));
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String raw = RejectReason.rawPrefix(text);
        FrontMatter.Split doc;
        try {
            doc = FrontMatter.split(text);
        } catch (FrontMatter.Malformed e) {
            return RawRecord.rejected(0, RejectReason.MALFORMED_FRONT_MATTER, e.getMessage(), raw);
        }
        Map<String, String> values = new HashMap<>(doc.fields());
        if (!doc.body().isBlank() || !values.containsKey(fields.text())) values.put(fields.text(), doc.body());
        values.putIfAbsent(fields.id(), name);
        Matcher dated = DATED_NAME.matcher(file.getFileName().toString());
        if (dated.find()) values.putIfAbsent(fields.date(), dated.group(1));
        return RawRecord.of(0, values, raw);
    }
}
