package org.newsgraph.eval;

import java.util.List;
import java.util.Map;

/**
 * The scores of one article against its gold file.
 *
 * @param quotesFound   gold quotes found / gold quotes (in {@code Counts.goldFound/gold}); of those found,
 *                      how many have the right speaker is {@code quotesRight}
 * @param eventsByRoot  the event counts per CAMEO root ("04"), gold events by their code and extracted
 *                      events by theirs, after the one-to-one matching
 */
public record DocumentScore(String doc, Counts entities, Counts events, Map<String, Counts> eventsByRoot,
                            Counts quotes, int quotesRight,
                            List<String> missedEntities, List<String> falseEntities,
                            List<String> missedEvents, List<String> falseEvents,
                            List<String> missedQuotes, List<String> wrongSpeakers) {
}
