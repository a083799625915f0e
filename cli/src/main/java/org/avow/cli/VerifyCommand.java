package org.avow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code avow verify}: re-check every hash of an export bundle; exit 0 when it is intact, 1 when not, 2 when refused. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-hash every entry of an export bundle against its SHA256SUMS and report what differs."
                + " Exit 0: intact; 1: differences; 2: not a bundle or an entry that would escape its folder.")
public final class VerifyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "A bundle written by avow export.")
    Path bundle;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportBundle.Verification v;
        try {
            if (!Files.isRegularFile(bundle)) throw new IllegalArgumentException("no such file: " + bundle);
            v = ExportBundle.verify(bundle);
        } catch (IllegalArgumentException | IOException e) {
            err.println("avow verify: " + e.getMessage());
            err.flush();
            return 2;
        }
        for (String n : v.changed()) out.println("CHANGED   " + n);
        for (String n : v.missing()) out.println("MISSING   " + n);
        for (String n : v.unlisted()) out.println("UNLISTED  " + n);
        out.printf("%s: %d entries checked, %d changed, %d missing, %d unlisted: %s%n", bundle, v.checked(), v.changed().size(),
                v.missing().size(), v.unlisted().size(), v.ok() ? "OK" : "DIFFERS");
        out.flush();
        return v.ok() ? 0 : 1;
    }
}
