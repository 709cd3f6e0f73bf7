package org.newsgraph.gazetteer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Coordinates;
import org.newsgraph.model.EntityType;

/**
 * Coordinates for the places and countries already in a {@link GazetteerDraft} (see
 * data/gazetteer/README.md): a place takes the latitude and longitude of the cities-file row of its
 * Wikidata ID, when no other row shares that ID (a shared ID may be a village's as well as the
 * city's); a country, which the reference data give no coordinates, takes the centroid of its
 * largest polygon in the map's world outline, matched on the ISO 3166-1 numeric code.
 */
final class CoordinateSources {

    static final String CITIES = "cities/cities-dr5hn-unverified.tsv";
    static final String COUNTRIES = "countries/countries.tsv";
    static final String OUTLINE_SOURCE = "countries-50m.json centroid";

    private final GazetteerDraft draft;

    CoordinateSources(GazetteerDraft draft) {
        this.draft = draft;
    }

    void read(Path reference, CountryOutlines outlines) {
        fromCities(ReferenceTable.read(reference, CITIES));
        fromOutlines(ReferenceTable.read(reference, COUNTRIES), outlines);
    }

    /** Rows of the cities file: wikidata, latitude, longitude, qid_rows. */
    void fromCities(List<ReferenceTable.Row> rows) {
        for (ReferenceTable.Row row : rows) {
            EntryDraft place = draft.byId.get(row.get("wikidata"));
            if (place == null || place.type != EntityType.PLACE || place.latitude != null
                    || !row.get("qid_rows").equals("1")) {
                continue;
            }
            try {
                new Coordinates(Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude")));
            } catch (IllegalArgumentException e) {
                draft.warnings.add(row.where() + ": '" + row.get("latitude") + "', '" + row.get("longitude")
                        + "' are not coordinates");
                continue;
            }
            // The file's own text, so the generated file repeats it byte for byte.
            place.coordinates(row.get("latitude"), row.get("longitude"), row.file());
        }
    }

    /** Rows of the countries file: wikidata and numeric (the ISO 3166-1 numeric code). */
    void fromOutlines(List<ReferenceTable.Row> rows, CountryOutlines outlines) {
        for (ReferenceTable.Row row : rows) {
            EntryDraft country = draft.byId.get(row.get("wikidata"));
            if (country == null || country.type != EntityType.COUNTRY || country.latitude != null) {
                continue;
            }
            outlines.centroid(row.get("numeric")).ifPresent(point -> country.coordinates(degrees(point.latitude()),
                    degrees(point.longitude()), OUTLINE_SOURCE));
        }
    }

    /** Four decimals, about 11 m: as precise as a marker on a world map needs, and as the cities file. */
    static String degrees(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value);
        return text.equals("-0.0000") ? "0.0000" : text;
    }
}
