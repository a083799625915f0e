package org.avow.cli;

import org.avow.core.confidence.Calibration;
import org.avow.core.confidence.ConfidenceModel;
import org.avow.core.eval.GoldReader;
import org.avow.core.eval.GoldRecord;
import org.avow.core.eval.Judgements;
import org.avow.core.eval.Triple;
import org.avow.core.extract.DiscourseExtractor;
import org.avow.core.extract.ExtractionResult;
import org.avow.core.model.DiscourseEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code avow calibrate}: fit the confidence model to judged events, the precision audits' verdicts on a
 * run's events (held back ones included) and the gold set's triples, report its cross-validated
 * precision per threshold on the audits, and write the table {@code datasets/confidence/} holds.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit the event confidence model (logistic regression over each event's act, cue, rule route, channel,"
                + " role, evidentiality, target kind and sentence shape) to judged audits of a run and to gold annotations;"
                + " print its precision per threshold with each audit held out in turn; write the table with --out.")
public final class CalibrateCommand implements Callable<Integer> {
    static final double[] THRESHOLDS = {0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DatasetOptions data;

    @Parameters(index = "0", paramLabel = "DIR", description = "Output folder of avow run whose events the audits judged.")
    Path dir;

    @Option(names = "--judgements", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Judged audit samples (TSV: event_id, verdict correct|wrong, ...); each is one cross-validation group.")
    List<Path> judgements;

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold annotations whose extracted triples are labelled by the gold events"
            + " (always trained on, never scored).")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--threshold", defaultValue = "0.5", description = "Threshold written to the table (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds of whole audits (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the fitted table here (e.g. datasets/confidence/confidence-v1.tsv).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threshold < 0 || threshold > 1) return fail(err, "--threshold must be in [0,1]");
        Map<String, Map<String, Object>> byId = new HashMap<>();
        try {
            RunDirectory run = RunDirectory.open(dir);
            for (String table : List.of("events", "held_events")) {
                if (run.has(table)) for (Map<String, Object> e : run.table(table)) byId.putIfAbsent((String) e.get("event_id"), e);
            }
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        List<Calibration.Example> examples = new ArrayList<>();
        Set<String> audits = new TreeSet<>();
        int read = 0;
        int missing = 0;
        for (Path f : judgements) {
            String group = f.getFileName().toString();
            List<Judgements.Judgement> verdicts;
            try {
                verdicts = Judgements.read(f);
            } catch (IllegalArgumentException e) {
                return fail(err, e.getMessage());
            } catch (IOException e) {
                return fail(err, "cannot read " + f + ": " + e);
            }
            for (Judgements.Judgement j : verdicts) {
                read++;
                Map<String, Object> e = byId.get(j.eventId());
                if (e == null) {
                    missing++;
                    continue;
                }
                examples.add(new Calibration.Example(features(e), j.correct(), group));
                audits.add(group);
            }
        }
        o.printf("%d judgements in %d files: %d of events in this run, %d of events it no longer has%n", read, judgements.size(),
                read - missing, missing);
        if (audits.size() < 2) return fail(err, "need judged events of this run from at least two audit files");
        // every event the rules find, in text order, whatever the threshold in force
        DiscourseExtractor extractor = gold.isEmpty() ? null : new DiscourseExtractor(org.avow.core.nlp.CoreNlpAnalyzer.shared(),
                data.extractor().model().withConfidenceThreshold(0));
        for (Path g : gold) {
            List<GoldRecord> records;
            try {
                records = GoldReader.read(g);
            } catch (GoldReader.GoldFormatException e) {
                return fail(err, e.getMessage());
            } catch (IOException e) {
                return fail(err, "cannot read " + g + ": " + e);
            }
            int n = 0;
            int right = 0;
            for (GoldRecord r : records) {
                ExtractionResult res = extractor.extract(r.article());
                Map<Triple, DiscourseEvent> first = new LinkedHashMap<>();
                for (DiscourseEvent e : res.events()) first.putIfAbsent(Triple.of(e), e);
                Set<Triple> truth = new HashSet<>(r.triples());
                for (var x : first.entrySet()) {
                    boolean correct = truth.contains(x.getKey());
                    examples.add(new Calibration.Example(ConfidenceModel.features(x.getValue()), correct, "gold:" + g.getFileName()));
                    n++;
                    if (correct) right++;
                }
            }
            o.printf("%s: %d extracted triples, %d of them gold%n", g, n, right);
        }
        Calibration.Settings s = Calibration.Settings.DEFAULT;
        List<Calibration.Scored> scored = Calibration.crossValidate(examples, audits, folds, s);
        o.printf("held-out audits (%d events judged, %d audit files in %d folds): precision of the events kept at each threshold%n",
                scored.size(), audits.size(), Math.min(folds, audits.size()));
        o.printf("%9s %6s %6s %9s %13s%n", "threshold", "kept", "share", "precision", "correct kept");
        for (double t : THRESHOLDS) {
            Calibration.Point p = Calibration.at(scored, t);
            o.printf(Locale.ROOT, "%9.2f %6d %6.3f %9.3f %13.3f%n", t, p.kept(), p.keptShare(), p.precision(), p.correctKept());
        }
        ConfidenceModel m = Calibration.fit(examples, s, threshold);
        Calibration.Point at = Calibration.at(scored, threshold);
        o.printf("fitted on %d examples: %d features, threshold %.2f%n", examples.size(), m.weights().size(), threshold);
        if (out != null) {
            List<String> header = List.of(
                    "avow event confidence model (" + ConfidenceModel.VERSION + "): confidence = 1 / (1 + exp(-(bias + sum of the"
                            + " weights of the event's features))); see ConfidenceModel.features for the features.",
                    "Events under the threshold are held back from a run's events (written to held_events). Set the threshold to 0"
                            + " (a copy of this file under --datasets DIR/confidence/) to hold nothing back.",
                    "Fitted by avow calibrate on " + examples.size() + " judged events (" + audits.size() + " audit files, gold: "
                            + gold.stream().map(p -> p.getFileName().toString()).toList() + "), settings " + s + ".",
                    String.format(Locale.ROOT, "Audits held out in turn: at threshold %.2f, precision %.3f -> %.3f, keeping %.3f of"
                                    + " the events judged right.", threshold, Calibration.at(scored, 0).precision(), at.precision(),
                            at.correctKept()));
            Files.writeString(out, Calibration.toTsv(m, header), StandardCharsets.UTF_8);
            o.printf("wrote %s%n", out);
        }
        o.flush();
        return 0;
    }

    static java.util.SortedSet<String> features(Map<String, Object> e) {
        return ConfidenceModel.features((String) e.get("act"), (String) e.get("rule"), (String) e.get("channel"),
                (String) e.get("source_role"), (String) e.get("evidentiality"), (String) e.get("target_institution"),
                (String) e.get("evidence"), ((Number) e.get("modality")).doubleValue());
    }

    private static int fail(PrintWriter err, String message) {
        err.println("avow calibrate: " + message);
        err.flush();
        return 2;
    }
}
