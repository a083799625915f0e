package org.avow.cli;

import org.avow.core.actors.ActorDictionary;
import org.avow.core.actors.Mention;
import org.avow.core.extract.DiscourseExtractor;
import org.avow.core.extract.Rejection;
import org.avow.core.model.Actor;
import org.avow.core.model.Article;
import org.avow.core.model.DiscourseEvent;
import org.avow.core.ingest.TextNormalizer;
import org.avow.core.text.Dependency;
import org.avow.core.text.Sentence;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/** {@code avow explain}: what the extractor sees in a text and why each candidate became an event or not. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show, sentence by sentence, the actors resolved (with the tenure that matched), the rule and"
                + " dependency path behind each event with its channel, evidentiality, modality and weight, and why"
                + " each rejected candidate was rejected.")
public final class ExplainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DatasetOptions data;

    @Parameters(index = "0", paramLabel = "TEXT", description = "The text to explain (quote it).")
    String text;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Article date (default: today).")
    String date;

    @Option(names = "--source", paramLabel = "ISSUER", description = "The record's source, e.g. \"The White House\" (document voice).")
    String source;

    @Option(names = "--parse", description = "Also print the dependency edges of each parsed sentence.")
    boolean parse;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate day;
        try {
            day = date == null ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            spec.commandLine().getErr().println("avow explain: --date must be YYYY-MM-DD, not " + date);
            spec.commandLine().getErr().flush();
            return 2;
        }
        DiscourseExtractor extractor = data.extractor();
        ActorDictionary actors = extractor.model().actors();
        // the text as a run would see it: page debris gone, wraps joined, headlines and turns their own paragraphs
        Article article = new Article("explain", day, null, source, null, null, TextNormalizer.normalize(text));
        for (DiscourseExtractor.SentenceTrace t : extractor.trace(article)) {
            Sentence s = t.sentence();
            out.printf("sentence %d: %s%n", s.index(), s.text().replaceAll("\\s+", " "));
            for (Mention m : t.mentions()) out.printf("  actor  %-28s %s%n", "\"" + span(s, m) + "\"", describe(actors, m, day));
            if (!t.candidate()) {
                out.printf("  skipped: %s%n", t.skipped());
                continue;
            }
            if (t.skipped() != null) out.printf("  not parsed: %s%n", t.skipped());
            if (parse && s.graph() != null) {
                for (Dependency d : s.graph().edges()) {
                    out.printf("    %s -%s-> %s%n", d.governor() < 0 ? "ROOT" : s.token(d.governor()).word(), d.relation(),
                            s.token(d.dependent()).word());
                }
            }
            for (DiscourseEvent e : t.events()) {
                boolean held = !extractor.model().confidence().accepts(e.confidence());
                out.printf("  %s  %s%n", held ? "HELD " : "EVENT", e.brief());
                out.printf("         cameo %s, modality %.2f, weight %.3f, confidence %.2f%s, event date %s%n", e.cameo(), e.modality(),
                        e.weight(), e.confidence(), held ? String.format(" (held back: under %.2f)", extractor.model().confidence().threshold()) : "",
                        e.eventDate());
                out.printf("         rule: %s%n", e.rule());
            }
            for (Rejection r : t.rejections()) {
                out.printf("  reject %s (%s): %s%s%n", r.cue(), r.act(), r.reason(), r.detail().isEmpty() ? "" : " - " + r.detail());
            }
            if (t.events().isEmpty() && t.rejections().isEmpty()) out.println("  no cue fitted its pattern");
        }
        out.flush();
        return 0;
    }

    private static String span(Sentence s, Mention m) {
        return s.text().substring(s.token(m.start()).begin() - s.begin(), s.token(m.end() - 1).end() - s.begin());
    }

    private static String describe(ActorDictionary actors, Mention m, LocalDate day) {
        return switch (m.kind()) {
            case PERSON -> actors.person(m.personId(), day, m.then()).map(a -> person(a, m)).orElse(m.personId());
            case PLACE -> m.country() + " " + m.institution() + " (" + m.role() + ")";
            case ROLE -> "role noun " + m.role() + " (country from its phrase)";
        };
    }

    private static String person(Actor a, Mention m) {
        String tenure = a.tenure() == null ? "no tenure on this date: an official of " + a.country()
                : "tenure " + a.tenure().start() + ".." + (a.tenure().end() == null ? "" : a.tenure().end())
                + (a.tenure().host() == null ? "" : ", to " + a.tenure().host()) + (m.then() ? ", via then-" : "");
        return a.name() + " = " + a.country() + " " + a.role() + " (" + tenure + ")";
    }
}
