package io.newstally.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module README's tables of sieves are the chains as they run: every sieve, in its order, with
 * the phenomenon its code states. A sieve added, moved or reworded without its table fails here, so
 * a maintainer who reads the README reads the rules that run.
 */
class SieveTablesTest {

    /** Each chain's table as the README writes it; {@code main} prints them for pasting. */
    static List<String> tables() {
        List<String> out = new ArrayList<>();
        out.add(table(CountSieves.CHAIN.sieves()));
        out.add(table(KindSieves.CHAIN.sieves()));
        out.add(table(PlaceSieves.CHAIN.sieves()));
        out.add(table(ClaimantSieves.CHAIN.sieves()));
        List<Sieve<?, ?>> frames = new ArrayList<>(Frames.FINDERS);
        frames.addAll(Frames.RELAYS);
        out.add(table(frames));
        return out;
    }

    private static String table(List<? extends Sieve<?, ?>> sieves) {
        StringBuilder b = new StringBuilder("| # | sieve | phenomenon |\n|---|---|---|\n");
        int n = 1;
        for (Sieve<?, ?> s : sieves) {
            b.append("| ").append(n++).append(" | `").append(s.name()).append("` | ").append(s.phenomenon()).append(" |\n");
        }
        return b.toString();
    }

    @Test
    void theReadmeListsEverySieveInTheOrderItRuns() throws IOException {
        String readme = Files.readString(Path.of("README.md")).replace("\r\n", "\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "sieve-tables.md"), String.join("\n", tables()));
        for (String table : tables()) {
            assertThat(readme).as("enrich/README.md holds this table (print them with SieveTablesTest.main)").contains(table);
        }
    }

    public static void main(String[] args) {
        tables().forEach(System.out::println);
    }
}
