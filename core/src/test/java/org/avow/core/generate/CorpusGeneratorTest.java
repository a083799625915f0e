package org.avow.core.generate;

import org.avow.core.data.DatasetException;
import org.avow.core.eval.GoldReader;
import org.avow.core.eval.GoldRecord;
import org.avow.core.eval.Triple;
import org.avow.core.ingest.CorpusFormat;
import org.avow.core.ingest.ParsedRecord;
import org.avow.core.ingest.RecordParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The synthetic corpus: the same bytes for the same seed, the share asked for, truth the gold reader accepts. */
public class CorpusGeneratorTest {
    private static final GeneratorModel MODEL = GeneratorModel.shipped();

    private static CorpusGenerator.Summary write(Path out, long n, double share, long seed, int perFile, int threads) throws IOException {
        return CorpusGenerator.write(MODEL, new CorpusGenerator.Options(n, share, seed, out, perFile, threads));
    }

    private static List<String> lines(Path gz) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    @Test
    void theSameSeedWritesTheSameBytesWhateverTheThreads(@TempDir Path dir) throws Exception {
        write(dir.resolve("a"), 250, 0.2, 11, 100, 1);
        write(dir.resolve("b"), 250, 0.2, 11, 100, 3);
        write(dir.resolve("c"), 250, 0.2, 12, 100, 1);
        List<String> names;
        try (Stream<Path> s = Files.list(dir.resolve("a"))) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("generation.json", "part-00000.jsonl.gz", "part-00001.jsonl.gz", "part-00002.jsonl.gz", CorpusGenerator.TRUTH), names);
        // a run over the folder reads the parts, never the truth or the summary
        for (String name : names) {
            assertEquals(name.startsWith("part-") ? Optional.of(CorpusFormat.JSONL) : Optional.empty(), CorpusFormat.of(Path.of(name)), name);
        }
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)), Files.readAllBytes(dir.resolve("b").resolve(name)), name);
        }
        assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve("a/part-00000.jsonl.gz")), Files.readAllBytes(dir.resolve("c/part-00000.jsonl.gz"))));
        assertNotEquals(lines(dir.resolve("a/part-00000.jsonl.gz")).get(0), lines(dir.resolve("c/part-00000.jsonl.gz")).get(0));
    }

    /** Writes a small corpus, for {@link #theSameSeedWritesTheSameBytesInAnotherJvm}: {@code java ... DIR}. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), 120, 0.3, 7, 60, 2);
    }

    @Test
    void theSameSeedWritesTheSameBytesInAnotherJvm(@TempDir Path dir) throws Exception {
        // hash orders are salted per JVM, so only a second JVM shows one leaking into the output
        for (String run : List.of("a", "b")) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CorpusGeneratorTest.class.getName(), dir.resolve(run).toString())
                    .inheritIO().start();
            assertEquals(0, p.waitFor());
        }
        for (String name : List.of("part-00000.jsonl.gz", "part-00001.jsonl.gz", CorpusGenerator.TRUTH, CorpusGenerator.SUMMARY)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)), Files.readAllBytes(dir.resolve("b").resolve(name)), name);
        }
    }

    @Test
    void theRelevantShareIsTheOneAskedFor(@TempDir Path dir) throws Exception {
        for (double share : new double[]{0.0, 0.05, 0.3, 1.0}) {
            long relevant = 0;
            for (long i = 0; i < 2000; i++) if (CorpusGenerator.isRelevant(5, i, share)) relevant++;
            assertEquals(Math.round(2000 * share), relevant, "share " + share);
        }
        // a corpus that does not fill its last block still comes within one article per block
        CorpusGenerator.Summary s = write(dir.resolve("c"), 300, 0.3, 4, 1000, 2);
        assertEquals(90, s.relevant());
        assertEquals(90, GoldReader.read(s.truth()).stream().filter(r -> !r.events().isEmpty()).count());
        long partial = 0;
        for (long i = 0; i < 60; i++) if (CorpusGenerator.isRelevant(9, i, 0.3)) partial++;
        assertTrue(partial >= 8 && partial <= 28, "60 of a block of 100 at 0.3: " + partial);
    }

    @Test
    void theTruthIsGoldAndTheCorpusIsInput(@TempDir Path dir) throws Exception {
        CorpusGenerator.Summary s = write(dir.resolve("c"), 400, 0.5, 21, 150, 2);
        List<GoldRecord> gold = GoldReader.read(s.truth());
        assertEquals(400, gold.size());
        RecordParser parser = new RecordParser(RecordParser.Fields.DEFAULT, RecordParser.DEFAULT_MAX_TEXT_CHARS);
        List<String> corpus = new ArrayList<>();
        for (Path f : s.files()) corpus.addAll(lines(f));
        assertEquals(400, corpus.size());
        Set<String> states = MODEL.states.stream().map(GeneratorModel.State::country).collect(Collectors.toSet());
        long events = 0;
        for (int i = 0; i < corpus.size(); i++) {
            ParsedRecord p = parser.parse(corpus.get(i));
            assertTrue(p.accepted(), corpus.get(i));
            GoldRecord g = gold.get(i);
            assertEquals(g.article(), p.article(), "truth and corpus hold the same record");
            LocalDate d = p.article().date();
            assertFalse(d.isBefore(ArticleGenerator.FIRST_DATE) || d.isAfter(ArticleGenerator.LAST_DATE), d.toString());
            int words = p.article().text().split("\\s+").length;
            assertTrue(words >= 150 && words <= 960, words + " words in " + p.article().id());
            assertTrue(g.events().size() <= 3);
            assertEquals(g.events().size(), g.triples().size(), "no triple twice in " + g.article().id());
            for (GoldRecord.GoldEvent e : g.events()) {
                Triple t = e.triple();
                assertTrue(states.contains(t.source()) && (t.target().equals("-") || states.contains(t.target())), t.toString());
                assertNotEquals(t.source(), t.target(), "an act between different states");
                assertTrue(e.sourceRole() != null);
            }
            events += g.events().size();
        }
        assertEquals(s.events(), events);
        assertTrue(s.relevant() == 200 && events >= 300 && events <= 500, s.relevant() + " relevant, " + events + " events");
    }

    /** Every act, every section and many phrasings turn up; long runs of words are never the gold set's. */
    @Test
    void phrasingsVaryAndAreNotTheGoldSets() throws Exception {
        Set<String> goldGrams = new HashSet<>();
        for (String split : List.of("dev", "test")) {
            for (GoldRecord g : GoldReader.read(Path.of("../datasets/gold/" + split + ".jsonl"))) goldGrams.addAll(grams(g.article().text(), 7));
        }
        ArticleGenerator generator = new ArticleGenerator(MODEL);
        Set<String> sections = new HashSet<>();
        Set<String> openings = new HashSet<>();
        Set<Object> acts = new HashSet<>();
        Set<String> copied = new java.util.TreeSet<>();
        for (long i = 0; i < 600; i++) {
            GeneratedArticle a = generator.generate(3, i, i % 2 == 0);
            sections.add(a.article().section());
            a.events().forEach(e -> acts.add(e.triple().act()));
            if (a.relevant()) openings.add(String.join(" ", Arrays.copyOf(a.article().text().split(" "), 3)));
            for (String g : grams(a.article().text(), 7)) if (goldGrams.contains(g)) copied.add(g);
        }
        assertEquals(Set.of(), copied, "seven words in a row as in the gold set");
        assertEquals(MODEL.sections.keySet().size() + 1, sections.size(), sections.toString());
        assertEquals(6, acts.size());
        assertTrue(openings.size() > 200, openings.size() + " distinct openings of 300 relevant articles");
    }

    private static List<String> grams(String text, int n) {
        // (letters of any script: "Støre" is one word, not "st re")
        String[] w = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}0-9' -]", " ").trim().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + n <= w.length; i++) out.add(String.join(" ", Arrays.copyOfRange(w, i, i + n)));
        return out;
    }

    @Test
    void badDataAndOptionsAreClearErrors(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("datasets/generator");
        Files.createDirectories(data);
        Files.writeString(data.resolve("templates.tsv"), "kind\ttemplate\nREQUEST\t{S} urged {T} to {nonsense}.\n");
        DatasetException e = assertThrows(DatasetException.class, () -> GeneratorModel.load(dir.resolve("datasets")));
        assertTrue(e.getMessage().contains("templates.tsv") && e.getMessage().contains("{nonsense}"), e.getMessage());

        Files.writeString(data.resolve("templates.tsv"), "kind\ttemplate\nsports\t{S} beat {team2}.\n");
        e = assertThrows(DatasetException.class, () -> GeneratorModel.load(dir.resolve("datasets")));
        assertTrue(e.getMessage().contains("noise may not name"), e.getMessage());

        Files.delete(data.resolve("templates.tsv"));
        Files.writeString(data.resolve("states.tsv"), "country\tweight\tname\tadjective\tcapital\tministry\nJPN\t1\tJapan\tJapanese\tOsaka\t\n");
        e = assertThrows(DatasetException.class, () -> GeneratorModel.load(dir.resolve("datasets")));
        assertTrue(e.getMessage().contains("states.tsv") && e.getMessage().contains("'Osaka' is not an alias of JPN"), e.getMessage());

        Path out = dir.resolve("full");
        Files.createDirectories(out);
        Files.writeString(out.resolve("x.jsonl"), "{}\n");
        IOException io = assertThrows(IOException.class, () -> write(out, 10, 0.1, 1, 10, 1));
        assertTrue(io.getMessage().contains("not empty"));
        assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator.Options(10, 1.5, 1, out, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator.Options(0, 0.5, 1, out, 10, 1));
    }
}
