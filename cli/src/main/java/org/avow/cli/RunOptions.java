package org.avow.cli;

import org.avow.core.compare.WindowSize;
import org.avow.core.ingest.CorpusFormat;
import org.avow.spark.CompareJob;
import org.avow.spark.RunPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The options of a study, shared by the verbs that run the pipeline ({@code run}, and {@code submit},
 * which hands them to {@code run} on the cluster): given on the command line, read from
 * {@code --config study.yaml}, or defaulted, in that order of precedence. Where Spark runs is each
 * verb's own {@code --master}.
 */
public final class RunOptions {
    @Option(names = "--config", paramLabel = "STUDY.yaml",
            description = "A study file holding any of these options (YAML: inputs, out, master, patron, allies, rivals, window,"
                    + " horizon_days, threshold, seed, bootstrap_replicates, confidence_level, datasets, weights,"
                    + " default_source, fields, format); options given here override it.")
    Path config;

    @Option(names = "--input", paramLabel = "PATH",
            description = "A corpus file or a folder of them, repeatable: JSON Lines (.jsonl, .jsonl.gz, .ndjson), CSV/TSV with a header, "
                    + ".txt/.md with optional YAML front matter, WARC/WET (.warc, .warc.gz, .wet, .wet.gz), Parquet.")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every input file as this format (${COMPLETION-CANDIDATES}) instead of going by file names.")
    CorpusFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (tables are replaced).")
    Path out;

    @Option(names = "--patron", description = "Patron state, ISO alpha-3 (default: USA).")
    String patron;

    @Option(names = "--allies", split = ",", paramLabel = "ISO3",
            description = "Allies to compare (default: the patron's allies in datasets/actors/alignments.tsv).")
    List<String> allies;

    @Option(names = "--rivals", split = ",", paramLabel = "ISO3",
            description = "Rivals whose rebukes of allies are counted (default: from alignments.tsv).")
    List<String> rivals;

    @Option(names = "--window", paramLabel = "week|month|quarter", description = "Comparison window (default: month).")
    String window;

    @Option(names = "--horizon", paramLabel = "DAYS", description = "Days a request waits for an affirmation before it is censored (default: 60).")
    Integer horizon;

    @Option(names = "--threshold", paramLabel = "WEIGHT", description = "Minimum weight of an affirmation that answers a request (default: 0.1).")
    Double threshold;

    @Option(names = "--seed", description = "Seed of the bootstrap (default: 7).")
    Long seed;

    @Option(names = "--replicates", description = "Bootstrap replicates per window (default: 1000).")
    Integer replicates;

    @Option(names = "--level", description = "Confidence level of the intervals (default: 0.95).")
    Double level;

    @CommandLine.Mixin
    DatasetOptions data;

    @CommandLine.Mixin
    FieldOptions fields;

    @Option(names = "--default-source", paramLabel = "ISSUER",
            description = "Issuer of records without a source field, e.g. \"The White House\": 'we' in them speaks for it.")
    String defaultSource;

    /** The study file, or {@link StudyFile#NONE}. */
    StudyFile study() {
        if (config == null) return StudyFile.NONE;
        if (!StudyFile.exists(config)) throw new IllegalArgumentException("study file not found: " + config);
        return StudyFile.load(config);
    }

    /** The master: under spark-submit the one it set; else the one given, the study's, or local[*]. */
    static String master(String given, StudyFile s) {
        return System.getProperty("spark.master") != null ? null : first(given, s.master(), "local[*]");
    }

    /** The effective options: command line over study file over defaults. */
    RunPipeline.Options resolve(StudyFile s) {
        List<String> in = first(inputs == null ? null : inputs.stream().map(RunOptions::text).toList(), s.inputs(), null);
        String o = first(text(out), s.out(), null);
        if (in == null || in.isEmpty()) throw new IllegalArgumentException("no input: give --input PATH or 'inputs' in the study file");
        if (o == null) throw new IllegalArgumentException("no output folder: give --out DIR or 'out' in the study file");
        CompareJob.Settings d = CompareJob.Settings.DEFAULT;
        String w = first(window, s.window(), null);
        CompareJob.Settings settings = new CompareJob.Settings(w == null ? d.window() : WindowSize.parse(w),
                first(horizon, s.horizonDays(), d.horizonDays()), first(threshold, s.threshold(), d.threshold()),
                first(seed, s.seed(), d.seed()), first(replicates, s.replicates(), d.replicates()), first(level, s.level(), d.level()));
        return new RunPipeline.Options(in, o, first(patron, s.patron(), null), first(allies, s.allies(), null),
                first(rivals, s.rivals(), null), first(text(data.datasets), s.datasets(), null), first(text(data.weights), s.weights(), null),
                first(defaultSource, s.defaultSource(), null), fields.fields(s.fields()), settings,
                s.file() == null ? null : s.file().toString(), first(format, s.format(), null));
    }

    private static String text(Path p) {
        return p == null ? null : p.toAbsolutePath().toString();
    }

    /**
     * The options of this mixin the user gave to {@code command}, as arguments for {@code avow run}
     * elsewhere: in their order, with paths made absolute (the driver may start in another folder).
     */
    static List<String> asArguments(CommandLine command) {
        Set<String> ours = CommandLine.Model.CommandSpec.forAnnotatedObject(new RunOptions()).options().stream()
                .map(OptionSpec::longestName).collect(Collectors.toSet());
        List<String> args = new ArrayList<>();
        for (OptionSpec o : command.getParseResult().matchedOptions()) {
            if (!ours.contains(o.longestName())) continue;
            boolean path = o.type() == Path.class || (o.auxiliaryTypes().length > 0 && o.auxiliaryTypes()[0] == Path.class);
            for (String v : o.originalStringValues()) {
                args.add(o.longestName());
                args.add(path ? Path.of(v).toAbsolutePath().normalize().toString() : v);
            }
        }
        return args;
    }

    private static <T> T first(T given, T study, T fallback) {
        return given != null ? given : study != null ? study : fallback;
    }
}
