package org.avow.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.avow.core.eval.GoldReader;
import org.avow.core.eval.GoldRecord;
import org.avow.core.model.Article;
import org.avow.core.model.DiscourseEvent;
import org.avow.core.nlp.CoreNlpAnalyzer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cascade's word screen loses nothing the rules would find: on the sample corpus and both gold
 * splits, the cascade yields exactly the events of the same rules with every sentence tagged, while
 * tagging far fewer sentences.
 */
class CascadeIT {
    private static final DiscourseExtractor TAG_ALL =
            new DiscourseExtractor(CoreNlpAnalyzer.shared(), ExtractionModel.shipped().withConfidenceThreshold(0),
                    DiscourseExtractor.DEFAULT_BUDGET_MILLIS, false);

    @Test
    void theWordScreenKeepsEveryEventOfTaggingEverySentence() throws Exception {
        List<Article> articles = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("../datasets/sample/wire-2024-2026.jsonl"))) {
            JsonNode n = json.readTree(line);
            articles.add(new Article(n.get("id").asText(), LocalDate.parse(n.get("date").asText()), null,
                    n.path("source").asText(null), null, null, n.get("text").asText()));
        }
        for (String split : List.of("dev", "test")) {
            for (GoldRecord g : GoldReader.read(Path.of("../datasets/gold/" + split + ".jsonl"))) articles.add(g.article());
        }
        int sentences = 0;
        int screenedOut = 0;
        int events = 0;
        for (Article a : articles) {
            List<String> all = TAG_ALL.extract(a).events().stream().map(DiscourseEvent::brief).toList();
            List<DiscourseExtractor.SentenceTrace> traces = Extraction.RULES.trace(a);
            List<String> cascade = new ArrayList<>();
            for (DiscourseExtractor.SentenceTrace t : traces) {
                sentences++;
                if (!t.sentence().tagged()) screenedOut++;
                t.events().forEach(e -> cascade.add(e.brief()));
            }
            assertEquals(all, cascade, a.id());
            events += all.size();
        }
        System.out.printf("cascade: %d articles, %d sentences, %d screened out untagged, %d events identical%n",
                articles.size(), sentences, screenedOut, events);
        assertTrue(events > 600, "events " + events);
        assertTrue(screenedOut > sentences / 4, "screened out " + screenedOut + " of " + sentences);
    }
}
