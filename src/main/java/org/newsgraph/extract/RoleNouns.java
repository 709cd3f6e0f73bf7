package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.KnownRole;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Role;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Token;

/**
 * Resolves a description by role — "the president", "the Russian leader", "the U.S. secretary of
 * state" — to the person the article has established in that role: the nearest earlier person whose
 * role, read from the text or known to the gazetteer on the publication date, fits.
 */
final class RoleNouns {
    private static final Lexicon LEADER_WORDS = Lexicon.load("leader-nouns.txt");
    private static final int MAX_TITLE_TOKENS = 4;

    private final Gazetteer gazetteer;

    RoleNouns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A role description starting at a token, and the person it denotes. */
    record Resolved(String personKey, int firstToken, int endToken) {
    }

    /**
     * Reads "the [demonym|country] title" at {@code start} and resolves it, or returns null.
     */
    Resolved resolveAt(AnnotatedDocument doc, EntityMentions mentions, List<Role> roles, int start) {
        List<Token> tokens = doc.tokens();
        if (start >= tokens.size() || !tokens.get(start).text().equalsIgnoreCase("the")) {
            return null;
        }
        int i = start + 1;
        String ofKey = null;
        EntityMentions.Located owner = mentions.startingAt(i);
        if (owner != null && owner.type() != EntityType.PERSON) {
            ofKey = owner.key();
            i = owner.endToken();
        }
        int sentenceEnd = doc.sentences().get(tokens.get(start).sentence()).endToken();
        for (int end = Math.min(sentenceEnd, i + MAX_TITLE_TOKENS); end > i; end--) {
            String phrase = phrase(tokens, i, end);
            boolean leader = LEADER_WORDS.contains(phrase);
            if (!leader && !gazetteer.isTitle(phrase)) {
                continue;
            }
            if (end < sentenceEnd && MentionFinder.startsName(tokens.get(end))
                    && mentions.startingAt(end) != null) {
                return null; // "the president Donald Trump": a title before a name, not a description
            }
            String person = nearestHolder(doc, mentions, roles, tokens.get(start).begin(), phrase, leader, ofKey);
            return person == null ? null : new Resolved(person, start, end);
        }
        return null;
    }

    private String nearestHolder(AnnotatedDocument doc, EntityMentions mentions, List<Role> roles, int before,
                                 String title, boolean leader, String ofKey) {
        LocalDate published = doc.article().published();
        List<EntityMentions.Located> people = mentions.ofType(EntityType.PERSON);
        for (int k = people.size() - 1; k >= 0; k--) {
            EntityMentions.Located p = people.get(k);
            if (p.span().begin() >= before) {
                continue;
            }
            if (holds(p.key(), title, leader, ofKey, roles, published)) {
                return p.key();
            }
        }
        return null;
    }

    private boolean holds(String person, String title, boolean leader, String ofKey, List<Role> roles,
                          LocalDate published) {
        for (Role r : roles) {
            if (r.personKey().equals(person) && r.current()
                    && (leader ? isLeaderTitle(r.roleName()) : r.roleName().equalsIgnoreCase(title))
                    && (ofKey == null || ofKey.equals(r.ofKey()))) {
                return true;
            }
        }
        if (published != null && person.startsWith("Q")) {
            for (KnownRole r : gazetteer.rolesOf(person)) {
                if (r.heldOn(published)
                        && (leader ? isLeaderTitle(r.roleName()) : r.roleName().equalsIgnoreCase(title))
                        && (ofKey == null || ofKey.equals(r.ofId()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLeaderTitle(String roleName) {
        String r = roleName.toLowerCase(Locale.ROOT);
        return r.contains("president") && !r.contains("vice") || r.contains("prime minister")
                || r.contains("chancellor") || r.contains("king") || r.contains("supreme leader");
    }

    private static String phrase(List<Token> tokens, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }
}
