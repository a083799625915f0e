package org.avow.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.avow.core.eval.Scorer;
import org.avow.core.eval.Triple;
import org.avow.core.model.Article;
import org.avow.core.model.SpeechAct;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extractor against the sample corpus's own annotations (written with the corpus, not a
 * tuning set: the gold set of issue 3 is). Pins a floor so that a regression in the rules fails.
 */
class SampleAnnotationsIT {
    private static final Path CORPUS = Path.of("../datasets/sample/wire-2024-2026.jsonl");
    private static final Path GOLD = Path.of("../datasets/gold/sample-annotations.jsonl");

    @Test
    void extractionOnTheSampleClearsTheFloor() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<Triple>> gold = new HashMap<>();
        for (String line : Files.readAllLines(GOLD)) {
            JsonNode n = json.readTree(line);
            Set<Triple> ts = new HashSet<>();
            for (JsonNode e : n.get("events")) {
                ts.add(new Triple(e.get("source").asText(), SpeechAct.valueOf(e.get("act").asText()),
                        e.path("target").isNull() || e.path("target").isMissingNode() ? "-" : e.get("target").asText()));
            }
            gold.put(n.get("id").asText(), ts);
        }
        Scorer scorer = new Scorer();
        List<String> lines = Files.readAllLines(CORPUS);
        StringBuilder errors = new StringBuilder();
        for (String line : lines) {
            JsonNode n = json.readTree(line);
            Article a = new Article(n.get("id").asText(), LocalDate.parse(n.get("date").asText()), n.path("title").asText(null),
                    n.path("source").asText(null), n.path("section").asText(null), n.path("url").asText(null), n.get("text").asText());
            Set<Triple> predicted = Extraction.EXTRACTOR.extract(a).events().stream().map(Triple::of).collect(Collectors.toSet());
            Set<Triple> g = gold.getOrDefault(a.id(), Set.of());
            scorer.add(g, predicted);
            Set<Triple> fp = new HashSet<>(predicted);
            fp.removeAll(g);
            Set<Triple> fn = new HashSet<>(g);
            fn.removeAll(predicted);
            if (!fp.isEmpty() || !fn.isEmpty()) errors.append(a.id()).append(" FP ").append(fp).append(" FN ").append(fn).append('\n');
        }
        System.out.println(errors);
        System.out.println(scorer.report());
        assertTrue(scorer.micro().f1() >= 0.80, "micro-F1 on the sample fell below 0.80:\n" + scorer.report());
    }
}
