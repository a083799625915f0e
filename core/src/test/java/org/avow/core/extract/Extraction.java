package org.avow.core.extract;

import org.avow.core.model.Article;
import org.avow.core.model.DiscourseEvent;
import org.avow.core.nlp.CoreNlpAnalyzer;

import java.time.LocalDate;
import java.util.List;

/**
 * Test helper: extractors with the real CoreNLP pipeline, shared by every test in the JVM. {@link #EXTRACTOR} is
 * what a run uses; {@link #RULES} holds no event back for low confidence, for tests of what the rules find.
 */
final class Extraction {
    static final DiscourseExtractor EXTRACTOR = new DiscourseExtractor(CoreNlpAnalyzer.shared(), ExtractionModel.shipped());
    static final DiscourseExtractor RULES = new DiscourseExtractor(CoreNlpAnalyzer.shared(),
            ExtractionModel.shipped().withConfidenceThreshold(0));

    private Extraction() {
    }

    static ExtractionResult run(String text, String date) {
        return EXTRACTOR.extract(new Article("t", LocalDate.parse(date), null, null, null, null, text));
    }

    static ExtractionResult rules(String text, String date) {
        return RULES.extract(new Article("t", LocalDate.parse(date), null, null, null, null, text));
    }

    /** What the rules find, as "SRC ACT TGT" triples. */
    static List<String> triples(String text, String date) {
        return rules(text, date).events().stream()
                .map(e -> e.source().country() + " " + e.act() + " " + (e.target() == null ? "-" : e.target().country()))
                .toList();
    }

    static List<String> briefs(String text, String date) {
        return rules(text, date).events().stream().map(DiscourseEvent::brief).toList();
    }
}
