package io.newstally.bench;

import io.newstally.contracts.Article;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic articles for the benchmark, written for this project: about 4 KB each,
 * from many outlets over fourteen months, each quoting one to three sources on troops sent,
 * planned or lost, in varied reporting frames, among background paragraphs that hold no
 * claim, so that the enricher does the work real prose makes it do. One source, South Korea, is
 * quoted by at least a fifth of the articles (the hot key an aggregate must survive). Some
 * records re-send an article unchanged, correct it (a new text under the same id) or delete it.
 * Seeded: the same arguments give the same records.
 */
public final class BenchArticles {

    /** One record for {@code news.articles.raw}: a key, an article or null (a tombstone), and its timestamp. */
    public record RawRecord(String key, Article article, long timestamp) {
    }

    static final Instant STORY_START = Instant.parse("2024-10-01T00:00:00Z");
    private static final long STORY_SECONDS = Duration.ofDays(425).toSeconds();

    private static final String[][] SOURCES = {
        // the hot source first: picked for at least a fifth of the articles
        {"South Korea's National Intelligence Service", "Seoul's spy agency", "South Korean intelligence officials",
            "South Korea's Joint Chiefs of Staff", "the NIS, South Korea's spy agency,"},
        {"the Pentagon", "U.S. officials", "the White House", "Pentagon spokeswoman Sabrina Singh", "the U.S. Department of Defense"},
        {"Ukraine's military intelligence", "President Volodymyr Zelensky", "Ukraine's defence ministry", "Ukrainian officials"},
        {"Dutch military intelligence", "Dutch Defence Minister Ruben Brekelmans"},
        {"NATO Secretary General Mark Rutte", "NATO officials"},
        {"Britain's Ministry of Defence", "British defence intelligence"},
        {"Japan's government", "Japanese officials"},
    };

    private static final String[] DEPLOYED = {
        "%s said about %s North Korean troops had been sent to Russia.",
        "%s estimated that %s North Korean soldiers were now in Russia's Kursk region.",
        "Some %2$s North Korean troops are deployed in Russia, %1$s said on %3$s.",
        "According to %s, at least %s North Korean soldiers have arrived in the Kursk region.",
        "%s said on %3$s that roughly %2$s soldiers from North Korea were stationed near the front.",
    };
    private static final String[] PLANNED = {
        "%s said Pyongyang intends to send %s troops in total by the end of the year.",
        "%s expects North Korea to dispatch as many as %s more soldiers to Russia.",
        "North Korea plans to send another %2$s troops to Russia, %1$s said on %3$s.",
    };
    private static final String[] CASUALTIES = {
        "%s said about %s North Korean soldiers had been killed or wounded in Kursk.",
        "At least %2$s North Korean troops have been killed in the fighting, %1$s said on %3$s.",
        "%s estimated North Korean casualties at %s, including those killed and wounded.",
    };
    private static final String[] BACKGROUND = {
        "The deployment has deepened concern in Seoul, Tokyo and Washington about military ties between Moscow and Pyongyang.",
        "Russia and North Korea signed a mutual defence treaty in June, pledging to help each other in case of attack.",
        "Moscow has neither confirmed nor denied the presence of the soldiers, calling the reports a matter for the two countries.",
        "Analysts said the troops could give Russia badly needed manpower while North Korea gains combat experience.",
        "Satellite images reviewed by researchers showed ships moving between North Korean and Russian ports.",
        "Officials in Kyiv have urged their partners to respond with more air defence systems and long-range weapons.",
        "The soldiers were reported to have received Russian uniforms and identity papers before moving west.",
        "Diplomats at the United Nations traded accusations over the reports during a meeting of the Security Council.",
        "North Korean state media has carried no mention of the deployment, which the government has not announced to its people.",
        "Several governments summoned Russian and North Korean envoys to protest against what they called an escalation.",
        "The region has seen heavy fighting since Ukrainian forces crossed the border in a surprise incursion in August.",
        "Experts cautioned that figures from intelligence agencies are hard to verify independently.",
        "Some of the units are believed to come from an elite corps trained for special operations.",
        "Language barriers and unfamiliar terrain have hampered cooperation between the two armies, observers said.",
        "The Kremlin said its relations with Pyongyang did not target any third country.",
        "Leaders in Europe described the move as a dangerous widening of the war.",
        "South Korea's president convened an emergency security meeting after the first reports emerged.",
        "Ukraine released video it said showed foreign soldiers training at a range in Russia's Far East.",
        "Families of the soldiers have reportedly not been told where their sons were sent.",
        "Military observers said the forces appeared to be used mainly in infantry assaults.",
        "The European Union discussed new sanctions against entities involved in the transfers.",
        "In Washington, lawmakers from both parties called for a firm response from the allies.",
        "Defectors interviewed by the press described harsh conditions in the units chosen for the mission.",
        "The foreign ministry in Seoul said it would consider all options, including sending weapons to Ukraine.",
        "Russian officials have repeatedly dismissed Western statements about the troops as propaganda.",
        "Ukrainian commanders said the new arrivals were poorly prepared for drone warfare.",
        "China said it was not aware of the situation and called on all parties to seek a political solution.",
        "The defence ministers of several allies are due to discuss the issue at a meeting later this month.",
    };
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final long[] COMMON = {1_500, 3_000, 8_000, 10_000, 11_000, 12_000, 15_000};

    private final Random random;
    private final int outlets;

    public BenchArticles(long seed, int outlets) {
        this.random = new Random(seed);
        this.outlets = outlets;
    }

    /**
     * {@code n} records in the order a producer sends them: new articles, and among them about
     * 4% re-sends of an earlier article, 4% corrections and 2% deletions. Timestamps start at
     * {@code firstTimestamp} and rise by a millisecond a record.
     */
    public List<RawRecord> records(int n, long firstTimestamp) {
        List<RawRecord> out = new ArrayList<>(n);
        List<Article> published = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long ts = firstTimestamp + i;
            int roll = random.nextInt(100);
            if (published.size() > 10 && roll < 10) {
                Article earlier = published.get(random.nextInt(published.size()));
                if (roll < 4) {
                    out.add(new RawRecord(earlier.id(), earlier, ts));
                } else if (roll < 8) {
                    Article corrected = article(earlier.id(), earlier.outlet(), earlier.publishedAt());
                    published.set(published.indexOf(earlier), corrected);
                    out.add(new RawRecord(earlier.id(), corrected, ts));
                } else {
                    out.add(new RawRecord(earlier.id(), null, ts));
                }
                continue;
            }
            Instant when = STORY_START.plusSeconds((long) (random.nextDouble() * STORY_SECONDS));
            Article a = article("bench-" + i, "Bench Outlet " + random.nextInt(outlets), when);
            published.add(a);
            out.add(new RawRecord(a.id(), a, ts));
        }
        return out;
    }

    /** A fresh article published at {@code when}, for the latency measurement. */
    public Article article(String id, Instant when) {
        return article(id, "Bench Outlet " + random.nextInt(outlets), when);
    }

    private Article article(String id, String outlet, Instant when) {
        StringBuilder body = new StringBuilder(4600);
        int claims = 1 + random.nextInt(3);
        List<String> sentences = new ArrayList<>();
        String day = DAYS[random.nextInt(DAYS.length)];
        String title = null;
        for (int c = 0; c < claims; c++) {
            int source = c == 0 && random.nextInt(100) < 30 ? 0 : random.nextInt(SOURCES.length);
            String who = pick(SOURCES[source]);
            int kind = random.nextInt(10);
            String[] templates = kind < 6 ? DEPLOYED : kind < 8 ? PLANNED : CASUALTIES;
            String sentence = String.format(pick(templates), who, figure(), day);
            sentences.add(Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1));
            if (title == null) {
                title = "North Korean troops in Russia: " + shortSource(source) + " gives new estimate";
            }
        }
        List<String> background = new ArrayList<>(List.of(BACKGROUND));
        java.util.Collections.shuffle(background, random);
        int b = 0;
        int paragraph = 0;
        // claims spread over the first paragraphs, background around them, up to about 4 KB
        while (body.length() < 3_900 && b < background.size()) {
            if (paragraph < sentences.size()) {
                body.append(sentences.get(paragraph)).append(' ');
            }
            body.append(background.get(b++)).append(' ').append(background.get(b++ % background.size())).append("\n\n");
            paragraph++;
        }
        return new Article(id, "https://bench.example.test/" + id, outlet, title, body.toString().strip(), when,
                null, null, "bench");
    }

    private static String shortSource(int source) {
        return switch (source) {
            case 0 -> "Seoul";
            case 1 -> "Washington";
            case 2 -> "Kyiv";
            case 3 -> "The Hague";
            case 4 -> "NATO";
            case 5 -> "London";
            default -> "Tokyo";
        };
    }

    private String figure() {
        long v = random.nextInt(3) == 0 ? 100L * (5 + random.nextInt(200)) : COMMON[random.nextInt(COMMON.length)];
        return String.format(java.util.Locale.ROOT, "%,d", v);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
