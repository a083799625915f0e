package org.avow.core.eval;

import org.avow.core.model.DiscourseEvent;
import org.avow.core.model.SpeechAct;

/** What scoring compares per document: (source country, act, target country or "-"). */
public record Triple(String source, SpeechAct act, String target) {
    public static Triple of(DiscourseEvent e) {
        return new Triple(e.source().country(), e.act(), e.target() == null ? "-" : e.target().country());
    }

    @Override
    public String toString() {
        return source + " " + act + " " + target;
    }
}
