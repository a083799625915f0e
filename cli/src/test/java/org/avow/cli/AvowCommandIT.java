package org.avow.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each verb through the root command, as a user types it: exit code, output and files. */
class AvowCommandIT {
    record Outcome(int exit, String out, String err) {
    }

    static Outcome avow(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Avow.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void everyCommandHasHelp() {
        for (List<String> args : List.of(List.of("--help"), List.of("run", "--help"), List.of("summarize", "--help"))) {
            Outcome o = avow(args.toArray(String[]::new));
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

        Outcome run = avow("run", "--input", corpus.toString(), "--out", out.toString(), "--master", "local[2]");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("5 records in = 4 articles + 1 rejects + 0 duplicates"), run.out());
        assertTrue(Files.exists(out.resolve("manifest.json")));

        Outcome sum = avow("summarize", out.toString());
        assertEquals(0, sum.exit(), sum.err());
        assertTrue(sum.out().contains("== USA - JPN =="), sum.out());
        String nov = sum.out().lines().filter(l -> l.startsWith("2025-11")).findFirst().orElseThrow();
        assertTrue(nov.matches("2025-11\\s+1\\s+1\\s+1\\s.*"), "one request, one pledge, one affirmation: " + nov);
        assertTrue(sum.out().contains("post on X"), "evidence sentences are shown");
    }

    @Test
    void clearErrorsForBadInput(@TempDir Path dir) {
        Outcome missing = avow("run", "--input", dir.resolve("nope.jsonl").toString(), "--out", dir.resolve("o").toString(),
                "--master", "local[1]");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("input not found"), missing.err());

        Outcome notARun = avow("summarize", dir.toString());
        assertEquals(2, notARun.exit());
        assertTrue(notARun.err().contains("no manifest.json"), notARun.err());
    }
}
