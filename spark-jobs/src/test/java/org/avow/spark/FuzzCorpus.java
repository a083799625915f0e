package org.avow.spark;

import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A deterministic corpus (by seed) of valid records mixed with malformed and hostile ones in every
 * input format, each with the outcome ingest must give it: {@code ARTICLE}, {@code DUPLICATE} (an
 * exact copy of an earlier text) or the reject reason. Positions are those ingest reports: the line
 * of a JSON Lines or CSV record, the byte offset of a WARC record, the row of a Parquet record, 0 for
 * a file that is one record.
 */
final class FuzzCorpus {
    /** What ingest must make of the record at {@code position} in {@code file}. */
    record Expected(String file, long position, String outcome) {
        boolean reject() {
            return !outcome.equals(ARTICLE) && !outcome.equals(DUPLICATE);
        }
    }

    static final String ARTICLE = "ARTICLE";
    static final String DUPLICATE = "DUPLICATE";
    /** The text cap ingest must run with for the TOO_LARGE records to be too large. */
    static final int MAX_TEXT_CHARS = 20_000;

    private static final String[] STATES = {"Japan", "the United States", "South Korea", "the Philippines", "Australia",
            "Poland", "Ukraine", "China", "Russia", "Taiwan"};
    private static final String[] ACTS = {"urged", "praised", "pledged support to", "criticized", "voiced disappointment with",
            "asked", "reassured", "condemned", "thanked", "pressed"};
    private static final String[] TOPICS = {"port fees", "fishing rights", "a joint exercise", "energy exports", "visa rules",
            "a satellite launch", "rice tariffs", "a border bridge", "coast guard patrols", "semiconductor controls"};

    private final Random random;
    private final List<Expected> expected = new ArrayList<>();
    private final List<String> validTexts = new ArrayList<>();
    private int serial;

    private FuzzCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Writes the corpus under {@code dir} (Parquet through {@code spark}) and returns every record's expected outcome. */
    static List<Expected> write(Path dir, long seed, SparkSession spark) throws IOException {
        FuzzCorpus c = new FuzzCorpus(seed);
        Files.createDirectories(dir);
        c.jsonLines(dir.resolve("feed.jsonl"), 600, false);
        c.jsonLines(dir.resolve("feed-archive.jsonl.gz"), 500, true);
        c.delimited(dir.resolve("wire.csv"), 360, ',');
        c.delimited(dir.resolve("briefs.tsv"), 220, '\t');
        c.textFiles(dir.resolve("pages"), 200);
        c.warc(dir.resolve("crawl.warc.gz"), 200);
        c.parquet(dir.resolve("export.parquet"), 200, spark);
        Path corrupt = dir.resolve("corrupt.parquet");
        Files.write(corrupt, c.bytes(300));
        c.expect(corrupt, 0, "MALFORMED_PARQUET");
        Path badHeader = dir.resolve("dup-header.csv");
        Files.writeString(badHeader, "id,date,text,text\nx1,2025-01-01,a,b\n");
        c.expect(badHeader, 1, "MALFORMED_CSV");
        return List.copyOf(c.expected);
    }

    private void expect(Path file, long position, String outcome) {
        expected.add(new Expected(file.toAbsolutePath().normalize().toString(), position, outcome));
    }

    // ---- record content -------------------------------------------------------------------

    /** A valid, unique text of a few sentences. */
    private String story() {
        int n = ++serial;
        StringBuilder s = new StringBuilder();
        int sentences = 1 + random.nextInt(2);
        for (int i = 0; i < sentences; i++) {
            s.append(cap(pick(STATES))).append(' ').append(pick(ACTS)).append(' ').append(pick(STATES)).append(" over ")
                    .append(pick(TOPICS)).append(" in talks numbered ").append(n).append('-').append(i).append(". ");
        }
        if (random.nextInt(8) == 0) s.append("<script>alert('x')</script> \u202Egnihton\u202C \uD83D\uDE00 ");
        String t = s.toString().strip();
        validTexts.add(t);
        return t;
    }

    private String date() {
        return switch (random.nextInt(6)) {
            case 0 -> "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            case 1 -> "Tue, 18 Nov 2025 0" + random.nextInt(10) + ":00:00 GMT";
            case 2 -> "202503" + (10 + random.nextInt(18));
            case 3 -> String.valueOf(1_700_000_000L + random.nextInt(50_000_000));
            case 4 -> String.valueOf(1_700_000_000_000L + random.nextInt(1_000_000_000));
            default -> "2025-11-18T23:30:00-05:00";
        };
    }

    private String badDate() {
        return pick(new String[]{"next Tuesday", "2025-13-45", "0000-00-00", "31/31/2025", "", "1492-10-12", "yesterday",
                "2025-02-30", "99999999999999999999", "NaN"});
    }

    private String oversized() {
        StringBuilder s = new StringBuilder();
        while (s.length() <= MAX_TEXT_CHARS) s.append("Tokyo asked Washington again. ");
        return s.toString();
    }

    /** A document that is valid but hard on the extractor: one enormous sentence, or no spaces at all. */
    private String pathological() {
        StringBuilder s = new StringBuilder("Japan urged China ");
        if (random.nextBoolean()) {
            for (int i = 0; i < 600; i++) s.append("and ").append(pick(STATES)).append(' ');
        } else {
            for (int i = 0; i < 4000; i++) s.append((char) ('a' + random.nextInt(26)));
        }
        String t = s.append(" number ").append(++serial).append('.').toString();
        validTexts.add(t);
        return t;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private String pick(String[] xs) {
        return xs[random.nextInt(xs.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String id() {
        return "r" + (++serial);
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    // ---- formats --------------------------------------------------------------------------

    private void jsonLines(Path file, int records, boolean gzip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long line = 0;
        String firstValidId = null;
        for (int i = 0; i < records; i++) {
            int kind = random.nextInt(16);
            String id = id();
            String outcome;
            byte[] rec;
            switch (kind) {
                case 0, 1, 2, 3, 4 -> {
                    boolean hard = random.nextInt(40) == 0;
                    String text = hard ? pathological() : story();
                    rec = ("{\"id\":" + json(id) + ",\"date\":" + json(date()) + ",\"title\":\"T\",\"text\":" + json(text)
                            + ",\"extra\":{\"nested\":[1,2,{\"x\":null}]}}").getBytes(StandardCharsets.UTF_8);
                    outcome = ARTICLE;
                    if (firstValidId == null) firstValidId = id;
                }
                case 5 -> {
                    // an exact copy, under another id and a later date, of a text already written
                    boolean isCopy = !validTexts.isEmpty();
                    String text = isCopy ? validTexts.get(random.nextInt(validTexts.size())) : story();
                    rec = ("{\"id\":" + json(id) + ",\"date\":\"2026-06-01\",\"text\":" + json(text) + "}").getBytes(StandardCharsets.UTF_8);
                    outcome = isCopy ? DUPLICATE : ARTICLE;
                }
                case 6 -> {
                    rec = pick(new String[]{"{\"id\":\"x\",\"date\":\"2025-01-01\",\"text\":", "[1,2,3]", "null", "42",
                            "{\"id\": 'single quotes'}", "{\"id\":\"a\"} trailing", "{" + "[".repeat(5000),
                            "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}"})
                            .getBytes(StandardCharsets.UTF_8);
                    outcome = "MALFORMED_JSON";
                }
                case 7 -> {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    b.writeBytes(("{\"id\":" + json(id) + ",\"date\":\"2025-01-01\",\"text\":\"Caf").getBytes(StandardCharsets.UTF_8));
                    b.writeBytes(new byte[]{(byte) 0xE9, (byte) 0xC3, 0x28});
                    b.writeBytes(" diplomacy.\"}".getBytes(StandardCharsets.UTF_8));
                    rec = b.toByteArray();
                    outcome = "BAD_ENCODING";
                }
                case 8 -> {
                    rec = ("{\"id\":" + json(id) + ",\"date\":\"2025-01-01\",\"body\":\"text under another name\"}").getBytes(StandardCharsets.UTF_8);
                    outcome = "MISSING_TEXT";
                }
                case 9 -> {
                    rec = ("{\"id\":" + pick(new String[]{"\"\"", "\"   \"", "null"}) + ",\"date\":\"2025-01-01\",\"text\":\"No id.\"}")
                            .getBytes(StandardCharsets.UTF_8);
                    outcome = "MISSING_ID";
                }
                case 10 -> {
                    rec = ("{\"id\":" + json(id) + ",\"date\":\"2025-01-01\",\"text\":" + json(pick(new String[]{"", "  \t ", "###\n* * *\n---",
                            "Share\nTweet\nRead more"})) + "}").getBytes(StandardCharsets.UTF_8);
                    outcome = "EMPTY";
                }
                case 11 -> {
                    rec = ("{\"id\":" + json(id) + ",\"date\":" + json(badDate()) + ",\"text\":" + json(story()) + "}").getBytes(StandardCharsets.UTF_8);
                    validTexts.remove(validTexts.size() - 1);
                    outcome = "BAD_DATE";
                }
                case 12 -> {
                    rec = ("{\"id\":" + json(id) + ",\"date\":\"2025-01-01\",\"text\":" + json(oversized()) + "}").getBytes(StandardCharsets.UTF_8);
                    outcome = "TOO_LARGE";
                }
                case 13 -> {
                    if (firstValidId == null) {
                        rec = ("{\"id\":" + json(id) + ",\"text\":\"no date at all\"}").getBytes(StandardCharsets.UTF_8);
                        outcome = "BAD_DATE";
                    } else {
                        // an id used before, for another text, later: the later record is quarantined
                        String text = story();
                        validTexts.remove(validTexts.size() - 1);
                        rec = ("{\"id\":" + json(firstValidId) + ",\"date\":\"2026-12-31\",\"text\":" + json(text) + "}")
                                .getBytes(StandardCharsets.UTF_8);
                        outcome = "DUPLICATE_ID";
                    }
                }
                case 14 -> {
                    String text = "A\u0000null byte and \u202Ebidi in record " + id + ".";
                    rec = ("{\"id\":" + json(id) + ",\"date\":\"2025-01-01\",\"text\":" + json(text) + "}").getBytes(StandardCharsets.UTF_8);
                    validTexts.add(text);
                    outcome = ARTICLE;
                }
                default -> {
                    // blank and white-space lines are not records
                    out.writeBytes(pick(new String[]{"", "   ", "\t"}).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                    line++;
                    continue;
                }
            }
            out.writeBytes(rec);
            out.write('\n');
            line++;
            expect(file, line, outcome);
        }
        try (OutputStream o = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.writeTo(o);
        }
    }

    private void delimited(Path file, int records, char sep) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String d = String.valueOf(sep);
        out.writeBytes(String.join(d, "id", "date", "title", "text").getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        long line = 1;
        for (int i = 0; i < records; i++) {
            String id = id();
            String outcome;
            byte[] rec;
            int kind = random.nextInt(8);
            switch (kind) {
                case 0, 1, 2 -> {
                    String text = story();
                    boolean quoted = sep == ',' && random.nextBoolean();
                    String cell = quoted ? "\"" + text.replace("\"", "\"\"").replace(". ", ".\n") + "\"" : text.replace(d, " ");
                    if (quoted) {
                        validTexts.set(validTexts.size() - 1, text.replace(". ", ".\n"));
                    } else {
                        validTexts.set(validTexts.size() - 1, text.replace(d, " "));
                    }
                    String date = sep == ',' ? "\"" + date() + "\"" : date();
                    rec = String.join(d, id, date, "Title " + id, cell).getBytes(StandardCharsets.UTF_8);
                    outcome = ARTICLE;
                }
                case 3 -> {
                    rec = String.join(d, id, "2025-01-01", "extra", "one", "two").getBytes(StandardCharsets.UTF_8);
                    outcome = "MALFORMED_CSV";
                }
                case 4 -> {
                    rec = String.join(d, id, badDate().replace(d, " "), "t", "A statement with an unusable date.").getBytes(StandardCharsets.UTF_8);
                    outcome = "BAD_DATE";
                }
                case 5 -> {
                    rec = String.join(d, id, "2025-01-01", "t", "").getBytes(StandardCharsets.UTF_8);
                    outcome = "MISSING_TEXT";
                }
                case 6 -> {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    b.writeBytes(String.join(d, id, "2025-01-01", "t", "Caf").getBytes(StandardCharsets.UTF_8));
                    b.writeBytes(new byte[]{(byte) 0xE9, (byte) 0xFF});
                    rec = b.toByteArray();
                    outcome = "BAD_ENCODING";
                }
                default -> {
                    rec = String.join(d, "", "2025-01-01", "t", "Nobody's record.").getBytes(StandardCharsets.UTF_8);
                    outcome = "MISSING_ID";
                }
            }
            out.writeBytes(rec);
            out.write('\n');
            expect(file, line + 1, outcome);
            line += 1 + new String(rec, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
        }
        if (sep == ',') {
            // an unclosed quote: the rest of the file is one malformed record
            out.writeBytes(("r-open,2025-01-01,t,\"this quote never closes\nr-lost,2025-01-02,t,swallowed\n").getBytes(StandardCharsets.UTF_8));
            expect(file, line + 1, "MALFORMED_CSV");
        }
        Files.write(file, out.toByteArray());
    }

    private void textFiles(Path dir, int files) throws IOException {
        Files.createDirectories(dir.resolve("2025"));
        for (int i = 0; i < files; i++) {
            int kind = random.nextInt(9);
            String id = id();
            Path f;
            String outcome;
            byte[] content;
            switch (kind) {
                case 0, 1, 2 -> {
                    f = dir.resolve("2025").resolve(id + ".md");
                    String text = story();
                    content = ("---\nid: " + id + "\ntitle: \"A: title\"\ndate: 2025-03-0" + (1 + random.nextInt(9))
                            + "\ntags: [a, b]\n---\n## Heading\n\n" + text + "\n\nShare on X\n").getBytes(StandardCharsets.UTF_8);
                    outcome = ARTICLE;
                }
                case 3 -> {
                    f = dir.resolve("2025-04-0" + (1 + random.nextInt(9)) + "-" + id + ".txt");
                    content = story().getBytes(StandardCharsets.UTF_8);
                    outcome = ARTICLE;
                }
                case 4 -> {
                    f = dir.resolve(id + ".md");
                    content = pick(new String[]{"---\ntitle: [unclosed\n---\nBody.\n",
                            "---\nx: !!java.io.File [\"/etc/passwd\"]\n---\nBody.\n",
                            "---\ntitle: never closed\nBody.\n",
                            "---\n- a\n- list\n---\nBody.\n",
                            "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n---\nLaughs.\n",
                            "---\nk: 1\nk: 2\n---\nDuplicate keys.\n"}).getBytes(StandardCharsets.UTF_8);
                    outcome = "MALFORMED_FRONT_MATTER";
                }
                case 5 -> {
                    f = dir.resolve("2025-05-01-" + id + ".txt");
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    b.writeBytes("Seoul spoke in ".getBytes(StandardCharsets.UTF_8));
                    b.writeBytes(new byte[]{(byte) 0xC0, (byte) 0xAF, (byte) 0xFE});
                    content = b.toByteArray();
                    outcome = "BAD_ENCODING";
                }
                case 6 -> {
                    f = dir.resolve(id + ".md");
                    content = ("---\ndate: 2025-03-01\n---\n" + pick(new String[]{"", "\n\n  \n", "###\n"})).getBytes(StandardCharsets.UTF_8);
                    outcome = "EMPTY";
                }
                case 7 -> {
                    f = dir.resolve(id + ".txt");
                    content = "Undated text with no date in its name.".getBytes(StandardCharsets.UTF_8);
                    outcome = "BAD_DATE";
                }
                default -> {
                    f = dir.resolve("2025-06-01-" + id + ".md");
                    content = oversized().getBytes(StandardCharsets.UTF_8);
                    outcome = "TOO_LARGE";
                }
            }
            Files.write(f, content);
            expect(f, 0, outcome);
        }
        Files.writeString(dir.resolve("README.md"), "Documentation in a corpus folder is not a corpus record.\n");
    }

    private void warc(Path file, int records) throws IOException {
        List<long[]> offsets = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        try (WarcWriter w = new WarcWriter(file)) {
            w.write(new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("avow fuzz"))).build());
            for (int i = 0; i < records; i++) {
                long at = w.position();
                int kind = random.nextInt(7);
                String uri = "https://news.example/" + id();
                switch (kind) {
                    case 0, 1 -> {
                        String text = story();
                        w.write(response(uri, 200, "text/html; charset=utf-8", ("<html><head><title>Story</title></head><body>"
                                + "<nav>Home | World</nav><p>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</p>"
                                + "<footer>Share</footer></body></html>").getBytes(StandardCharsets.UTF_8)));
                        outcomes.add(ARTICLE);
                    }
                    case 2 -> {
                        w.write(new WarcConversion.Builder().date(Instant.parse("2025-03-05T10:00:00Z")).setHeader("WARC-Target-URI", uri)
                                .body(MediaType.parse("text/plain"), story().getBytes(StandardCharsets.UTF_8)).build());
                        outcomes.add(ARTICLE);
                    }
                    case 3 -> {
                        w.write(response(uri, 200, pick(new String[]{"image/png", "application/pdf", "application/octet-stream"}), bytes(64)));
                        outcomes.add("UNSUPPORTED_CONTENT");
                    }
                    case 4 -> {
                        w.write(response(uri, pick(new String[]{"404", "500", "301"}).equals("404") ? 404 : 503, "text/html",
                                "<p>error</p>".getBytes(StandardCharsets.UTF_8)));
                        outcomes.add("UNSUPPORTED_CONTENT");
                    }
                    case 5 -> {
                        w.write(response(uri, 200, "text/html", "<html><body><nav>Home</nav><script>var a=1;</script></body></html>"
                                .getBytes(StandardCharsets.UTF_8)));
                        outcomes.add("EMPTY");
                    }
                    default -> {
                        // a request record is not a document, nor a record of the corpus
                        w.write(new WarcRequest.Builder(uri).body(MediaType.HTTP_REQUEST,
                                ("GET / HTTP/1.1\r\nHost: news.example\r\n\r\n").getBytes(StandardCharsets.UTF_8)).build());
                        continue;
                    }
                }
                offsets.add(new long[]{at});
            }
            offsets.add(new long[]{w.position()});
        }
        for (int i = 0; i < outcomes.size(); i++) expect(file, offsets.get(i)[0], outcomes.get(i));
        Files.write(file, ("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ntruncated").getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        expect(file, offsets.get(offsets.size() - 1)[0], "MALFORMED_WARC");
    }

    private static WarcResponse response(String uri, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Error").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(uri).date(Instant.parse("2025-03-05T12:00:00Z")).body(http).build();
    }

    private void parquet(Path file, int rows, SparkSession spark) {
        StructType schema = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[]{
                DataTypes.createStructField("id", DataTypes.StringType, true),
                DataTypes.createStructField("date", DataTypes.StringType, true),
                DataTypes.createStructField("text", DataTypes.StringType, true),
                DataTypes.createStructField("score", DataTypes.DoubleType, true)});
        List<org.apache.spark.sql.Row> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String id = id();
            switch (random.nextInt(5)) {
                case 0, 1 -> {
                    out.add(RowFactory.create(id, date(), story(), random.nextDouble()));
                    expect(file, i, ARTICLE);
                }
                case 2 -> {
                    out.add(RowFactory.create(id, "2025-01-01", null, null));
                    expect(file, i, "MISSING_TEXT");
                }
                case 3 -> {
                    out.add(RowFactory.create(null, "2025-01-01", "Unnamed.", 1.0));
                    expect(file, i, "MISSING_ID");
                }
                default -> {
                    out.add(RowFactory.create(id, badDate(), "Undatable.", Double.NaN));
                    expect(file, i, "BAD_DATE");
                }
            }
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        spark.createDataFrame(out, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(tmp.toString());
        try (var parts = Files.list(tmp)) {
            Path part = parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
            Files.move(part, file);
            try (var rest = Files.list(tmp)) {
                for (Path p : rest.toList()) Files.delete(p);
            }
            Files.delete(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
