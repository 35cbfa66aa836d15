package io.newstally.cli;

import io.newstally.enrich.story.StoryDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newstally story}: story files. */
@Command(name = "story", mixinStandardHelpOptions = true, description = "Story files: what a pipeline follows.",
        subcommands = StoryCommand.Init.class)
final class StoryCommand {

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"Print a new story file (to standard output) for a force, and what newstally derives for it"
                    + " by itself (to standard error), to review.",
                "  newstally story init --force RW --title \"Rwandan troops in eastern DR Congo\" > stories/rwanda.json",
                "  newstally story init --force Wagner --state RU --names \"Africa Corps\" --title \"Russian mercenaries in Africa\""})
    static final class Init implements Callable<Integer> {

        @Option(names = "--force", required = true, paramLabel = "CODE|NAME",
                description = "Whose people the figures count: a state's ISO 3166 code (its armed forces), or a group's name with --state")
        String force;

        @Option(names = "--title", required = true, paramLabel = "TEXT", description = "What the story is, for people")
        String title;

        @Option(names = "--names", arity = "1..*", paramLabel = "NAME", description = "Other names of the force (\"KPA\", \"Africa Corps\")")
        List<String> names = new ArrayList<>();

        @Option(names = "--state", paramLabel = "CODE", description = "The state a group given by --force NAME belongs to")
        String state;

        @Override
        public Integer call() {
            boolean isCode = force.matches("[A-Za-z]{2}");
            if (!isCode && state == null) {
                System.err.println("--force " + force + " is not a state code: name the state the group belongs to with --state CODE");
                return 2;
            }
            String code = (isCode && state == null ? force : state).toUpperCase(Locale.ROOT);
            List<String> forceNames = new ArrayList<>();
            if (!isCode) {
                forceNames.add(force);
            }
            forceNames.addAll(names);
            List<String> derived = StoryDraft.derived(code); // refuses a code that is no state's, naming it
            System.out.print(StoryDraft.json(title, code, forceNames));
            derived.forEach(System.err::println);
            return 0;
        }
    }
}
