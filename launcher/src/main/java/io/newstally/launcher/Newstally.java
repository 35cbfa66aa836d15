package io.newstally.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The newstally command line. */
@Command(name = "newstally", mixinStandardHelpOptions = true, version = "newstally 0.1.0",
        description = "Who says how many? Streaming extraction and aggregation of reported troop estimates.",
        subcommands = {
            BrokerCommand.class, IngestCommand.class, EnrichCommand.class, AggregateCommand.class,
            ViewCommand.class, io.newstally.launcher.dashboard.DashboardCommand.class, DemoCommand.class, ExtractCommand.class, io.newstally.launcher.bench.BenchCommand.class,
            io.newstally.launcher.bench.CopyCommand.class, CommandLine.HelpCommand.class})
public final class Newstally {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Newstally()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
