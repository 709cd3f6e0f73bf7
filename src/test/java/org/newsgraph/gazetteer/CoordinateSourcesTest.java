package org.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.NewsgraphException;
import org.newsgraph.model.Coordinates;
import org.newsgraph.model.EntityType;

/** Coordinates compiled from invented city rows and an invented TopoJSON outline. */
class CoordinateSourcesTest {

    /**
     * Country 901: a 10 x 10 degree square with a 2 x 2 hole, plus a far, tiny island; country 902:
     * a strip from 170 degrees east across the antimeridian to 174 west. Absolute coordinates.
     */
    private static final String OUTLINE = """
            {"type":"Topology","arcs":[
              [[0,0],[0,10],[10,10],[10,0],[0,0]],
              [[2,2],[4,2],[4,4],[2,4],[2,2]],
              [[50,50],[50,51],[51,51],[51,50],[50,50]],
              [[170,0],[170,10],[-174,10],[-174,0],[170,0]]],
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
              {"type":"MultiPolygon","id":"901","arcs":[[[0],[1]],[[2]]]},
              {"type":"Polygon","id":"902","arcs":[[3]]},
              {"type":"Polygon","arcs":[[2]],"properties":{"name":"no code"}}]}}}
            """;

    /** The same square as country 901's, quantized and delta-encoded as TopoJSON files usually are. */
    private static final String QUANTIZED = """
            {"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[-10,-10]},
             "arcs":[[[20,20],[0,20],[20,0],[0,-20],[-20,0]]],
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","id":"903","arcs":[[0]]}]}}}
            """;

    @Test
    void aCountryIsAtTheCentroidOfItsLargestPolygonWithoutItsHoles() {
        CountryOutlines outlines = outlines(OUTLINE);
        Coordinates square = outlines.centroid("901").orElseThrow();
        // (100 * 5 - 4 * 3) / 96: the hole pulls the point away from its corner; the island does not count.
        assertEquals(5.0833, square.longitude(), 1e-4);
        assertEquals(5.0833, square.latitude(), 1e-4);
        assertTrue(outlines.centroid("999").isEmpty());
    }

    @Test
    void aPolygonAcrossTheAntimeridianHasItsCentreThere() {
        Coordinates strip = outlines(OUTLINE).centroid("902").orElseThrow();
        assertEquals(178.0, strip.longitude(), 1e-9);
        assertEquals(5.0, strip.latitude(), 1e-9);
    }

    @Test
    void quantizedArcsAreDecoded() {
        Coordinates square = outlines(QUANTIZED).centroid("903").orElseThrow();
        assertEquals(5.0, square.longitude(), 1e-9);
        assertEquals(5.0, square.latitude(), 1e-9);
    }

    @Test
    void anOutlineWithoutCountriesIsRefusedNamingTheFile() {
        NewsgraphException e = assertThrows(NewsgraphException.class,
                () -> CountryOutlines.read(stream("{\"type\":\"Topology\",\"objects\":{}}"), "atlas.json"));
        assertTrue(e.getMessage().startsWith("atlas.json: "), e.getMessage());
    }

    @Test
    void placesTakeTheirOwnCityRowAndCountriesTheirOutline() throws IOException {
        GazetteerDraft draft = new GazetteerDraft();
        List<ReferenceTable.Row> entries = ReferenceTable.read(stream("id\tname\n"
                + "Q901\tRuritania\nQ11\tStrelsau\nQ12\tZenda\nQ13\tMara Holt\nQ14\tTarlenheim\n"), "test.tsv");
        draft.entry(entries.get(0), "Q901", EntityType.COUNTRY, null, "Ruritania");
        draft.entry(entries.get(1), "Q11", EntityType.PLACE, "City", "Strelsau");
        draft.entry(entries.get(2), "Q12", EntityType.PLACE, "City", "Zenda");
        draft.entry(entries.get(3), "Q13", EntityType.PERSON, null, "Mara Holt");
        draft.entry(entries.get(4), "Q14", EntityType.PLACE, "City", "Tarlenheim");
        CoordinateSources sources = new CoordinateSources(draft);
        sources.fromCities(ReferenceTable.read(stream("wikidata\tname\tlatitude\tlongitude\tqid_rows\n"
                + "Q11\tStrelsau\t12.5000\t-7.2500\t1\n"      // its own row: taken as written
                + "Q12\tZenda\t1.0\t1.0\t2\n"                 // an ID two rows share: not trusted
                + "Q12\tZenda village\t3.0\t3.0\t2\n"
                + "Q13\tHolt\t4.0\t4.0\t1\n"                  // a person: never located
                + "Q14\tTarlenheim\t95.0\t4.0\t1\n"), "cities.tsv"));  // past the pole: a warning
        sources.fromOutlines(ReferenceTable.read(stream("wikidata\tnumeric\nQ901\t901\n"), "countries.tsv"),
                outlines(OUTLINE));

        EntryDraft strelsau = draft.byId.get("Q11");
        assertEquals(List.of("12.5000", "-7.2500", "cities.tsv"),
                List.of(strelsau.latitude, strelsau.longitude, strelsau.coordinateSource));
        assertNull(draft.byId.get("Q12").latitude);
        assertNull(draft.byId.get("Q13").latitude);
        assertNull(draft.byId.get("Q14").latitude);
        assertTrue(draft.warnings.stream().anyMatch(w -> w.startsWith("cities.tsv:6: ")), draft.warnings.toString());
        EntryDraft ruritania = draft.byId.get("Q901");
        assertEquals(List.of("5.0833", "5.0833", CoordinateSources.OUTLINE_SOURCE),
                List.of(ruritania.latitude, ruritania.longitude, ruritania.coordinateSource));
    }

    @Test
    void degreesHaveFourDecimalsAndNoNegativeZero() {
        assertEquals("-7.2500", CoordinateSources.degrees(-7.25));
        assertEquals("0.0000", CoordinateSources.degrees(-0.00001));
    }

    private static CountryOutlines outlines(String json) {
        return CountryOutlines.read(stream(json), "test-atlas.json");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
