package org.avow.cli;

import org.avow.core.data.DatasetException;
import org.avow.core.generate.CorpusGenerator;
import org.avow.core.generate.GeneratorModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code avow generate}: a synthetic corpus with its ground-truth events, for scale runs and recall. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a deterministic synthetic news corpus (part-NNNNN.jsonl.gz, the format run reads) and its"
                + " ground truth (truth.gold.gz, the gold format eval reads): a share of the articles states one to three"
                + " inter-state acts, the rest is sports, markets, weather, local, company and science news.")
public final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles.")
    long articles;

    @Option(names = "--relevant-share", paramLabel = "S", defaultValue = "0.05",
            description = "Share of the articles that state inter-state acts (default: ${DEFAULT-VALUE}).")
    double relevantShare;

    @Option(names = "--seed", paramLabel = "K", defaultValue = "1", description = "The same seed writes the same bytes (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "An empty or new folder.")
    Path out;

    @Option(names = "--articles-per-file", paramLabel = "N", defaultValue = "10000", description = "Articles per part file (default: ${DEFAULT-VALUE}).")
    int articlesPerFile;

    @Option(names = "--threads", paramLabel = "N", description = "Parts written at once (default: the cores). Does not change the output.")
    Integer threads;

    @Option(names = "--datasets", paramLabel = "DIR",
            description = "A folder laid out like datasets/ whose generator/ and actors/ files override the shipped ones.")
    Path datasets;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        CorpusGenerator.Summary s;
        try {
            GeneratorModel model = datasets == null ? GeneratorModel.shipped() : GeneratorModel.load(datasets);
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            s = CorpusGenerator.write(model, new CorpusGenerator.Options(articles, relevantShare, seed, out, articlesPerFile, n));
        } catch (IllegalArgumentException | DatasetException | IOException e) {
            err.println("avow generate: " + e.getMessage());
            err.flush();
            return 2;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        o.printf("%d articles (%d relevant, %d events: %s) in %d files and %s under %s%n", s.articles(), s.relevant(), s.events(),
                s.eventsByAct(), s.files().size(), CorpusGenerator.TRUTH, out);
        o.printf("%.1f s: %.0f articles/s, %.1f MB/s of text%n", seconds, s.articles() / seconds, s.textChars() / 1e6 / seconds);
        o.flush();
        return 0;
    }
}
