// The live page: reads the JSON API and reloads it whenever /api/events says the topics changed.
'use strict';

const KINDS = ['deployed', 'planned', 'casualties'];
const fmt = n => n == null ? '–' : Number(n).toLocaleString('en-US');
const el = (tag, props = {}, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  children.forEach(c => e.append(c));
  return e;
};
let chart;

// the story this page shows (?story=NAME; the dashboard's first when left out): every API call asks for it
const STORY = new URLSearchParams(location.search).get('story');
const withStory = path => STORY == null ? path : path + (path.includes('?') ? '&' : '?') + 'story=' + encodeURIComponent(STORY);

async function api(path) {
  const r = await fetch(withStory(path), {cache: 'no-store'});
  if (!r.ok) throw new Error(path + ': ' + r.status);
  return r.json();
}

function figureButton(source, kind, text) {
  const b = el('button', {className: 'figure', textContent: text, title: 'Sentences behind ' + label(source) + ' ' + kind});
  b.dataset.source = source;
  b.dataset.kind = kind;
  b.addEventListener('click', () => showProvenance(source, kind));
  return b;
}

// what people read for a source id: "South Korea (KR)", "Unattributed"; ids stay the keys
const names = new Map();
function label(source) {
  const name = names.get(source);
  if (!name) return source;
  return name.toLowerCase() === source.toLowerCase() ? name : `${name} (${source})`;
}

function renderTable(estimates) {
  const body = document.querySelector('#estimates tbody');
  const rows = [];
  for (const [source, e] of Object.entries(estimates)) {
    for (const kind of KINDS) {
      const k = e.kinds[kind];
      if (!k) continue;
      const latest = k.latest;
      const value = latest.low != null ? fmt(latest.low) + '–' + fmt(latest.value) : fmt(latest.value);
      const tr = el('tr');
      tr.append(el('td', {textContent: label(source)}), el('td', {textContent: kind}),
        el('td', {className: 'num'}, figureButton(source, kind, value)),
        el('td', {textContent: latest.qualifier.replace('_', ' ')}),
        el('td', {className: 'num', textContent: k.lowest === k.highest ? fmt(k.lowest) : fmt(k.lowest) + '–' + fmt(k.highest)}),
        el('td', {className: 'num', textContent: k.articles}), el('td', {className: 'num', textContent: k.outlets}),
        el('td', {textContent: (k.lastSeen || '').slice(0, 10)}));
      rows.push(tr);
    }
  }
  body.replaceChildren(...rows);
  if (rows.length === 0) body.append(el('tr', {}, el('td', {colSpan: 8, textContent: 'No estimate yet: ingest some articles.'})));
}

// "Deployed: 10,000 – 12,000, median 11,000, from 6 sources", and which source gives each end
function renderRange(ranges) {
  const list = document.getElementById('range');
  const items = [];
  for (const kind of KINDS) {
    const r = ranges[kind];
    if (!r) continue;
    const name = kind[0].toUpperCase() + kind.slice(1);
    const low = r.low.low != null ? r.low.low : r.low.value;
    const span = low === r.high.value ? fmt(r.high.value) : `${fmt(low)} – ${fmt(r.high.value)}`;
    const li = el('li', {}, el('strong', {textContent: `${name}: ${span}, median ${fmt(r.median)}, from ${r.sources} source${r.sources === 1 ? '' : 's'}`}));
    li.dataset.kind = kind;
    li.append(el('span', {className: 'ends', textContent: low === r.high.value
      ? ` (${label(r.high.source)})`
      : ` (lowest: ${label(r.low.source)}; highest: ${label(r.high.source)})`}));
    items.push(li);
  }
  list.replaceChildren(...items);
  if (items.length === 0) list.append(el('li', {textContent: 'No source has given a figure yet.'}));
  const any = Object.values(ranges)[0];
  if (any) {
    const days = Math.round((Date.parse(any.to) - Date.parse(any.from)) / 86400000);
    document.getElementById('range-window').textContent = 'The lowest, median and highest of each source\'s latest figure, '
      + `among those published in the ${days} days before the newest (${any.to.slice(0, 10)}).`;
  }
}

function renderChart(timeline) {
  const styles = getComputedStyle(document.body);
  const datasets = [];
  let hue = 0;
  for (const [source, days] of Object.entries(timeline)) {
    for (const kind of KINDS) {
      const points = days.filter(d => d.kinds[kind]).map(d => ({
        x: Date.parse(d.day + 'T12:00:00Z'), y: d.kinds[kind].latest.value, claim: d.kinds[kind].latest, articles: d.kinds[kind].articles}));
      if (points.length === 0) continue;
      const color = `hsl(${(hue += 67) % 360} 65% 50%)`;
      datasets.push({label: label(source) + ' ' + kind, data: points, borderColor: color, backgroundColor: color,
        borderDash: kind === 'planned' ? [6, 4] : kind === 'casualties' ? [2, 3] : [], tension: 0, pointRadius: 4});
    }
  }
  const options = {
    responsive: true, maintainAspectRatio: false, animation: false, parsing: false,
    scales: {
      x: {type: 'linear', ticks: {color: styles.color, callback: v => new Date(v).toISOString().slice(0, 10), maxRotation: 0}},
      y: {beginAtZero: true, ticks: {color: styles.color, callback: v => fmt(v)}}},
    plugins: {
      legend: {labels: {color: styles.color}},
      tooltip: {callbacks: {
        title: items => new Date(items[0].raw.x).toISOString().slice(0, 10),
        label: item => `${item.dataset.label}: ${fmt(item.raw.y)} (${item.raw.claim.qualifier}, ${item.raw.claim.outlet || 'unknown outlet'})`,
        afterLabel: item => item.raw.claim.evidence}}}};
  if (chart) {
    chart.data.datasets = datasets;
    chart.update();
  } else {
    chart = new Chart(document.getElementById('timeline'), {type: 'line', data: {datasets}, options});
  }
}

function renderSpread(timeline) {
  // per kind and month: each source's latest figure in that month
  const periods = new Map();
  for (const [source, days] of Object.entries(timeline)) {
    for (const d of days) {
      for (const kind of KINDS) {
        const k = d.kinds[kind];
        if (!k) continue;
        const key = kind + ' ' + d.day.slice(0, 7);
        const bySource = periods.get(key) || new Map();
        bySource.set(source, k.latest.value);
        periods.set(key, bySource);
      }
    }
  }
  const cards = [];
  for (const [key, bySource] of [...periods.entries()].sort((a, b) => b[0].slice(-7).localeCompare(a[0].slice(-7)))) {
    if (bySource.size < 2 || new Set(bySource.values()).size < 2) continue;
    const [kind, month] = key.split(' ');
    const list = el('ul');
    [...bySource.entries()].sort((a, b) => b[1] - a[1])
      .forEach(([source, v]) => list.append(el('li', {}, label(source) + ': ', figureButton(source, kind, fmt(v)))));
    cards.push(el('div', {className: 'period'}, el('h3', {textContent: `${kind}, ${month}`}), list));
  }
  document.getElementById('spread').replaceChildren(...(cards.length ? cards : [el('p', {className: 'hint', textContent: 'No disagreement yet.'})]));
}

function highlighted(claim) {
  // the figure as the sentence writes it (3,000 or 3000 or 10 000), marked
  const text = claim.evidence || '';
  const digits = String(claim.value);
  const grouped = Number(claim.value).toLocaleString('en-US');
  const candidates = [grouped, grouped.replace(/,/g, ' '), digits];
  if (claim.low != null) candidates.unshift(Number(claim.low).toLocaleString('en-US'));
  const p = el('p');
  for (const c of candidates) {
    const at = text.indexOf(c);
    if (at >= 0) {
      p.append(text.slice(0, at), el('mark', {textContent: c}), text.slice(at + c.length));
      return p;
    }
  }
  p.textContent = text;
  return p;
}

async function showProvenance(source, kind) {
  const dialog = document.getElementById('provenance');
  document.getElementById('provenance-title').textContent = `${label(source)}, ${kind}: the sentences behind the figures`;
  const list = document.getElementById('claims');
  list.replaceChildren(el('li', {textContent: 'loading…'}));
  dialog.showModal();
  const claims = await api(`/api/claims?source=${encodeURIComponent(source)}&kind=${kind}`);
  list.replaceChildren(...claims.map(c => {
    const when = (c.publishedAt || c.ingestedAt || '').slice(0, 10);
    const meta = el('div', {className: 'meta', textContent: `${fmt(c.value)} (${c.qualifier.replace('_', ' ')}) · ${c.outlet || 'unknown outlet'} · ${when} · `});
    meta.append(c.url ? el('a', {href: c.url, textContent: 'article', target: '_blank', rel: 'noopener'}) : c.articleId);
    return el('li', {className: 'claim'}, highlighted(c), meta);
  }));
}

async function refresh() {
  const [estimates, timeline, ranges] = await Promise.all([api('/api/estimates'), api('/api/timeline'), api('/api/range')]);
  for (const [source, e] of Object.entries(estimates)) {
    if (e.name) names.set(source, e.name);
  }
  renderRange(ranges);
  renderTable(estimates);
  renderChart(timeline);
  renderSpread(timeline);
  document.body.dataset.version = String(Date.now());
}

function listen() {
  const status = document.getElementById('status');
  const events = new EventSource(withStory('/api/events'));
  events.addEventListener('update', () => refresh().catch(e => { status.textContent = 'error: ' + e.message; }));
  events.onopen = () => { status.textContent = 'live'; status.classList.add('live'); };
  events.onerror = () => { status.textContent = 'reconnecting…'; status.classList.remove('live'); };
}

async function showStory() {
  const story = await api('/api/story');
  if (story.title) {
    const p = document.getElementById('story');
    p.textContent = story.title;
    p.hidden = false;
    document.title = `newstally: ${story.title}`;
  }
  // several stories side by side: one per page, and a link to each of the others
  const stories = await api('/api/stories');
  if (stories.length > 1) {
    const nav = document.getElementById('stories');
    nav.replaceChildren(...stories.map(s => {
      const a = el('a', {href: '?story=' + encodeURIComponent(s.name), textContent: s.title || s.name});
      a.dataset.story = s.name;
      if (s.name === story.name) a.setAttribute('aria-current', 'page');
      return a;
    }));
    nav.hidden = false;
  }
}

showStory().catch(() => {});
refresh().catch(e => { document.getElementById('status').textContent = 'error: ' + e.message; });
listen();
