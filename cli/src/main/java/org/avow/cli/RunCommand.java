package org.avow.cli;

import org.apache.spark.sql.SparkSession;
import org.avow.spark.RunPipeline;
import org.avow.spark.Sessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code avow run}: ingest, extract and compare, with embedded Spark unless a master is given. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline (ingest -> extract -> compare) and write Parquet tables and manifest.json.")
public final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A corpus file or a folder of them, repeatable: JSON Lines (.jsonl, .jsonl.gz, .ndjson), CSV/TSV with a header, "
                    + ".txt/.md with optional YAML front matter, WARC/WET (.warc, .warc.gz, .wet, .wet.gz), Parquet.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (tables are replaced).")
    String out;

    @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL",
            description = "Spark master (default: ${DEFAULT-VALUE}, embedded).")
    String master;

    @Option(names = "--patron", defaultValue = "USA", description = "Patron state, ISO alpha-3 (default: ${DEFAULT-VALUE}).")
    String patron;

    @Option(names = "--allies", split = ",", paramLabel = "ISO3",
            description = "Allies to compare (default: the patron's allies in datasets/actors/alignments.tsv).")
    List<String> allies;

    @Option(names = "--rivals", split = ",", paramLabel = "ISO3",
            description = "Rivals whose rebukes of allies are counted (default: from alignments.tsv).")
    List<String> rivals;

    @CommandLine.Mixin
    DatasetOptions data;

    @CommandLine.Mixin
    FieldOptions fields;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every input file as this format (${COMPLETION-CANDIDATES}) instead of going by file names.")
    org.avow.core.ingest.CorpusFormat format;

    @Option(names = "--default-source", paramLabel = "ISSUER",
            description = "Issuer of records without a source field, e.g. \"The White House\": 'we' in them speaks for it.")
    String defaultSource;

    private static String text(java.nio.file.Path p) {
        return p == null ? null : p.toAbsolutePath().toString();
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        SparkSession spark = Sessions.create(master, "avow run");
        try {
            PrintStream log = new PrintStream(new WriterOutputStream(outw), true, java.nio.charset.StandardCharsets.UTF_8);
            RunPipeline.Result r = RunPipeline.run(spark,
                    new RunPipeline.Options(inputs, out, patron, allies, rivals, text(data.datasets), text(data.weights), defaultSource, fields.fields(), format), log);
            log.flush();
            outw.printf("wrote %s (%d events, %d dyad windows) in %.1f s%n", r.manifest(), r.extract().events(),
                    r.dyadWindows(), r.timingsMs().get("total") / 1000.0);
            outw.flush();
            return 0;
        } catch (IllegalArgumentException | org.avow.core.data.DatasetException e) {
            err.println("avow run: " + e.getMessage());
            err.flush();
            return 2;
        } finally {
            spark.stop();
        }
    }
}
