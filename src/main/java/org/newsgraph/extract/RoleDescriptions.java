package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Token;

/**
 * Descriptions by role ("the Russian leader", "the president") become mentions and aliases of the
 * person the article established in that role, so that a reader, a quote or an event can refer to
 * them either way.
 */
final class RoleDescriptions {
    private final RoleNouns roleNouns;

    RoleDescriptions(RoleNouns roleNouns) {
        this.roleNouns = roleNouns;
    }

    /** The entities and mentions with every resolvable role description added. */
    EntityExtractor.Result apply(AnnotatedDocument doc, EntityExtractor.Result found) {
        List<Token> tokens = doc.tokens();
        List<EntityMentions.Located> added = new ArrayList<>();
        for (Token t : tokens) {
            if (!t.text().equalsIgnoreCase("the") || found.mentions().at(t.begin()) != null) {
                continue;
            }
            RoleNouns.Resolved r = roleNouns.resolveAt(doc, found.mentions(), found.roles(), t.index());
            if (r != null) {
                added.add(new EntityMentions.Located(r.personKey(), EntityType.PERSON,
                        new Span(t.begin(), tokens.get(r.endToken() - 1).end()), t.sentence(),
                        r.firstToken(), r.endToken(), false));
            }
        }
        if (added.isEmpty()) {
            return found;
        }
        Map<String, List<EntityMentions.Located>> byPerson = new LinkedHashMap<>();
        added.forEach(m -> byPerson.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m));
        List<Entity> entities = new ArrayList<>();
        for (Entity e : found.entities()) {
            List<EntityMentions.Located> extra = byPerson.getOrDefault(e.key(), List.of());
            if (extra.isEmpty()) {
                entities.add(e);
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>(e.aliases());
            List<Mention> mentions = new ArrayList<>(e.mentions());
            for (EntityMentions.Located m : extra) {
                String text = m.span().of(doc.text());
                aliases.add(text);
                mentions.add(new Mention(m.span(), text, m.sentence()));
            }
            entities.add(new Entity(e.key(), e.type(), e.subtype(), e.name(), aliases, e.wikidataId(), mentions,
                    e.coordinates()));
        }
        List<EntityMentions.Located> all = new ArrayList<>(found.mentions().all());
        all.addAll(added);
        List<Role> roles = found.roles();
        return new EntityExtractor.Result(entities, new EntityMentions(all), roles);
    }
}
