// The neighbourhood graph of one entity, drawn with Cytoscape (loaded from its WebJar by index.html).
import { select, iri } from './sparql.js';

/** Draws the entity, its events with their actors and places, and its most co-mentioned entities. */
export async function drawNeighbourhood(container, entityIri, name, onOpen) {
  const e = iri(entityIri);
  const [eventLinks, coMentions] = await Promise.all([
    select(`SELECT DISTINCT ?ev ?evLabel ?code ?other ?otherName ?link WHERE {
        ?ev sem:hasActor ${e} ; ng:cameoCode ?code .
        OPTIONAL { ?ev rdfs:label ?evLabel }
        { ?ev sem:hasActor ?other . FILTER(?other != ${e}) BIND("actor" AS ?link) }
        UNION { ?ev sem:hasPlace ?other . BIND("place" AS ?link) }
        ?other schema:name ?otherName . }`),
    select(`SELECT ?other ?otherName (COUNT(DISTINCT ?s) AS ?n) WHERE {
        ?m1 itsrdf:taIdentRef ${e} ; nif:sentence ?s .
        ?m2 itsrdf:taIdentRef ?other ; nif:sentence ?s .
        FILTER(?other != ${e}) ?other schema:name ?otherName .
      } GROUP BY ?other ?otherName ORDER BY DESC(?n) ?otherName LIMIT 12`),
  ]);
  const elements = new Map();
  const node = (id, label, kind) => { if (!elements.has(id)) elements.set(id, { data: { id, label, kind } }); };
  const edge = (source, target, label, kind) => {
    const id = `${source}|${target}|${label}`;
    if (!elements.has(id)) elements.set(id, { data: { id, source, target, label, kind } });
  };
  node(entityIri, name, 'focus');
  for (const row of eventLinks) {
    node(row.ev, row.evLabel || `CAMEO ${row.code}`, 'event');
    edge(entityIri, row.ev, 'actor', 'actor');
    node(row.other, row.otherName, 'entity');
    edge(row.ev, row.other, row.link, row.link);
  }
  for (const row of coMentions) {
    node(row.other, row.otherName, 'entity');
    edge(entityIri, row.other, `co-mentioned ×${row.n}`, 'mention');
  }
  if (typeof cytoscape !== 'function') {
    container.textContent = 'The graph library did not load.';
    return null;
  }
  const cy = cytoscape({
    container,
    elements: [...elements.values()],
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 110,
          'background-color': '#5b7db8', 'color': '#1d2733', 'width': 18, 'height': 18 } },
      { selector: 'node[kind = "focus"]', style: { 'background-color': '#2956a4', 'width': 30, 'height': 30, 'font-weight': 700 } },
      { selector: 'node[kind = "event"]', style: { 'shape': 'diamond', 'background-color': '#d9822b', 'font-size': 8, 'color': '#8a4a0b', 'text-max-width': 90 } },
      { selector: 'edge', style: { 'width': 1.2, 'line-color': '#b9c2d0', 'curve-style': 'bezier' } },
      { selector: 'edge[kind = "mention"]', style: { 'line-style': 'dashed', 'line-color': '#d0d5de' } },
      { selector: 'edge[kind = "place"]', style: { 'line-color': '#7ba05b' } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 40000, idealEdgeLength: () => 70, nodeOverlap: 20, padding: 10 },
  });
  cy.on('tap', 'node', evt => onOpen(evt.target.id(), evt.target.data('kind')));
  return cy;
}
