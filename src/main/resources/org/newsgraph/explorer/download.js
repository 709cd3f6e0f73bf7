// CSV and JSON downloads of a SPARQL result table, built in the page from the rows it already has.

function csvField(value) {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Links that save the rows ({var: {type, value}}) as CSV (RFC 4180) and as a JSON array of records. */
export function downloadLinks(vars, rows, name) {
  const plain = rows.map(r => Object.fromEntries(vars.map(v => [v, r[v] ? r[v].value : null])));
  const csv = [vars.join(','), ...plain.map(r => vars.map(v => csvField(r[v] ?? '')).join(','))].join('\r\n') + '\r\n';
  const link = (label, type, body, extension) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([body], { type }));
    a.download = `${name}.${extension}`;
    a.className = `download ${extension}`;
    a.textContent = label;
    return a;
  };
  const span = document.createElement('span');
  span.append('download ', link('CSV', 'text/csv', csv, 'csv'), ' ', link('JSON', 'application/json', JSON.stringify(plain, null, 1), 'json'));
  return span;
}
