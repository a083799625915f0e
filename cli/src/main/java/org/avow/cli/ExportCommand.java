package org.avow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code avow export}: a run as one verifiable zip of Parquet, CSV, codebook, manifest and hash list. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Bundle a run: Parquet and deterministic CSV of every table, codebook.md, manifest.json and SHA256SUMS.")
public final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Output folder of avow run.")
    Path dir;

    @Option(names = "--bundle", required = true, paramLabel = "FILE.zip", description = "The bundle to write (replaced atomically).")
    Path bundle;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunDirectory run = RunDirectory.openOrExplain(dir, "export", err);
        if (run == null) return 2;
        ExportBundle.write(dir, run, bundle);
        out.printf("wrote %s%n", bundle);
        out.flush();
        return 0;
    }
}
