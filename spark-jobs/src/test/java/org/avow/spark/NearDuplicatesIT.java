package org.avow.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.avow.core.dedup.MinHash;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Planted near-duplicates (a changed headline, a dropped paragraph, another dateline, light edits)
 * among distinct stories, many on the same topic, clustered by ingest: pairwise precision and recall
 * of the clusters against the planted truth.
 */
class NearDuplicatesIT {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = Sessions.create("local[2]", "avow-dedup-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void plantedCopiesAreClusteredAndSameTopicStoriesAreNot(@TempDir Path dir) throws Exception {
        List<PlantedStories.Doc> docs = new PlantedStories(7L).generate(40);
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (PlantedStories.Doc d : docs) {
            ObjectNode n = json.createObjectNode().put("id", d.id()).put("date", d.date()).put("section", d.topic()).put("text", d.text());
            lines.add(json.writeValueAsString(n));
        }
        Path corpus = dir.resolve("planted.jsonl");
        Files.write(corpus, lines);
        IngestJob.Result r = IngestJob.run(spark, new IngestJob.Options(List.of(corpus.toString()), dir.resolve("out").toString()));
        assertEquals(docs.size(), r.articles(), "no two planted texts are identical");

        Map<String, String> predicted = new HashMap<>();
        for (Row a : spark.read().parquet(dir.resolve("out").resolve(Tables.ARTICLES).toString()).select("id", "cluster_id").collectAsList()) {
            predicted.put(a.getString(0), a.getString(1));
        }
        long truePairs = 0, predictedPairs = 0, both = 0, sameTopicMerges = 0;
        // the margin: the least similar planted pair and the most similar distinct pair on one topic (exact Jaccard)
        double leastPlanted = 1, mostDistinct = 0;
        List<long[]> shingles = docs.stream().map(d -> MinHash.DEFAULT.shingles(d.text())).toList();
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                PlantedStories.Doc a = docs.get(i), b = docs.get(j);
                boolean truth = a.story().equals(b.story());
                boolean found = predicted.get(a.id()).equals(predicted.get(b.id()));
                if (truth) truePairs++;
                if (found) predictedPairs++;
                if (truth && found) both++;
                if (found && !truth && a.topic().equals(b.topic())) sameTopicMerges++;
                if (truth || a.topic().equals(b.topic())) {
                    double jaccard = MinHash.jaccard(shingles.get(i), shingles.get(j));
                    if (truth) leastPlanted = Math.min(leastPlanted, jaccard);
                    else mostDistinct = Math.max(mostDistinct, jaccard);
                }
            }
        }
        double precision = predictedPairs == 0 ? 1 : (double) both / predictedPairs;
        double recall = (double) both / truePairs;
        long stories = docs.stream().map(PlantedStories.Doc::story).distinct().count();
        System.out.printf("near-duplicates: %d documents, %d stories (%d per topic, 12 topics), %d planted pairs; "
                        + "found %d pairs, %d right: precision %.3f, recall %.3f; same-topic distinct stories merged: %d pairs; "
                        + "clusters of 2+: %d; Jaccard of the least similar planted pair %.2f, of the most similar distinct "
                        + "same-topic pair %.2f (threshold %.2f)%n", docs.size(), stories, 40, truePairs, predictedPairs, both,
                precision, recall, sameTopicMerges, r.nearDuplicateClusters(), leastPlanted, mostDistinct, MinHash.DEFAULT.threshold());
        assertTrue(precision >= 0.95, "precision " + precision);
        assertTrue(recall >= 0.95, "recall " + recall);
        assertEquals(0, sameTopicMerges, "distinct stories on one topic stay apart");
    }
}
