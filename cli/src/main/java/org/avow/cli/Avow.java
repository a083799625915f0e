package org.avow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The {@code avow} command: one subcommand class per verb. */
@Command(name = "avow", mixinStandardHelpOptions = true, versionProvider = Avow.Version.class,
        description = "Comparative discourse analysis: who publicly asked, affirmed, pledged, rebuked, was"
                + " disappointed or stayed silent, per alliance dyad and over time.",
        subcommands = {RunCommand.class, SubmitCommand.class, SummarizeCommand.class, ReportCommand.class, ExportCommand.class, VerifyCommand.class,
                ExplainCommand.class, EvalCommand.class, AuditCommand.class, CalibrateCommand.class, GenerateCommand.class,
                CommandLine.HelpCommand.class})
public final class Avow implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Avow()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** What one command line returned and printed. */
    public record Outcome(int exit, String out, String err) {
    }

    /** Runs one command line in this JVM, as a user types it, and keeps what it printed (for embedding and tests). */
    public static Outcome capture(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Avow.class.getPackage().getImplementationVersion();
            return new String[]{"avow " + (v == null ? "dev" : v)};
        }
    }
}
