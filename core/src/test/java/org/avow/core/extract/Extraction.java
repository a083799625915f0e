package org.avow.core.extract;

import org.avow.core.model.Article;
import org.avow.core.model.DiscourseEvent;
import org.avow.core.nlp.CoreNlpAnalyzer;

import java.time.LocalDate;
import java.util.List;

/** Test helper: one extractor with the real CoreNLP pipeline, shared by every test in the JVM. */
final class Extraction {
    static final DiscourseExtractor EXTRACTOR = new DiscourseExtractor(CoreNlpAnalyzer.shared(), ExtractionModel.shipped());

    private Extraction() {
    }

    static ExtractionResult run(String text, String date) {
        return EXTRACTOR.extract(new Article("t", LocalDate.parse(date), null, null, null, null, text));
    }

    /** Events as "SRC ACT TGT" triples. */
    static List<String> triples(String text, String date) {
        return run(text, date).events().stream()
                .map(e -> e.source().country() + " " + e.act() + " " + (e.target() == null ? "-" : e.target().country()))
                .toList();
    }

    static List<String> briefs(String text, String date) {
        return run(text, date).events().stream().map(DiscourseEvent::brief).toList();
    }
}
