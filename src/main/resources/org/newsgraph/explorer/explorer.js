// The explorer: hash routes #/entity/IRI, #/event/IRI, #/queries/NAME; every page is built from
// SPARQL queries to /sparql. Plain modules, no build step.
import { select, selectRaw, iri, literal } from './sparql.js';
import { drawNeighbourhood } from './graph.js';

const page = document.getElementById('page');
const SCHEMA = 'https://schema.org/';
const NG = 'https://w3id.org/newsgraph/ontology#';
const ID = 'https://w3id.org/newsgraph/id/';

// ---- small DOM builders ------------------------------------------------------------------------

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null) continue;
    if (k === 'class') el.className = v; else if (k.startsWith('on')) el.addEventListener(k.slice(2), v); else el.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) if (c != null) el.append(c instanceof Node ? c : String(c));
  return el;
}

const localName = value => value.replace(/^.*[#/]/, '');
const entityHref = value => `#/entity/${encodeURIComponent(value)}`;
const eventHref = value => `#/event/${encodeURIComponent(value)}`;
const hrefFor = value => value.startsWith(ID + 'event/') ? eventHref(value) : value.startsWith(ID + 'entity/') ? entityHref(value) : null;
const byKey = (rows, key) => rows.reduce((m, r) => (m.get(r[key]) || m.set(r[key], []).get(r[key])).push(r) && m, new Map());

/** A source sentence with the article it is from, the provenance shown under every fact. */
function evidence(sentence, article, headline) {
  if (!sentence) return null;
  return h('div', { class: 'evidence' }, sentence,
    article ? h('span', { class: 'source' }, 'from ', h('a', { href: `/data?graph=${encodeURIComponent(article)}`, title: article }, headline || localName(article))) : null);
}

function showError(error) {
  page.replaceChildren(h('p', { class: 'error' }, String(error.message || error)));
}

// ---- type-ahead search -------------------------------------------------------------------------

const search = document.getElementById('search');
const suggestions = document.getElementById('suggestions');
let searchToken = 0;

search.addEventListener('input', async () => {
  const text = search.value.trim();
  const token = ++searchToken;
  if (text.length < 2) { suggestions.hidden = true; return; }
  try {
    const rows = await select(`SELECT ?e ?name (GROUP_CONCAT(DISTINCT ?t; separator=", ") AS ?types) (COUNT(DISTINCT ?m) AS ?mentions)
      WHERE {
        ?e schema:name ?name . FILTER(isIRI(?e))
        FILTER EXISTS { ?e schema:name|skos:altLabel ?label FILTER(CONTAINS(LCASE(STR(?label)), LCASE(${literal(text)}))) }
        ?e a ?type . FILTER(STRSTARTS(STR(?type), STR(schema:))) BIND(STRAFTER(STR(?type), STR(schema:)) AS ?t)
        OPTIONAL { ?m itsrdf:taIdentRef ?e }
      } GROUP BY ?e ?name ORDER BY DESC(?mentions) ?name LIMIT 12`);
    if (token !== searchToken) return; // a later keystroke has its own answer coming
    suggestions.replaceChildren(...rows.map(r => h('li', { role: 'option', 'data-iri': r.e, onclick: () => open(r.e) },
      h('span', {}, h('strong', {}, r.name), ' ', h('span', { class: 'muted' }, r.types)),
      h('span', { class: 'muted' }, `${r.mentions} mention${r.mentions === '1' ? '' : 's'}`))));
    if (!rows.length) suggestions.replaceChildren(h('li', { class: 'muted' }, 'No entity by that name'));
    suggestions.hidden = false;
  } catch (e) { showError(e); }
});
search.addEventListener('keydown', e => {
  const first = suggestions.querySelector('li[data-iri]');
  if (e.key === 'Enter' && first) open(first.dataset.iri);
  if (e.key === 'Escape') suggestions.hidden = true;
});

function open(entityIri) {
  suggestions.hidden = true;
  search.value = '';
  location.hash = entityHref(entityIri);
}

// ---- entity page -------------------------------------------------------------------------------

async function entityPage(entityIri) {
  const e = iri(entityIri);
  const [facts, roles, events, actors, eventEvidence, quotes, coMentions, mentions] = await Promise.all([
    select(`SELECT ?p ?o WHERE { VALUES ?p { schema:name skos:altLabel owl:sameAs rdf:type } ${e} ?p ?o }`),
    select(`SELECT DISTINCT ?roleName ?current ?ofName ?of ?evidence ?article ?headline WHERE {
        ?role ng:holder ${e} ; ng:roleName ?roleName ; ng:isCurrent ?current .
        OPTIONAL { ?role ng:roleOf ?of . ?of schema:name ?ofName }
        OPTIONAL { ?role prov:wasDerivedFrom ?span . ?span nif:anchorOf ?evidence ; nif:referenceContext ?article .
                   OPTIONAL { ?article schema:headline ?headline } } } ORDER BY ?roleName`),
    select(`SELECT DISTINCT ?ev ?label ?code ?class ?date ?place ?placeName ?status WHERE {
        ?ev sem:hasActor ${e} ; ng:cameoCode ?code .
        OPTIONAL { ?ev rdfs:label ?label } OPTIONAL { ?ev sem:hasTimeStamp ?date }
        OPTIONAL { ?ev a ?class FILTER(STRSTARTS(STR(?class), STR(ng:))) }
        OPTIONAL { ?ev sem:hasPlace ?place . OPTIONAL { ?place schema:name ?placeName } }
        OPTIONAL { ?ev ng:status ?status } } ORDER BY STR(?date) ?label`),
    select(`SELECT DISTINCT ?ev ?actor ?actorName WHERE {
        ?ev sem:hasActor ${e} , ?actor . FILTER(?actor != ${e}) ?actor schema:name ?actorName } ORDER BY ?actorName`),
    select(`SELECT DISTINCT ?ev ?evidence ?article ?headline WHERE {
        ?ev sem:hasActor ${e} ; prov:wasDerivedFrom ?span . ?span nif:anchorOf ?evidence ; nif:referenceContext ?article .
        OPTIONAL { ?article schema:headline ?headline } }`),
    // Quotations by the entity, and by the other participants of its events in the articles that report
    // those events: what Trump said after his call with Putin belongs on Putin's page too.
    select(`SELECT DISTINCT ?q ?text ?speaker ?speakerName ?viaLabel ?via ?evidence ?article ?headline WHERE {
        { ?q a schema:Quotation ; schema:creator ${e} . BIND(${e} AS ?speaker) }
        UNION
        { ?via sem:hasActor ${e} , ?speaker ; prov:wasDerivedFrom/nif:referenceContext ?viaArticle .
          FILTER(?speaker != ${e})
          ?q a schema:Quotation ; schema:creator ?speaker ; schema:isPartOf ?viaArticle .
          OPTIONAL { ?via rdfs:label ?viaLabel } }
        ?q schema:text ?text .
        OPTIONAL { ?speaker schema:name ?speakerName }
        OPTIONAL { ?q schema:isPartOf ?article . OPTIONAL { ?article schema:headline ?headline } }
        OPTIONAL { ?q prov:wasDerivedFrom/nif:anchorOf ?evidence } } ORDER BY ?speakerName ?text`),
    select(`SELECT ?other ?otherName (COUNT(DISTINCT ?s) AS ?n) (SAMPLE(?sentence) AS ?example) (SAMPLE(?a) AS ?article) (SAMPLE(?hl) AS ?headline) WHERE {
        ?m1 itsrdf:taIdentRef ${e} ; nif:sentence ?s . ?m2 itsrdf:taIdentRef ?other ; nif:sentence ?s .
        FILTER(?other != ${e}) ?other schema:name ?otherName .
        OPTIONAL { ?s nif:anchorOf ?sentence } OPTIONAL { ?m1 nif:referenceContext ?a . OPTIONAL { ?a schema:headline ?hl } }
      } GROUP BY ?other ?otherName ORDER BY DESC(?n) ?otherName LIMIT 20`),
    select(`SELECT DISTINCT ?anchor ?sentence ?article ?headline ?begin WHERE {
        ?m itsrdf:taIdentRef ${e} ; nif:anchorOf ?anchor ; nif:beginIndex ?begin ; nif:referenceContext ?article .
        OPTIONAL { ?m nif:sentence/nif:anchorOf ?sentence } OPTIONAL { ?article schema:headline ?headline }
      } ORDER BY ?article ?begin`),
  ]);
  const values = p => facts.filter(f => f.p === p).map(f => f.o);
  const name = values(SCHEMA + 'name')[0] || localName(entityIri);
  const types = values('http://www.w3.org/1999/02/22-rdf-syntax-ns#type').filter(t => t.startsWith(SCHEMA)).map(localName);
  const wikidata = values('http://www.w3.org/2002/07/owl#sameAs').filter(s => s.includes('wikidata.org'));
  const aliases = values('http://www.w3.org/2004/02/skos/core#altLabel');
  const actorsByEvent = byKey(actors, 'ev');
  const evidenceByEvent = byKey(eventEvidence, 'ev');
  const eventRows = [...byKey(events, 'ev').values()].map(rows => ({ ...rows[0], classes: [...new Set(rows.map(r => r.class).filter(Boolean))] }));
  eventRows.sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'));
  // One card per quotation, however many shared events bring it here.
  const quoteRows = [...byKey(quotes, 'q').values()].map(rows => ({ ...rows[0], vias: rows.filter(r => r.via) }));

  const graph = h('div', { id: 'graph' });
  page.replaceChildren(
    h('section', { class: 'entity', 'data-iri': entityIri },
      h('h1', {}, name),
      h('div', {}, types.map(t => h('span', { class: 'tag' }, t)),
        wikidata.map(w => h('a', { class: 'wikidata', href: w.replace('http://www.wikidata.org/entity/', 'https://www.wikidata.org/wiki/'), target: '_blank', rel: 'noopener' }, `Wikidata ${localName(w)}`))),
      aliases.length ? h('p', { class: 'muted' }, 'Also called: ', aliases.join(' · ')) : null),
    h('div', { class: 'grid' },
      h('div', {},
        h('h2', {}, `Events (${eventRows.length})`),
        eventRows.length ? h('ol', { class: 'timeline', id: 'timeline' }, eventRows.map(ev => h('li', { class: 'card event', 'data-iri': ev.ev },
          h('div', {}, h('span', { class: 'date' }, ev.date || 'undated'),
            h('a', { href: eventHref(ev.ev) }, ev.label || `CAMEO ${ev.code}`)),
          h('div', { class: 'muted' },
            ev.classes.map(c => h('span', { class: 'tag event' }, localName(c))), `CAMEO ${ev.code}`,
            ev.status ? ` · ${localName(ev.status)}` : '',
            ev.placeName ? ' · at ' : '', ev.placeName ? h('a', { href: entityHref(ev.place) }, ev.placeName) : null),
          h('div', {}, 'with ', (actorsByEvent.get(ev.ev) || []).flatMap((a, i) => [i ? ', ' : '', h('a', { href: entityHref(a.actor) }, a.actorName)])),
          (evidenceByEvent.get(ev.ev) || []).map(x => evidence(x.evidence, x.article, x.headline))))) : h('p', { class: 'muted' }, 'No events.'),
        h('h2', {}, `Quotes (${quoteRows.length})`),
        quoteRows.length ? h('div', { id: 'quotes' }, quoteRows.map(q => h('div', { class: 'card quote' },
          h('blockquote', {}, q.text),
          h('div', { class: 'muted' }, '— ', q.speaker ? h('a', { href: entityHref(q.speaker) }, q.speakerName || localName(q.speaker)) : 'unknown speaker',
            q.vias.length ? [', who took part with ', name, ' in ', q.vias.flatMap((v, i) => [i ? ', ' : '', h('a', { href: eventHref(v.via) }, v.viaLabel || 'an event')])] : null),
          evidence(q.evidence, q.article, q.headline)))) : h('p', { class: 'muted' }, 'No quotations.'),
        h('h2', {}, `Mentions (${mentions.length})`),
        h('details', {}, h('summary', {}, 'Every mention with its sentence'),
          mentions.map(m => h('div', { class: 'card' }, h('strong', {}, m.anchor), evidence(m.sentence, m.article, m.headline))))),
      h('div', {},
        h('h2', {}, 'Roles'),
        roles.length ? roles.map(r => h('div', { class: 'card role' },
          h('div', {}, r.current === 'true' ? '' : 'former ', r.roleName, r.ofName ? [' of ', h('a', { href: entityHref(r.of) }, r.ofName)] : null),
          evidence(r.evidence, r.article, r.headline))) : h('p', { class: 'muted' }, 'No roles.'),
        h('h2', {}, 'Neighbourhood'),
        graph,
        h('h2', {}, 'Mentioned together with'),
        h('div', { id: 'co-mentions' }, coMentions.map(c => h('div', { class: 'card' },
          h('a', { href: entityHref(c.other) }, c.otherName), h('span', { class: 'muted' }, ` — ${c.n} sentence${c.n === '1' ? '' : 's'}`),
          evidence(c.example, c.article, c.headline)))))));
  document.title = `${name} — newsgraph`;
  await drawNeighbourhood(graph, entityIri, name, (id, kind) => { location.hash = kind === 'event' ? eventHref(id) : entityHref(id); });
}

// ---- event page --------------------------------------------------------------------------------

async function eventPage(eventIri) {
  const ev = iri(eventIri);
  const [fields, evidenceRows] = await Promise.all([
    select(`SELECT ?p ?o ?oName WHERE { ${ev} ?p ?o . OPTIONAL { ?o schema:name ?oName } }`),
    select(`SELECT DISTINCT ?evidence ?article ?headline WHERE { ${ev} prov:wasDerivedFrom ?span .
        ?span nif:anchorOf ?evidence ; nif:referenceContext ?article . OPTIONAL { ?article schema:headline ?headline } }`),
  ]);
  const all = p => fields.filter(f => f.p === p);
  const one = p => all(p)[0]?.o;
  const linkList = p => all(p).flatMap((f, i) => [i ? ', ' : '', h('a', { href: entityHref(f.o) }, f.oName || localName(f.o))]);
  const label = one('http://www.w3.org/2000/01/rdf-schema#label') || localName(eventIri);
  const classes = all('http://www.w3.org/1999/02/22-rdf-syntax-ns#type').map(f => f.o).filter(c => c.startsWith(NG)).map(localName);
  const row = (term, ...value) => value.flat().length && value.flat()[0] != null ? [h('dt', {}, term), h('dd', {}, ...value)] : [];
  page.replaceChildren(
    h('section', { class: 'event', 'data-iri': eventIri },
      h('h1', {}, label),
      h('div', {}, classes.map(c => h('span', { class: 'tag event' }, c)), h('span', { class: 'tag' }, `CAMEO ${one(NG + 'cameoCode') || '?'}`)),
      h('h2', {}, 'Record'),
      h('dl', { class: 'facts card' },
        row('date', one('http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp') || 'undated'),
        row('status', one(NG + 'status') ? localName(one(NG + 'status')) : null),
        row('actors', linkList('http://semanticweb.cs.vu.nl/2009/11/sem/hasActor')),
        row('initiator', linkList(NG + 'initiator')),
        row('target', linkList(NG + 'target')),
        row('place', linkList('http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace'))),
      h('h2', {}, `Evidence (${evidenceRows.length})`),
      evidenceRows.map(x => evidence(x.evidence, x.article, x.headline))));
  document.title = `${label} — newsgraph`;
}

// ---- bundled queries ---------------------------------------------------------------------------

let catalogue = null;

async function queriesPage(selected) {
  catalogue ??= await (await fetch('/queries')).json();
  const chosen = catalogue.find(q => q.name === selected) || catalogue[0];
  const picker = h('select', { id: 'query-name', onchange: e => { location.hash = `#/queries/${e.target.value}`; } },
    catalogue.map(q => h('option', { value: q.name, selected: q.name === chosen.name ? '' : null }, `${q.title} (${q.name})`)));
  const inputs = chosen.parameters.map(p => h('label', {}, `${p.name}${p.required ? '' : ' (optional)'}`,
    h('input', { name: p.name, placeholder: p.default || '', title: p.meaning })));
  const results = h('div', { id: 'results' });
  const run = async () => {
    const params = new URLSearchParams();
    for (const input of inputs.map(l => l.querySelector('input'))) if (input.value.trim()) params.set(input.name, input.value.trim());
    results.replaceChildren(h('p', { class: 'muted' }, 'Running…'));
    try {
      const bound = await fetch(`/queries/${chosen.name}?${params}`);
      if (!bound.ok) throw new Error(await bound.text());
      const { vars, rows } = await selectRaw(await bound.text());
      results.replaceChildren(h('p', { class: 'muted' }, `${rows.length} row${rows.length === 1 ? '' : 's'}`), resultTable(vars, rows));
    } catch (e) { results.replaceChildren(h('p', { class: 'error' }, e.message)); }
  };
  page.replaceChildren(h('h1', {}, 'Bundled queries'),
    h('div', { class: 'query-form' }, h('label', {}, 'query', picker), inputs, h('button', { id: 'run-query', onclick: run }, 'Run')),
    h('p', { class: 'muted' }, chosen.description), results);
  document.title = 'Queries — newsgraph';
}

function resultTable(vars, rows) {
  const cell = term => {
    if (!term) return '';
    const href = term.type === 'uri' ? hrefFor(term.value) : null;
    return href ? h('a', { href }, localName(term.value)) : term.value;
  };
  return h('table', { class: 'results' },
    h('thead', {}, h('tr', {}, vars.map(v => h('th', {}, v)))),
    h('tbody', {}, rows.map(r => h('tr', {}, vars.map(v => h('td', {}, cell(r[v])))))));
}

// ---- home and routing --------------------------------------------------------------------------

async function homePage() {
  const rows = await select(`SELECT ?e ?name (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
      ?e a schema:Person ; schema:name ?name . ?m itsrdf:taIdentRef ?e } GROUP BY ?e ?name ORDER BY DESC(?mentions) ?name LIMIT 12`);
  const [{ articles }] = await select('SELECT (COUNT(DISTINCT ?a) AS ?articles) WHERE { ?a a schema:NewsArticle }');
  page.replaceChildren(h('h1', {}, 'Explore the news graph'),
    h('p', { class: 'muted' }, `${articles} article${articles === '1' ? '' : 's'}. Search above, start from a person below, or run one of the `,
      h('a', { href: '#/queries' }, 'bundled queries'), '.'),
    h('h2', {}, 'Most mentioned people'),
    h('div', {}, rows.map(r => h('div', { class: 'card' }, h('a', { href: entityHref(r.e) }, r.name), h('span', { class: 'muted' }, ` — ${r.mentions} mentions`)))));
  document.title = 'newsgraph explorer';
}

async function route() {
  const [, kind, rest] = location.hash.match(/^#\/([^/]*)\/?(.*)$/) || [];
  delete page.dataset.ready;
  page.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  try {
    if (kind === 'entity') await entityPage(decodeURIComponent(rest));
    else if (kind === 'event') await eventPage(decodeURIComponent(rest));
    else if (kind === 'queries') await queriesPage(decodeURIComponent(rest));
    else await homePage();
    page.dataset.ready = location.hash; // lets tests (and people) know the page finished loading
  } catch (e) { showError(e); }
}

window.addEventListener('hashchange', route);
route();
