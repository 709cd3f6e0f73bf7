package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;

/**
 * Every resolved mention of an article, in text order, with the key of the entity it denotes:
 * what role, event and quote extraction look up when they meet a name in the text.
 */
public final class EntityMentions {

    /** One mention: where it is and which entity it denotes. */
    public record Located(String key, EntityType type, Span span, int sentence, int firstToken, int endToken,
                          boolean demonym) {
    }

    private final List<Located> mentions;

    public EntityMentions(List<Located> mentions) {
        this.mentions = mentions.stream().sorted(Comparator.comparing(Located::span)).toList();
    }

    static EntityMentions of(Map<Candidate, String> keys, Map<String, EntityType> types) {
        List<Located> out = new ArrayList<>();
        keys.forEach((c, key) -> out.add(new Located(key, types.get(key), c.span(), c.sentence(),
                c.firstToken(), c.endToken(), c.demonym())));
        return new EntityMentions(out);
    }

    public List<Located> all() {
        return mentions;
    }

    public List<Located> ofType(EntityType type) {
        return mentions.stream().filter(m -> m.type() == type).toList();
    }

    public List<Located> inSentence(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }

    /** The mention whose last token is just before {@code token}, or null. */
    public Located endingAt(int token) {
        for (Located m : mentions) {
            if (m.endToken() == token) {
                return m;
            }
        }
        return null;
    }

    /** The mention whose first token is {@code token}, or null. */
    public Located startingAt(int token) {
        for (Located m : mentions) {
            if (m.firstToken() == token) {
                return m;
            }
        }
        return null;
    }

    /** The mention covering character offset {@code offset}, or null. */
    public Located at(int offset) {
        for (Located m : mentions) {
            if (m.span().begin() <= offset && offset < m.span().end()) {
                return m;
            }
        }
        return null;
    }
}
