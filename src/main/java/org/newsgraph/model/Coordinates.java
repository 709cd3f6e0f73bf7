package org.newsgraph.model;

/**
 * Where a place is, in decimal degrees (WGS 84), as {@code schema:GeoCoordinates} states it.
 *
 * @param latitude  -90 (south) to 90 (north)
 * @param longitude -180 (west) to 180 (east)
 */
public record Coordinates(double latitude, double longitude) {

    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a point on Earth: " + latitude + ", " + longitude);
        }
    }
}
