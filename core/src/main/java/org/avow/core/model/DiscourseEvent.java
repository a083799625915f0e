package org.avow.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One inter-state speech act. Only realised acts become events: negated, hypothetical, expected
 * or conditional acts are rejected by the extractor, so there is no negation flag here.
 *
 * @param target     the addressee, or null (a decline may have none)
 * @param modality   commitment strength in [0,1]: will/shall/ironclad > should > may/could/hope
 * @param weight     rank(source role) x channel x modality x evidentiality from the weight table
 * @param confidence how likely the event is right, in [0,1], from the confidence model in datasets/confidence
 * @param rule       the rule and dependency path that fired, for explanation and audit
 */
public record DiscourseEvent(String id, Actor source, Actor target, SpeechAct act, String cameo,
                             Channel channel, Evidentiality evidentiality, double modality,
                             LocalDate articleDate, LocalDate eventDate, Provenance provenance,
                             double weight, double confidence, String rule, String extractorVersion) {
    public DiscourseEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(evidentiality, "evidentiality");
        if (modality < 0 || modality > 1) {
            throw new IllegalArgumentException("modality outside [0,1]: " + modality);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
        if (target != null && target.country().equals(source.country())) {
            throw new IllegalArgumentException("domestic act is not an event: " + source.country());
        }
    }

    public int polarity() { return act.polarity(); }

    public DiscourseEvent withConfidence(double c) {
        return new DiscourseEvent(id, source, target, act, cameo, channel, evidentiality, modality, articleDate, eventDate,
                provenance, weight, c, rule, extractorVersion);
    }

    /** Readable one-line form used by tests and explain: "JPN REQUEST USA [...]". */
    public String brief() {
        return source.country() + " " + act + " " + (target == null ? "-" : target.country())
                + " [" + source.name() + ", " + source.role() + ", " + channel + ", " + evidentiality + "]";
    }
}
