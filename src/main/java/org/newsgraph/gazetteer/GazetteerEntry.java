package org.newsgraph.gazetteer;

import java.util.List;
import org.newsgraph.model.Coordinates;
import org.newsgraph.model.EntityType;

/**
 * One known entity.
 *
 * @param id        Wikidata ID ({@code Q159}), or null for entries known by name only
 * @param type      coarse type
 * @param subtype   finer schema.org class local name ({@code City}, {@code AdministrativeArea},
 *                  {@code GovernmentOrganization}, ...) or null
 * @param name      canonical English name ("Russia", "Vladimir Putin")
 * @param aliases   other names that denote it on their own ("Russian Federation", "U.S.", "USA")
 * @param demonyms  adjectives and nationality nouns that point to it ("Russian", "Russians"), for countries
 * @param strong    true when a bare match in text is enough to create a mention (countries, major
 *                  organisations); false for entries that only confirm a mention CoreNLP's NER found
 *                  (cities, regions, legislators), because their names collide with common words
 * @param source    the reference file the row came from
 * @param coordinates where a place or country lies (coordinates.tsv), or null when unknown
 */
public record GazetteerEntry(String id, EntityType type, String subtype, String name, List<String> aliases,
                             List<String> demonyms, boolean strong, String source, Coordinates coordinates) {
}
