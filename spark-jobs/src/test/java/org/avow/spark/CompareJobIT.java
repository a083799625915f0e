package org.avow.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.avow.core.compare.WindowSize;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CompareJob on a small hand-written events table whose every figure is computed by hand below. The
 * input tables are written once; the monthly comparison that two tests read runs once, and each
 * other setting compares a copy of the inputs in its own folder.
 */
class CompareJobIT {
    private static SparkSession spark;
    @TempDir
    static Path shared;
    /** The inputs, for the runs that need other settings. */
    private static Path inputs;
    /** The monthly comparison, 60-day horizon, threshold 0.1, 2000 bootstrap replicates. */
    private static Path monthly;
    private static CompareJob.Result monthlyResult;

    @BeforeAll
    static void start() throws IOException {
        spark = Sessions.create("local[2]", "avow-compare-test");
        inputs = corpus(shared.resolve("inputs"));
        monthly = copyOfInputs(shared.resolve("monthly"));
        monthlyResult = CompareJob.run(spark, options(monthly, new CompareJob.Settings(WindowSize.MONTH, 60, 0.1, 7, 2000, 0.95)));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Row event(String id, String article, String date, String src, String act, String tgt, double weight, String evidence) {
        Date d = Date.valueOf(date);
        int polarity = org.avow.core.model.SpeechAct.valueOf(act).polarity();
        return RowFactory.create(id, article, 0, 0, 1, evidence, src + "-gov", null, src, "GOV", "GOVERNMENT",
                tgt + "-gov", null, tgt, "GOV", "GOVERNMENT", act, "000", 0.0, null, "STATEMENT", "ATTRIBUTED", 1.0, polarity,
                weight, 1.0, d, d, d.toLocalDate().getYear(), 1, "test", "test");
    }

    /** An article row with the fields the comparison reads; the others null or a placeholder of their type. */
    private static Row article(String id, String date, int copies) {
        Date d = Date.valueOf(date);
        Map<String, Object> v = Map.of("id", id, "date", d, "year", d.toLocalDate().getYear(), "cluster_size", copies, "cluster_id", id);
        Object[] cells = new Object[Tables.ARTICLES_SCHEMA.size()];
        for (int i = 0; i < cells.length; i++) {
            var f = Tables.ARTICLES_SCHEMA.fields()[i];
            Object placeholder = f.nullable() ? null : f.dataType() == org.apache.spark.sql.types.DataTypes.StringType ? "x"
                    : f.dataType() == org.apache.spark.sql.types.DataTypes.LongType ? (Object) 1L
                    : f.dataType() == org.apache.spark.sql.types.DataTypes.BooleanType ? (Object) Boolean.TRUE
                    : f.dataType() instanceof org.apache.spark.sql.types.ArrayType
                    ? scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of()).toList() : (Object) 1;
            cells[i] = v.getOrDefault(f.name(), placeholder);
        }
        return RowFactory.create(cells);
    }

    /** Writes the input tables: JPN asks and pledges in November, the US answers weakly then strongly; China rebukes Japan. */
    private static Path corpus(Path dir) {
        List<Row> events = List.of(
                event("e1", "a1", "2025-11-03", "JPN", "REQUEST", "USA", 0.3, "Tokyo asked Washington for a statement."),
                event("e2", "a1", "2025-11-03", "JPN", "PLEDGE", "USA", 0.6, "Japan pledged to buy more American LNG."),
                event("e3", "a2", "2025-11-10", "USA", "AFFIRM", "JPN", 0.05, "A deputy spokesperson affirmed the ironclad commitment to the defense of Japan."),
                event("e6", "a5", "2025-11-20", "CHN", "REBUKE", "JPN", 0.4, "Beijing condemned Tokyo."),
                event("e4", "a3", "2025-12-05", "USA", "AFFIRM", "JPN", 0.5, "The president reaffirmed the ironclad commitment to the defense of Japan."),
                event("e5", "a4", "2025-12-20", "JPN", "REQUEST", "USA", 0.2, "Tokyo again asked Washington to speak."));
        spark.createDataFrame(events, Tables.EVENTS_SCHEMA).write().parquet(dir.resolve(Tables.EVENTS).toString());
        List<Row> mentions = List.of(
                RowFactory.create("a1", Date.valueOf("2025-11-03"), "JPN", 3), RowFactory.create("a1", Date.valueOf("2025-11-03"), "USA", 3),
                RowFactory.create("a2", Date.valueOf("2025-11-10"), "USA", 1), RowFactory.create("a2", Date.valueOf("2025-11-10"), "JPN", 1),
                RowFactory.create("a5", Date.valueOf("2025-11-20"), "JPN", 1), RowFactory.create("a5", Date.valueOf("2025-11-20"), "CHN", 1));
        spark.createDataFrame(mentions, Tables.MENTIONS_SCHEMA).write().parquet(dir.resolve(Tables.MENTIONS).toString());
        List<Row> articles = List.of(article("a1", "2025-11-03", 3), article("a2", "2025-11-10", 1), article("a3", "2025-12-05", 1),
                article("a4", "2025-12-20", 1), article("a5", "2025-11-20", 1), article("a6", "2025-12-31", 1));
        spark.createDataFrame(articles, Tables.ARTICLES_SCHEMA).write().parquet(dir.resolve(Tables.ARTICLES).toString());
        return dir;
    }

    /** A folder holding a copy of the input tables, for a run of its own. */
    private static Path copyOfInputs(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(inputs)) {
            for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, dir.resolve(inputs.relativize(f).toString()));
        }
        return dir;
    }

    private static CompareJob.Options options(Path out, CompareJob.Settings s) {
        return new CompareJob.Options(out.toString(), "USA", List.of("JPN", "PHL"), List.of("CHN"), s, null);
    }

    private static Map<String, Row> byKey(Path out, String table, String key) {
        Dataset<Row> t = spark.read().parquet(out.resolve(table).toString());
        return t.collectAsList().stream().collect(Collectors.toMap(r -> String.valueOf(r.<Object>getAs(key)), r -> r));
    }

    @Test
    void monthlyWindowsRatioGapIntervalsAndAttention() {
        assertEquals(2, monthlyResult.dyadWindows());
        Map<String, Row> w = byKey(monthly, Tables.DYAD_WINDOWS, "window");
        Row nov = w.get("2025-11");
        assertEquals(1L, (long) nov.getAs("requests"));
        assertEquals(1L, (long) nov.getAs("pledges"));
        assertEquals(1L, (long) nov.getAs("affirmations"));
        assertEquals(1L, (long) nov.getAs("rival_rebukes"));
        assertEquals(0.05 / 0.9, nov.<Double>getAs("affirmation_ratio"), 1e-12);
        assertEquals(0.85, nov.<Double>getAs("gap"), 1e-12);
        // articles a1 (asks 0.9) and a2 (affirms 0.05): resamples a1a1 -> 0, a1a2 -> 0.05/0.9, a2a2 -> no ratio
        assertEquals(0.0, nov.<Double>getAs("ratio_ci_low"), 1e-12);
        assertEquals(0.05 / 0.9, nov.<Double>getAs("ratio_ci_high"), 1e-12);
        assertEquals(-0.1, nov.<Double>getAs("gap_ci_low"), 1e-12);
        assertEquals(1.8, nov.<Double>getAs("gap_ci_high"), 1e-12);
        assertEquals(2L, (long) nov.getAs("articles"), "a1 and a2 name both; a5 names only Japan and China");
        assertEquals(4L, (long) nov.getAs("attention"), "a1 has three copies");
        Row dec = w.get("2025-12");
        assertEquals(2.5, dec.<Double>getAs("affirmation_ratio"), 1e-12);
        assertEquals(-0.3, dec.<Double>getAs("gap"), 1e-12);
        assertEquals(0.55, dec.<Double>getAs("cumulative_gap"), 1e-12);
        assertEquals("month", dec.getAs("window_size"));
    }

    @Test
    void latencyAnswersCensorsAndSummarises() throws IOException {
        Map<String, Row> lat = byKey(monthly, Tables.LATENCY, "request_event_id");
        Row first = lat.get("e1");
        assertTrue(first.<Boolean>getAs("answered"));
        assertEquals(32, (int) first.getAs("latency_days"), "e3 on 11-10 weighs 0.05, under the 0.1 threshold; e4 on 12-05 answers");
        assertEquals("e4", first.getAs("affirmation_event_id"));
        Row last = lat.get("e5");
        assertFalse(last.<Boolean>getAs("answered"));
        assertNull(last.getAs("latency_days"));
        assertEquals(11, (int) last.getAs("observed_days"), "censored where the corpus ends, 2025-12-31");
        Row s = spark.read().parquet(monthly.resolve(Tables.LATENCY_SUMMARY).toString()).first();
        assertEquals(2025, (int) s.getAs("year"));
        assertEquals(2, (int) s.getAs("requests"));
        assertEquals(1, (int) s.getAs("censored"));
        assertEquals(32.0, s.<Double>getAs("median_days"), 1e-12, "the censored request leaves at 11; S(32) = 0");
        assertEquals(0.0, s.<Double>getAs("answered_within_30"), 1e-12);

        Path out = copyOfInputs(shared.resolve("no-threshold"));
        CompareJob.run(spark, options(out, new CompareJob.Settings(WindowSize.MONTH, 30, 0.0, 7, 10, 0.95)));
        lat = byKey(out, Tables.LATENCY, "request_event_id");
        assertEquals(7, (int) lat.get("e1").getAs("latency_days"), "with no threshold the 11-10 post answers");
    }

    @Test
    void weeksStancesAndCommitments() throws IOException {
        Path out = copyOfInputs(shared.resolve("weekly"));
        CompareJob.run(spark, options(out, new CompareJob.Settings(WindowSize.WEEK, 60, 0.1, 7, 10, 0.95)));
        assertEquals(List.of("2025-W45", "2025-W46", "2025-W47", "2025-W49", "2025-W51"), spark.read().parquet(out.resolve(Tables.DYAD_WINDOWS).toString())
                .orderBy("window_start").collectAsList().stream().map(r -> (String) r.getAs("window")).toList());

        Dataset<Row> stances = spark.read().parquet(out.resolve(Tables.STANCES).toString());
        Row china = stances.filter(col("holder").equalTo("CHN")).first();
        assertEquals(1L, (long) china.getAs("opposition"));
        assertEquals(-1.0, china.<Double>getAs("net_polarity"), 1e-12);
        Row japan = stances.filter(col("holder").equalTo("JPN").and(col("window").equalTo("2025-W45"))).first();
        assertEquals(0.9, japan.<Double>getAs("support_weight"), 1e-12);

        Map<String, Row> c = byKey(out, Tables.COMMITMENTS, "topic");
        Row defense = c.get("MUTUAL_DEFENSE");
        assertEquals("USA", defense.getAs("actor"));
        assertEquals(2L, (long) defense.getAs("times_voiced"));
        assertEquals(1L, (long) defense.getAs("reaffirmations"));
        assertEquals("2025-11-10", defense.getAs("first_voiced").toString());
        assertEquals("2025-12-05", defense.getAs("last_voiced").toString());
        assertEquals("e3", defense.getAs("first_event_id"));
        assertEquals("JPN", c.get("ENERGY").getAs("actor"));
        assertEquals(2, c.size(), "requests and rebukes commit to nothing");
    }
}
