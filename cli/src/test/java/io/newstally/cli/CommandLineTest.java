package io.newstally.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstally.aggregate.AggregateTopology;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {

    @Test
    void aggregateCommandDefaultsToTheTopologysDailyGrace() {
        AggregateCommand command = new AggregateCommand();
        new CommandLine(command).parseArgs();
        assertThat(command.dailyGrace).isEqualTo(AggregateTopology.DEFAULT_DAILY_GRACE);
    }

    @Test
    void durationsAreReadAsUsersWriteThem() {
        DurationConverter c = new DurationConverter();
        assertThat(c.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.convert("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.convert("90d")).isEqualTo(Duration.ofDays(90));
        assertThat(c.convert("PT2H")).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> c.convert("soon")).hasMessageContaining("use 30s, 5m");
    }

    @Test
    void viewTakesAggregateNamesOrTopicNames() {
        ViewCommand.AggregateConverter c = new ViewCommand.AggregateConverter();
        assertThat(c.convert("daily")).isEqualTo(ViewCommand.Aggregate.DAILY);
        assertThat(c.convert("news.estimates.by-source.daily")).isEqualTo(ViewCommand.Aggregate.DAILY);
        assertThat(c.convert("news.estimates.by-outlet")).isEqualTo(ViewCommand.Aggregate.BY_OUTLET);
        assertThat(c.convert("by-source")).isEqualTo(ViewCommand.Aggregate.BY_SOURCE);
        assertThat(c.convert("news.estimates.range")).isEqualTo(ViewCommand.Aggregate.RANGE);
    }

    /** `newstally --help` lists each command with its first description line: a whole sentence. */
    @Test
    void everyCommandSummaryIsOneWholeSentence() {
        var subcommands = Newstally.commandLine().getSubcommands();
        assertThat(subcommands).containsKeys("demo", "extract", "ingest", "enrich", "aggregate", "view", "broker", "bench");
        subcommands.forEach((name, command) -> {
            var spec = command.getCommandSpec().usageMessage();
            String summary = spec.header().length > 0 ? spec.header()[0] : spec.description()[0];
            // starts as a sentence does, ends as one does, and holds no second sentence
            assertThat(summary).as(name).matches("[A-Z][^\\n]*[.!?]").doesNotContainPattern("[.!?] [A-Z]");
        });
    }
}
