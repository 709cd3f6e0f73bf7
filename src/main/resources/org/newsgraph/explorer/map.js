// The map of places: Leaflet (its WebJar, loaded by index.html) over the world outline of Natural
// Earth (npm world-atlas TopoJSON, turned into GeoJSON by topojson-client; both fetched at build
// time). No tile server and no CDN: everything comes from this server. A marker stands for a place
// or country the gazetteer located (schema:geo), sized by its count; its popup names it, gives the
// count and links to its page.
import { select, iri } from './sparql.js';

const OUTLINE = '/explorer/vendor/world-atlas/countries-50m.json';
let outline = null;

/** The countries as GeoJSON, fetched once per page load. */
function worldOutline() {
  outline ??= fetch(OUTLINE).then(r => {
    if (!r.ok) throw new Error(`world outline: HTTP ${r.status}`);
    return r.json();
  }).then(topology => topojson.feature(topology, topology.objects.countries));
  return outline;
}

const entityHref = value => `#/entity/${encodeURIComponent(value)}`;
const plural = (n, word) => `${n} ${word}${String(n) === '1' ? '' : 's'}`;

/**
 * Every located place with events or mentions, for the start page: the marker grows with the
 * mentions, the popup gives the events (as actor or place, as on the place's page).
 */
export function homeMap() {
  return mapSection('Places', 'places-map', () => select(`
    SELECT ?place (SAMPLE(?n) AS ?name) (SAMPLE(?la) AS ?lat) (SAMPLE(?lo) AS ?long)
           (SAMPLE(?mentionCount) AS ?mentions) (SAMPLE(?eventCount) AS ?events) WHERE {
      { SELECT ?place (COUNT(DISTINCT ?m) AS ?mentionCount) WHERE { ?place schema:geo ?g . ?m itsrdf:taIdentRef ?place } GROUP BY ?place }
      OPTIONAL { SELECT ?place (COUNT(DISTINCT ?ev) AS ?eventCount) WHERE {
        ?place schema:geo ?g2 . ?ev sem:hasActor|sem:hasPlace ?place } GROUP BY ?place }
      ?place schema:geo ?geo . ?geo schema:latitude ?la ; schema:longitude ?lo .
      OPTIONAL { ?place schema:name ?n }
    } GROUP BY ?place`), row => Number(row.mentions || 0));
}

/**
 * The places of one entity's page: the entity itself when it is located, and the located places and
 * countries of its events, sized by the number of its events there.
 */
export function entityMap(entityIri) {
  const e = iri(entityIri);
  return mapSection('Map', 'entity-map', () => select(`
    SELECT ?place (SAMPLE(?n) AS ?name) (SAMPLE(?la) AS ?lat) (SAMPLE(?lo) AS ?long)
           (COUNT(DISTINCT ?ev) AS ?events) (SAMPLE(?self) AS ?isSelf) WHERE {
      { BIND(${e} AS ?place) BIND(true AS ?self) OPTIONAL { ?ev sem:hasActor|sem:hasPlace ${e} } }
      UNION
      { ?ev sem:hasActor|sem:hasPlace ${e} ; sem:hasActor|sem:hasPlace ?place . FILTER(?place != ${e}) }
      ?place schema:geo ?geo . ?geo schema:latitude ?la ; schema:longitude ?lo .
      OPTIONAL { ?place schema:name ?n }
    } GROUP BY ?place`), row => Number(row.events || 0));
}

/**
 * A section with a heading and the map; it fills itself once the rows are in, and removes itself
 * when no place has coordinates, so a page never shows an empty map.
 */
function mapSection(title, id, rowsPromise, size) {
  const container = document.createElement('div');
  container.id = id;
  container.className = 'places-map';
  const heading = document.createElement('h2');
  heading.textContent = title;
  const section = document.createElement('section');
  section.className = 'map-section';
  section.append(heading, container);
  Promise.all([rowsPromise(), worldOutline()]).then(([rows, countries]) => {
    const located = rows.filter(r => r.lat != null && r.long != null && !isNaN(+r.lat) && !isNaN(+r.long));
    if (!located.length || !section.isConnected) { section.remove(); return; }
    draw(container, located, countries, size);
  }).catch(error => {
    container.replaceChildren(Object.assign(document.createElement('p'), { className: 'error', textContent: String(error.message || error) }));
  });
  return section;
}

function draw(container, rows, countries, size) {
  const map = L.map(container, { worldCopyJump: false, minZoom: 1, maxZoom: 8, zoomSnap: 0.25 });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
  // The view first: Leaflet draws no layer on a map that has none.
  const bounds = rows.map(row => [+row.lat, +row.long]);
  if (bounds.length === 1) map.setView(bounds[0], 4);
  else map.fitBounds(bounds, { padding: [40, 40], maxZoom: 5 });
  L.geoJSON(countries, { interactive: false, style: { color: '#9aa9bd', weight: 0.6, fillColor: '#f4f1e8', fillOpacity: 1 } })
    .addTo(map);
  map.attributionControl.addAttribution('Outline: Natural Earth');
  const largest = Math.max(...rows.map(size), 1);
  rows.sort((a, b) => size(b) - size(a)); // small markers on top of large ones, so each can be clicked
  for (const row of rows) {
    const point = [+row.lat, +row.long];
    // Area grows with the count: radius 5 to 22 px by the square root.
    const radius = 5 + 17 * Math.sqrt(size(row) / largest);
    const marker = L.circleMarker(point, { radius, className: `place-marker${row.isSelf ? ' self' : ''}`, weight: 1.5,
      color: row.isSelf ? '#b35c00' : '#2956a4', fillColor: row.isSelf ? '#f0a050' : '#5b85d0', fillOpacity: 0.55 }).addTo(map);
    const link = document.createElement('a');
    link.href = entityHref(row.place);
    link.textContent = row.name || row.place.replace(/^.*[#/]/, '');
    const popup = document.createElement('div');
    popup.className = 'place-popup';
    const counts = document.createElement('div');
    counts.className = 'muted';
    counts.textContent = [plural(row.events || 0, 'event'), row.mentions != null ? plural(row.mentions, 'mention') : null]
      .filter(Boolean).join(', ');
    popup.append(link, counts);
    marker.bindPopup(popup);
    marker.bindTooltip(link.textContent);
    marker.getElement()?.setAttribute('data-iri', row.place);
  }
  container.dataset.markers = String(rows.length); // lets tests (and people) know the map is drawn
}
