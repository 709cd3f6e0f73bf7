package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.NewsgraphException;
import org.newsgraph.extract.EntityMentions;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Token;

/**
 * Who did what to whom, read from one sentence's dependency parse. A verb's source is its subject
 * (a passive's: the {@code obl:agent}), its target the object (a passive's: the subject) or a
 * prepositional slot ("clashed with B", "protested against B"); a noun's sides are its possessor,
 * its nationality modifiers ("Arvenian-Borelian talks"), "between A and B", "with B", "on B", and the
 * subject of the verb it is the object of ("A held talks"). Coordinations give every member ("A and B
 * met"). Places come only from locative slots ("in", "at") and are never actors.
 */
final class EventSlots {
    /** Prepositional slots that name the other side of an event. */
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("with", "against", "on", "to", "from", "between",
            "of", "over", "at");
    /** Modifiers of a verb's object that name the target ("its envoy to B", "the attack by B"). */
    private static final Set<String> OBJECT_TARGET_PREPOSITIONS = Set.of("to", "from", "against", "on", "by", "of", "with");
    /** Slots of the verb an event noun is the object of that name its target ("imposed tariffs on B"). */
    private static final Set<String> NOUN_VERB_TARGETS = Set.of("with", "on", "against", "to");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    /** First-person pronouns, which inside a quotation stand for its speaker. */
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "we", "us");
    /** "the country", "the company": the nearest country or organisation named before. */
    private static final Map<String, EntityType> DEFINITE_ANAPHORS = definiteAnaphors();
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    /** Verbs whose complement is the event itself ("threatened to impose", "agreed to a truce"). */
    private static final Set<String> COMPLEMENT = Set.of("xcomp", "obj", "obl:to");
    /** How far a country may stand from the group noun and still be part of its name ("the army of Borelia"). */
    private static final int MAX_GROUP_NAME_GAP = 3;

    record Sides(Set<String> actors, String source, String target, String place) {
    }

    private final DependencyGraph graph;
    private final List<Token> tokens;
    private final EntityMentions mentions;
    private final List<Quote> quotes;
    private final GroupActors groups;

    EventSlots(DependencyGraph graph, List<Token> tokens, EntityMentions mentions, List<Quote> quotes,
               GroupActors groups) {
        this.graph = graph;
        this.tokens = tokens;
        this.mentions = mentions;
        this.quotes = quotes;
        this.groups = groups;
    }

    Sides verbSides(int verb) {
        boolean passive = graph.dependents(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj:pass"));
        Set<String> sources = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        for (Dependency d : graph.dependents(verb)) {
            String r = d.relation();
            if (passive ? r.equals("obl:agent") : r.equals("nsubj") || r.equals("nsubj:xsubj")) {
                sources.addAll(actorsAt(d.dependent()));
            } else if (passive ? r.startsWith("nsubj:pass") : r.equals("obj") || r.equals("iobj")) {
                targets.addAll(actorsAt(d.dependent()));
            }
        }
        if (sources.isEmpty() && !passive) {
            // "Arvenia recalled its envoy after accusing Borelia", "Arvenia responded by condemning
            // Borelia": a clause without a subject of its own takes the subject of the verb it hangs on.
            int host = hostVerb(verb);
            if (host >= 0) {
                for (Dependency d : graph.dependents(host)) {
                    if (d.relation().equals("nsubj")) {
                        sources.addAll(actorsAt(d.dependent()));
                    }
                }
            }
        }
        // "Arvenia recalled the Arvenian envoy": the doer named again inside the object is no target.
        targets.removeAll(sources);
        if (targets.isEmpty()) {
            for (Dependency d : graph.dependents(verb, "obl")) {
                if (TARGET_PREPOSITIONS.contains(d.subtype())) {
                    targets.addAll(actorsAt(d.dependent()));
                }
            }
        }
        if (targets.isEmpty()) {
            // "recalled its envoy to Borelia", "condemned the raid by Borelia": the object names no actor,
            // a prepositional modifier of it does.
            for (Dependency d : graph.dependents(verb)) {
                if (passive ? d.relation().startsWith("nsubj:pass") : d.relation().equals("obj")) {
                    for (Dependency n : graph.dependents(d.dependent(), "nmod")) {
                        if (OBJECT_TARGET_PREPOSITIONS.contains(n.subtype())) {
                            targets.addAll(actorsAt(n.dependent()));
                        }
                    }
                }
            }
            targets.removeAll(sources);
        }
        return sides(sources, targets, place(verb, "obl"));
    }

    /**
     * The verb a subjectless clause hangs on: its {@code advcl} governor, or the verb whose
     * subordinator governs it when the parser hung the clause on the word "after" ("Arvenia recalled
     * its envoy after accusing Borelia": accusing is a dependent of "after", an advmod of recalled).
     */
    private int hostVerb(int verb) {
        for (Dependency g : graph.governors(verb)) {
            if (g.governor() < 0) {
                continue;
            }
            if (g.is("advcl")) {
                return g.governor();
            }
            if (g.is("dep") && !tokens.get(g.governor()).pos().startsWith("VB")) {
                for (Dependency up : graph.governors(g.governor())) {
                    if (up.governor() >= 0 && (up.is("advmod") || up.is("mark"))
                            && tokens.get(up.governor()).pos().startsWith("VB")) {
                        return up.governor();
                    }
                }
            }
        }
        return -1;
    }

    Sides nounSides(int noun) {
        Set<String> sources = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        for (Dependency d : graph.dependents(noun)) {
            if (d.is("nmod:poss") || d.is("amod") || d.is("compound") || d.relation().equals("nmod:by")) {
                sources.addAll(actorsAt(d.dependent()));
            } else if (d.is("nmod") && TARGET_PREPOSITIONS.contains(d.subtype())) {
                (d.subtype().equals("between") ? sources : targets).addAll(actorsAt(d.dependent()));
            }
        }
        String place = place(noun, "nmod");
        // "A held talks with B", "A signed a deal": the verb's subject is a side.
        for (Dependency g : graph.governors(noun)) {
            if (g.governor() >= 0 && (g.is("obj") || g.is("obl")) && sources.isEmpty()) {
                for (Dependency d : graph.dependents(g.governor())) {
                    if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) {
                        sources.addAll(actorsAt(d.dependent()));
                    } else if (d.is("obl") && NOUN_VERB_TARGETS.contains(d.subtype()) && targets.isEmpty()) {
                        targets.addAll(actorsAt(d.dependent()));
                    }
                }
                place = place != null ? place : place(g.governor(), "obl");
            }
        }
        return sides(sources, targets, place);
    }

    private Sides sides(Set<String> sources, Set<String> targets, String place) {
        Set<String> actors = new LinkedHashSet<>(sources);
        actors.addAll(targets);
        actors.remove(place);
        return new Sides(actors, sources.stream().findFirst().orElse(null),
                targets.stream().filter(t -> !sources.contains(t)).findFirst().orElse(null), place);
    }

    /** The place in a locative slot ("in Geneva", "at the border"), or null. */
    private String place(int head, String relation) {
        for (Dependency d : graph.dependents(head, relation)) {
            if (PLACE_PREPOSITIONS.contains(d.subtype())) {
                EntityMentions.Located m = mentionAt(d.dependent());
                if (m != null && (m.type() == EntityType.PLACE || m.type() == EntityType.COUNTRY)) {
                    return m.key();
                }
            }
        }
        return null;
    }

    /**
     * The actors a noun phrase headed at {@code head} denotes: the named entity it is part of, else the
     * entities that modify it ("Arvenian police", "the government of Borelia", "Borelia's army"),
     * with every conjunct. Places are never actors.
     */
    private Set<String> actorsAt(int head) {
        Set<String> out = new LinkedHashSet<>();
        collect(head, out, 0);
        for (Dependency c : graph.dependents(head, "conj")) {
            collect(c.dependent(), out, 0);
        }
        return out;
    }

    private void collect(int token, Set<String> out, int depth) {
        EntityMentions.Located m = mentionAt(token);
        if (m != null) {
            if (m.type() != EntityType.PLACE) {
                out.add(m.key());
            }
            return;
        }
        String antecedent = antecedent(tokens.get(token));
        if (antecedent != null) {
            out.add(antecedent);
            return;
        }
        if (depth > 1) {
            return;
        }
        // "the actions by the Arvenian coast guard", "Arvenian and Borelian troops": the doer is a
        // modifier of the head, or of its modifier, with its conjuncts.
        List<EntityMentions.Located> named = new ArrayList<>();
        for (Dependency d : graph.dependents(token)) {
            if (d.is("amod") || d.is("compound") || d.is("nmod:poss") || d.relation().equals("nmod:of")
                    || d.relation().equals("nmod:by")) {
                collect(d.dependent(), out, depth + 1);
                addIfNamed(d.dependent(), named);
                for (Dependency c : graph.dependents(d.dependent(), "conj")) {
                    collect(c.dependent(), out, depth + 1);
                    addIfNamed(c.dependent(), named);
                }
            }
        }
        addGroup(token, named, out);
    }

    private void addIfNamed(int token, List<EntityMentions.Located> named) {
        EntityMentions.Located m = mentionAt(token);
        if (m != null) {
            named.add(m);
        }
    }

    /**
     * "Arvenian police", "the army of Borelia", "protesters": an agent noun of the CAMEO dictionary
     * is a group actor, of the country that modifies it. The country stays an actor too, as CAMEO
     * codes the group by its country and agent (Arvenia + COP). Where a named organisation or person
     * modifies the noun ("Harbour Front fighters", "Ruiz's guards"), that one is the actor; where two
     * do ("Arvenian and Borelian troops"), the countries are.
     */
    private void addGroup(int head, List<EntityMentions.Located> named, Set<String> out) {
        GroupActors.Agent agent = GroupActors.agentAt(tokens, head);
        if (agent == null || named.size() > 1 || named.size() == 1 && named.get(0).type() != EntityType.COUNTRY) {
            return;
        }
        EntityMentions.Located country = named.isEmpty() ? null : named.get(0);
        int first = agent.first();
        int end = head + 1;
        if (country != null && Math.abs(country.firstToken() - head) <= MAX_GROUP_NAME_GAP) {
            first = Math.min(first, country.firstToken());
            end = Math.max(end, country.endToken());
        }
        Token begin = tokens.get(first);
        Token last = tokens.get(end - 1);
        out.add(groups.actor(agent, country == null ? null : country.key(), textOf(first, end),
                new Span(begin.begin(), last.end()), begin.sentence()));
    }

    /** The words of tokens {@code first..end-1} with the spacing of the text ("Borelia's army"). */
    private String textOf(int first, int end) {
        StringBuilder out = new StringBuilder(tokens.get(first).text());
        for (int i = first + 1; i < end; i++) {
            if (tokens.get(i).begin() > tokens.get(i - 1).end()) {
                out.append(' ');
            }
            out.append(tokens.get(i).text());
        }
        return out.toString();
    }

    /**
     * What a subject or object pronoun stands for: "he", "she" the nearest person named before, "it"
     * the nearest country or organisation ("Borelia said it would retaliate"); null for other words.
     */
    private String antecedent(Token t) {
        String word = t.text().toLowerCase(Locale.ROOT);
        if (FIRST_PERSON.contains(word) && t.pos().startsWith("PRP")) {
            return speakerQuoting(t);
        }
        List<EntityType> types = PERSON_PRONOUNS.contains(word) ? List.of(EntityType.PERSON)
                : word.equals("it") ? List.of(EntityType.COUNTRY, EntityType.ORGANIZATION) : null;
        if (types == null || !t.pos().startsWith("PRP")) {
            types = definiteAnaphor(t);
        }
        if (types == null) {
            return null;
        }
        String found = null;
        for (EntityMentions.Located m : mentions.all()) {
            if (m.span().end() <= t.begin() && !m.demonym() && types.contains(m.type())) {
                found = m.key();
            }
        }
        return found;
    }

    /**
     * The speaker of the quotation a word lies in: "“We will impose sanctions,” said Ana Ruiz" has Ruiz
     * as the one who imposes (for a government's spokesperson, the person, not the country); null
     * outside quotations or where the quotation has no speaker.
     */
    private String speakerQuoting(Token t) {
        for (Quote q : quotes) {
            if (q.span().begin() <= t.begin() && t.end() <= q.span().end()) {
                return q.anonymousSource() ? null : q.speakerKey();
            }
        }
        return null;
    }

    /** The type "the country" or "the company" points back to, or null when the noun has other modifiers. */
    private List<EntityType> definiteAnaphor(Token t) {
        EntityType type = t.pos().equals("NN") ? DEFINITE_ANAPHORS.get(CameoLexicon.lemma(t)) : null;
        if (type == null || t.index() == 0 || !tokens.get(t.index() - 1).text().equalsIgnoreCase("the")
                || graph.dependents(t.index()).stream().anyMatch(d -> d.is("amod") || d.is("compound") || d.is("nmod:poss"))) {
            return null;
        }
        return List.of(type);
    }

    private static Map<String, EntityType> definiteAnaphors() {
        Map<String, EntityType> out = new HashMap<>();
        for (String line : Lexicon.lines("events/event-definite-anaphors.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new NewsgraphException("event-definite-anaphors.tsv: expected 2 tab-separated columns in \"" + line + "\"");
            }
            out.put(f[0], EntityType.valueOf(f[1]));
        }
        return out;
    }

    private EntityMentions.Located mentionAt(int token) {
        Token t = tokens.get(token);
        return mentions.at(t.begin());
    }

    boolean negated(int head) {
        return graph.dependents(head).stream().anyMatch(d -> (d.is("advmod") || d.is("det") || d.is("neg"))
                && NEGATIONS.contains(CameoLexicon.lemma(tokens.get(d.dependent()))));
    }

    boolean conditional(int head) {
        return graph.dependents(head, "mark").stream()
                .anyMatch(d -> CONDITIONS.contains(CameoLexicon.lemma(tokens.get(d.dependent()))));
    }

    boolean modal(int head, Set<String> modals) {
        return graph.dependents(head, "aux").stream()
                .anyMatch(d -> modals.contains(CameoLexicon.lemma(tokens.get(d.dependent()))));
    }

    /** The verb that takes the trigger as its complement ("threatened [to impose]"), or null. */
    Token governingVerb(int trigger) {
        for (Dependency g : graph.governors(trigger)) {
            if (g.governor() >= 0 && COMPLEMENT.contains(g.relation()) && tokens.get(g.governor()).pos().startsWith("VB")) {
                return tokens.get(g.governor());
            }
        }
        return null;
    }

    /** True when the trigger is a verb complement (xcomp) rather than a noun object. */
    boolean isVerbComplement(int trigger) {
        return graph.governors(trigger).stream().anyMatch(g -> g.relation().equals("xcomp"));
    }
}
