package org.avow.core.generate;

import org.avow.core.eval.GoldRecord;
import org.avow.core.model.Article;

import java.util.List;

/** One synthetic article and the events it states (empty for noise), in the gold model. */
public record GeneratedArticle(Article article, List<GoldRecord.GoldEvent> events) {
    public GeneratedArticle {
        events = List.copyOf(events);
    }

    public boolean relevant() {
        return !events.isEmpty();
    }
}
