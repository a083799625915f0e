package org.avow.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole run on local Spark with the real extractor: accounting, quarantine, tables, manifest, the story. */
class PipelineIT {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = Sessions.create("local[2]", "avow-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static RunPipeline.Result run(Path corpus, Path out) {
        return RunPipeline.run(spark, new RunPipeline.Options(List.of(corpus.toString()), out.toString(), null, null, null,
                null, null, null, null), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void everyRecordIsAnArticleARejectOrADuplicate(@TempDir Path dir) throws Exception {
        String urge = "Japanese Prime Minister Sanae Takaichi urged Washington on Monday to state its support for Japan publicly.";
        String condemn = "Chinese foreign ministry spokesperson Lin Jian condemned Japan's remarks at a press conference.";
        List<String> lines = List.of(
                "{\"id\":\"a1\",\"date\":\"2025-11-18\",\"title\":\"Tokyo presses\",\"text\":\"" + urge + "\"}",
                "{\"id\":\"a2\",\"date\":\"2025-11-19\",\"text\":\"" + condemn + "\"}",
                "{\"id\":\"a2-copy\",\"date\":\"2025-11-19\",\"text\":\"" + condemn + "\"}",       // exact duplicate text
                "{\"id\":\"a3\",\"date\":\"Tue, 18 Nov 2025 08:00:00 GMT\",\"text\":\"Stocks rose in Tokyo.\"}",
                "{\"id\":\"a4\",\"date\":\"20251120\",\"text\":\"Rain is expected in Seoul on Friday.\"}",
                "{\"id\":\"b1\",\"date\":\"2025-11-18\",\"text\":",                               // malformed JSON
                "{\"id\":\"b2\",\"date\":\"2025-11-18\"}",                                           // no text
                "{\"id\":\"b3\",\"date\":\"next Tuesday\",\"text\":\"Some text.\"}",                 // bad date
                "{\"date\":\"2025-11-18\",\"text\":\"No id here.\"}",                                // no id
                "{\"id\":\"b5\",\"date\":\"2025-11-18\",\"text\":\"   \"}",                          // empty text
                "{\"id\":\"a1\",\"date\":\"2025-11-21\",\"text\":\"A different story under a reused id.\"}",
                "",
                "[1,2,3]");                                                                          // not an object
        Path corpus = dir.resolve("corpus.jsonl");
        Files.write(corpus, lines);
        Path out = dir.resolve("out");

        RunPipeline.Result r = run(corpus, out);

        assertEquals(12, r.ingest().recordsIn(), "blank lines are not records");
        assertEquals(4, r.ingest().articles());
        assertEquals(7, r.ingest().rejects());
        assertEquals(1, r.ingest().duplicates());
        Map<String, Long> reasons = spark.read().parquet(out.resolve("rejects").toString()).groupBy("reason").count()
                .collectAsList().stream().collect(Collectors.toMap(x -> x.getString(0), x -> x.getLong(1)));
        assertEquals(Map.of("MALFORMED_JSON", 2L, "MISSING_TEXT", 1L, "BAD_DATE", 1L, "MISSING_ID", 1L, "EMPTY", 1L,
                "DUPLICATE_ID", 1L), reasons);
        Row dup = spark.read().parquet(out.resolve("articles").toString()).filter(col("id").equalTo("a2")).first();
        assertEquals(2, (int) dup.getAs("cluster_size"));

        Dataset<Row> events = spark.read().parquet(out.resolve("events").toString());
        assertEquals(Arrays.asList(Tables.EVENTS_SCHEMA.fieldNames()).stream().sorted().toList(),
                Arrays.stream(events.columns()).sorted().toList());
        List<String> triples = events.collectAsList().stream()
                .map(e -> e.getAs("source_country") + " " + e.getAs("act") + " " + e.getAs("target_country")).sorted().toList();
        assertEquals(List.of("CHN REBUKE JPN", "JPN REQUEST USA"), triples);
        Row request = events.filter(col("act").equalTo("REQUEST")).first();
        assertEquals("2025-11-17", request.getAs("event_date").toString(), "'on Monday' resolved against 2025-11-18");
        assertEquals("PRIME_MINISTER", request.getAs("source_role"));
        assertEquals("022", request.getAs("cameo"));

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        JsonNode counts = manifest.get("counts");
        assertEquals(counts.get("records_in").asLong(),
                counts.get("articles").asLong() + counts.get("rejects").asLong() + counts.get("duplicates").asLong());
        assertEquals(2, counts.get("events").asLong());
        Dataset<Row> held = spark.read().schema(Tables.EVENTS_SCHEMA).parquet(out.resolve(Tables.HELD_EVENTS).toString());
        assertEquals(counts.get("held_events").asLong(), held.count());
        assertEquals(Arrays.stream(events.columns()).sorted().toList(), Arrays.stream(held.columns()).sorted().toList());
        double threshold = manifest.at("/config/min_event_confidence").asDouble();
        assertTrue(threshold > 0 && threshold < 1, "threshold in force recorded: " + threshold);
        for (Row e : events.collectAsList()) assertTrue((double) e.getAs("confidence") >= threshold, e.toString());
        for (Row e : held.collectAsList()) assertTrue((double) e.getAs("confidence") < threshold, e.toString());
        JsonNode loads = counts.get("pipeline_loads_per_executor");
        assertTrue(loads.size() >= 1, "loads per executor recorded: " + loads);
        loads.forEach(n -> assertEquals(1, n.asInt(), "one CoreNLP pipeline per executor JVM: " + loads));
        assertEquals(64, manifest.get("inputs").get(0).get("sha256").asText().length());
        assertTrue(Files.exists(out.resolve("events/_SUCCESS")));
        assertTrue(Files.exists(out.resolve("dyad_windows/_SUCCESS")));
    }

    @Test
    void aRunKilledMidwayLeavesNothingThatClaimsCompletenessAndTheNextReplacesIt(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("c.jsonl");
        Files.write(corpus, List.of(
                "{\"id\":\"k1\",\"date\":\"2025-11-20\",\"text\":\"Japanese Foreign Minister Toshimitsu Motegi urged Washington to voice support for Tokyo.\"}",
                "{\"id\":\"k2\",\"date\":\"2025-11-22\",\"text\":\"Secretary of State Marco Rubio reaffirmed U.S. support for Japan.\"}"));
        Path out = dir.resolve("out");
        run(corpus, out);
        assertTrue(Files.exists(out.resolve("manifest.json")));
        Files.writeString(out.resolve("notes.txt"), "the researcher's own file");

        // the process dies after extraction: the log line that follows it throws
        PrintStream dying = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8) {
            @Override
            public PrintStream printf(String format, Object... args) {
                if (format.startsWith("extract:")) throw new IllegalStateException("killed");
                return super.printf(format, args);
            }
        };
        RunPipeline.Options o = new RunPipeline.Options(List.of(corpus.toString()), out.toString(), null, null, null, null, null, null, null);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> RunPipeline.run(spark, o, dying));
        assertTrue(Files.notExists(out.resolve("manifest.json")), "no manifest claims a complete run");
        for (String t : List.of(Tables.DYAD_WINDOWS, Tables.LATENCY, Tables.STANCES, Tables.COMMITMENTS)) {
            assertTrue(Files.notExists(out.resolve(t)), "the previous run's " + t + " is gone, not left beside the new tables");
        }
        assertTrue(Files.exists(out.resolve("notes.txt")), "files avow did not write are left alone");

        RunPipeline.Result again = run(corpus, out);
        assertTrue(Files.exists(out.resolve("manifest.json")));
        for (String t : Tables.ALL) assertTrue(Files.exists(out.resolve(t).resolve("_SUCCESS")), t);
        assertEquals(2, again.extract().events());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(Tables.ALL.size(), manifest.get("tables").size());
        assertTrue(manifest.at("/versions/git_commit").asText().matches("[0-9a-f]{40}(-dirty)?|unknown"));
        assertEquals("month", manifest.at("/config/window").asText());
        assertEquals(7, manifest.at("/config/seed").asLong());
    }

    @Test
    void theSampleShowsJapansLate2025RequestsOutrunningUsAffirmation(@TempDir Path dir) {
        Path out = dir.resolve("out");
        RunPipeline.Result r = run(Path.of("../datasets/sample"), out);
        assertEquals(185, r.ingest().recordsIn(), "the folder's descriptor.json is not a corpus file");
        assertEquals(185, r.ingest().articles());
        Dataset<Row> jpn = spark.read().parquet(out.resolve("dyad_windows").toString()).filter(col("ally").equalTo("JPN"));
        double[] before = sums(jpn.filter(col("window").lt("2025-10")));
        double[] crisis = sums(jpn.filter(col("window").geq("2025-11").and(col("window").leq("2026-02"))));
        double ratioBefore = before[2] / (before[0] + before[1]);
        double ratioCrisis = crisis[2] / (crisis[0] + crisis[1]);
        assertTrue(crisis[0] > 2 * before[0], "requests rise in the crisis: " + crisis[0] + " vs " + before[0]);
        assertTrue(ratioCrisis < ratioBefore / 3, "affirmation ratio collapses: " + ratioCrisis + " vs " + ratioBefore);
    }

    /** Request, pledge and affirmation weight summed over the windows. */
    private static double[] sums(Dataset<Row> windows) {
        Row s = windows.agg(org.apache.spark.sql.functions.sum("request_weight"), org.apache.spark.sql.functions.sum("pledge_weight"),
                org.apache.spark.sql.functions.sum("affirmation_weight")).first();
        return new double[]{s.getDouble(0), s.getDouble(1), s.getDouble(2)};
    }
}
