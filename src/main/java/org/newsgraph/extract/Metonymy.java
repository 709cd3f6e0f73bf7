package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Token;

/**
 * "The Kremlin said", "the White House stated": a building or site that speaks stands for the
 * institution in it. A place (other than a country or a city) that is the subject of a speech verb
 * is retyped as an organisation.
 */
final class Metonymy {
    private static final Lexicon SPEECH_VERBS = Lexicon.load("speech-verbs.txt");

    private Metonymy() {
    }

    static List<Entity> apply(AnnotatedDocument doc, List<Entity> entities, EntityMentions mentions) {
        Set<String> speakers = new HashSet<>();
        for (EntityMentions.Located m : mentions.ofType(EntityType.PLACE)) {
            if (!m.demonym() && followedBySpeechVerb(doc, m.endToken())) {
                speakers.add(m.key());
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            boolean institution = speakers.contains(e.key()) && !"City".equals(e.subtype())
                    && !"AdministrativeArea".equals(e.subtype());
            out.add(institution ? new Entity(e.key(), EntityType.ORGANIZATION, null, e.name(), e.aliases(),
                    e.wikidataId(), e.mentions()) : e);
        }
        return out;
    }

    private static boolean followedBySpeechVerb(AnnotatedDocument doc, int token) {
        List<Token> tokens = doc.tokens();
        int i = token;
        while (i < tokens.size() && tokens.get(i).pos().startsWith("RB")) {
            i++;
        }
        return i < tokens.size() && tokens.get(i).pos().startsWith("VB") && SPEECH_VERBS.contains(tokens.get(i).lemma());
    }
}
