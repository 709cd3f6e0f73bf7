package org.newsgraph.model;

import java.util.List;

/**
 * A bill or other legislation an article reports, such as a sanctions bill.
 *
 * @param label         a readable name, e.g. "sanctions bill against Russia"
 * @param sponsorKey    key of the sponsoring person, or null
 * @param cosponsorKeys keys of the cosponsors named in the article
 * @param targetKey     key of the country or organisation it is aimed at, or null
 * @param proposal      the event that proposes it (e.g. a sanctions event with status Proposed), or null
 * @param evidence      the sentences it was read from
 */
public record Legislation(String label, String sponsorKey, List<String> cosponsorKeys, String targetKey,
                          Event proposal, List<Span> evidence) {

    public Legislation {
        cosponsorKeys = List.copyOf(cosponsorKeys);
        evidence = List.copyOf(evidence);
    }
}
