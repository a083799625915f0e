package org.avow.core.model;

import java.time.LocalDate;
import java.util.Objects;

/** One corpus document as the extractor sees it. Optional fields may be null. */
public record Article(String id, LocalDate date, String title, String source, String section,
                      String url, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
    }
}
