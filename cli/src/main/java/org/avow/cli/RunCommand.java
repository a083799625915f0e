package org.avow.cli;

import org.apache.spark.sql.SparkSession;
import org.avow.spark.RunPipeline;
import org.avow.spark.Sessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code avow run}: ingest, extract and compare, with embedded Spark unless a master is given. It is
 * also the job's entry point on a cluster: {@code avow submit} runs it through spark-submit.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline (ingest -> extract -> compare) and write Parquet tables and manifest.json.")
public final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    RunOptions options;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the study's, else local[*], embedded; under spark-submit, the one it set).")
    String master;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        StudyFile study;
        RunPipeline.Options o;
        try {
            study = options.study();
            o = options.resolve(study);
        } catch (IllegalArgumentException e) {
            err.println("avow run: " + e.getMessage());
            err.flush();
            return 2;
        }
        SparkSession spark = Sessions.create(RunOptions.master(master, study), "avow run");
        try {
            PrintStream log = new PrintStream(new WriterOutputStream(outw), true, java.nio.charset.StandardCharsets.UTF_8);
            RunPipeline.Result r = RunPipeline.run(spark, o, log);
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
