package io.newstally.cli;

import io.newstally.enrich.story.InvalidStoryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The newstally command line. */
@Command(name = "newstally", mixinStandardHelpOptions = true, version = "newstally 0.1.0",
        description = "Who says how many? Streaming extraction and aggregation of reported troop estimates.",
        subcommands = {
            BrokerCommand.class, IngestCommand.class, EnrichCommand.class, AggregateCommand.class,
            ViewCommand.class, DashboardCommand.class, DemoCommand.class, ExtractCommand.class, StoryCommand.class, BenchCommand.class,
            CopyCommand.class, CommandLine.HelpCommand.class})
public final class Newstally {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Newstally()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    // a story file that is refused says where and why; no stack trace for the user's own input
                    if (e instanceof InvalidStoryException) {
                        commandLine.getErr().println("newstally " + commandLine.getCommandName() + ": " + e.getMessage());
                        return 2;
                    }
                    throw e;
                });
    }
}
