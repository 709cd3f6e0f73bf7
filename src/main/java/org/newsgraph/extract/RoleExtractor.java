package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.KnownRole;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Token;

/**
 * Reads the positions people hold from the two ways news writes them:
 * before the name ("Freedonian President Ana Ruiz", "former Sen. Jane Doe") and after it in an
 * appositive or relative clause ("Jane Doe, the bank's chief economist", "John Roe, who was
 * President Smith's national security adviser").
 */
final class RoleExtractor {
    private static final int MAX_TITLE_TOKENS = 5;
    private static final Map<String, String> ABBREVIATIONS = abbreviations();
    private static final Lexicon PAST_MARKERS = Lexicon.load("role-past-markers.txt");

    private final Gazetteer gazetteer;

    RoleExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Role> extract(AnnotatedDocument doc, EntityMentions mentions) {
        List<Role> roles = new ArrayList<>();
        for (EntityMentions.Located person : mentions.ofType(EntityType.PERSON)) {
            Role before = titleBefore(doc, mentions, person);
            if (before != null) {
                roles.add(before);
            }
            Role after = titleAfter(doc, mentions, person);
            if (after != null) {
                roles.add(after);
            }
        }
        return roles.stream().distinct().toList();
    }

    /** "[former] [Russian|U.S.|the bank's] <title> <Person>". */
    private Role titleBefore(AnnotatedDocument doc, EntityMentions mentions, EntityMentions.Located person) {
        List<Token> tokens = doc.tokens();
        int end = person.firstToken();
        int sentenceStart = doc.sentences().get(person.sentence()).firstToken();
        if (end > sentenceStart && tokens.get(end - 1).text().equals(",")) {
            end--; // "The British prime minister, Keir Starmer, ..." names the title first
        }
        for (int start = Math.max(sentenceStart, end - MAX_TITLE_TOKENS); start < end; start++) {
            String title = titleOf(doc, start, end);
            if (title == null) {
                continue;
            }
            int before = start;
            String ofKey = null;
            EntityMentions.Located owner = mentions.endingAt(before);
            if (owner != null && owner.type() != EntityType.PERSON) {
                ofKey = owner.key();
                before = owner.firstToken();
            } else if (owner != null) {
                ofKey = organisationOfPerson(owner.key(), doc);
                before = owner.firstToken();
            }
            boolean current = !(before > sentenceStart && PAST_MARKERS.contains(tokens.get(before - 1).text()));
            int from = current ? before : before - 1;
            Span evidence = new Span(tokens.get(from).begin(), tokens.get(person.endToken() - 1).end());
            return new Role(person.key(), title, ofKey != null ? ofKey : knownOf(person.key(), title), current,
                    evidence);
        }
        return null;
    }

    /** "<Person>, [who was|who is|the|a] [former] [Russia's|the bank's] <title> [of <Org>]". */
    private Role titleAfter(AnnotatedDocument doc, EntityMentions mentions, EntityMentions.Located person) {
        List<Token> tokens = doc.tokens();
        int sentenceEnd = doc.sentences().get(person.sentence()).endToken();
        int i = person.endToken();
        if (i >= sentenceEnd || !tokens.get(i).text().equals(",")) {
            return null;
        }
        i++;
        boolean current = true;
        while (i < sentenceEnd && isClauseOpener(tokens.get(i).text())) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (PAST_MARKERS.contains(word) || word.equals("was")) {
                current = false;
            }
            i++;
        }
        String ofKey = null;
        EntityMentions.Located owner = mentions.startingAt(i);
        if (owner != null && !owner.key().equals(person.key())) {
            int afterOwner = owner.endToken();
            if (afterOwner < sentenceEnd && tokens.get(afterOwner).text().matches("['’]s?")) {
                afterOwner++;
            }
            ofKey = owner.type() == EntityType.PERSON ? organisationOfPerson(owner.key(), doc) : owner.key();
            i = afterOwner;
        }
        for (int end = Math.min(sentenceEnd, i + MAX_TITLE_TOKENS); end > i; end--) {
            String title = titleOf(doc, i, end);
            if (title == null) {
                continue;
            }
            EntityMentions.Located next = mentions.startingAt(end);
            if (next != null && next.type() == EntityType.PERSON) {
                return null; // "X, Chinese Vice Premier Y": the title is Y's, a list goes on
            }
            if (ofKey == null && end + 1 < sentenceEnd && tokens.get(end).text().equals("of")) {
                EntityMentions.Located of = mentions.startingAt(end + 1);
                if (of != null && of.type() != EntityType.PERSON) {
                    ofKey = of.key();
                    end = of.endToken();
                }
            }
            Span evidence = new Span(tokens.get(person.firstToken()).begin(), tokens.get(end - 1).end());
            return new Role(person.key(), title, ofKey != null ? ofKey : knownOf(person.key(), title), current,
                    evidence);
        }
        return null;
    }

    private static boolean isClauseOpener(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "who", "was", "is", "has", "been", "served", "as", "the", "a", "an", "former", "then" -> true;
            default -> false;
        };
    }

    /** The title spelled by tokens {@code [start, end)}, title-cased, or null when it is none. */
    private String titleOf(AnnotatedDocument doc, int start, int end) {
        List<Token> tokens = doc.tokens();
        StringBuilder words = new StringBuilder();
        for (int i = start; i < end; i++) {
            String word = tokens.get(i).text();
            String expanded = ABBREVIATIONS.get(word.toLowerCase(Locale.ROOT));
            if (i > start) {
                words.append(' ');
            }
            words.append(expanded != null ? expanded : word);
        }
        String phrase = words.toString();
        if (!tokens.get(start).text().chars().allMatch(Character::isLetter) && ABBREVIATIONS.get(
                tokens.get(start).text().toLowerCase(Locale.ROOT)) == null) {
            return null;
        }
        return gazetteer.isTitle(phrase) ? titleCase(phrase) : null;
    }

    /**
     * "President Donald Trump" says what, not of where: the reference data knows the person held an
     * office of that name, and of which country or organisation.
     */
    private String knownOf(String personKey, String title) {
        if (!personKey.startsWith("Q")) {
            return null;
        }
        return gazetteer.rolesOf(personKey).stream()
                .filter(r -> r.ofId() != null && r.roleName().equalsIgnoreCase(title))
                .map(KnownRole::ofId).findFirst().orElse(null);
    }

    /** The organisation or country a person's known office belongs to (Biden -> United States). */
    private String organisationOfPerson(String personKey, AnnotatedDocument doc) {
        if (!personKey.startsWith("Q")) {
            return null;
        }
        for (KnownRole role : gazetteer.rolesOf(personKey)) {
            if (role.ofId() != null) {
                return role.ofId();
            }
        }
        return null;
    }

    static String titleCase(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean minor = word.equals("of") || word.equals("the") || word.equals("for") || word.equals("and");
            out.append(minor || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    private static Map<String, String> abbreviations() {
        Map<String, String> map = new HashMap<>();
        for (String line : Lexicon.lines("title-abbreviations.txt")) {
            String[] parts = line.split("\t");
            map.put(parts[0].toLowerCase(Locale.ROOT), parts[1]);
        }
        return Map.copyOf(map);
    }
}
