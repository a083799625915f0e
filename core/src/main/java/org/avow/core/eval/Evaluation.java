package org.avow.core.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.avow.core.extract.DiscourseExtractor;
import org.avow.core.extract.ExtractionResult;
import org.avow.core.extract.Rejection;
import org.avow.core.model.Article;
import org.avow.core.model.DiscourseEvent;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the extractor over gold records and scores it: P/R/F1 per act and micro on per-document
 * triples, and channel accuracy on gold events that carry a channel and were found. The same
 * code serves {@code avow eval} and the pinned evaluation tests.
 */
public final class Evaluation {
    /** One document's outcome, for error listings and predictions: the events scored, and those held back and rejected. */
    public record DocumentOutcome(GoldRecord gold, List<DiscourseEvent> predicted, List<DiscourseEvent> held,
                                  List<Rejection> rejections, Set<Triple> falsePositives, Set<Triple> falseNegatives) {
    }

    private final Scorer scorer = new Scorer();
    private final List<DocumentOutcome> outcomes = new ArrayList<>();
    private int channelAnnotated;
    private int channelCorrect;

    public static Evaluation run(DiscourseExtractor extractor, List<GoldRecord> gold) {
        Evaluation ev = new Evaluation();
        for (GoldRecord g : gold) ev.add(g, extractor.extract(g.article()));
        return ev;
    }

    void add(GoldRecord g, ExtractionResult result) {
        List<DiscourseEvent> predicted = result.events();
        Set<Triple> p = new HashSet<>();
        for (DiscourseEvent e : predicted) p.add(Triple.of(e));
        Set<Triple> gold = g.triples();
        scorer.add(gold, p);
        for (GoldRecord.GoldEvent ge : g.events()) {
            if (ge.channel() == null) continue;
            List<DiscourseEvent> match = predicted.stream().filter(e -> Triple.of(e).equals(ge.triple())).toList();
            if (match.isEmpty()) continue;
            channelAnnotated++;
            if (match.stream().anyMatch(e -> e.channel() == ge.channel())) channelCorrect++;
        }
        Set<Triple> fp = new HashSet<>(p);
        fp.removeAll(gold);
        Set<Triple> fn = new HashSet<>(gold);
        fn.removeAll(p);
        outcomes.add(new DocumentOutcome(g, predicted, result.held(), result.rejections(), fp, fn));
    }

    public Scorer scorer() { return scorer; }

    public List<DocumentOutcome> outcomes() { return outcomes; }

    /** Share of found gold events whose channel the extractor got right (NaN when none carry one). */
    public double channelAccuracy() {
        return channelAnnotated == 0 ? Double.NaN : (double) channelCorrect / channelAnnotated;
    }

    public int channelAnnotated() { return channelAnnotated; }

    public String report() {
        return scorer.report() + String.format(Locale.ROOT, "channel accuracy %.3f on %d found events annotated with a channel%n",
                channelAccuracy(), channelAnnotated);
    }

    /**
     * Predictions in the gold format: one line per gold id with every extracted event and its extra fields, then
     * the events held back for low confidence ({@code held}, same fields) and the rejected candidates
     * ({@code rejections}: cue, act, reason, detail, sentence index).
     */
    public void writePredictions(Writer w) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (DocumentOutcome o : outcomes) {
            Article a = o.gold().article();
            ObjectNode n = json.createObjectNode();
            n.put("id", a.id());
            n.put("date", a.date().toString());
            n.put("text", a.text());
            write(n.putArray("events"), o.predicted());
            write(n.putArray("held"), o.held());
            ArrayNode rejected = n.putArray("rejections");
            for (Rejection r : o.rejections()) {
                ObjectNode x = rejected.addObject();
                x.put("cue", r.cue());
                x.put("act", r.act());
                x.put("reason", r.reason());
                x.put("detail", r.detail());
                x.put("sentence_index", r.sentenceIndex());
            }
            w.write(json.writeValueAsString(n));
            w.write('\n');
        }
    }

    private static void write(ArrayNode out, List<DiscourseEvent> events) {
        for (DiscourseEvent e : events) {
            ObjectNode x = out.addObject();
            x.put("source", e.source().country());
            x.put("act", e.act().name());
            if (e.target() == null) x.putNull("target");
            else x.put("target", e.target().country());
            x.put("source_role", e.source().role().name());
            x.put("source_name", e.source().name());
            x.put("channel", e.channel().name());
            x.put("evidentiality", e.evidentiality().name());
            x.put("modality", e.modality());
            x.put("weight", e.weight());
            x.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
            x.put("cameo", e.cameo());
            x.put("event_date", e.eventDate().toString());
            x.put("evidence", e.provenance().sentence());
            x.put("rule", e.rule());
        }
    }
}
