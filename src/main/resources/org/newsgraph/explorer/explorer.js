// The explorer: hash routes #/entity/IRI, #/event/IRI, #/article/IRI[/BEGIN,END], #/queries/NAME,
// #/sparql; every page is built from SPARQL queries to /sparql. Plain modules, no build step, no
// inline scripts or handlers (the server's Content-Security-Policy allows scripts from itself only).
import { select, selectRaw, iri, literal } from './sparql.js';
import { drawNeighbourhood } from './graph.js';
import { timelineChart } from './chart.js';
import { downloadLinks } from './download.js';
import { homeMap, entityMap } from './map.js';

const page = document.getElementById('page');
const SCHEMA = 'https://schema.org/';
const NG = 'https://w3id.org/newsgraph/ontology#';
const ID = 'https://w3id.org/newsgraph/id/';

// ---- small DOM builders ------------------------------------------------------------------------

export function h(tag, attrs = {}, ...children) {
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
/** The article page, with the span (a NIF IRI ending in #char=BEGIN,END) to mark when there is one. */
const articleHref = (article, span) => `#/article/${encodeURIComponent(article)}${span && span.includes('#char=') ? '/' + span.split('#char=')[1] : ''}`;
const hrefFor = value => value.startsWith(ID + 'event/') ? eventHref(value) : value.startsWith(ID + 'entity/') ? entityHref(value)
  : value.startsWith(ID + 'article/') ? articleHref(value) : null;
const byKey = (rows, key) => rows.reduce((m, r) => (m.get(r[key]) || m.set(r[key], []).get(r[key])).push(r) && m, new Map());
const plural = (n, word) => `${n} ${word}${String(n) === '1' ? '' : 's'}`;

/** CAMEO code to name, from the ontology's event classes (GET /cameo.json), loaded once. */
let cameoNames = {};
const cameoReady = fetch('/cameo.json').then(r => r.ok ? r.json() : {}).then(names => { cameoNames = names; }).catch(() => {});
export function cameoName(code) {
  for (let c = code || ''; c.length >= 2; c = c.slice(0, -1)) if (cameoNames[c]) return cameoNames[c];
  return '';
}
const cameo = code => `CAMEO ${code}${cameoName(code) ? ` (${cameoName(code)})` : ''}`;

/** A source sentence with the article it is from, the provenance shown under every fact; it opens the article at the sentence. */
function evidence(sentence, article, headline, span) {
  if (!sentence) return null;
  return h('div', { class: 'evidence' }, sentence,
    article ? h('span', { class: 'source' }, 'from ', h('a', { href: articleHref(article, span), title: 'read the article at this sentence' }, headline || localName(article))) : null);
}

/**
 * The evidence of one fact: each sentence once, the headline only when it is all there is, the
 * first sentence shown and the others folded away, so a page with many facts from one article
 * does not repeat that article's sentences screen after screen.
 */
function evidenceList(rows) {
  const seen = new Map();
  for (const r of rows) if (r.evidence && !seen.has(r.evidence)) seen.set(r.evidence, r);
  let unique = [...seen.values()];
  const body = unique.filter(r => r.evidence !== r.headline);
  if (body.length) unique = body;
  unique.sort((a, b) => (a.span || '').localeCompare(b.span || '', undefined, { numeric: true }));
  if (unique.length <= 1) return unique.map(r => evidence(r.evidence, r.article, r.headline, r.span));
  return [evidence(unique[0].evidence, unique[0].article, unique[0].headline, unique[0].span),
    h('details', { class: 'more-evidence' }, h('summary', {}, plural(unique.length - 1, 'more sentence')),
      unique.slice(1).map(r => evidence(r.evidence, r.article, r.headline, r.span)))];
}

function showError(error) {
  page.replaceChildren(h('p', { class: 'error' }, String(error.message || error)));
}

/** A section only when it has something to show: no "No roles." on a country's page. */
const section = (title, items, ...content) => items ? [h('h2', {}, title), ...content] : [];

// ---- type-ahead search -------------------------------------------------------------------------

/** The named graph of entity descriptions the store keeps beside the article graphs (EntityGraph.IRI). */
const ENTITY_GRAPH = 'https://w3id.org/newsgraph/id/graph/entities';

const search = document.getElementById('search');
const suggestions = document.getElementById('suggestions');
let searchToken = 0;

search.addEventListener('input', async () => {
  const text = search.value.trim();
  const token = ++searchToken;
  if (text.length < 2) { suggestions.hidden = true; return; }
  try {
    // The name keys of the entity graph (one per name or alias of each entity, lower case, spaces
    // collapsed as ng:nameKey is) rather than every label of every article graph; counts are stored there.
    const key = text.replace(/\s+/g, ' ').toLowerCase();
    const rows = await select(`SELECT ?e ?name (GROUP_CONCAT(DISTINCT ?t; separator=", ") AS ?types) (SAMPLE(?count) AS ?mentions)
      WHERE {
        GRAPH <${ENTITY_GRAPH}> {
          { SELECT DISTINCT ?e WHERE { ?e ng:nameKey ?key FILTER(CONTAINS(?key, ${literal(key)})) } }
          ?e schema:name ?name ; ng:mentionCount ?count ; a ?type .
        }
        FILTER(STRSTARTS(STR(?type), STR(schema:))) BIND(STRAFTER(STR(?type), STR(schema:)) AS ?t)
      } GROUP BY ?e ?name ORDER BY DESC(?mentions) ?name LIMIT 12`);
    if (token !== searchToken) return; // a later keystroke has its own answer coming
    suggestions.replaceChildren(...rows.map(r => h('li', { role: 'option', 'data-iri': r.e, onclick: () => open(r.e) },
      h('span', {}, h('strong', {}, r.name), ' ', h('span', { class: 'muted' }, r.types)),
      h('span', { class: 'muted' }, plural(r.mentions, 'mention')))));
    if (!rows.length) suggestions.replaceChildren(h('li', { class: 'muted' }, 'No entity by that name'));
    suggestions.hidden = false;
  } catch (e) { showError(e); }
});
search.addEventListener('keydown', e => {
  const first = suggestions.querySelector('li[data-iri]');
  if (e.key === 'Enter' && first) open(first.dataset.iri);
  if (e.key === 'Escape') suggestions.hidden = true;
});
// A click anywhere outside the search box closes the suggestions, as in every search field.
document.addEventListener('click', e => { if (!e.target.closest('.search')) suggestions.hidden = true; });

function open(entityIri) {
  suggestions.hidden = true;
  search.value = '';
  location.hash = entityHref(entityIri);
}

// ---- entity page -------------------------------------------------------------------------------

async function entityPage(entityIri) {
  const e = iri(entityIri);
  // An entity takes part in an event as an actor, or is where it happened.
  const [facts, roles, events, actors, eventEvidence, quotes, coMentions, mentions] = await Promise.all([
    select(`SELECT ?p ?o WHERE { VALUES ?p { schema:name skos:altLabel owl:sameAs rdf:type } ${e} ?p ?o }`),
    select(`SELECT DISTINCT ?roleName ?current ?ofName ?of ?evidence ?span ?article ?headline WHERE {
        ?role ng:holder ${e} ; ng:roleName ?roleName ; ng:isCurrent ?current .
        OPTIONAL { ?role ng:roleOf ?of . ?of schema:name ?ofName }
        OPTIONAL { ?role prov:wasDerivedFrom ?span . ?span nif:anchorOf ?evidence ; nif:referenceContext ?article .
                   OPTIONAL { ?article schema:headline ?headline } } } ORDER BY ?roleName`),
    select(`SELECT DISTINCT ?ev ?label ?code ?class ?date ?place ?placeName ?status WHERE {
        ?ev sem:hasActor|sem:hasPlace ${e} ; ng:cameoCode ?code .
        OPTIONAL { ?ev rdfs:label ?label } OPTIONAL { ?ev sem:hasTimeStamp ?date }
        OPTIONAL { ?ev a ?class FILTER(STRSTARTS(STR(?class), STR(ng:))) }
        OPTIONAL { ?ev sem:hasPlace ?place . OPTIONAL { ?place schema:name ?placeName } }
        OPTIONAL { ?ev ng:status ?status } } ORDER BY STR(?date) ?label`),
    select(`SELECT DISTINCT ?ev ?actor ?actorName WHERE {
        ?ev sem:hasActor|sem:hasPlace ${e} ; sem:hasActor ?actor . FILTER(?actor != ${e}) ?actor schema:name ?actorName } ORDER BY ?actorName`),
    select(`SELECT DISTINCT ?ev ?evidence ?span ?article ?headline WHERE {
        ?ev sem:hasActor|sem:hasPlace ${e} ; prov:wasDerivedFrom ?span . ?span nif:anchorOf ?evidence ; nif:referenceContext ?article .
        OPTIONAL { ?article schema:headline ?headline } }`),
    // Quotations by the entity, and by the other participants of its events in the articles that report
    // those events: what Trump said after his call with Putin belongs on Putin's page too.
    select(`SELECT DISTINCT ?q ?text ?speaker ?speakerName ?viaLabel ?via ?evidence ?span ?article ?headline WHERE {
        { ?q a schema:Quotation ; schema:creator ${e} . BIND(${e} AS ?speaker) }
        UNION
        { ?via sem:hasActor ${e} , ?speaker ; prov:wasDerivedFrom/nif:referenceContext ?viaArticle .
          FILTER(?speaker != ${e})
          ?q a schema:Quotation ; schema:creator ?speaker ; schema:isPartOf ?viaArticle .
          OPTIONAL { ?via rdfs:label ?viaLabel } }
        ?q schema:text ?text .
        OPTIONAL { ?speaker schema:name ?speakerName }
        OPTIONAL { ?q schema:isPartOf ?article . OPTIONAL { ?article schema:headline ?headline } }
        OPTIONAL { ?q prov:wasDerivedFrom ?span . ?span nif:anchorOf ?evidence } } ORDER BY ?speakerName ?text`),
    select(`SELECT ?other ?otherName (COUNT(DISTINCT ?s) AS ?n) (SAMPLE(?sentence) AS ?example) (SAMPLE(?s) AS ?span) (SAMPLE(?a) AS ?article) (SAMPLE(?hl) AS ?headline) WHERE {
        ?m1 itsrdf:taIdentRef ${e} ; nif:sentence ?s . ?m2 itsrdf:taIdentRef ?other ; nif:sentence ?s .
        FILTER(?other != ${e}) ?other schema:name ?otherName .
        OPTIONAL { ?s nif:anchorOf ?sentence } OPTIONAL { ?m1 nif:referenceContext ?a . OPTIONAL { ?a schema:headline ?hl } }
      } GROUP BY ?other ?otherName ORDER BY DESC(?n) ?otherName LIMIT 20`),
    select(`SELECT DISTINCT ?anchor ?sentence ?span ?article ?headline ?begin WHERE {
        ?m itsrdf:taIdentRef ${e} ; nif:anchorOf ?anchor ; nif:beginIndex ?begin ; nif:referenceContext ?article .
        OPTIONAL { ?m nif:sentence ?span . ?span nif:anchorOf ?sentence } OPTIONAL { ?article schema:headline ?headline }
      } ORDER BY ?article ?begin`),
  ]);
  await cameoReady;
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
    eventRows.some(ev => ev.date) ? timelineChart(eventRows, cameoName) : null,
    entityMap(entityIri),
    h('div', { class: 'grid' },
      h('div', {},
        h('h2', {}, `Events (${eventRows.length})`),
        eventRows.length ? h('ol', { class: 'timeline', id: 'timeline' }, eventRows.map(ev => h('li', { class: 'card event', 'data-iri': ev.ev },
          h('div', {}, h('span', { class: 'date' }, ev.date || 'undated'),
            h('a', { href: eventHref(ev.ev) }, ev.label || cameo(ev.code))),
          h('div', { class: 'muted' },
            ev.classes.map(c => h('span', { class: 'tag event' }, localName(c))), cameo(ev.code),
            ev.status ? ` · ${localName(ev.status)}` : '',
            ev.placeName ? ' · at ' : '', ev.placeName ? h('a', { href: entityHref(ev.place) }, ev.placeName) : null),
          (actorsByEvent.get(ev.ev) || []).length ? h('div', {}, 'with ', (actorsByEvent.get(ev.ev) || []).flatMap((a, i) => [i ? ', ' : '', h('a', { href: entityHref(a.actor) }, a.actorName)])) : null,
          evidenceList(evidenceByEvent.get(ev.ev) || [])))) : h('p', { class: 'muted' }, 'No events.'),
        section(`Quotes (${quoteRows.length})`, quoteRows.length,
          h('div', { id: 'quotes' }, quoteRows.map(q => h('div', { class: 'card quote' },
            h('blockquote', {}, q.text),
            h('div', { class: 'muted' }, '— ', q.speaker ? h('a', { href: entityHref(q.speaker) }, q.speakerName || localName(q.speaker)) : 'unknown speaker',
              q.vias.length ? [', who took part with ', name, ' in ', q.vias.flatMap((v, i) => [i ? ', ' : '', h('a', { href: eventHref(v.via) }, v.viaLabel || 'an event')])] : null),
            evidence(q.evidence, q.article, q.headline, q.span))))),
        h('h2', {}, `Mentions (${mentions.length})`),
        h('details', {}, h('summary', {}, 'Every mention with its sentence'),
          mentions.map(m => h('div', { class: 'card' }, h('strong', {}, m.anchor), evidence(m.sentence, m.article, m.headline, m.span))))),
      h('div', {},
        section('Roles', roles.length, roles.map(r => h('div', { class: 'card role' },
          h('div', {}, r.current === 'true' ? '' : 'former ', r.roleName, r.ofName ? [' of ', h('a', { href: entityHref(r.of) }, r.ofName)] : null),
          evidence(r.evidence, r.article, r.headline, r.span)))),
        h('h2', {}, 'Neighbourhood'),
        graph,
        section('Mentioned together with', coMentions.length,
          h('div', { id: 'co-mentions' }, coMentions.map(c => h('div', { class: 'card' },
            h('a', { href: entityHref(c.other) }, c.otherName), h('span', { class: 'muted' }, ` — ${plural(c.n, 'sentence')}`),
            evidence(c.example, c.article, c.headline, c.span))))))));
  document.title = `${name} — newsgraph`;
  await drawNeighbourhood(graph, entityIri, name, (id, kind) => { location.hash = kind === 'event' ? eventHref(id) : entityHref(id); });
}

// ---- event page --------------------------------------------------------------------------------

async function eventPage(eventIri) {
  const ev = iri(eventIri);
  const [fields, evidenceRows] = await Promise.all([
    select(`SELECT ?p ?o ?oName WHERE { ${ev} ?p ?o . OPTIONAL { ?o schema:name ?oName } }`),
    select(`SELECT DISTINCT ?evidence ?span ?article ?headline WHERE { ${ev} prov:wasDerivedFrom ?span .
        ?span nif:anchorOf ?evidence ; nif:referenceContext ?article . OPTIONAL { ?article schema:headline ?headline } }`),
  ]);
  await cameoReady;
  const all = p => fields.filter(f => f.p === p);
  const one = p => all(p)[0]?.o;
  const linkList = p => all(p).flatMap((f, i) => [i ? ', ' : '', h('a', { href: entityHref(f.o) }, f.oName || localName(f.o))]);
  const label = one('http://www.w3.org/2000/01/rdf-schema#label') || localName(eventIri);
  const classes = all('http://www.w3.org/1999/02/22-rdf-syntax-ns#type').map(f => f.o).filter(c => c.startsWith(NG)).map(localName);
  const row = (term, ...value) => value.flat().length && value.flat()[0] != null ? [h('dt', {}, term), h('dd', {}, ...value)] : [];
  const sentences = [...new Map(evidenceRows.map(r => [r.evidence, r])).values()]
    .sort((a, b) => (a.span || '').localeCompare(b.span || '', undefined, { numeric: true }));
  page.replaceChildren(
    h('section', { class: 'event', 'data-iri': eventIri },
      h('h1', {}, label),
      h('div', {}, classes.map(c => h('span', { class: 'tag event' }, c)), h('span', { class: 'tag' }, cameo(one(NG + 'cameoCode') || '?'))),
      h('h2', {}, 'Record'),
      h('dl', { class: 'facts card' },
        row('date', one('http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp') || 'undated'),
        row('status', one(NG + 'status') ? localName(one(NG + 'status')) : null),
        row('actors', linkList('http://semanticweb.cs.vu.nl/2009/11/sem/hasActor')),
        row('initiator', linkList(NG + 'initiator')),
        row('target', linkList(NG + 'target')),
        row('place', linkList('http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace'))),
      h('h2', {}, `Evidence (${sentences.length})`),
      sentences.map(x => evidence(x.evidence, x.article, x.headline, x.span))));
  document.title = `${label} — newsgraph`;
}

// ---- article page ------------------------------------------------------------------------------

/**
 * The article as its reader saw it: the text with every mention linked to its entity (from the NIF
 * offsets, which count UTF-16 code units as JavaScript strings do), the sentence a fact came from
 * marked and scrolled into view, and beside it what was read from it.
 */
async function articlePage(articleIri, markedSpan) {
  const a = iri(articleIri);
  const [[meta], phrases, events, quotes] = await Promise.all([
    select(`SELECT ?headline ?date ?url ?publisher ?author ?text WHERE { ${a} nif:isString ?text .
        OPTIONAL { ${a} schema:headline ?headline } OPTIONAL { ${a} schema:datePublished ?date } OPTIONAL { ${a} schema:url ?url }
        OPTIONAL { ${a} schema:publisher/schema:name ?publisher } OPTIONAL { ${a} schema:author/schema:name ?author } } LIMIT 1`),
    select(`SELECT DISTINCT ?begin ?end ?entity ?name ?type WHERE {
        ?m a nif:Phrase ; nif:referenceContext ${a} ; nif:beginIndex ?begin ; nif:endIndex ?end ; itsrdf:taIdentRef ?entity .
        OPTIONAL { ?entity schema:name ?name }
        OPTIONAL { ?entity a ?t FILTER(STRSTARTS(STR(?t), STR(schema:))) BIND(STRAFTER(STR(?t), STR(schema:)) AS ?type) } }`),
    select(`SELECT ?ev (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?code) (SAMPLE(?d) AS ?date) WHERE {
        ?ev prov:wasDerivedFrom ?span . ?span nif:referenceContext ${a} . ?ev a sem:Event .
        OPTIONAL { ?ev rdfs:label ?l } OPTIONAL { ?ev ng:cameoCode ?c } OPTIONAL { ?ev sem:hasTimeStamp ?d }
      } GROUP BY ?ev ORDER BY STR(?date) ?label`),
    select(`SELECT DISTINCT ?q ?text ?speaker ?speakerName ?span WHERE { ?q a schema:Quotation ; schema:isPartOf ${a} ; schema:text ?text .
        OPTIONAL { ?q schema:creator ?speaker . ?speaker schema:name ?speakerName } OPTIONAL { ?q prov:wasDerivedFrom ?span } } ORDER BY ?text`),
  ]);
  if (!meta) throw new Error(`no article ${articleIri} in this store`);
  events.sort((x, y) => (x.date || '9999').localeCompare(y.date || '9999') || (x.label || '').localeCompare(y.label || ''));
  await cameoReady;
  const [markBegin, markEnd] = (markedSpan || '').split(',').map(Number);
  const mentions = [...new Map(phrases.map(p => [p.begin, p])).values()].map(p => ({ ...p, begin: +p.begin, end: +p.end }))
    .sort((x, y) => x.begin - y.begin);
  const text = h('div', { class: 'article-text', id: 'article-text' });
  let mark = null;
  let at = 0;
  // Pieces of text and mentions, in order; those inside the marked sentence go into its <mark>.
  const emit = (node, begin) => {
    const inside = markedSpan && begin >= markBegin && begin < markEnd;
    if (inside && !mark) { mark = h('mark', { id: 'evidence' }); text.append(mark); }
    (inside ? mark : text).append(node);
  };
  const plain = (from, to) => {
    for (const cut of [markBegin, markEnd].filter(c => c > from && c < to).sort((x, y) => x - y)) { emit(meta.text.slice(from, cut), from); from = cut; }
    if (to > from) emit(meta.text.slice(from, to), from);
  };
  for (const m of mentions) {
    if (m.begin < at || m.end > meta.text.length) continue; // overlapping or out of range: the text stays readable
    plain(at, m.begin);
    emit(h('a', { class: `mention ${(m.type || '').toLowerCase()}`, href: entityHref(m.entity), title: m.name || '' }, meta.text.slice(m.begin, m.end)), m.begin);
    at = m.end;
  }
  plain(at, meta.text.length);

  const entities = [...byKey(phrases, 'entity').values()].map(rows => ({ entity: rows[0].entity, name: rows[0].name || localName(rows[0].entity),
    type: rows.map(r => r.type).find(t => t && t !== 'Place') || rows[0].type, n: new Set(rows.map(r => r.begin)).size }))
    .sort((x, y) => y.n - x.n || x.name.localeCompare(y.name));
  page.replaceChildren(
    h('section', { class: 'article', 'data-iri': articleIri },
      h('h1', {}, meta.headline || localName(articleIri)),
      h('p', { class: 'muted' }, [meta.date, meta.publisher, meta.author].filter(Boolean).join(' · '),
        meta.url ? [' · ', h('a', { href: meta.url, target: '_blank', rel: 'noopener', id: 'original' }, 'original article')] : null,
        ' · ', h('a', { href: `/data?graph=${encodeURIComponent(articleIri)}` }, 'RDF of this article'))),
    h('div', { class: 'grid' },
      h('div', {}, text),
      h('div', {},
        h('h2', {}, `Entities (${entities.length})`),
        h('div', { id: 'article-entities' }, entities.map(x => h('div', { class: 'row' },
          h('a', { href: entityHref(x.entity) }, x.name), h('span', { class: 'muted' }, ` ${x.type || ''} · ${plural(x.n, 'mention')}`)))),
        section(`Events (${events.length})`, events.length,
          h('div', { id: 'article-events' }, events.map(ev => h('div', { class: 'row' },
            h('span', { class: 'date' }, ev.date || 'undated'), h('a', { href: eventHref(ev.ev) }, ev.label || cameo(ev.code)),
            h('span', { class: 'muted' }, ` ${cameo(ev.code)}`))))),
        section(`Quotes (${quotes.length})`, quotes.length,
          [...byKey(quotes, 'q').values()].map(([q]) => h('div', { class: 'card quote' }, h('blockquote', {}, q.text),
            h('div', { class: 'muted' }, '— ', q.speaker ? h('a', { href: entityHref(q.speaker) }, q.speakerName) : 'unknown speaker',
              q.span ? [' · ', h('a', { href: articleHref(articleIri, q.span) }, 'in the text')] : null)))))));
  document.title = `${meta.headline || 'Article'} — newsgraph`;
  if (mark) mark.scrollIntoView({ block: 'center' });
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
  const bind = async () => {
    const params = new URLSearchParams();
    for (const input of inputs.map(l => l.querySelector('input'))) if (input.value.trim()) params.set(input.name, input.value.trim());
    const bound = await fetch(`/queries/${chosen.name}?${params}`);
    if (!bound.ok) throw new Error(await bound.text());
    return bound.text();
  };
  const run = async () => {
    results.replaceChildren(h('p', { class: 'muted' }, 'Running…'));
    try {
      const { vars, rows } = await selectRaw(await bind());
      results.replaceChildren(await resultTable(vars, rows, chosen.name));
    } catch (e) { results.replaceChildren(h('p', { class: 'error' }, e.message)); }
  };
  const edit = async () => {
    try { sessionStorage.setItem('newsgraph-sparql', await bind()); location.hash = '#/sparql'; } catch (e) { results.replaceChildren(h('p', { class: 'error' }, e.message)); }
  };
  page.replaceChildren(h('h1', {}, 'Bundled queries'),
    h('div', { class: 'query-form' }, h('label', {}, 'query', picker), inputs, h('button', { id: 'run-query', onclick: run }, 'Run'),
      h('button', { id: 'edit-query', class: 'secondary', onclick: edit }, 'Open in the SPARQL editor')),
    h('p', { class: 'muted' }, chosen.description), results);
  document.title = 'Queries — newsgraph';
}

/**
 * A results table: IRIs of entities, events and articles shown by name and linked to their page,
 * with CSV and JSON downloads of the raw values.
 */
export async function resultTable(vars, rows, name = 'results') {
  const iris = [...new Set(rows.flatMap(r => Object.values(r)).filter(t => t.type === 'uri' && hrefFor(t.value)).map(t => t.value))];
  const names = new Map();
  for (let i = 0; i < iris.length; i += 200) {
    const batch = iris.slice(i, i + 200);
    (await select(`SELECT ?x ?name WHERE { VALUES ?x { ${batch.map(iri).join(' ')} } ?x schema:name|rdfs:label|schema:headline ?name }`))
      .forEach(r => names.has(r.x) || names.set(r.x, r.name));
  }
  const cell = term => {
    if (!term) return '';
    const href = term.type === 'uri' ? hrefFor(term.value) : null;
    return href ? h('a', { href, title: term.value }, names.get(term.value) || localName(term.value)) : term.value;
  };
  return h('div', { class: 'result' },
    h('p', { class: 'muted' }, plural(rows.length, 'row'), ' · ', downloadLinks(vars, rows, name)),
    h('table', { class: 'results' },
      h('thead', {}, h('tr', {}, vars.map(v => h('th', {}, v)))),
      h('tbody', {}, rows.map(r => h('tr', {}, vars.map(v => h('td', {}, cell(r[v]))))))));
}

// ---- home and routing --------------------------------------------------------------------------

async function homePage() {
  const [people, articles, events] = await Promise.all([
    select(`SELECT ?e ?name (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
      ?e a schema:Person ; schema:name ?name . ?m itsrdf:taIdentRef ?e } GROUP BY ?e ?name ORDER BY DESC(?mentions) ?name LIMIT 12`),
    select(`SELECT ?a ?headline ?date ?publisher (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
      ?a a schema:NewsArticle . OPTIONAL { ?a schema:headline ?headline } OPTIONAL { ?a schema:datePublished ?date }
      OPTIONAL { ?a schema:publisher/schema:name ?publisher } OPTIONAL { ?m nif:referenceContext ?a ; itsrdf:taIdentRef ?x }
      } GROUP BY ?a ?headline ?date ?publisher ORDER BY DESC(STR(?date)) ?headline LIMIT 200`),
    select(`SELECT ?ev (SAMPLE(?c) AS ?code) (SAMPLE(?d) AS ?date) (COUNT(DISTINCT ?article) AS ?articles) WHERE {
      ?ev a sem:Event ; ng:cameoCode ?c . OPTIONAL { ?ev sem:hasTimeStamp ?d }
      OPTIONAL { ?ev prov:wasDerivedFrom/nif:referenceContext ?article } } GROUP BY ?ev`),
  ]);
  await cameoReady;
  const eventsPerArticle = await select(`SELECT ?a (COUNT(DISTINCT ?ev) AS ?events) (COUNT(DISTINCT ?q) AS ?quotes) WHERE {
      ?a a schema:NewsArticle . OPTIONAL { ?ev prov:wasDerivedFrom/nif:referenceContext ?a ; a sem:Event }
      OPTIONAL { ?q schema:isPartOf ?a ; a schema:Quotation } } GROUP BY ?a`);
  const counts = new Map(eventsPerArticle.map(r => [r.a, r]));
  page.replaceChildren(h('h1', {}, 'Explore the news graph'),
    h('p', { class: 'muted' }, `${plural(articles.length, 'article')}, ${plural(events.length, 'event')}. Search above, read an article, start from a person, or run one of the `,
      h('a', { href: '#/queries' }, 'bundled queries'), ' or your own ', h('a', { href: '#/sparql' }, 'SPARQL'), '.'),
    events.some(ev => ev.date) ? timelineChart(events, cameoName) : null,
    homeMap(),
    h('div', { class: 'grid' },
      h('div', {}, h('h2', {}, `Articles (${articles.length}), newest first`),
        h('div', { id: 'articles' }, articles.map(r => h('div', { class: 'card article-card' },
          h('a', { href: articleHref(r.a) }, r.headline || localName(r.a)),
          h('div', { class: 'muted' }, [r.date, r.publisher].filter(Boolean).join(' · '),
            ` · ${plural(r.mentions, 'mention')}, ${plural(counts.get(r.a)?.events || 0, 'event')}, ${plural(counts.get(r.a)?.quotes || 0, 'quote')}`))))),
      h('div', {}, h('h2', {}, 'Most mentioned people'),
        h('div', {}, people.map(r => h('div', { class: 'row' }, h('a', { href: entityHref(r.e) }, r.name), h('span', { class: 'muted' }, ` — ${plural(r.mentions, 'mention')}`)))))));
  document.title = 'newsgraph explorer';
}

const ROUTES = {
  entity: rest => entityPage(decodeURIComponent(rest)),
  event: rest => eventPage(decodeURIComponent(rest)),
  article: rest => { const [article, span] = rest.split('/'); return articlePage(decodeURIComponent(article), span); },
  queries: rest => queriesPage(decodeURIComponent(rest)),
  sparql: () => import('./yasgui-page.js').then(m => m.sparqlPage(page)),
};

async function route() {
  const [, kind, rest] = location.hash.match(/^#\/([^/]*)\/?(.*)$/) || [];
  suggestions.hidden = true;
  delete page.dataset.ready;
  page.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  try {
    await (ROUTES[kind] || homePage)(rest || '');
    page.dataset.ready = location.hash; // lets tests (and people) know the page finished loading
  } catch (e) { showError(e); }
}

window.addEventListener('hashchange', route);
route();
