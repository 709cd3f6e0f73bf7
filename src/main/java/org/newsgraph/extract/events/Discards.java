package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.NewsgraphException;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.nlp.Token;

/**
 * PETRARCH's discard list: phrases that mark a story (sports results, entertainment) or a sentence
 * as one that names no political event. Matched on whole lower-case words.
 */
final class Discards {
    private final List<List<String>> story = new ArrayList<>();
    private final List<List<String>> sentence = new ArrayList<>();

    Discards(String resource) {
        for (String line : Lexicon.lines(resource)) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new NewsgraphException(resource + ": expected 2 tab-separated columns in \"" + line + "\"");
            }
            (f[0].equals("story") ? story : sentence).add(List.of(f[1].split(" ")));
        }
    }

    boolean story(List<Token> tokens) {
        return contains(tokens, story);
    }

    boolean sentence(List<Token> tokens) {
        return contains(tokens, sentence);
    }

    private static boolean contains(List<Token> tokens, List<List<String>> phrases) {
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> p : phrases) {
                if (i + p.size() <= tokens.size() && matchesAt(tokens, i, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(List<Token> tokens, int i, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(i + k).text().toLowerCase(Locale.ROOT).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
