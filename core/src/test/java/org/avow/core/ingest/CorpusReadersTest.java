package org.avow.core.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each format's reader, through the one parser: what becomes an article, what a reject and why, at which position. */
class CorpusReadersTest {
    private static final RecordParser PARSER = new RecordParser(RecordParser.Fields.DEFAULT, 10_000);

    /** "position REASON" for a reject, "position id date [original date]" for an article. */
    private static List<String> outcomes(Path file) {
        List<String> out = new ArrayList<>();
        CorpusFormat f = CorpusFormat.of(file).orElseThrow();
        try (Stream<RawRecord> records = f.reader().read(file, file.getFileName().toString(), RecordParser.Fields.DEFAULT)) {
            records.forEach(raw -> {
                ParsedRecord r = PARSER.parse(raw);
                out.add(raw.position() + " " + (r.accepted()
                        ? r.article().id() + " " + r.article().date() + " [" + r.originalDate() + "]" : r.reason().name()));
            });
        }
        return out;
    }

    private static ParsedRecord only(Path file) {
        try (Stream<RawRecord> records = CorpusFormat.of(file).orElseThrow().reader().read(file, "docs/" + file.getFileName(),
                RecordParser.Fields.DEFAULT)) {
            List<RawRecord> all = records.toList();
            assertEquals(1, all.size());
            return PARSER.parse(all.get(0));
        }
    }

    @Test
    void csvRowsByStartingLineWithQuotedLineBreaksAndMalformedRows(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("wire.csv");
        Files.writeString(csv, String.join("\n",
                "id,date,title,text",
                "w1,2025-03-04,Talks,\"Seoul asked Washington for support.",
                "A second paragraph.\"",
                "w2,\"Tue, 04 Mar 2025 23:30:00 -0500\",Late,Tokyo pledged aid.",
                "w3,2025-03-04,Extra,Too,many,fields",
                "w4,,No date,Manila spoke.",
                "w5,2025-03-06,Open,\"this quote never closes",
                "w6,2025-03-07,Lost,lines after it are part of the broken field"));
        assertEquals(List.of("2 w1 2025-03-04 [2025-03-04]", "4 w2 2025-03-05 [Tue, 04 Mar 2025 23:30:00 -0500]",
                "5 MALFORMED_CSV", "6 BAD_DATE", "7 MALFORMED_CSV"), outcomes(csv));
    }

    @Test
    void tsvTakesQuotesAsText(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("briefs.tsv");
        Files.writeString(tsv, "id\tdate\ttext\nt1\t20250131\tShe called it \"ironclad\".\nt2\t1738281600\tA second brief.\n");
        assertEquals(List.of("2 t1 2025-01-31 [20250131]", "3 t2 2025-01-31 [1738281600]"), outcomes(tsv));
    }

    @Test
    void markdownFrontMatterIsLoadedSafelyAndTheDateKeptAsWritten(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("readout.md");
        Files.writeString(md, "---\ntitle: Readout of a call\ndate: 2025-01-31\nsource: The White House\n---\n"
                + "# Readout\n\nThe President spoke with the Prime Minister of Japan.\nShare\n");
        ParsedRecord r = only(md);
        assertEquals("docs/readout.md", r.article().id(), "no id in the front matter: the relative path");
        assertEquals(LocalDate.of(2025, 1, 31), r.article().date());
        assertEquals("2025-01-31", r.originalDate(), "a YAML timestamp stays a string");
        assertEquals("The White House", r.article().source());
        assertEquals("Readout\n\nThe President spoke with the Prime Minister of Japan.", r.article().text());

        Path tagged = dir.resolve("2025-02-01-tagged.md");
        Files.writeString(tagged, "---\nid: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n---\nBody.\n");
        assertEquals(RejectReason.MALFORMED_FRONT_MATTER, only(tagged).reason(), "no class tags");
        Path unclosed = dir.resolve("unclosed.md");
        Files.writeString(unclosed, "---\ntitle: never closed\nBody text.\n");
        assertEquals(RejectReason.MALFORMED_FRONT_MATTER, only(unclosed).reason());
        Path dated = dir.resolve("20250203_statement.txt");
        Files.writeString(dated, "Plain text, dated by its file name.");
        assertEquals(LocalDate.of(2025, 2, 3), only(dated).article().date());
        Path latin1 = dir.resolve("2025-02-04-latin1.txt");
        Files.write(latin1, "Caf\u00e9 diplomacy.".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(RejectReason.BAD_ENCODING, only(latin1).reason());
    }

    @Test
    void warcPagesLoseTheirFurnitureAndNonDocumentsAreRejected(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter w = new WarcWriter(warc)) {
            offsets.add(w.position());
            w.write(response("https://example.org/news/1", 200, "text/html; charset=utf-8", ("<html><head><title>Allies meet</title>"
                    + "<meta property=\"article:published_time\" content=\"2025-03-04T22:00:00-05:00\"></head><body>"
                    + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><div class=\"share-bar\">Share on X</div>"
                    + "<article><h1>Allies meet</h1><p>Canberra and Tokyo pledged to deepen ties.</p>"
                    + "<p>Both said the talks went well.</p></article><footer>Copyright</footer></body></html>").getBytes(StandardCharsets.UTF_8)));
            offsets.add(w.position());
            w.write(response("https://example.org/logo.png", 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}));
            offsets.add(w.position());
            w.write(response("https://example.org/gone", 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8)));
            offsets.add(w.position());
            w.write(new WarcConversion.Builder().date(Instant.parse("2025-03-05T10:00:00Z"))
                    .setHeader("WARC-Target-URI", "https://example.org/news/2")
                    .body(MediaType.parse("text/plain"), "Seoul urged Washington to reaffirm its commitment.".getBytes(StandardCharsets.UTF_8))
                    .build());
            offsets.add(w.position());
        }
        Files.write(warc, "WARC/1.1\r\nthis is not a record header\r\n\r\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        List<String> out = outcomes(warc);
        assertEquals(5, out.size(), String.valueOf(out));
        assertTrue(out.get(0).startsWith(offsets.get(0) + " urn:uuid:") && out.get(0).endsWith(" 2025-03-05 [2025-03-04T22:00:00-05:00]"),
                out.get(0));
        assertEquals(offsets.get(1) + " UNSUPPORTED_CONTENT", out.get(1));
        assertEquals(offsets.get(2) + " UNSUPPORTED_CONTENT", out.get(2));
        assertTrue(out.get(3).startsWith(offsets.get(3) + " urn:uuid:") && out.get(3).endsWith(" 2025-03-05 [2025-03-05T10:00:00Z]"));
        assertEquals(offsets.get(4) + " MALFORMED_WARC", out.get(4));

        try (Stream<RawRecord> records = new WarcDocumentReader().read(warc, "crawl", RecordParser.Fields.DEFAULT)) {
            RawRecord page = records.findFirst().orElseThrow();
            assertEquals("Allies meet", page.fields().get("title"));
            assertEquals("Allies meet\n\nCanberra and Tokyo pledged to deepen ties.\n\nBoth said the talks went well.",
                    PARSER.parse(page).article().text());
        }
    }

    private static WarcResponse response(String uri, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(uri).date(Instant.parse("2025-03-05T12:00:00Z")).body(http).build();
    }

    @Test
    void datesInTheFormsNewsDataUses() {
        assertEquals(LocalDate.of(2025, 2, 1), RecordParser.parseDate("Fri, 31 Jan 2025 23:30:00 -0500"));
        assertEquals(LocalDate.of(2025, 1, 31), RecordParser.parseDate("1738329600000"));
        assertEquals(LocalDate.of(2025, 1, 31), RecordParser.parseDate("January 31, 2025"));
        assertEquals(LocalDate.of(2025, 1, 31), RecordParser.parseDate("31 Jan 2025"));
        assertEquals(LocalDate.of(2025, 1, 31), RecordParser.parseDate("2025-01-31 18:05:00"));
        assertNull(RecordParser.parseDate("2025-02-30"));
        assertNull(RecordParser.parseDate("1492-10-12"), "outside 1800-2100");
        assertNull(RecordParser.parseDate("next Tuesday"));
    }

    @Test
    void formatsByFileName() {
        assertEquals(CorpusFormat.WARC, CorpusFormat.of(Path.of("CC-MAIN-1.warc.wet.gz")).orElseThrow());
        assertEquals(CorpusFormat.JSONL, CorpusFormat.of(Path.of("a.ndjson.gz")).orElseThrow());
        assertFalse(CorpusFormat.of(Path.of("descriptor.json")).isPresent());
    }
}
