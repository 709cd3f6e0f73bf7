package org.newsgraph.nlp;

/**
 * One token with CoreNLP's annotations, copied out of CoreNLP's types.
 *
 * @param index      position in the document's token list
 * @param begin      character offset of the first character in the article text
 * @param end        offset just past the last character
 * @param ner        coarse NER tag (PERSON, LOCATION, ORGANIZATION, MISC, DATE, TIME, NUMBER, ... or O)
 * @param normalized SUTime's normalised value for DATE/TIME tokens ("2025-05-19"), else null
 * @param sentence   index of the sentence the token belongs to
 */
public record Token(int index, String text, int begin, int end, String pos, String lemma, String ner,
                    String normalized, int sentence) {

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
