package org.avow.cli;

import org.avow.core.eval.Evaluation;
import org.avow.core.eval.GoldReader;
import org.avow.core.eval.GoldRecord;
import org.avow.core.extract.DiscourseExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code avow eval}: the extractor against gold annotations, P/R/F1 per act and channel accuracy. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the extractor on gold annotations: precision, recall and F1 per act and micro on the"
                + " (source, act, target) triples per document, and channel accuracy.")
public final class EvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DatasetOptions data;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold annotations (JSON Lines).")
    Path gold;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Write every extracted event per gold id here.")
    Path predictions;

    @Option(names = "--errors", description = "List the false positives and negatives per document.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldRecord> records;
        try {
            records = GoldReader.read(gold);
        } catch (GoldReader.GoldFormatException | IOException e) {
            err.println("avow eval: " + e.getMessage());
            err.flush();
            return 2;
        }
        DiscourseExtractor extractor = data.extractor();
        Evaluation ev = Evaluation.run(extractor, records);
        out.printf("%s: %d documents, %d gold events%n", gold, records.size(),
                records.stream().mapToInt(r -> r.events().size()).sum());
        if (errors) {
            for (Evaluation.DocumentOutcome o : ev.outcomes()) {
                if (o.falsePositives().isEmpty() && o.falseNegatives().isEmpty()) continue;
                out.printf("%s FP %s FN %s%n", o.gold().article().id(), o.falsePositives(), o.falseNegatives());
            }
        }
        out.print(ev.report());
        if (predictions != null) {
            try (Writer w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
                ev.writePredictions(w);
            }
            out.println("predictions written to " + predictions);
        }
        out.flush();
        return 0;
    }
}
