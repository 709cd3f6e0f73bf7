package org.newsgraph.gazetteer;

import java.util.List;
import java.util.Optional;

/**
 * Known entities with Wikidata IDs, their names, demonyms and roles, built only from general
 * reference data (see data/gazetteer/README.md). Lookups normalise case, accents and punctuation
 * ("U.S." = "US"), and are thread-safe.
 */
public interface Gazetteer {

    /** Entries whose canonical name or an alias equals {@code surface} (normalised). */
    List<GazetteerEntry> byName(String surface);

    /** The country whose demonym or nationality adjective is {@code word} ("Russian" -> Russia). */
    Optional<GazetteerEntry> byDemonym(String word);

    Optional<GazetteerEntry> byId(String wikidataId);

    /** Known persons whose family name is {@code surname}, e.g. "Putin". */
    List<GazetteerEntry> personsBySurname(String surname);

    /** Roles the reference data records for a person. */
    List<KnownRole> rolesOf(String personId);

    /** True when {@code phrase} is a job title or office ("president", "foreign minister", "senator"). */
    boolean isTitle(String phrase);

    /** The longest name, alias or title, in tokens; bounds the text matcher's window. */
    int maxNameTokens();
}
