package org.avow.core.ingest;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * WARC and WET files (jwarc), positioned by byte offset. A WET conversion record carries plain
 * text; a response or resource record carries a page, whose HTML is stripped to text. Records that
 * are not documents (warcinfo, request, metadata, revisit) are not corpus records; a capture that is
 * not text, or an HTTP error, is UNSUPPORTED_CONTENT; a file that cannot be read on is
 * MALFORMED_WARC from that offset.
 */
final class WarcDocumentReader implements CorpusReader {

    @Override
    public Stream<RawRecord> read(Path file, String name, RecordParser.Fields fields) {
        WarcReader reader;
        try {
            reader = new WarcReader(file);
        } catch (IOException | RuntimeException e) {
            return Stream.of(RawRecord.rejected(0, RejectReason.MALFORMED_WARC, e.toString(), null));
        }
        Iterator<RawRecord> out = new Iterator<>() {
            RawRecord next;
            boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) next = advance();
                return next != null;
            }

            @Override
            public RawRecord next() {
                if (!hasNext()) throw new NoSuchElementException();
                RawRecord r = next;
                next = null;
                return r;
            }

            /** The next corpus record, or null to read on (a record that is no document) or at the end. */
            private RawRecord advance() {
                Optional<WarcRecord> r;
                try {
                    r = reader.next();
                } catch (IOException | RuntimeException e) {
                    // the reader has moved to the record it failed on
                    done = true;
                    long at = reader.position();
                    return RawRecord.rejected(at, RejectReason.MALFORMED_WARC, "from byte " + at + " on: " + e, null);
                }
                if (r.isEmpty()) {
                    done = true;
                    return null;
                }
                try {
                    return document(reader.position(), r.get(), fields);
                } catch (IOException | RuntimeException e) {
                    return RawRecord.rejected(reader.position(), RejectReason.MALFORMED_WARC, e.toString(), null);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(out, Spliterator.ORDERED), false).onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static RawRecord document(long at, WarcRecord r, RecordParser.Fields fields) throws IOException {
        if (!(r instanceof WarcConversion || r instanceof WarcResponse || r instanceof WarcResource)) return null;
        WarcTargetRecord t = (WarcTargetRecord) r;
        if (r instanceof WarcResponse resp && resp.contentType().base().equals(MediaType.HTTP)) {
            int status = resp.http().status();
            if (status < 200 || status >= 300) return RawRecord.rejected(at, RejectReason.UNSUPPORTED_CONTENT, "HTTP " + status, null);
        }
        Optional<WarcPayload> payload = t.payload();
        if (payload.isEmpty()) return RawRecord.rejected(at, RejectReason.EMPTY, "no payload", null);
        MediaType type = r instanceof WarcConversion && payload.get().type().base().equals(MediaType.OCTET_STREAM)
                ? MediaType.parse("text/plain") : payload.get().type();
        String base = type.base().toString();
        boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
        if (!html && !base.equals("text/plain")) return RawRecord.rejected(at, RejectReason.UNSUPPORTED_CONTENT, base, null);
        byte[] bytes;
        try (InputStream in = payload.get().body().stream()) {
            bytes = in.readNBytes((int) TextDocumentReader.MAX_FILE_BYTES + 1);
        }
        if (bytes.length > TextDocumentReader.MAX_FILE_BYTES) {
            return RawRecord.rejected(at, RejectReason.TOO_LARGE, "payload > " + TextDocumentReader.MAX_FILE_BYTES + " bytes", null);
        }
        String body = new String(bytes, charset(type));
        Map<String, String> values = new HashMap<>();
        values.put(fields.id(), r.id().toString());
        values.put(fields.date(), r.date().toString());
        if (t.target() != null) values.put(fields.url(), t.target());
        if (html) {
            HtmlText.Page page = HtmlText.of(body);
            values.put(fields.text(), page.text());
            if (page.title() != null) values.put(fields.title(), page.title());
            if (page.published() != null && RecordParser.parseDate(page.published()) != null) values.put(fields.date(), page.published());
        } else {
            values.put(fields.text(), body);
        }
        return RawRecord.of(at, values, RejectReason.rawPrefix(body));
    }

    private static Charset charset(MediaType type) {
        String cs = type.parameters().get("charset");
        try {
            return cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs.strip());
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
