// A tiny SPARQL 1.1 Protocol client for the explorer: POSTs a query to /sparql, returns JSON rows.

export const PREFIXES = `
PREFIX ng:     <https://w3id.org/newsgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX prov:   <http://www.w3.org/ns/prov#>
PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
PREFIX owl:    <http://www.w3.org/2002/07/owl#>
PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
`;

/** Runs a SELECT; resolves to {vars, rows} where each row maps a variable to {type, value}. */
export async function selectRaw(query) {
  const response = await fetch('/sparql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
    body: query,
  });
  if (!response.ok) {
    throw new Error(`SPARQL ${response.status}: ${(await response.text()).trim()}`);
  }
  const json = await response.json();
  return { vars: json.head.vars, rows: json.results.bindings };
}

/** Runs a SELECT with our prefixes; resolves to rows of plain string values. */
export async function select(body) {
  const { rows } = await selectRaw(PREFIXES + body);
  return rows.map(row => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.value])));
}

/** An IRI as a SPARQL term; refuses anything that could break out of the angle brackets. */
export function iri(value) {
  if (/[<>"{}|^`\\\s]/.test(value)) throw new Error(`not an IRI: ${value}`);
  return `<${value}>`;
}

/** A string as a SPARQL literal (JSON string escapes are valid SPARQL escapes). */
export function literal(value) {
  return JSON.stringify(String(value));
}
