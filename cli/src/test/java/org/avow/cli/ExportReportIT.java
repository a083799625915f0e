package org.avow.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.avow.cli.AvowCommandIT.avow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two runs of one study, their export bundles, verify, and the HTML report, through the root command. */
class ExportReportIT {
    static final String HOSTILE = "<script>alert(1)</script>";
    @TempDir
    static Path dir;
    static Path bundle1;
    static Path bundle2;
    static Path out1;

    @BeforeAll
    static void twoRunsOfOneStudy() throws IOException {
        Path corpus = dir.resolve("wire.jsonl");
        Files.write(corpus, List.of(
                "{\"id\":\"w1\",\"date\":\"2025-11-20\",\"text\":\"Japanese Foreign Minister Toshimitsu Motegi urged Washington on Thursday to voice public support for Tokyo, "
                        + HOSTILE + " officials said.\"}",
                "{\"id\":\"w2<img src=x onerror=alert(2)>\",\"date\":\"2025-11-21\",\"text\":\"Japan pledged to expand its purchases of American energy, the foreign ministry said in a statement.\"}",
                "{\"id\":\"w3\",\"date\":\"2025-12-02\",\"text\":\"Secretary of State Marco Rubio reaffirmed the ironclad U.S. commitment to the defense of Japan at a press conference.\"}",
                "{\"id\":\"w4\",\"date\":\"2025-12-20\",\"text\":\"Philippine President Ferdinand Marcos Jr. asked Washington for more maritime patrols.\"}"));
        Path study = dir.resolve("study.yaml");
        Files.writeString(study, "inputs: [wire.jsonl]\nmaster: local[2]\nallies: [JPN, PHL]\nbootstrap_replicates: 200\nseed: 3\n");
        out1 = dir.resolve("out1");
        Path out2 = dir.resolve("out2");
        for (Path out : List.of(out1, out2)) {
            Avow.Outcome run = avow("run", "--config", study.toString(), "--out", out.toString());
            assertEquals(0, run.exit(), run.err());
        }
        bundle1 = dir.resolve("b1.zip");
        bundle2 = dir.resolve("b2.zip");
        assertEquals(0, avow("export", out1.toString(), "--bundle", bundle1.toString()).exit());
        assertEquals(0, avow("export", out2.toString(), "--bundle", bundle2.toString()).exit());
    }

    private static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    m.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return m;
    }

    private static void write(Path zip, Map<String, byte[]> entries) throws IOException {
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
    }

    @Test
    void twoRunsOfTheSameStudyGiveByteIdenticalCsv() throws IOException {
        Map<String, byte[]> a = read(bundle1);
        Map<String, byte[]> b = read(bundle2);
        List<String> csv = a.keySet().stream().filter(n -> n.startsWith("csv/")).toList();
        assertEquals(11, csv.size(), csv.toString());
        assertEquals(csv, b.keySet().stream().filter(n -> n.startsWith("csv/")).toList());
        for (String n : csv) assertArrayEquals(a.get(n), b.get(n), n);
        String events = new String(a.get("csv/events.csv"), StandardCharsets.UTF_8);
        assertTrue(events.contains("JPN") && events.contains("REQUEST"), events);
        String codebook = new String(a.get("codebook.md"), StandardCharsets.UTF_8);
        assertTrue(codebook.contains("| affirmation_ratio | double | yes | affirmation_weight / (request_weight + pledge_weight)"), codebook);
        assertTrue(codebook.contains("| AFFIRM | 051 (3.4) | SUPPORT |"), codebook);
        assertTrue(codebook.contains("role\tPRESIDENT\t1.0"), "the weight table in force");
        String manifest = new String(a.get("manifest.json"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"seed\" : 3") && manifest.contains("\"bootstrap_replicates\" : 200"), manifest);
        assertTrue(manifest.contains("study.yaml"), "the manifest names the study file");
    }

    @Test
    void verifyPassesAnIntactBundleAndCatchesOneChangedByte() throws IOException {
        Avow.Outcome ok = avow("verify", bundle1.toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("0 changed, 0 missing, 0 unlisted: OK"), ok.out());

        Map<String, byte[]> entries = read(bundle1);
        byte[] csv = entries.get("csv/dyad_windows.csv").clone();
        csv[csv.length - 2] ^= 1;
        entries.put("csv/dyad_windows.csv", csv);
        Path tampered = dir.resolve("tampered.zip");
        write(tampered, entries);
        Avow.Outcome bad = avow("verify", tampered.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.out().contains("CHANGED   csv/dyad_windows.csv"), bad.out());
        assertTrue(bad.out().contains("1 changed"), bad.out());
    }

    @Test
    void verifyRefusesEntriesThatEscapeTheFolder() throws IOException {
        for (String name : List.of("../escaped.txt", "/tmp/absolute.txt", "csv/../../up.txt")) {
            Map<String, byte[]> entries = read(bundle1);
            entries.put(name, "x".getBytes(StandardCharsets.UTF_8));
            Path evil = dir.resolve("evil.zip");
            write(evil, entries);
            Avow.Outcome o = avow("verify", evil.toString());
            assertEquals(2, o.exit(), name);
            assertTrue(o.err().contains("refusing entry that escapes the bundle's folder: " + name), o.err());
        }
        assertFalse(Files.exists(dir.getParent().resolve("escaped.txt")));
    }

    @Test
    void theReportEscapesCorpusTextAndWritesEveryChart() throws IOException {
        Path report = dir.resolve("report");
        Avow.Outcome o = avow("report", out1.toString(), "--to", report.toString());
        assertEquals(0, o.exit(), o.err());
        String html = Files.readString(report.resolve("index.html"));
        assertFalse(html.contains("<script"), "no script reaches the page");
        assertFalse(html.contains("<img"), "nor markup from an article id");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the hostile sentence is shown, escaped");
        assertTrue(html.contains("w2&lt;img src=x onerror=alert(2)&gt;"), "the hostile id is shown, escaped");
        assertTrue(html.contains("<svg"), "charts are inline");
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "self-contained");
        for (String chart : List.of("acts-JPN", "ratio-JPN", "latency", "cumulative-gap", "overall-ratio")) {
            byte[] png = Files.readAllBytes(report.resolve("charts/" + chart + ".png"));
            assertEquals((byte) 0x89, png[0], chart);
            assertEquals('P', png[1], chart);
            assertTrue(Files.readString(report.resolve("charts/" + chart + ".svg")).contains("<svg"), chart);
        }
    }

    @Test
    void calibrateFitsTheJudgedEventsOfARunAndRefusesBadJudgements() throws IOException {
        Avow.Outcome sample = avow("audit", out1.toString(), "--sample", "10", "--seed", "1");
        assertEquals(0, sample.exit(), sample.err());
        List<String> ids = sample.out().lines().skip(1).map(l -> l.split("\t")[0]).toList();
        assertTrue(ids.size() >= 2, sample.out());
        Path a = dir.resolve("audit-a.tsv");
        Path b = dir.resolve("audit-b.tsv");
        StringBuilder ja = new StringBuilder("event_id\tverdict\n");
        StringBuilder jb = new StringBuilder("event_id\tverdict\n");
        for (int i = 0; i < ids.size(); i++) (i % 2 == 0 ? ja : jb).append(ids.get(i)).append(i < 2 ? "\twrong\n" : "\tcorrect\n");
        ja.append("no-such-event\tcorrect\n");
        Files.writeString(a, ja);
        Files.writeString(b, jb);
        Path table = dir.resolve("confidence.tsv");
        Avow.Outcome fit = avow("calibrate", out1.toString(), "--judgements", a.toString(), b.toString(), "--threshold", "0.4",
                "--out", table.toString());
        assertEquals(0, fit.exit(), fit.err());
        assertTrue(fit.out().startsWith((ids.size() + 1) + " judgements in 2 files: " + ids.size() + " of events in this run, 1 of"), fit.out());
        assertTrue(fit.out().contains("held-out audits (" + ids.size() + " events judged, 2 audit files in 2 folds)"), fit.out());
        org.avow.core.confidence.ConfidenceModel m = org.avow.core.confidence.ConfidenceModel.load(table);
        assertEquals(0.4, m.threshold());
        assertTrue(m.weights().size() > 5, m.weights().toString());

        Avow.Outcome held = avow("audit", out1.toString(), "--held", "--sample", "10");
        assertEquals(0, held.exit(), held.err());
        assertTrue(held.out().startsWith("event_id\tverdict\tact"), held.out());
        assertTrue(held.out().lines().skip(1).noneMatch(l -> ids.contains(l.split("\t")[0])), "held events are not the run's events");

        Files.writeString(b, "event_id\tverdict\n" + ids.get(0) + "\tmaybe\n");
        Avow.Outcome bad = avow("calibrate", out1.toString(), "--judgements", a.toString(), b.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("audit-b.tsv:2: expected event_id<TAB>correct|wrong"), bad.err());
        Avow.Outcome one = avow("calibrate", out1.toString(), "--judgements", a.toString());
        assertEquals(2, one.exit());
        assertTrue(one.err().contains("at least two audit files"), one.err());
    }
}
