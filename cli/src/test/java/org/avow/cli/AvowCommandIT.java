package org.avow.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each verb through the root command, as a user types it: exit code, output and files. */
class AvowCommandIT {
    static Avow.Outcome avow(String... args) {
        return Avow.capture(args);
    }

    @Test
    void everyCommandHasHelp() {
        for (List<String> args : List.of(List.of("--help"), List.of("run", "--help"), List.of("submit", "--help"), List.of("summarize", "--help"),
                List.of("explain", "--help"), List.of("eval", "--help"), List.of("generate", "--help"), List.of("report", "--help"),
                List.of("export", "--help"), List.of("verify", "--help"))) {
            Avow.Outcome o = avow(args.toArray(String[]::new));
            assertEquals(0, o.exit(), args.toString());
            assertTrue(o.out().contains("Usage: avow"), o.out());
        }
    }

    @Test
    void runThenSummarize(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("wire.jsonl");
        Files.write(corpus, List.of(
                "{\"id\":\"w1\",\"date\":\"2025-11-20\",\"text\":\"Japanese Foreign Minister Toshimitsu Motegi urged Washington on Thursday to voice public support for Tokyo.\"}",
                "{\"id\":\"w2\",\"date\":\"2025-11-21\",\"text\":\"Japan pledged to expand its purchases of American energy, the foreign ministry said in a statement.\"}",
                "{\"id\":\"w3\",\"date\":\"2025-11-22\",\"text\":\"A deputy State Department spokesperson reaffirmed U.S. support for Japan in a post on X.\"}",
                "{\"id\":\"w4\",\"date\":\"2025-11-22\",\"text\":\"Tokyo shares closed higher on Friday.\"}",
                "not json at all"));
        Path out = dir.resolve("out");

        Avow.Outcome run = avow("run", "--input", corpus.toString(), "--out", out.toString(), "--master", "local[2]");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("5 records in = 4 articles + 1 rejects + 0 duplicates"), run.out());
        assertTrue(Files.exists(out.resolve("manifest.json")));

        Avow.Outcome sum = avow("summarize", out.toString());
        assertEquals(0, sum.exit(), sum.err());
        assertTrue(sum.out().contains("== USA - JPN =="), sum.out());
        String nov = sum.out().lines().filter(l -> l.startsWith("2025-11")).findFirst().orElseThrow();
        assertTrue(nov.matches("2025-11\\s+1\\s+1\\s+1\\s.*"), "one request, one pledge, one affirmation: " + nov);
        assertTrue(sum.out().contains("post on X"), "evidence sentences are shown");
    }

    @Test
    void clearErrorsForBadInput(@TempDir Path dir) {
        Avow.Outcome missing = avow("run", "--input", dir.resolve("nope.jsonl").toString(), "--out", dir.resolve("o").toString(),
                "--master", "local[1]");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("input not found"), missing.err());

        for (String verb : List.of("summarize", "audit", "report")) {
            Avow.Outcome notARun = avow(verb, dir.toString());
            assertEquals(2, notARun.exit(), verb);
            assertTrue(notARun.err().contains("no manifest.json"), notARun.err());
        }
    }

    @Test
    void explainShowsActorsRulesAndRejections() {
        Avow.Outcome o = avow("explain", "Ambassador Rahm Emanuel praised Tokyo's decision. Tokyo plans to ask Washington for more.",
                "--date", "2024-05-02");
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("Rahm Emanuel = USA AMBASSADOR (tenure 2022-"), o.out());
        assertTrue(o.out().contains("EVENT  USA AFFIRM JPN"), o.out());
        assertTrue(o.out().contains("rule: verb:praise source:nsubj"), o.out());
        assertTrue(o.out().contains("reject ask (REQUEST): IRREALIS - governed by plans"), o.out());
        assertEquals(2, avow("explain", "x", "--date", "May 2").exit());
    }

    @Test
    void aConfidenceThresholdOfOneHoldsEveryEventBackAndExplainSaysSo(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("confidence").resolve("confidence-v1.tsv");
        Files.createDirectories(table.getParent());
        String shipped = new String(Avow.class.getClassLoader().getResourceAsStream("datasets/confidence/confidence-v1.tsv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(table, shipped.replaceFirst("(?m)^threshold\t-\t[0-9.]+$", "threshold\t-\t1"));
        Avow.Outcome o = avow("explain", "Ambassador Rahm Emanuel praised Tokyo's decision.", "--date", "2024-05-02",
                "--datasets", dir.toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("HELD   USA AFFIRM JPN") && o.out().contains("(held back: under 1.00)"), o.out());
        assertTrue(!o.out().contains("EVENT  "), o.out());
    }

    @Test
    void generateWritesACorpusAndItsTruthOnceIntoAnEmptyFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("gen");
        Avow.Outcome o = avow("generate", "--articles", "30", "--relevant-share", "0.5", "--seed", "3", "--articles-per-file", "20", "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().startsWith("30 articles (15 relevant"), o.out());
        for (String f : List.of("part-00000.jsonl.gz", "part-00001.jsonl.gz", "truth.gold.gz", "generation.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        Avow.Outcome again = avow("generate", "--articles", "30", "--out", out.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("not empty"), again.err());
        assertEquals(2, avow("generate", "--articles", "30", "--relevant-share", "2", "--out", dir.resolve("other").toString()).exit());
    }

    @Test
    void evalScoresGoldAndRefusesMalformedFiles(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.write(gold, List.of(
                "{\"id\":\"g1\",\"date\":\"2025-11-20\",\"text\":\"Beijing condemned Tokyo's remarks at a press conference.\",\"events\":[{\"source\":\"CHN\",\"act\":\"REBUKE\",\"target\":\"JPN\",\"channel\":\"PRESS_CONFERENCE\"}]}",
                "{\"id\":\"g2\",\"date\":\"2025-11-20\",\"text\":\"Seoul pledged to buy more American gas.\",\"events\":[{\"source\":\"KOR\",\"act\":\"PLEDGE\",\"target\":\"USA\"}]}",
                "{\"id\":\"g3\",\"date\":\"2025-11-20\",\"text\":\"The coach praised his players.\",\"events\":[]}"));
        Path predictions = dir.resolve("pred.jsonl");
        Avow.Outcome o = avow("eval", "--gold", gold.toString(), "--predictions", predictions.toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().lines().anyMatch(l -> l.matches("micro\\s+2\\s+0\\s+0\\s+1\\.000\\s+1\\.000\\s+1\\.000")), o.out());
        assertTrue(o.out().contains("channel accuracy 1.000 on 1"), o.out());
        assertEquals(3, Files.readAllLines(predictions).size());
        assertTrue(Files.readString(predictions).contains("\"act\":\"REBUKE\""));

        Files.write(gold, List.of(Files.readAllLines(gold).get(0), "{\"id\":\"g9\",\"date\":\"2025-11-20\",\"text\":\"t\",\"events\":[{\"source\":\"JPN\",\"act\":\"HUG\"}]}"));
        Avow.Outcome bad = avow("eval", "--gold", gold.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("gold.jsonl:2"), bad.err());
    }

    @Test
    void fieldNamesAreMappable(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("mapped.jsonl");
        Files.write(corpus, List.of(
                "{\"doc\":\"m1\",\"published\":\"20251120\",\"body\":\"Beijing condemned Tokyo's remarks on Taiwan.\"}",
                "{\"doc\":\"m2\",\"published\":\"20251121\"}"));
        Path out = dir.resolve("out");
        Avow.Outcome run = avow("run", "--input", corpus.toString(), "--out", out.toString(), "--master", "local[1]",
                "--id-field", "doc", "--date-field", "published", "--text-field", "body");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("2 records in = 1 articles + 1 rejects + 0 duplicates"), run.out());
        assertTrue(run.out().contains("extract: 1 events"), run.out());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"text\" : \"body\""));
    }
}
