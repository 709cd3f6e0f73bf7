package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Role;
import org.newsgraph.nlp.AnnotatedDocument;

/** Entities and the roles people hold, read from one annotated article. */
public final class EntityExtractor {
    private final MentionFinder finder;
    private final EntityResolver resolver;
    private final RoleExtractor roles;
    private final RoleDescriptions roleDescriptions;

    public EntityExtractor(Gazetteer gazetteer) {
        this.finder = new MentionFinder(gazetteer);
        this.resolver = new EntityResolver(gazetteer);
        this.roles = new RoleExtractor(gazetteer);
        this.roleDescriptions = new RoleDescriptions(new RoleNouns(gazetteer));
    }

    /** What {@link #extract} found: entities, where each is mentioned, and roles. */
    public record Result(List<Entity> entities, EntityMentions mentions, List<Role> roles) {
    }

    public Result extract(AnnotatedDocument doc) {
        List<Candidate> candidates = finder.find(doc);
        EntityResolver.ResolvedEntities resolved = resolver.resolve(doc, candidates);
        EntityMentions mentions = EntityMentions.of(resolved.keys(), typesOf(resolved.entities()));
        List<Entity> entities = Metonymy.apply(doc, resolved.entities(), mentions);
        mentions = EntityMentions.of(resolved.keys(), typesOf(entities));
        return roleDescriptions.apply(doc, new Result(entities, mentions, roles.extract(doc, mentions)));
    }

    private static Map<String, EntityType> typesOf(List<Entity> entities) {
        Map<String, EntityType> types = new HashMap<>();
        for (Entity e : entities) {
            types.put(e.key(), e.type());
        }
        return types;
    }
}
