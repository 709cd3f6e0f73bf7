package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.NewsgraphException;
import org.newsgraph.model.EventStatus;

/**
 * One line of event-triggers.tsv: a phrase that names an occurrence and the event class it opens.
 *
 * @param eventClass local name of the ng: event class
 * @param cameo      CAMEO 1.1b3 code
 * @param noun       what the event is called in a label ("phone call")
 */
record EventTrigger(EventPhrase phrase, String eventClass, String cameo, EventStatus status, String noun) {

    static List<EventTrigger> load(String resource) {
        return Lexicon.lines(resource).stream().map(line -> parse(resource, line)).toList();
    }

    private static EventTrigger parse(String resource, String line) {
        String[] f = line.split("\t");
        if (f.length != 5) {
            throw new NewsgraphException(resource + ": expected 5 tab-separated columns in \"" + line + "\"");
        }
        EventStatus status = f[3].equals("-") ? null : EventStatus.valueOf(f[3]);
        return new EventTrigger(EventPhrase.parse(f[0]), f[1], f[2], status, f[4]);
    }

    /** A row with class "-": a phrase that contains a trigger word but names no event ("sign on"). */
    boolean isNonEvent() {
        return eventClass.equals("-");
    }

    String root() {
        return cameo.substring(0, 2);
    }
}
