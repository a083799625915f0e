package org.avow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code avow} command: one subcommand class per verb. */
@Command(name = "avow", mixinStandardHelpOptions = true, versionProvider = Avow.Version.class,
        description = "Comparative discourse analysis: who publicly asked, affirmed, pledged, rebuked, was"
                + " disappointed or stayed silent, per alliance dyad and over time.",
        subcommands = {RunCommand.class, SubmitCommand.class, SummarizeCommand.class, ReportCommand.class, ExportCommand.class, VerifyCommand.class,
                ExplainCommand.class, EvalCommand.class, AuditCommand.class, GenerateCommand.class,
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
