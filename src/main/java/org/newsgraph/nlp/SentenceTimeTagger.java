package org.newsgraph.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the date and time expressions of one sentence, with their values normalised against a
 * reference date ("on Friday" in a paper of Thursday 2025-05-22 is 2025-05-23). The NER does not
 * run SUTime (it cost a large share of the tagging time and most sentences' dates are never read):
 * a stage that needs a sentence's dates asks for them ({@link AnnotatedDocument#timeMentions}).
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface SentenceTimeTagger {
    /**
     * The DATE and TIME mentions already in the tokens' NER tags: for documents built by hand with
     * those tags, as the unit tests do.
     */
    SentenceTimeTagger FROM_NER_TAGS = (text, tokens, reference) -> NerMentions.group(text, tokens).stream()
            .filter(m -> m.type().equals("DATE") || m.type().equals("TIME"))
            .toList();

    /**
     * @param text           the article text the tokens' offsets point into
     * @param sentenceTokens one sentence's tokens
     * @param reference      the date relative expressions are resolved against, or null
     * @return DATE and TIME mentions with their normalised values (TIMEX3: "2025-05-23", "XXXX-02", "2025-W21")
     */
    List<NerMention> tag(String text, List<Token> sentenceTokens, LocalDate reference);
}
