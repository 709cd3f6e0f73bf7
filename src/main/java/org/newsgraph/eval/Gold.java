package org.newsgraph.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.NewsgraphException;

/** One gold answer key in the format of the development corpus (see its README). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Gold(String doc, String published, List<GoldEntity> entities, List<GoldEvent> events,
                   List<GoldQuote> quotes) {

    public Gold {
        entities = entities == null ? List.of() : List.copyOf(entities);
        events = events == null ? List.of() : List.copyOf(events);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldEntity(String name, List<String> aliases, String type) {
        public GoldEntity {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldEvent(String label, String cameo, List<String> actors, String place, String date,
                            String evidence) {
        public GoldEvent {
            actors = actors == null ? List.of() : List.copyOf(actors);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldQuote(String speaker, String text_start) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static Gold read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Gold.class);
        } catch (IOException e) {
            throw new NewsgraphException(file + ": not a gold file: " + e.getMessage().lines().findFirst().orElse("unreadable"), e);
        }
    }
}
