package org.avow.core.eval;

import org.avow.core.model.Article;
import org.avow.core.model.Channel;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A gold record: a corpus record plus the events it states (channel where annotated). */
public record GoldRecord(Article article, List<GoldEvent> events, int line) {
    public record GoldEvent(Triple triple, String sourceRole, Channel channel) {
    }

    public Set<Triple> triples() {
        return events.stream().map(GoldEvent::triple).collect(Collectors.toSet());
    }
}
