package org.newsgraph.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.NewsgraphException;
import org.newsgraph.model.Coordinates;

/**
 * The countries' outlines of a TopoJSON world atlas (the explorer's map outline, Natural Earth data
 * from npm world-atlas, fetched at build time), reduced to one point per country: the area centroid
 * of its largest polygon, holes taken out. The largest polygon rather than all of them, so that a
 * country with far-away islands or territories is marked on its main land (the United States on
 * its 48 states, not in the Pacific; Australia on the mainland, not between it and its reefs).
 * Areas are planar in degrees, which is close enough to place a marker.
 */
final class CountryOutlines {

    /** Where the build puts the outline (src/build/fetch-map-data.sh); the explorer serves the same file. */
    static final String RESOURCE = "org/newsgraph/explorer/vendor/world-atlas/countries-50m.json";
    static final String VERSION_RESOURCE = "org/newsgraph/explorer/vendor/world-atlas/VERSION";

    private final Map<String, Coordinates> centroidById;

    private CountryOutlines(Map<String, Coordinates> centroidById) {
        this.centroidById = Map.copyOf(centroidById);
    }

    /** The outline the build fetched onto the classpath. */
    static CountryOutlines bundled() {
        try (InputStream in = CountryOutlines.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new NewsgraphException("classpath:" + RESOURCE + ": the world outline is missing (mvn generate-resources fetches it)");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    /** The package and version of the bundled outline ("world-atlas 2.0.2"), for the generated file's header. */
    static String bundledVersion() {
        try (InputStream in = CountryOutlines.class.getClassLoader().getResourceAsStream(VERSION_RESOURCE)) {
            // The marker names both packages the build fetched; the outline is the first.
            return in == null ? "world-atlas, unknown version"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split(",")[0];
        } catch (IOException e) {
            throw new UncheckedIOException(VERSION_RESOURCE, e);
        }
    }

    /**
     * Reads a TopoJSON topology whose object {@code countries} holds one geometry per country with
     * the ISO 3166-1 numeric code as its {@code id} ("004"). Geometries without an id are skipped.
     */
    static CountryOutlines read(InputStream in, String name) {
        JsonObject topology;
        try {
            topology = JSON.parse(in);
        } catch (RuntimeException e) {
            throw new NewsgraphException(name + ": not JSON: " + e.getMessage());
        }
        if (!topology.hasKey("objects") || !topology.get("objects").getAsObject().hasKey("countries")) {
            throw new NewsgraphException(name + ": no TopoJSON object 'countries'");
        }
        List<List<double[]>> arcs = decodeArcs(topology);
        Map<String, Polygon> largest = new HashMap<>();
        JsonArray geometries = topology.get("objects").getAsObject().get("countries").getAsObject().get("geometries").getAsArray();
        for (JsonValue value : geometries) {
            JsonObject geometry = value.getAsObject();
            if (!geometry.hasKey("id") || !geometry.hasKey("arcs")) {
                continue;
            }
            String id = geometry.get("id").isString() ? geometry.get("id").getAsString().value()
                    : geometry.get("id").getAsNumber().value().toString();
            JsonArray polygons = geometry.get("arcs").getAsArray();
            String type = geometry.get("type").getAsString().value();
            List<JsonArray> each = new ArrayList<>();
            if (type.equals("Polygon")) {
                each.add(polygons);
            } else if (type.equals("MultiPolygon")) {
                polygons.forEach(p -> each.add(p.getAsArray()));
            }
            for (JsonArray rings : each) {
                Polygon polygon = Polygon.of(rings, arcs);
                // Several geometries may share a code (a country and a small territory of it): the
                // largest polygon among all of them wins.
                if (polygon.area > 0) {
                    largest.merge(id, polygon, (a, b) -> b.area > a.area ? b : a);
                }
            }
        }
        Map<String, Coordinates> centroids = new HashMap<>();
        largest.forEach((id, polygon) -> centroids.put(id, polygon.centroid()));
        return new CountryOutlines(centroids);
    }

    /** The point of the country with this ISO 3166-1 numeric code ("643"), if the outline has it. */
    Optional<Coordinates> centroid(String isoNumeric) {
        return Optional.ofNullable(centroidById.get(isoNumeric));
    }

    /** The arcs as absolute longitude/latitude points: TopoJSON stores them quantized and delta-encoded. */
    private static List<List<double[]>> decodeArcs(JsonObject topology) {
        double[] scale = {1, 1};
        double[] translate = {0, 0};
        boolean quantized = topology.hasKey("transform");
        if (quantized) {
            JsonObject transform = topology.get("transform").getAsObject();
            scale = pair(transform.get("scale").getAsArray());
            translate = pair(transform.get("translate").getAsArray());
        }
        List<List<double[]>> arcs = new ArrayList<>();
        for (JsonValue arcValue : topology.get("arcs").getAsArray()) {
            List<double[]> points = new ArrayList<>();
            double x = 0;
            double y = 0;
            for (JsonValue pointValue : arcValue.getAsArray()) {
                double[] p = pair(pointValue.getAsArray());
                x = quantized ? x + p[0] : p[0];
                y = quantized ? y + p[1] : p[1];
                points.add(new double[] {x * scale[0] + translate[0], y * scale[1] + translate[1]});
            }
            arcs.add(points);
        }
        return arcs;
    }

    private static double[] pair(JsonArray array) {
        return new double[] {array.get(0).getAsNumber().value().doubleValue(), array.get(1).getAsNumber().value().doubleValue()};
    }

    /** One polygon: its area (outer ring less holes) and the sums its centroid is made of. */
    private record Polygon(double area, double x, double y) {

        static Polygon of(JsonArray rings, List<List<double[]>> arcs) {
            double area = 0;
            double sumX = 0;
            double sumY = 0;
            for (int r = 0; r < rings.size(); r++) {
                List<double[]> ring = ring(rings.get(r).getAsArray(), arcs);
                double[] moments = moments(ring);
                // The first ring is the outline, the others are holes (lakes, enclaves): subtracted.
                double sign = r == 0 ? 1 : -1;
                area += sign * Math.abs(moments[0]);
                sumX += sign * Math.abs(moments[0]) * moments[1];
                sumY += sign * Math.abs(moments[0]) * moments[2];
            }
            return new Polygon(area, sumX, sumY);
        }

        Coordinates centroid() {
            double longitude = x / area;
            return new Coordinates(y / area, longitude - 360 * Math.floor((longitude + 180) / 360));
        }

        /** The ring's points: its arcs joined, a negative index ~i meaning arc i reversed. */
        private static List<double[]> ring(JsonArray arcIndexes, List<List<double[]>> arcs) {
            List<double[]> points = new ArrayList<>();
            for (JsonValue value : arcIndexes) {
                int index = value.getAsNumber().value().intValue();
                List<double[]> arc = new ArrayList<>(arcs.get(index >= 0 ? index : ~index));
                if (index < 0) {
                    Collections.reverse(arc);
                }
                // Consecutive arcs share their end point.
                points.addAll(points.isEmpty() ? arc : arc.subList(1, arc.size()));
            }
            // A ring that crosses the antimeridian (Russia's reaches 180 degrees east and goes on
            // from 180 west) is made continuous, or its planar area would be nonsense.
            List<double[]> continuous = new ArrayList<>(points.size());
            for (double[] p : points) {
                double x = p[0];
                if (!continuous.isEmpty()) {
                    double previous = continuous.get(continuous.size() - 1)[0];
                    x += 360 * Math.round((previous - x) / 360);
                }
                continuous.add(new double[] {x, p[1]});
            }
            return continuous;
        }

        /** Shoelace area and centroid of a ring, closed by its last point's return to the first: {area, x, y}. */
        private static double[] moments(List<double[]> ring) {
            double twiceArea = 0;
            double cx = 0;
            double cy = 0;
            for (int i = 0; i < ring.size(); i++) {
                double[] a = ring.get(i);
                double[] b = ring.get((i + 1) % ring.size());
                double cross = a[0] * b[1] - b[0] * a[1];
                twiceArea += cross;
                cx += (a[0] + b[0]) * cross;
                cy += (a[1] + b[1]) * cross;
            }
            if (twiceArea == 0) {
                return new double[] {0, ring.get(0)[0], ring.get(0)[1]};
            }
            return new double[] {twiceArea / 2, cx / (3 * twiceArea), cy / (3 * twiceArea)};
        }
    }
}
