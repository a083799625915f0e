package org.avow.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.avow.core.ingest.ParsedRecord;
import org.avow.core.ingest.RecordParser;
import org.avow.core.model.Channel;
import org.avow.core.model.SpeechAct;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads gold annotations (JSON Lines, gzipped or not: a corpus record plus {@code events}). A
 * malformed line is an error naming the file and line; nothing is skipped silently.
 */
public final class GoldReader {
    /** A gold file that does not follow the format. */
    public static final class GoldFormatException extends RuntimeException {
        public GoldFormatException(Path file, int line, String message) {
            super(file + ":" + line + ": " + message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {
    }

    public static List<GoldRecord> read(Path file) throws IOException {
        RecordParser corpus = new RecordParser(RecordParser.Fields.DEFAULT, RecordParser.DEFAULT_MAX_TEXT_CHARS);
        List<GoldRecord> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8.newDecoder()))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                ParsedRecord rec = corpus.parse(line);
                if (!rec.accepted()) throw new GoldFormatException(file, n, rec.reason() + ": " + rec.detail());
                if (!ids.add(rec.article().id())) throw new GoldFormatException(file, n, "duplicate id " + rec.article().id());
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new GoldFormatException(file, n, e.getOriginalMessage());
                }
                JsonNode events = node.get("events");
                if (events == null || !events.isArray()) throw new GoldFormatException(file, n, "no events array");
                List<GoldRecord.GoldEvent> es = new ArrayList<>();
                for (JsonNode e : events) es.add(event(file, n, e));
                out.add(new GoldRecord(rec.article(), List.copyOf(es), n));
            }
        }
        return out;
    }

    /** The file's bytes, gunzipped when they are gzip (a generated corpus's truth is). */
    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static GoldRecord.GoldEvent event(Path file, int n, JsonNode e) {
        String source = e.path("source").asText("");
        String target = e.path("target").isNull() || e.path("target").isMissingNode() ? "-" : e.path("target").asText();
        if (!source.matches("[A-Z][A-Z0-9]{1,4}")) throw new GoldFormatException(file, n, "bad source " + source);
        if (!target.equals("-") && !target.matches("[A-Z][A-Z0-9]{1,4}")) throw new GoldFormatException(file, n, "bad target " + target);
        SpeechAct act;
        Channel channel = null;
        try {
            act = SpeechAct.valueOf(e.path("act").asText(""));
            if (e.hasNonNull("channel")) channel = Channel.valueOf(e.get("channel").asText());
        } catch (IllegalArgumentException ex) {
            throw new GoldFormatException(file, n, "unknown act or channel in " + e);
        }
        return new GoldRecord.GoldEvent(new Triple(source, act, target), e.hasNonNull("source_role") ? e.get("source_role").asText() : null, channel);
    }
}
