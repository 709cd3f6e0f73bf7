package org.newsgraph.model;

import java.util.List;
import java.util.Set;

/**
 * A person, country, organisation or place mentioned in one article.
 *
 * @param key        identity within the store: a Wikidata ID ({@code Q7747}) when the gazetteer
 *                   knows the entity, else a slug of type and canonical name
 *                   ({@code person/jake-sullivan}); the same real-world entity gets the same key in
 *                   every article
 * @param subtype    a finer schema.org class local name ({@code City}, {@code GovernmentOrganization})
 *                   or null
 * @param name       the canonical name
 * @param aliases    every other surface form seen in the article
 * @param wikidataId the Wikidata item, or null when the entity is linked by name only
 * @param coordinates where a place or country known to the gazetteer lies, or null
 */
public record Entity(
        String key,
        EntityType type,
        String subtype,
        String name,
        Set<String> aliases,
        String wikidataId,
        List<Mention> mentions,
        Coordinates coordinates) {

    /** An entity with no known coordinates: persons, organisations, places the gazetteer cannot locate. */
    public Entity(String key, EntityType type, String subtype, String name, Set<String> aliases, String wikidataId,
                  List<Mention> mentions) {
        this(key, type, subtype, name, aliases, wikidataId, mentions, null);
    }
}
