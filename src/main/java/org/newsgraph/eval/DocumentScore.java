package org.newsgraph.eval;

import java.util.List;

/**
 * The scores of one article against its gold file.
 *
 * @param quotesFound   gold quotes found / gold quotes (in {@code Counts.goldFound/gold}); of those found,
 *                      how many have the right speaker is {@code quotesRight}
 */
public record DocumentScore(String doc, Counts entities, Counts events, Counts quotes, int quotesRight,
                            List<String> missedEntities, List<String> falseEntities,
                            List<String> missedEvents, List<String> falseEvents,
                            List<String> missedQuotes, List<String> wrongSpeakers) {
}
