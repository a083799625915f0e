package org.avow.core.extract;

import org.avow.core.model.Article;
import org.avow.core.nlp.CoreNlpAnalyzer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document that runs past its time budget stops with a reason instead of holding up the job. */
class BudgetIT {
    @Test
    void aDocumentOverItsBudgetFailsWithItsReason() {
        DiscourseExtractor tight = new DiscourseExtractor(CoreNlpAnalyzer.shared(), ExtractionModel.shipped(), 0, true);
        String text = "Beijing condemned Tokyo's remarks. ".repeat(50);
        DiscourseExtractor.BudgetExceeded e = assertThrows(DiscourseExtractor.BudgetExceeded.class,
                () -> tight.extract(new Article("long-1", LocalDate.of(2025, 11, 20), null, null, null, null, text)));
        assertTrue(e.getMessage().startsWith("long-1: over the 0 ms budget at sentence"), e.getMessage());
        assertTrue(Extraction.EXTRACTOR.extract(new Article("short-1", LocalDate.of(2025, 11, 20), null, null, null, null,
                "Beijing condemned Tokyo's remarks.")).events().size() == 1, "the default budget lets a normal document through");
    }
}
