package org.newsgraph.model;

import java.util.List;

/**
 * An actor named only by its kind: "Arvenian police", "protesters", "the Borelian army". CAMEO codes
 * such an actor by its country and its agent code ("Arvenian police": the country Arvenia, agent COP).
 *
 * @param key        {@code group/police-q142} for a group of a country, {@code group/protester-3f9a1c0e}
 *                   (the article's id) for one the text ties to no country: unnamed protesters in two
 *                   articles are not known to be the same people
 * @param name       the words that name it, e.g. "Arvenian police"
 * @param agentCode  the CAMEO agent code without its tilde: COP, MIL, GOV, OPP, REB ...
 * @param countryKey the entity key of the country the text ties it to, or null
 * @param mentions   where the article names it
 */
public record Group(String key, String name, String agentCode, String countryKey, List<Mention> mentions) {
    public Group {
        mentions = List.copyOf(mentions);
    }
}
