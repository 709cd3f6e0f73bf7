package org.newsgraph.extract.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.extract.EntityMentions;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.nlp.AnnotatedDocument;

/**
 * A display name per entity key for event labels: its longest mention written as a name, else the
 * country of a demonym, else any mention. Role descriptions ("the president") are mentions too, but
 * no names.
 */
public final class ActorNames {
    private ActorNames() {
    }

    public static Map<String, String> of(AnnotatedDocument doc, EntityMentions mentions, Gazetteer gazetteer) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> fallbacks = new HashMap<>();
        for (EntityMentions.Located m : mentions.all()) {
            String text = doc.textOf(m.span());
            if (m.demonym()) {
                fallbacks.putIfAbsent(m.key(), gazetteer.byDemonym(text).map(e -> e.name()).orElse(text));
            } else if (!isWrittenAsName(text)) {
                fallbacks.putIfAbsent(m.key(), text);
            } else if (!names.containsKey(m.key()) || names.get(m.key()).length() < text.length()) {
                names.put(m.key(), text);
            }
        }
        fallbacks.forEach(names::putIfAbsent);
        return names;
    }

    private static boolean isWrittenAsName(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0))
                && !text.toLowerCase(Locale.ROOT).startsWith("the ");
    }
}
