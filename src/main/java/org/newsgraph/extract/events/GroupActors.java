package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.NewsgraphException;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.Names;
import org.newsgraph.model.Group;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.Token;

/**
 * The groups one article names as event actors ("Arvenian police detained two reporters", "protesters
 * clashed with the army"), recognised by the CAMEO agents dictionary (compiled from PETRARCH2 into
 * {@code cameo-agents.tsv}): a plural agent noun, or a singular one that names a body rather than a
 * person ({@code group-collective-nouns.txt}). One instance per article, filled while its events are
 * coded.
 */
public final class GroupActors {
    private static final Map<String, String> AGENT_CODES = agentCodes();
    private static final Lexicon COLLECTIVE = Lexicon.load("events/group-collective-nouns.txt");
    /** "Three people were hurt": people in general are victims and bystanders far more often than actors. */
    private static final Set<String> NOT_GROUPS = Set.of("PPL");
    /** The longest agent phrase in the dictionary, in words ("border security force"). */
    private static final int MAX_PHRASE_WORDS = 3;

    /** An agent phrase in the text: its tokens {@code first..head} and its CAMEO agent code. */
    record Agent(int first, int head, String phrase, String code) {
    }

    private final String articleId;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, List<Mention>> mentions = new HashMap<>();

    public GroupActors(String articleId) {
        this.articleId = articleId;
    }

    /** The agent phrase whose head noun is {@code tokens[head]}, or null when it names no group. */
    static Agent agentAt(List<Token> tokens, int head) {
        Token h = tokens.get(head);
        if (!h.pos().equals("NN") && !h.pos().equals("NNS")) {
            return null; // a proper noun is a name, resolved as an entity
        }
        for (int first = Math.max(0, head - MAX_PHRASE_WORDS + 1); first <= head; first++) {
            String phrase = phrase(tokens, first, head);
            String code = AGENT_CODES.get(phrase);
            if (code != null && !NOT_GROUPS.contains(code) && (h.pos().equals("NNS") || COLLECTIVE.contains(phrase))) {
                return new Agent(first, head, phrase, code);
            }
        }
        return null;
    }

    /**
     * The key of the group {@code agent} names, tied to {@code countryKey} (or to nothing: null),
     * recording this mention of it.
     */
    String actor(Agent agent, String countryKey, String name, Span span, int sentence) {
        String key = "group/" + Names.slug(agent.phrase()) + "-" + Names.slug(countryKey != null ? countryKey : articleId);
        names.putIfAbsent(key, name);
        codes.putIfAbsent(key, agent.code());
        if (countryKey != null) {
            countries.putIfAbsent(key, countryKey);
        }
        List<Mention> seen = mentions.computeIfAbsent(key, k -> new ArrayList<>());
        if (seen.stream().noneMatch(m -> m.span().equals(span))) {
            seen.add(new Mention(span, name, sentence));
        }
        return key;
    }

    /**
     * How many named sides {@code actors} hold: a group counts as its country ("Arvenian police" and
     * Arvenia are one side) and a group of no country as none. Whether an event is coded at all
     * depends on named sides only: the gold standards of news events, like CAMEO, name every side by
     * its country or name, so "protesters marched" alone is no event of the graph.
     */
    int namedSides(Collection<String> actors) {
        Set<String> sides = new HashSet<>();
        for (String actor : actors) {
            if (!names.containsKey(actor)) {
                sides.add(actor);
            } else if (countries.containsKey(actor)) {
                sides.add(countries.get(actor));
            }
        }
        return sides.size();
    }

    /** The display name of every group seen, by key. */
    public Map<String, String> names() {
        return Map.copyOf(names);
    }

    /** The groups among {@code actorKeys}, in the order they were first seen. */
    public List<Group> among(Collection<String> actorKeys) {
        List<Group> out = new ArrayList<>();
        names.forEach((key, name) -> {
            if (actorKeys.contains(key)) {
                out.add(new Group(key, name, codes.get(key), countries.get(key), mentions.get(key)));
            }
        });
        return out;
    }

    private static String phrase(List<Token> tokens, int first, int head) {
        StringBuilder out = new StringBuilder();
        for (int i = first; i < head; i++) {
            out.append(tokens.get(i).text().toLowerCase(Locale.ROOT)).append(' ');
        }
        return out.append(CameoLexicon.lemma(tokens.get(head))).toString();
    }

    private static Map<String, String> agentCodes() {
        Map<String, String> out = new HashMap<>();
        for (String line : Lexicon.lines("events/cameo-agents.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 3 || !f[2].contains("~")) {
                throw new NewsgraphException("cameo-agents.tsv: expected phrase, plural and ~CODE in \"" + line + "\"");
            }
            // "~COP" is appended to the country's code, "IGO~" stands first: the agent is the code either way.
            out.putIfAbsent(f[0], f[2].replace("~", "")); // a phrase listed twice keeps its first code
        }
        return out;
    }
}
