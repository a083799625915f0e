package org.avow.cli;

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
 * What to run, shared by {@code run} and {@code submit}: one definition of the pipeline's options,
 * so a submitted job is {@code avow run} with exactly the options the user gave.
 */
public final class RunOptions {
    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A JSON Lines file (.jsonl, .jsonl.gz) or a folder of them; repeatable.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (tables are replaced).")
    Path out;

    @Option(names = "--patron", defaultValue = "USA", description = "Patron state, ISO alpha-3 (default: ${DEFAULT-VALUE}).")
    String patron;

    @Option(names = "--allies", split = ",", paramLabel = "ISO3",
            description = "Allies to compare (default: the patron's allies in datasets/actors/alignments.tsv).")
    List<String> allies;

    @Option(names = "--rivals", split = ",", paramLabel = "ISO3",
            description = "Rivals whose rebukes of allies are counted (default: from alignments.tsv).")
    List<String> rivals;

    @Option(names = "--default-source", paramLabel = "ISSUER",
            description = "Issuer of records without a source field, e.g. \"The White House\": 'we' in them speaks for it.")
    String defaultSource;

    @CommandLine.Mixin
    DatasetOptions data;

    @CommandLine.Mixin
    FieldOptions fields;

    RunPipeline.Options pipeline() {
        return new RunPipeline.Options(inputs.stream().map(RunOptions::text).toList(), text(out), patron, allies, rivals,
                text(data.datasets), text(data.weights), defaultSource, fields.fields());
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
}
