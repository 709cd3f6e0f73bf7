// The timeline chart: events per date, stacked by CAMEO root, drawn as plain SVG (no library).
const SVG = 'http://www.w3.org/2000/svg';
// Twenty distinguishable colours, one per CAMEO root 01..20.
const COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(c);
  return el;
}

/**
 * A chart of the dated events ({date, code}) per date, one colour per CAMEO root, with a legend
 * naming the roots. Dates are the events' own (a day, or a month when only the month is known).
 */
export function timelineChart(events, cameoName) {
  const perDate = new Map();
  const roots = new Set();
  for (const ev of events) {
    if (!ev.date || !ev.code) continue;
    const root = ev.code.slice(0, 2);
    roots.add(root);
    const counts = perDate.get(ev.date) || perDate.set(ev.date, new Map()).get(ev.date);
    counts.set(root, (counts.get(root) || 0) + 1);
  }
  const dates = [...perDate.keys()].sort();
  const rootList = [...roots].sort();
  const max = Math.max(1, ...dates.map(d => [...perDate.get(d).values()].reduce((a, b) => a + b, 0)));
  const width = 900, height = 160, left = 28, bottom = 40, barGap = 2;
  const bar = Math.max(2, Math.min(90, (width - left) / Math.max(1, dates.length) - barGap));
  // A date label is about 65 units wide: label every step-th bar so labels never overlap.
  const step = Math.max(1, Math.ceil(70 / (bar + barGap)));
  const y = n => (height - bottom) * n / max;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline-chart', role: 'img',
    'aria-label': `Events per date by CAMEO root, ${dates[0]} to ${dates[dates.length - 1]}` });
  chart.append(svg('text', { x: 0, y: 10, class: 'axis' }, String(max)), svg('text', { x: 0, y: height - bottom, class: 'axis' }, '0'));
  dates.forEach((date, i) => {
    const x = left + i * (bar + barGap);
    let stacked = 0;
    for (const root of rootList) {
      const n = perDate.get(date).get(root) || 0;
      if (!n) continue;
      const rect = svg('rect', { x, y: height - bottom - y(stacked + n), width: bar, height: y(n),
        fill: COLOURS[(parseInt(root, 10) - 1 + COLOURS.length) % COLOURS.length], 'data-date': date, 'data-root': root });
      rect.append(svg('title', {}, `${date}: ${n} × ${root} ${cameoName(root)}`));
      chart.append(rect);
      stacked += n;
    }
    if (i % step === 0) {
      chart.append(svg('text', { x, y: height - bottom + 14, class: 'axis' }, date));
    }
  });
  const legend = document.createElement('div');
  legend.className = 'legend';
  for (const root of rootList) {
    const item = document.createElement('span');
    const swatch = svg('svg', { width: 10, height: 10 }, svg('rect', { width: 10, height: 10, fill: COLOURS[(parseInt(root, 10) - 1) % COLOURS.length] }));
    item.append(swatch, ` ${root} ${cameoName(root)}`);
    legend.append(item);
  }
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.id = 'timeline-chart';
  const caption = document.createElement('figcaption');
  caption.textContent = 'Events per date, by CAMEO root';
  figure.append(caption, chart, legend);
  return figure;
}
