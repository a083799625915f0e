package org.avow.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.avow.core.dedup.MinHash;
import org.avow.core.ingest.RecordParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzz corpus (every format, valid records mixed with malformed and hostile ones) through ingest
 * and extraction: no crash, every bad record in {@code rejects} at its position with its reason,
 * every good one an article or a counted duplicate, and the accounting exact.
 */
class FuzzIngestIT {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = Sessions.create("local[2]", "avow-fuzz-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void everyBadRecordIsQuarantinedWithItsReasonAndNothingIsLost(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        List<FuzzCorpus.Expected> expected = FuzzCorpus.write(corpus, 20261126L, spark);
        long bad = expected.stream().filter(FuzzCorpus.Expected::reject).count();
        Map<String, Long> wantedReasons = expected.stream().filter(FuzzCorpus.Expected::reject)
                .collect(Collectors.groupingBy(FuzzCorpus.Expected::outcome, TreeMap::new, Collectors.counting()));
        assertTrue(bad >= 1000, "at least 1,000 bad records: " + bad);
        assertEquals(List.of("BAD_DATE", "BAD_ENCODING", "DUPLICATE_ID", "EMPTY", "MALFORMED_CSV", "MALFORMED_FRONT_MATTER",
                "MALFORMED_JSON", "MALFORMED_PARQUET", "MALFORMED_WARC", "MISSING_ID", "MISSING_TEXT", "TOO_LARGE",
                "UNSUPPORTED_CONTENT"), List.copyOf(wantedReasons.keySet()), "every kind of bad record is planted");

        Path out = dir.resolve("out");
        IngestJob.Result r = IngestJob.run(spark, new IngestJob.Options(List.of(corpus.toString()), out.toString(),
                RecordParser.Fields.DEFAULT, FuzzCorpus.MAX_TEXT_CHARS, null, null, MinHash.DEFAULT));

        assertEquals(expected.size(), r.recordsIn(), "records in");
        Dataset<Row> rejects = spark.read().parquet(out.resolve(Tables.REJECTS).toString());
        List<String> gotRejects = rejects.collectAsList().stream()
                .map(x -> x.getAs("source_file") + "@" + x.getAs("line") + " " + x.getAs("reason")).sorted().toList();
        List<String> wantRejects = expected.stream().filter(FuzzCorpus.Expected::reject)
                .map(e -> e.file() + "@" + e.position() + " " + e.outcome()).sorted().toList();
        assertSame("rejects", wantRejects, gotRejects);
        assertTrue(rejects.filter(col("detail").isNull()).isEmpty(), "every reject says why");

        Dataset<Row> articles = spark.read().parquet(out.resolve(Tables.ARTICLES).toString());
        List<String> gotArticles = articles.collectAsList().stream().map(x -> x.getAs("source_file") + "@" + x.getAs("line")).sorted().toList();
        List<String> wantArticles = expected.stream().filter(e -> e.outcome().equals(FuzzCorpus.ARTICLE))
                .map(e -> e.file() + "@" + e.position()).sorted().toList();
        assertSame("articles", wantArticles, gotArticles);
        long duplicates = expected.stream().filter(e -> e.outcome().equals(FuzzCorpus.DUPLICATE)).count();
        assertEquals(duplicates, r.duplicates(), "exact duplicates");
        assertEquals(r.recordsIn(), r.articles() + r.rejects() + r.duplicates());
        assertEquals(wantedReasons, new TreeMap<>(r.rejectsByReason()));

        long representatives = articles.filter(col("representative")).count();
        ExtractJob.Result x = ExtractJob.run(spark, new ExtractJob.Options(out.toString(), null, null, 8));
        assertEquals(representatives, x.articles(), "one extraction per cluster, each accounted for");
        assertTrue(spark.read().parquet(out.resolve(Tables.FAILURES).toString()).filter(col("reason").isNull()).isEmpty());
        System.out.printf("fuzz corpus: %d records (%d bad) in %d files; %d articles, %d rejects %s, %d duplicates; "
                        + "extraction: %d articles, %d events, %d failures%n", r.recordsIn(), bad, r.files().size(), r.articles(),
                r.rejects(), r.rejectsByReason(), r.duplicates(), x.articles(), x.events(), x.failures());
    }

    /** Equal lists, reported as the first differences both ways rather than two thousand-line strings. */
    private static void assertSame(String what, List<String> want, List<String> got) {
        if (want.equals(got)) return;
        List<String> missing = minus(want, got), extra = minus(got, want);
        throw new AssertionError(what + ": " + missing.size() + " expected but missing, e.g. "
                + missing.subList(0, Math.min(15, missing.size())) + "; " + extra.size() + " unexpected, e.g. "
                + extra.subList(0, Math.min(15, extra.size())));
    }

    private static List<String> minus(Collection<String> a, Collection<String> b) {
        List<String> out = new ArrayList<>(a);
        for (String s : b) out.remove(s);
        return out;
    }
}
