// The SPARQL page: the Yasgui editor (brought in at build time from npm, served from the classpath)
// on this server's /sparql, with the project's prefixes and every bundled query one click away.
import { PREFIXES } from './sparql.js';

const BASE = '/explorer/vendor/yasgui/';
let loading = null;

/** Loads Yasgui's script and stylesheet once; resolves to the Yasgui constructor. */
function loadYasgui() {
  loading ??= new Promise((resolve, reject) => {
    const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: BASE + 'yasgui.min.css' });
    const script = Object.assign(document.createElement('script'), { src: BASE + 'yasgui.min.js' });
    script.addEventListener('load', () => resolve(window.Yasgui));
    script.addEventListener('error', () => reject(new Error('the Yasgui editor is missing from this build (mvn package fetches it with npm)')));
    document.head.append(css, script);
  });
  return loading;
}

// The explorer's prefixes plus those of the minted IRIs, which the results then show short.
const DEFAULT_QUERY = `${PREFIXES.trim()}
PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
PREFIX wd:     <http://www.wikidata.org/entity/>
PREFIX nga:    <https://w3id.org/newsgraph/id/article/>
PREFIX nge:    <https://w3id.org/newsgraph/id/entity/>
PREFIX ngev:   <https://w3id.org/newsgraph/id/event/>
PREFIX ngperson: <https://w3id.org/newsgraph/id/entity/person/>
PREFIX ngorg:  <https://w3id.org/newsgraph/id/entity/organization/>
PREFIX ngplace: <https://w3id.org/newsgraph/id/entity/place/>

# Events with their date, CAMEO code and label, newest first.
SELECT ?event ?date ?code ?label WHERE {
  ?event a sem:Event ; ng:cameoCode ?code .
  OPTIONAL { ?event sem:hasTimeStamp ?date }
  OPTIONAL { ?event rdfs:label ?label }
}
ORDER BY DESC(STR(?date))
LIMIT 100
`;

export async function sparqlPage(page) {
  const [Yasgui, catalogue] = await Promise.all([loadYasgui(), fetch('/queries').then(r => r.json())]);
  const picker = document.createElement('select');
  picker.id = 'sparql-bundled';
  picker.append(new Option('Open a bundled query…', ''), ...catalogue.map(q => new Option(`${q.title} (${q.name})`, q.name)));
  const message = document.createElement('span');
  message.className = 'muted';
  const editor = document.createElement('div');
  editor.id = 'yasgui';
  const heading = document.createElement('h1');
  heading.textContent = 'SPARQL';
  const bar = document.createElement('div');
  bar.className = 'query-form';
  bar.append(picker, message);
  page.replaceChildren(heading, bar, editor);

  const yasgui = new Yasgui(editor, {
    requestConfig: { endpoint: `${location.origin}/sparql`, method: 'POST' },
    copyEndpointOnNewTab: false,
    persistenceId: null, // no state left in the browser between visits
    populateFromUrl: false, // Yasgui would read, then clear, the URL's #fragment: that is the explorer's route
    endpointCatalogueOptions: { getData: () => [{ endpoint: `${location.origin}/sparql` }] },
  });
  const tab = yasgui.getTab();
  const handedOver = sessionStorage.getItem('newsgraph-sparql');
  sessionStorage.removeItem('newsgraph-sparql');
  tab.setQuery(handedOver || DEFAULT_QUERY);
  picker.addEventListener('change', async () => {
    if (!picker.value) return;
    const chosen = catalogue.find(q => q.name === picker.value);
    const response = await fetch(`/queries/${chosen.name}`);
    const text = await response.text();
    if (!response.ok) { message.textContent = ` ${text} — fill it in on the Queries page, then open it here.`; return; }
    message.textContent = ` ${chosen.description}`;
    tab.setQuery(`# ${chosen.title}\n${text}`);
  });
  document.title = 'SPARQL — newsgraph';
}
