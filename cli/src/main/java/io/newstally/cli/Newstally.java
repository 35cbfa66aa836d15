package io.newstally.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The newstally command line. */
@Command(name = "newstally", mixinStandardHelpOptions = true, version = "newstally 0.1.0",
        description = "Who says how many? Streaming extraction and aggregation of reported troop estimates.",
        subcommands = {
            BrokerCommand.class, IngestCommand.class, EnrichCommand.class, AggregateCommand.class,
            ViewCommand.class, io.newstally.cli.DashboardCommand.class, DemoCommand.class, ExtractCommand.class, io.newstally.cli.BenchCommand.class,
            io.newstally.cli.CopyCommand.class, CommandLine.HelpCommand.class})
public final class Newstally {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Newstally()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
