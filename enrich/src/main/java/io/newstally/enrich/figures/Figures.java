package io.newstally.enrich.figures;

import io.newstally.contracts.Qualifier;
import io.newstally.enrich.text.Token;
import io.newstally.enrich.text.Tokens;
import io.newstally.enrich.text.WordClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds and normalises the numbers of a sentence: digits with separators ("3,000",
 * "10 000"), decimals with scale words ("1.2 million", "6K"), numbers in words ("ten
 * thousand", "eleven-thousand", "a thousand"), ranges ("11 to 12,000", "between 10,000 and
 * 12,000", "10,000-12,000") and the qualifiers around them ("at least", "up to", "about").
 *
 * <p>No Java library parses quantities like these (see the enrich README); this is a
 * token-level state machine, linear in the sentence, with no regular expressions.
 */
public final class Figures {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("dozen", 12));

    private static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L,
            "k", 1_000L, "m", 1_000_000L, "mn", 1_000_000L, "bn", 1_000_000_000L);

    private static final Set<String> WORD_SCALES = Set.of("hundred", "thousand", "million", "billion");

    /**
     * Every word that is (part of) a number, "twenty-five" and "eleven-thousand" included, as a
     * word class that tokens carry (see WordClass): tested once per distinct word, not per token.
     */
    private static final WordClass NUMBER_WORDS = WordClass.where(Figures::isNumberWord);

    /** Qualifier phrases that stand before a number. */
    private static final List<Phrase> BEFORE = List.of(
            new Phrase("no fewer than", Qualifier.AT_LEAST), new Phrase("no less than", Qualifier.AT_LEAST),
            new Phrase("not less than", Qualifier.AT_LEAST), new Phrase("in excess of", Qualifier.AT_LEAST),
            new Phrase("upwards of", Qualifier.AT_LEAST), new Phrase("at least", Qualifier.AT_LEAST),
            new Phrase("more than", Qualifier.AT_LEAST), new Phrase("just over", Qualifier.AT_LEAST),
            new Phrase("well over", Qualifier.AT_LEAST), new Phrase("over", Qualifier.AT_LEAST),
            new Phrase("above", Qualifier.AT_LEAST), new Phrase("a minimum of", Qualifier.AT_LEAST),
            new Phrase("as many as", Qualifier.AT_MOST), new Phrase("as high as", Qualifier.AT_MOST),
            new Phrase("no more than", Qualifier.AT_MOST),
            new Phrase("not more than", Qualifier.AT_MOST), new Phrase("up to", Qualifier.AT_MOST),
            new Phrase("at most", Qualifier.AT_MOST), new Phrase("fewer than", Qualifier.AT_MOST),
            new Phrase("less than", Qualifier.AT_MOST), new Phrase("just under", Qualifier.AT_MOST),
            new Phrase("a maximum of", Qualifier.AT_MOST),
            new Phrase("an estimated", Qualifier.ABOUT), new Phrase("approximately", Qualifier.ABOUT),
            new Phrase("approx", Qualifier.ABOUT), new Phrase("roughly", Qualifier.ABOUT),
            new Phrase("around", Qualifier.ABOUT), new Phrase("about", Qualifier.ABOUT),
            new Phrase("nearly", Qualifier.ABOUT), new Phrase("almost", Qualifier.ABOUT),
            new Phrase("close to", Qualifier.ABOUT), new Phrase("closer to", Qualifier.ABOUT), new Phrase("some", Qualifier.ABOUT),
            new Phrase("estimated", Qualifier.ABOUT), new Phrase("circa", Qualifier.ABOUT),
            new Phrase("an approximate", Qualifier.ABOUT),
            new Phrase("a total of", Qualifier.EXACT));

    /** Verbs that pass a figure ("exceeded 3,000"): the figure is a floor, the verb stays outside it. */
    private static final Set<String> PASSING = Set.of("exceeded", "exceeds", "exceeding", "surpassed", "topped", "passed");

    /** The same phrases by their last word, longest first: the word before a number picks the few to try. */
    private static final Map<String, List<Phrase>> BEFORE_BY_LAST_WORD = BEFORE.stream()
            .sorted(Comparator.comparingInt((Phrase p) -> p.words.length).reversed())
            .collect(Collectors.groupingBy(p -> p.words[p.words.length - 1]));

    /** "a thousand" */
    private static final WordClass INDEFINITE_ARTICLES = WordClass.of("a", "an");

    private Figures() {
    }

    private record Phrase(String[] words, Qualifier qualifier) {
        Phrase(String text, Qualifier qualifier) {
            this(text.split(" "), qualifier);
        }
    }

    /** A number read from tokens [start, end], by the number form named {@code form}. */
    private record Parsed(int start, int end, double value, boolean scaled, String form) {
    }

    /** True when the sentence may hold a figure: a digit or a number word. Cheap pre-filter. */
    public static boolean mayHoldFigure(Tokens tokens) {
        return tokens.hasNumber() || tokens.has(NUMBER_WORDS);
    }

    /** "ten", "thousand", "twenty-five", "eleven-thousand". */
    private static boolean isNumberWord(String w) {
        int dash = w.indexOf('-');
        if (dash < 0) {
            return UNITS.containsKey(w) || WORD_SCALES.contains(w);
        }
        return dash > 0 && UNITS.containsKey(w.substring(0, dash));
    }

    public static List<FigureMention> find(List<Token> tokens) {
        List<FigureMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int code = codeEnd(tokens, i);
            if (code < 0) {
                i++; // a model's name
                continue;
            }
            if (code > i) {
                i = code + 1; // "2024-12-27", "12/27/2024": a date or a code, not a count
                continue;
            }
            Parsed a = parseNumber(tokens, i);
            if (a == null) {
                i++;
                continue;
            }
            Double low = null;
            double value = a.value;
            int last = a.end;
            String form = a.form;
            // ranges: "11 to 12,000", "10,000-12,000", "between 10,000 and 12,000"
            int sep = a.end + 1;
            boolean between = a.start > 0 && tokens.get(a.start - 1).is("between");
            if (sep < tokens.size() - 1 && isRangeSeparator(tokens, a.end, sep, between)) {
                Parsed b = parseNumber(tokens, sep + 1);
                if (b != null && b.value > a.value) {
                    double lo = a.value;
                    String shared = "";
                    if (!a.scaled && b.scaled) {
                        // "10 to 12 thousand": the scale word applies to both ends
                        lo = lo * scaleOf(tokens, b);
                        shared = "+shared-scale";
                    } else if (!a.scaled && lo * 1000 <= b.value && lo * 1000 * 10 > b.value && lo < 1000) {
                        // "11 to 12,000" means 11,000 to 12,000
                        lo = lo * 1000;
                        shared = "+shared-thousands";
                    }
                    if (lo < b.value) {
                        low = lo;
                        value = b.value;
                        last = b.end;
                        form = (between ? "range-between" : tokens.get(sep).is("to") ? "range-to" : "range-dash") + shared;
                    }
                }
            }
            int first = a.start;
            Qualifier q = Qualifier.EXACT;
            int numStart = between ? a.start - 1 : a.start;
            Phrase qualifier = qualifierBefore(tokens, numStart);
            if (qualifier != null) {
                q = qualifier.qualifier;
                first = numStart - qualifier.words.length;
            } else if (between) {
                first = a.start - 1;
            } else if (form.equals("a-couple")) {
                q = Qualifier.ABOUT; // "a couple thousand" is no exact count
            } else if (a.start > 0 && PASSING.contains(tokens.get(a.start - 1).lower())) {
                q = Qualifier.AT_LEAST;
            }
            // trailing qualifiers: "3,000 or more", "3,000-plus", "3,000+"
            if (last + 2 < tokens.size() && tokens.get(last + 1).is("or")) {
                String w = tokens.get(last + 2).lower();
                if (w.equals("more")) {
                    q = Qualifier.AT_LEAST;
                    last += 2;
                } else if (w.equals("so")) {
                    q = Qualifier.ABOUT;
                    last += 2;
                } else if (w.equals("fewer") || w.equals("less")) {
                    q = Qualifier.AT_MOST;
                    last += 2;
                }
            } else if (last + 1 < tokens.size() && (tokens.get(last + 1).is("+") || tokens.get(last + 1).is("plus"))) {
                q = Qualifier.AT_LEAST;
                last += 1;
            }
            out.add(new FigureMention(first, a.start, last, value, low, q, unitOf(tokens, a.start, last, value), form));
            i = last + 1;
        }
        return out;
    }

    /**
     * The last token of a date or code written as digits joined tight by "-", "/" or "."
     * ("2024-12-27", "27/12/2024", "2024-12"), starting at token i; i when there is none.
     * Three parts or more, or a year and a month: "10,000-12,000" stays a range.
     */
    private static int codeEnd(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isNumber() || t.text().indexOf(',') >= 0) {
            return i;
        }
        // "BTR-80", "Su-27", "KN-23": a model's name, a word and a number joined by a hyphen
        if (i >= 2 && tokens.get(i - 1).is("-") && tokens.get(i - 1).start() == tokens.get(i - 2).end()
                && t.start() == tokens.get(i - 1).end() && tokens.get(i - 2).isWord() && tokens.get(i - 2).isCapitalized()) {
            return -1;
        }
        int k = i;
        int parts = 1;
        while (k + 2 < tokens.size()) {
            Token sep = tokens.get(k + 1);
            Token next = tokens.get(k + 2);
            if (!(sep.is("-") || sep.is("/") || sep.is(".")) || sep.start() != tokens.get(k).end()
                    || next.start() != sep.end() || !next.isNumber() || next.text().indexOf(',') >= 0) {
                break;
            }
            k += 2;
            parts++;
        }
        if (parts >= 3) {
            return k;
        }
        if (parts == 2 && t.text().length() == 4 && tokens.get(k).text().length() == 2) {
            int year = digitsValue(t.text());
            int month = digitsValue(tokens.get(k).text());
            if (year >= 1900 && year <= 2100 && month >= 1 && month <= 12) {
                return k;
            }
        }
        return i;
    }

    private static int digitsValue(String s) {
        int v = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isRangeSeparator(List<Token> tokens, int aEnd, int sep, boolean between) {
        Token s = tokens.get(sep);
        if (between) {
            return s.is("and");
        }
        if (s.is("to")) {
            return true;
        }
        if (s.is("-") || s.is("\u2013") || s.is("\u2014")) {
            // "10,000-12,000" written tight; a spaced dash is usually punctuation
            return s.start() == tokens.get(aEnd).end() || tokens.get(sep + 1).start() == s.end();
        }
        return false;
    }

    private static long scaleOf(List<Token> tokens, Parsed p) {
        String w = tokens.get(p.end).lower();
        Long s = SCALES.get(w);
        return s == null ? 1 : s;
    }

    private static FigureMention.Unit unitOf(List<Token> tokens, int start, int last, double value) {
        if (start > 0) {
            String before = tokens.get(start - 1).lower();
            if (before.equals("$") || before.equals("€") || before.equals("£") || before.equals("us$") || before.equals("¥")) {
                return FigureMention.Unit.MONEY;
            }
        }
        if (last + 1 < tokens.size()) {
            String after = tokens.get(last + 1).lower();
            if (after.equals("%") || after.equals("percent") || after.equals("pct")
                    || after.equals("per") && last + 2 < tokens.size() && tokens.get(last + 2).is("cent")) {
                return FigureMention.Unit.PERCENT;
            }
            if (after.equals("dollars") || after.equals("euros") || after.equals("won") || after.equals("rubles")
                    || after.equals("roubles") || after.equals("usd") || after.equals("pounds") || after.equals("yuan")) {
                return FigureMention.Unit.MONEY;
            }
        }
        Token t = tokens.get(start);
        if (start == last && t.isNumber() && t.text().length() == 4 && value >= 1900 && value <= 2100) {
            return FigureMention.Unit.YEAR;
        }
        return FigureMention.Unit.COUNT;
    }

    /** Multiples that a figure is given as, of a figure just given: "twice that many", "three times that number". */
    private static final Map<String, Double> MULTIPLES = Map.of(
            "twice", 2.0, "double", 2.0, "triple", 3.0, "treble", 3.0, "half", 0.5);
    /** The words of those multiples, "times" of "three times" among them: a sentence without one has none. */
    private static final WordClass MULTIPLE_WORDS = WordClass.where(w -> MULTIPLES.containsKey(w) || w.equals("times"));

    /**
     * Figures given as a multiple of the one just given, written without a number of their own: "more
     * than twice that many", "half that number", "three times as many". Their value is the multiple of
     * {@code earlier}; the form is "multiple-of-earlier".
     */
    /** Whether the tokens may hold a figure given as a multiple of an earlier one ("twice that many"). */
    public static boolean mayHoldMultiple(Tokens tokens) {
        return tokens.has(MULTIPLE_WORDS);
    }

    public static List<FigureMention> relativeTo(Tokens tokens, double earlier) {
        if (!tokens.has(MULTIPLE_WORDS)) {
            return List.of();
        }
        List<FigureMention> out = null;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Double factor = MULTIPLES.get(tokens.get(k).lower());
            int end = k;
            if (factor == null && k + 2 < tokens.size() && UNITS.containsKey(tokens.get(k).lower()) && tokens.get(k + 1).is("times")) {
                factor = (double) UNITS.get(tokens.get(k).lower());
                end = k + 1; // "three times"
            }
            if (factor == null) {
                continue;
            }
            int j = end + 1;
            boolean as = tokens.get(j).is("as") && j + 2 < tokens.size() && tokens.get(j + 1).is("many") && tokens.get(j + 2).is("as");
            boolean that = (tokens.get(j).is("that") || tokens.get(j).is("this") || tokens.get(j).is("the"))
                    && j + 1 < tokens.size() && (tokens.get(j + 1).is("many") || tokens.get(j + 1).is("number") || tokens.get(j + 1).is("figure"));
            if (!as && !that) {
                continue;
            }
            Phrase q = qualifierBefore(tokens, k);
            int first = q == null ? k : k - q.words.length;
            int last = as ? j + 1 : j + 1;
            if (out == null) {
                out = new ArrayList<>(1);
            }
            out.add(new FigureMention(first, k, last, Math.rint(earlier * factor), null, q == null ? Qualifier.EXACT : q.qualifier,
                    FigureMention.Unit.COUNT, "multiple-of-earlier"));
            k = last;
        }
        return out == null ? List.of() : out;
    }

    /** The qualifier phrase that ends right before token {@code numStart}, or null. */
    private static Phrase qualifierBefore(List<Token> tokens, int numStart) {
        List<Phrase> candidates = numStart == 0 ? null : BEFORE_BY_LAST_WORD.get(tokens.get(numStart - 1).lower());
        if (candidates == null) {
            return null;
        }
        for (Phrase p : candidates) {
            int s = numStart - p.words.length;
            boolean match = s >= 0;
            for (int k = 0; k < p.words.length - 1 && match; k++) {
                match = tokens.get(s + k).is(p.words[k]);
            }
            if (match) {
                return p;
            }
        }
        return null;
    }

    /** A number starting at token i: digits (with scale) or words; null if none. */
    private static Parsed parseNumber(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isNumber()) {
            return parseDigits(tokens, i);
        }
        if (t.in(NUMBER_WORDS)) {
            return parseWords(tokens, i, 0);
        }
        if (t.is("half") && i + 2 < tokens.size() && tokens.get(i + 1).is("a") && WORD_SCALES.contains(tokens.get(i + 2).lower())
                && SCALES.get(tokens.get(i + 2).lower()) >= 1000) {
            return new Parsed(i, i + 2, SCALES.get(tokens.get(i + 2).lower()) / 2.0, true, "half-a-scale"); // "half a million"
        }
        if (t.is("a") && i + 2 < tokens.size() && tokens.get(i + 1).is("couple")) {
            int scale = tokens.get(i + 2).is("of") ? i + 3 : i + 2; // "a couple thousand", "a couple of hundred"
            if (scale < tokens.size() && WORD_SCALES.contains(tokens.get(scale).lower()) && SCALES.get(tokens.get(scale).lower()) >= 100) {
                return new Parsed(i, scale, 2.0 * SCALES.get(tokens.get(scale).lower()), true, "a-couple");
            }
        }
        if (t.in(INDEFINITE_ARTICLES) && i + 1 < tokens.size() && WORD_SCALES.contains(tokens.get(i + 1).lower())) {
            Parsed p = parseWords(tokens, i + 1, 1); // "a thousand"
            return p == null ? null : new Parsed(i, p.end, p.value, p.scaled, "a-scale");
        }
        return null;
    }

    private static Parsed parseDigits(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String digits = t.text();
        int end = i;
        String form = digits.indexOf(',') >= 0 ? "digits-comma" : "digits";
        // "10 000": thousands separated by a space
        while (digits.indexOf(',') < 0 && digits.indexOf('.') < 0 && digits.length() <= 3 && end + 1 < tokens.size()) {
            Token next = tokens.get(end + 1);
            if (next.isNumber() && next.text().length() == 3 && next.start() == tokens.get(end).end() + 1
                    && next.text().chars().allMatch(Character::isDigit)) {
                digits = digits + next.text();
                end++;
                form = "digits-spaced";
            } else {
                break;
            }
        }
        double value;
        try {
            String clean = digits;
            if (clean.indexOf(',') >= 0) {
                clean = clean.replace(",", "");
            }
            // "3.000" as thousands separator (European style) when the part after the dot has 3 digits
            int dot = clean.indexOf('.');
            if (dot > 0 && clean.length() - dot - 1 == 3 && clean.indexOf('.', dot + 1) < 0 && !nextIsScale(tokens, end)) {
                clean = clean.replace(".", "");
                form = "digits-dotted";
            }
            value = Double.parseDouble(clean);
        } catch (NumberFormatException e) {
            return null;
        }
        boolean scaled = false;
        if (end + 1 < tokens.size()) {
            Token next = tokens.get(end + 1);
            Long scale = SCALES.get(next.lower());
            boolean tight = next.start() == tokens.get(end).end();
            if (scale != null && (WORD_SCALES.contains(next.lower()) || tight)) {
                value *= scale;
                end++;
                scaled = true;
                form = WORD_SCALES.contains(next.lower()) ? "scale-word" : "scale-letter";
            } else if (tight && next.is("-") && end + 2 < tokens.size() && WORD_SCALES.contains(tokens.get(end + 2).lower())
                    && tokens.get(end + 2).start() == next.end()) {
                value *= SCALES.get(tokens.get(end + 2).lower()); // "27-hundred", as Korean outlets write it
                end += 2;
                scaled = true;
                form = "hyphen-scale";
            }
        }
        return new Parsed(i, end, value, scaled, form);
    }

    private static boolean nextIsScale(List<Token> tokens, int end) {
        return end + 1 < tokens.size() && SCALES.containsKey(tokens.get(end + 1).lower());
    }

    /** "ten thousand", "twenty-five", "eleven-thousand", "two hundred and fifty". */
    private static Parsed parseWords(List<Token> tokens, int i, long seed) {
        long total = 0;
        long current = seed;
        int end = -1;
        boolean scaled = false;
        int k = i;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            if (!t.in(NUMBER_WORDS)) {
                break;
            }
            String lower = t.lower();
            // most words hold no hyphen: no array, no substrings
            String[] parts = lower.indexOf('-') < 0 ? new String[] {lower} : lower.split("-");
            boolean consumed = true;
            for (String part : parts) {
                Integer u = UNITS.get(part);
                Long s = WORD_SCALES.contains(part) ? SCALES.get(part) : null;
                if (u != null) {
                    current += u;
                } else if (s != null && (current > 0 || total > 0)) {
                    if (s >= 1000) {
                        total += current * s;
                        current = 0;
                    } else {
                        current *= s;
                    }
                    scaled = true;
                } else {
                    consumed = false;
                    break;
                }
            }
            if (!consumed) {
                break;
            }
            end = k;
            k++;
            // "two hundred and fifty"
            if (k + 1 < tokens.size() && tokens.get(k).is("and") && scaled
                    && UNITS.containsKey(tokens.get(k + 1).lower())) {
                k++;
            }
        }
        if (end < 0) {
            return null;
        }
        return new Parsed(i, end, total + current, scaled, "words");
    }
}
