package org.avow.cli;

import org.avow.core.eval.AuditSample;
import org.avow.core.eval.Judgements;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code avow audit}: draw a seeded sample of a run's events for judging by reading their evidence,
 * and score a file of judgements (event id, verdict) as precision per act.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Precision audit on real text. Without --judgements: print a seeded random sample of the run's"
                + " events as TSV (id, triple, speaker, channel, article, evidence) to judge. With --judgements FILE"
                + " (TSV: event_id, verdict correct|wrong, note): precision per act.")
public final class AuditCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Output folder of avow run.")
    Path dir;

    @Option(names = "--sample", defaultValue = "100", description = "Events to draw (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--seed", defaultValue = "7", description = "Sampling seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--judgements", paramLabel = "FILE", description = "Judged sample to score.")
    Path judgements;

    @Option(names = "--held", description = "Sample or score the events held back under the confidence threshold (held_events)"
            + " instead of the run's events.")
    boolean held;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Map<String, Object>> events;
        try {
            events = RunDirectory.open(dir).table(held ? "held_events" : "events");
        } catch (IllegalArgumentException e) {
            err.println("avow audit: " + e.getMessage());
            err.flush();
            return 2;
        }
        Map<String, Map<String, Object>> byId = events.stream()
                .collect(Collectors.toMap(e -> (String) e.get("event_id"), Function.identity(), (a, b) -> a, LinkedHashMap::new));
        if (judgements == null) {
            out.println("event_id\tverdict\tact\tsource\ttarget\tsource_name\tsource_role\tchannel\tarticle_id\trule\tevidence");
            for (String id : AuditSample.select(List.copyOf(byId.keySet()), sample, seed)) {
                Map<String, Object> e = byId.get(id);
                out.printf("%s\t\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", id, e.get("act"), e.get("source_country"),
                        e.get("target_country"), e.get("source_name"), e.get("source_role"), e.get("channel"),
                        e.get("article_id"), e.get("rule"), ((String) e.get("evidence")).replaceAll("\\s+", " "));
            }
            out.flush();
            return 0;
        }
        Map<String, int[]> perAct = new TreeMap<>();
        int missing = 0;
        List<Judgements.Judgement> verdicts;
        try {
            verdicts = Judgements.read(judgements);
        } catch (IllegalArgumentException | IOException e) {
            err.println("avow audit: " + (e instanceof IOException ? "cannot read " + judgements + ": " + e : e.getMessage()));
            err.flush();
            return 2;
        }
        for (Judgements.Judgement j : verdicts) {
            Map<String, Object> e = byId.get(j.eventId());
            if (e == null) {
                missing++;
                continue;
            }
            int[] c = perAct.computeIfAbsent((String) e.get("act"), k -> new int[2]);
            c[0]++;
            if (j.correct()) c[1]++;
        }
        int judged = 0;
        int correct = 0;
        out.printf("%-11s %6s %8s %9s%n", "act", "judged", "correct", "precision");
        for (var x : perAct.entrySet()) {
            out.printf(Locale.ROOT, "%-11s %6d %8d %9.3f%n", x.getKey(), x.getValue()[0], x.getValue()[1],
                    (double) x.getValue()[1] / x.getValue()[0]);
            judged += x.getValue()[0];
            correct += x.getValue()[1];
        }
        out.printf(Locale.ROOT, "%-11s %6d %8d %9.3f%n", "all", judged, correct, judged == 0 ? 0 : (double) correct / judged);
        if (missing > 0) out.printf("%d judged ids are not in this run (extractor changed since the audit)%n", missing);
        out.flush();
        return 0;
    }
}
