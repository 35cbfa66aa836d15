package io.newstally.enrich.checklist;

import io.newstally.contracts.Article;
import io.newstally.contracts.Claim;
import io.newstally.enrich.checklist.Lexicons.Claimant;
import io.newstally.enrich.checklist.Lexicons.Force;
import io.newstally.enrich.checklist.Lexicons.Number;
import io.newstally.enrich.checklist.Lexicons.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The behavioural suite: sentences generated from templates and the lexicons, grouped by capability,
 * each with the claims a careful reader finds in it. A template's placeholders: {C} a claimant (capitalised
 * at a sentence's start), {F} the force's adjective, {H} a noun of its people, {N} a number, {M} a second
 * number, {P} a place, {S} the force's state, {O} another state's adjective, {B} a body of the force's own
 * state.
 */
final class CheckList {

    /** One generated text and what a careful reader finds in it. */
    record Case(String capability, String detail, String story, String title, String body, Set<String> expected,
                boolean withQualifier) {

        /** The claims the story's enricher finds, in the form of {@link #expected}. */
        Set<String> found(Force force) {
            Set<String> out = new TreeSet<>();
            for (Claim c : force.enricher().claims(new Article("c", null, null, title, body, null, Instant.EPOCH, "h", "checklist"))) {
                out.add(format(c.value(), c.low(), c.source(), c.kind().wire(), withQualifier ? c.qualifier().wire() : null));
            }
            return out;
        }
    }

    /** A capability: its name, what it asks of the extractor, the pass rate under which the suite fails, its cases. */
    record Capability(String name, String question, double minimum, List<Case> cases) {
    }

    static String format(long value, Long low, String source, String kind, String qualifier) {
        return value + (low == null ? "" : "/" + low) + ":" + source + ":" + kind + (qualifier == null ? "" : ":" + qualifier);
    }

    private static String claim(Number n, String source, String kind) {
        return format(n.value(), n.low(), source, kind, null);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A template filled in: {C} capitalised at the start of the text or of a sentence. */
    private static String fill(String template, Force f, Claimant c, Number n, Number m, String head, String place) {
        String t = template;
        if (c != null) {
            t = t.replace(". {C}", ". " + capitalised(c.phrase())).replace("\u201D {C}", "\u201D " + c.phrase());
            t = t.startsWith("{C}") ? capitalised(c.phrase()) + t.substring(3) : t;
            t = t.replace("{C}", c.phrase());
        }
        t = t.replace("{F}", f.adjective()).replace("{H}", head).replace("{P}", place)
                .replace("{O}", f.other()).replace("{B}", f.ownBody());
        t = t.startsWith("{S}") ? capitalised(f.state()) + t.substring(3) : t;
        t = t.replace("{S}", f.state());
        if (n != null) {
            t = t.startsWith("{N}") ? capitalised(n.text()) + t.substring(3) : t;
            t = t.replace(". {N}", ". " + capitalised(n.text())).replace("{N}", n.text());
        }
        if (m != null) {
            t = t.replace("{M}", m.text());
        }
        return capitalised(t);
    }

    private static final Number SECOND = new Number("digits", "1,500", 1500, null, "exact");

    /** Every capability, its cases over the four stories. */
    static List<Capability> capabilities() {
        List<Capability> out = new ArrayList<>();
        out.add(numberForms());
        out.add(withClaimants("reporting verb before the figure", "Is the subject of a reporting verb before the figure its claimant?",
                0.95, List.of(
                        "{C} said {N} {F} {H} had arrived in {P}.",
                        "{C} told reporters that {N} {F} {H} were stationed in {P}.",
                        "{C} estimated that {N} {F} {H} were in {P}.",
                        "{C} believes {N} {F} {H} are now deployed in {P}.",
                        "{C} reported on Tuesday that {N} {F} {H} had been sent to {P}.",
                        "{C} confirmed that {N} {F} {H} are in {P}.")));
        out.add(withClaimants("reporting verb after the figure", "Is the speaker named after the figure, or after a quotation, its claimant?",
                0.95, List.of(
                        "{N} {F} {H} have arrived in {P}, {C} said.",
                        "{N} {F} {H} are now in {P}, said {C}.",
                        "{N} {F} {H} were stationed in {P}, {C} told reporters on Monday.",
                        "\u201C{N} {F} {H} are already in {P},\u201D {C} said.",
                        "{N} {F} {H} have been sent to {P}, {C} said in a statement, adding that more could follow.")));
        out.add(withClaimants("according to", "Does \"according to X\" give X, before or after the figure?", 0.95, List.of(
                "According to {C}, {N} {F} {H} are in {P}.",
                "{N} {F} {H} have been sent to {P}, according to {C}.",
                "According to an assessment by {C}, {N} {F} {H} are now in {P}.",
                "{N} {F} {H} are training in {P}, according to estimates by {C}.")));
        out.add(headlines());
        out.add(withClaimants("estimate frames", "Is a party that puts a number, offers an estimate or is the agent of a passive its claimant?",
                0.9, List.of(
                        "{C} put the number of {F} {H} in {P} at {N}.",
                        "{C} offered an estimate of {N} {F} {H} in {P}.",
                        "Figures from {C} suggest {N} {F} {H} are in {P}.",
                        "{N} {F} {H} were estimated to be in {P} by {C}.")));
        out.add(people());
        out.add(senders());
        out.add(kinds());
        out.add(carryOver());
        out.add(negations());
        out.add(notClaims());
        out.add(ownGovernment());
        out.add(partsAndWholes());
        out.add(invariance());
        return out;
    }

    private static Capability numberForms() {
        List<Case> cases = new ArrayList<>();
        Claimant japan = Lexicons.CLAIMANTS.get(0);
        for (Force f : Lexicons.FORCES) {
            for (Number n : Lexicons.NUMBERS) {
                for (String head : List.of("troops", "soldiers")) {
                    String body = fill("{C} said {N} {F} {H} had arrived in {P}.", f, japan, n, null, head, f.places().get(0));
                    cases.add(new Case("number forms", n.form(), f.name(), f.state() + " and its neighbours", body,
                            Set.of(format(n.value(), n.low(), "JP", "deployed", n.qualifier())), true));
                }
            }
        }
        return new Capability("number forms", "Are the value, range and qualifier of every number form read as a reader reads them?",
                0.97, cases);
    }

    /** A capability over every claimant, force and a few numbers: the claim is the claimant's, deployed. */
    private static Capability withClaimants(String name, String question, double minimum, List<String> templates) {
        List<Case> cases = new ArrayList<>();
        for (Force f : Lexicons.FORCES) {
            int i = 0;
            for (Claimant c : Lexicons.CLAIMANTS) {
                for (String t : templates) {
                    Number n = Lexicons.FEW_NUMBERS.get(i % Lexicons.FEW_NUMBERS.size());
                    String head = Lexicons.PERSONNEL.get(i % Lexicons.PERSONNEL.size());
                    String place = f.places().get(i % f.places().size());
                    i++;
                    cases.add(new Case(name, c.kind(), f.name(), f.state() + " and its neighbours",
                            fill(t, f, c, n, null, head, place), Set.of(claim(n, c.id(), "deployed")), false));
                }
            }
        }
        return new Capability(name, question, minimum, cases);
    }

    private static Capability headlines() {
        List<Case> cases = new ArrayList<>();
        List<String> templates = List.of("{C}: {N} {F} {H} in {P}", "{N} {F} {H} sent to {P}: {C}",
                "{N} {F} {H} arrive in {P} \u2013 {C}", "{N} {F} {H} now in {P}, {C} says");
        for (Force f : Lexicons.FORCES) {
            int i = 0;
            for (Claimant c : Lexicons.CLAIMANTS) {
                if (c.kind().equals("anonymous")) {
                    continue; // headlines do not open with "officials:"
                }
                for (String t : templates) {
                    Number n = Lexicons.FEW_NUMBERS.get(i % Lexicons.FEW_NUMBERS.size());
                    String place = f.places().get(i % f.places().size());
                    i++;
                    String title = fill(t, f, c, n, null, "troops", place);
                    title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
                    cases.add(new Case("headlines", c.kind(), f.name(), title, "The figure could not be verified independently.",
                            Set.of(claim(n, c.id(), "deployed")), false));
                }
            }
        }
        return new Capability("headlines", "Does a headline's source before a colon, or after a colon, a dash or \"says\" at its end, claim its figure?",
                0.95, cases);
    }

    private static Capability people() {
        List<Case> cases = new ArrayList<>();
        for (Force f : Lexicons.FORCES) {
            int i = 0;
            for (Person p : Lexicons.PEOPLE) {
                for (Number n : Lexicons.FEW_NUMBERS) {
                    String place = f.places().get(i++ % f.places().size());
                    String claim = claim(n, p.id(), "deployed");
                    cases.add(new Case("people", "introduced, then by surname", f.name(), f.state() + " and its neighbours",
                            capitalised(p.introduction()) + " spoke to reporters on Monday. " + p.surname() + " said "
                                    + fill("{N} {F} troops had reached {P}.", f, null, n, null, "troops", place), Set.of(claim), false));
                    cases.add(new Case("people", "first person in a quotation", f.name(), f.state() + " and its neighbours",
                            fill("\u201CWe assess that {N} {F} soldiers are now in {P},\u201D ", f, null, n, null, "soldiers", place)
                                    + p.introduction() + " said.", Set.of(claim), false));
                    cases.add(new Case("people", "a pronoun goes on", f.name(), f.state() + " and its neighbours",
                            capitalised(p.introduction()) + " said " + fill("{N} {F} troops were in {P}.", f, null, n, null, "troops", place)
                                    + " She added that another 1,500 would follow next month.",
                            Set.of(claim, format(1500, null, p.id(), "planned", null)), false));
                }
            }
        }
        return new Capability("people", "Is a person introduced with a title and party their party's voice later, by surname, pronoun or \"we\"?",
                0.95, cases);
    }

    private static Capability senders() {
        List<Case> cases = new ArrayList<>();
        for (Force f : Lexicons.FORCES) {
            int i = 0;
            for (Claimant c : Lexicons.CLAIMANTS) {
                Number n = Lexicons.FEW_NUMBERS.get(i % Lexicons.FEW_NUMBERS.size());
                String place = f.places().get(i++ % f.places().size());
                String title = f.state() + " and its neighbours";
                cases.add(new Case("sender is not the claimant", "sender, then speaker", f.name(), title,
                        fill("{S} has sent {N} {H} to {P}, {C} said.", f, c, n, null, "troops", place),
                        Set.of(claim(n, c.id(), "deployed")), false));
                cases.add(new Case("sender is not the claimant", "speaker, then a leader's promise", f.name(), title,
                        fill("{C} said the leadership of {S} had promised to send {N} {H} to {P}.", f, c, n, null, "soldiers", place),
                        Set.of(claim(n, c.id(), "planned")), false));
                cases.add(new Case("sender is not the claimant", "plan, then a warning", f.name(), title,
                        fill("{S} plans to send {N} more {H} to {P}, {C} warned.", f, c, n, null, "troops", place),
                        Set.of(claim(n, c.id(), "planned")), false));
                cases.add(new Case("sender is not the claimant", "sender with nobody named", f.name(), title,
                        fill("{C} spoke about the war on Monday. The government of {S} shipped {N} more {H} to {P} last month.",
                                f, c, n, null, "soldiers", place), Set.of(claim(n, Claim.UNATTRIBUTED, "deployed")), false));
            }
        }
        return new Capability("sender is not the claimant", "Is the state or leader that sends the people never taken for who reports the figure?",
                0.95, cases);
    }

    private static Capability kinds() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put("{C} said {N} {F} {H} have arrived in {P}.", "deployed");
        templates.put("{C} said {N} {F} {H} are stationed in {P}.", "deployed");
        templates.put("{C} said {N} {F} {H} were deployed to {P} in October.", "deployed");
        templates.put("{C} said {N} {F} {H} are fighting in {P}.", "deployed");
        templates.put("{C} said {N} {F} {H} will be sent to {P}.", "planned");
        templates.put("{C} said {N} {F} {H} are expected to arrive in {P} by December.", "planned");
        templates.put("{C} said {S} plans to send {N} {H} to {P}.", "planned");
        templates.put("{C} said {S} had agreed to dispatch {N} {H} to {P}.", "planned");
        templates.put("{C} said {N} {F} {H} had been killed in {P}.", "casualties");
        templates.put("{C} said {N} {F} {H} were wounded in {P}.", "casualties");
        templates.put("{C} said {N} {F} {H} had been captured in {P}.", "casualties");
        templates.put("{C} said {N} {F} {H} were taken prisoner in {P}.", "casualties");
        templates.put("{C} said {F} losses in {P} had reached {N}.", "casualties");
        templates.put("{C} said the bodies of {N} {F} {H} had been returned from {P}.", "casualties");
        templates.put("{C} said a militia attacked a base in {P}, wounding {N} {F} {H}.", "casualties");
        templates.put("{C} said the ambush in {P} left {N} {F} {H} with serious injuries.", "casualties");
        templates.put("{C} said {N} {F} {H} had gone missing in {P}.", null);
        List<Case> cases = new ArrayList<>();
        for (Force f : Lexicons.FORCES) {
            int i = 0;
            for (Map.Entry<String, String> t : templates.entrySet()) {
                for (Claimant c : Lexicons.CLAIMANTS.subList(0, 12)) {
                    Number n = Lexicons.FEW_NUMBERS.get(i % Lexicons.FEW_NUMBERS.size());
                    String place = f.places().get(i++ % f.places().size());
                    Set<String> expected = t.getValue() == null ? Set.of() : Set.of(claim(n, c.id(), t.getValue()));
                    cases.add(new Case("kinds", t.getValue() == null ? "missing alone" : t.getValue(), f.name(),
                            f.state() + " and its neighbours", fill(t.getKey(), f, c, n, null, "soldiers", place), expected, false));
                }
            }
        }
        return new Capability("kinds", "Are people sent, planned and lost (killed, wounded, captured, dead) told apart, and the missing alone left out?",
                0.95, cases);
    }

    private static Capability carryOver() {
        List<Case> cases = new ArrayList<>();
        for (Force f : Lexicons.FORCES) {
            int i = 0;
            for (Claimant c : Lexicons.CLAIMANTS) {
                if (c.id().equals(Claim.UNATTRIBUTED)) {
                    continue;
                }
                Number n = Lexicons.FEW_NUMBERS.get(i % Lexicons.FEW_NUMBERS.size());
                String place = f.places().get(i++ % f.places().size());
                String first = fill("{C} said {N} {F} troops had arrived in {P}.", f, c, n, null, "troops", place);
                String claim = claim(n, c.id(), "deployed");
                String title = f.state() + " and its neighbours";
                cases.add(new Case("carry-over and background", "the report goes on", f.name(), title,
                        first + " A further 1,500 will follow next month.", Set.of(claim, format(1500, null, c.id(), "planned", null)), false));
                cases.add(new Case("carry-over and background", "the writer's background", f.name(), title,
                        first + " Some 1,500 had been sent earlier in the year.",
                        Set.of(claim, format(1500, null, Claim.UNATTRIBUTED, "deployed", null)), false));
                cases.add(new Case("carry-over and background", "a hedge opens a new matter", f.name(), title,
                        first + fill(" There are also indications that {S} could send up to 1,500 more troops.", f, c, n, null, "troops", place),
                        Set.of(claim, format(1500, null, Claim.UNATTRIBUTED, "planned", null)), false));
                cases.add(new Case("carry-over and background", "sources say", f.name(), title,
                        first + " Sources say 1,500 more troops are on their way.",
                        Set.of(claim, format(1500, null, Claim.UNATTRIBUTED, "deployed", null)), false));
                cases.add(new Case("carry-over and background", "it is reported", f.name(), title,
                        first + " It is reported that 1,500 more troops have been killed.",
                        Set.of(claim, format(1500, null, Claim.UNATTRIBUTED, "casualties", null)), false));
            }
        }
        return new Capability("carry-over and background", "Does a sentence that names nobody continue the report before it, unless it is background or hedged?",
                0.9, cases);
    }

    private static Capability negations() {
        List<Case> cases = new ArrayList<>();
        List<String> templates = List.of(
                "{C} denied reports that {N} {F} {H} were in {P}.",
                "{C} said it did not know whether {N} {F} {H} were in {P}.",
                "There are unconfirmed reports that {N} {F} {H} were killed in {P}.",
                "{C} declined to comment on reports that {N} {F} {H} had arrived in {P}.",
                "{C} condemned reports that {N} {F} {H} would be sent to {P}.");
        for (Force f : Lexicons.FORCES) {
            int i = 0;
            for (Claimant c : Lexicons.CLAIMANTS) {
                for (String t : templates) {
                    Number n = Lexicons.FEW_NUMBERS.get(i % Lexicons.FEW_NUMBERS.size());
                    String place = f.places().get(i++ % f.places().size());
                    String kind = t.contains("killed") ? "casualties" : t.contains("would be sent") ? "planned" : "deployed";
                    cases.add(new Case("negation and questions", t.substring(0, Math.min(20, t.length())), f.name(),
                            f.state() + " and its neighbours", fill(t, f, c, n, null, "troops", place),
                            Set.of(claim(n, Claim.UNATTRIBUTED, kind)), false));
                }
            }
        }
        return new Capability("negation and questions", "Is a figure that a party denies, asks about or calls a rumour nobody's claim?",
                0.95, cases);
    }

    private static Capability notClaims() {
        List<String> templates = List.of(
                "{S} has an army of 1.2 million soldiers, {C} said.",
                "{C} said {S} had shipped 13,000 containers of shells to {P}.",
                "{C} said 83% of the public opposed sending troops to {P}.",
                "{C} pledged $50 million as {F} troops arrived in {P}.",
                "{N} {O} troops are in {P}, {C} said.",
                "{C} said {O} forces had lost 3,000 soldiers in {P}.",
                "{C} said 20 {F} soldiers had deserted their units in {P}.",
                "{C} said 12,000 refugees had fled {P}.",
                "Thousands of {F} troops are in {P}, {C} said.",
                "{C} said the war began in 2022 and {F} troops arrived in {P} on October 23.",
                "{C} said {S} was sending two fighter squadrons and 24 fighter jets to {P}.");
        List<Case> cases = new ArrayList<>();
        for (Force f : Lexicons.FORCES) {
            int i = 0;
            for (Claimant c : Lexicons.CLAIMANTS.subList(0, 16)) {
                for (String t : templates) {
                    Number n = Lexicons.FEW_NUMBERS.get(i % Lexicons.FEW_NUMBERS.size());
                    String place = f.places().get(i++ % f.places().size());
                    cases.add(new Case("not a claim", t.substring(0, Math.min(24, t.length())), f.name(), f.state() + " and its neighbours",
                            fill(t, f, c, n, null, "troops", place), Set.of(), false));
                }
            }
        }
        return new Capability("not a claim", "Are army sizes, things, shares, money, years, another state's troops, deserters and civilians left out?",
                0.97, cases);
    }

    /** Where the force's own government speaks of its own people, as in a story of a state's troops sent abroad. */
    private static Capability ownGovernment() {
        List<String[]> templates = List.of(
                new String[] {"{B} said {N} more {H} would deploy to {P}.", "planned"},
                new String[] {"{B} said {N} {H} had arrived in {P} on Sunday.", "deployed"},
                new String[] {"{N} {F} {H} were injured in a drone attack on a base in {P}, {B} said.", "casualties"},
                new String[] {"{N} {F} {H} suffered traumatic brain injuries in the attack in {P}, {B} said.", "casualties"},
                new String[] {"{S} has about {N} {H} in {P}, {B} said.", "deployed"},
                new String[] {"{B} said it had ordered {N} more {H} to {P}.", "planned"},
                new String[] {"{B} said {N} {H} were on their way to {P}.", "deployed"},
                new String[] {"{B} said {S} had about {N} {H} in the region.", "deployed"});
        List<Case> cases = new ArrayList<>();
        for (Force f : Lexicons.FORCES) {
            int i = 0;
            for (String[] t : templates) {
                for (Number n : Lexicons.FEW_NUMBERS) {
                    String place = f.places().get(i % f.places().size());
                    String head = List.of("troops", "soldiers", "service members").get(i++ % 3);
                    cases.add(new Case("the force's own government", t[1], f.name(), f.state() + " and its neighbours",
                            fill(t[0], f, null, n, null, head, place), Set.of(claim(n, f.ownId(), t[1])), false));
                }
            }
            // two counts in one sentence, the second without its noun; wounded and killed in one
            cases.add(new Case("the force's own government", "a list of places", f.name(), f.state() + " and its neighbours",
                    fill("{B} said about 2,500 {F} troops were in {P} and 900 in the capital.", f, null, null, null, "troops", f.places().get(1)),
                    Set.of(format(2500, null, f.ownId(), "deployed", null), format(900, null, f.ownId(), "deployed", null)), false));
            cases.add(new Case("the force's own government", "a list of places", f.name(), f.state() + " and its neighbours",
                    fill("{B} said about 2,500 {F} troops were in {P}, and about 900 were in " + f.places().get(2) + ".", f, null, null,
                            null, "troops", f.places().get(1)),
                    Set.of(format(2500, null, f.ownId(), "deployed", null), format(900, null, f.ownId(), "deployed", null)), false));
            cases.add(new Case("the force's own government", "wounded and killed", f.name(), f.state() + " and its neighbours",
                    fill("{B} said 34 {F} soldiers had been wounded and three killed in the attack in {P}.", f, null, null, null, "soldiers",
                            f.places().get(1)),
                    Set.of(format(34, null, f.ownId(), "casualties", null), format(3, null, f.ownId(), "casualties", null)), false));
            // a government that counts its own people speaks for its own sendings too, before or after it counted
            for (Number n : Lexicons.FEW_NUMBERS) {
                String place = f.places().get(0);
                cases.add(new Case("the force's own government", "its own sending, after it counted", f.name(),
                        f.state() + " and its neighbours",
                        fill("{B} said 2,500 {F} troops were in {P}.\n{O} officials condemned the move.\n"
                                + "In a separate move, {S} is also sending {N} more {H} to {P}.", f, null, n, null, "soldiers", place),
                        Set.of(format(2500, null, f.ownId(), "deployed", null), claim(n, f.ownId(), "deployed")), false));
                cases.add(new Case("the force's own government", "an unnamed official, once it counted", f.name(),
                        f.state() + " and its neighbours",
                        fill("{B} said 2,500 {F} troops were in {P}.\n{O} officials condemned the move.\n"
                                + "A senior defense official said {N} more {H} were on their way.", f, null, n, null, "soldiers", place),
                        Set.of(format(2500, null, f.ownId(), "deployed", null), claim(n, f.ownId(), "deployed")), false));
                for (String service : List.of("the military", "the army", "the navy")) {
                    cases.add(new Case("the force's own government", "a service named by its kind, once it counted", f.name(),
                            f.state() + " and its neighbours",
                            fill("Some {N} {H} arrived in {P} on Sunday, " + service + " said.\n{O} officials condemned the move.\n"
                                    + "{B} said 2,500 {F} troops would follow.", f, null, n, null, "soldiers", place),
                            Set.of(claim(n, f.ownId(), "deployed"), format(2500, null, f.ownId(), "planned", null)), false));
                }
                cases.add(new Case("the force's own government", "a plan it weighs", f.name(), f.state() + " and its neighbours",
                        fill("{B} said 2,500 {F} troops were in {P}.\n{O} officials condemned the move.\n"
                                + "Officials said {S} was weighing sending {N} more {H}.", f, null, n, null, "soldiers", place),
                        Set.of(format(2500, null, f.ownId(), "deployed", null), claim(n, f.ownId(), "planned")), false));
                cases.add(new Case("the force's own government", "people on alert it has", f.name(), f.state() + " and its neighbours",
                        fill("{B} said the military had {N} {H} on prepare-to-deploy orders for {P}.", f, null, n, null, "soldiers", place),
                        Set.of(claim(n, f.ownId(), "planned")), false));
                cases.add(new Case("the force's own government", "a force of a bare number, then a preposition", f.name(),
                        f.state() + " and its neighbours",
                        fill("{B} said {S} had built up a force of {N} in {P} without a vote in parliament.", f, null, n, null,
                                "soldiers", place),
                        Set.of(claim(n, f.ownId(), "deployed")), false));
                cases.add(new Case("the force's own government", "its own sending, before it counted", f.name(),
                        f.state() + " and its neighbours",
                        fill("In a new move, {S} is sending {N} more {H} to {P}.\n{O} officials condemned the move.\n"
                                + "{B} said 2,500 {F} troops were already in {P}.", f, null, n, null, "soldiers", place),
                        Set.of(format(2500, null, f.ownId(), "deployed", null), claim(n, f.ownId(), "deployed")), false));
            }
        }
        return new Capability("the force's own government", "Does the force's own government count its own people (sent, ordered, injured), with or without a demonym?",
                0.9, cases);
    }

    /** Parts and wholes, and figures given as a multiple of the one before. */
    private static Capability partsAndWholes() {
        List<Case> cases = new ArrayList<>();
        for (Force f : Lexicons.FORCES) {
            int i = 0;
            for (Claimant c : Lexicons.CLAIMANTS.subList(0, 16)) {
                String place = f.places().get(i++ % f.places().size());
                String title = f.state() + " and its neighbours";
                cases.add(new Case("parts and wholes", "a part of a whole", f.name(), title,
                        fill("{C} said more than 2,000 of the 9,000 {F} troops deployed in {P} had been killed.", f, c, null, null, "troops", place),
                        Set.of(format(2000, null, c.id(), "casualties", null), format(9000, null, c.id(), "deployed", null)), false));
                cases.add(new Case("parts and wholes", "a share of a whole", f.name(), title,
                        fill("{C} said a quarter of the 12,000 {F} soldiers in {P} had been wounded.", f, c, null, null, "soldiers", place),
                        Set.of(format(12000, null, c.id(), "deployed", null)), false));
                cases.add(new Case("parts and wholes", "out of", f.name(), title,
                        fill("{C} said 3,000 out of 11,000 {F} troops in {P} had been killed or wounded.", f, c, null, null, "troops", place),
                        Set.of(format(3000, null, c.id(), "casualties", null), format(11000, null, c.id(), "deployed", null)), false));
                cases.add(new Case("parts and wholes", "a multiple of the figure before", f.name(), title,
                        fill("{C} said 4,000 {F} troops were fighting in {P}. Human Rights Watch estimates twice that many were involved.",
                                f, c, null, null, "troops", place),
                        Set.of(format(4000, null, c.id(), "deployed", null), format(8000, null, "HRW", "deployed", null)), false));
            }
        }
        return new Capability("parts and wholes", "Are a part and its whole two claims (the whole sent), and \"twice that many\" a figure of its own?",
                0.9, cases);
    }

    /**
     * Invariance: the same claim written in the clause orders and number forms the press uses must come
     * out the same, whatever the story; a case passes when every variant of its group gives the claim.
     */
    private static Capability invariance() {
        List<Function<Claimant, String>> orders = List.of(
                c -> "{C} said {N} {F} troops had arrived in {P}.",
                c -> "{N} {F} troops had arrived in {P}, {C} said.",
                c -> "According to {C}, {N} {F} troops had arrived in {P}.",
                c -> "{N} {F} troops had arrived in {P}, according to {C}.");
        List<Number> forms = List.of(Lexicons.NUMBERS.get(0), Lexicons.NUMBERS.get(1), Lexicons.NUMBERS.get(4));
        List<Case> cases = new ArrayList<>();
        for (Force f : Lexicons.FORCES) {
            int i = 0;
            for (Claimant c : Lexicons.CLAIMANTS) {
                String place = f.places().get(i++ % f.places().size());
                for (Function<Claimant, String> order : orders) {
                    for (Number n : forms) {
                        cases.add(new Case("invariance", c.kind() + "|" + f.name() + "|" + c.phrase() + "|" + place, f.name(),
                                f.state() + " and its neighbours", fill(order.apply(c), f, c, n, null, "troops", place),
                                Set.of(claim(n, c.id(), "deployed")), false));
                    }
                }
            }
        }
        return new Capability("invariance", "Does a claim stay the same when the clause order or the number's form changes, in every story?",
                0.9, cases);
    }
}
