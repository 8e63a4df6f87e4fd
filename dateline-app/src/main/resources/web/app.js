// Dateline web page: Analyze, Search, Map and Timeline views over the /v1 API. No frameworks, no CDN.
"use strict";
const $ = sel => document.querySelector(sel);

function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => (k === "class" ? (e.className = v) : e.setAttribute(k, v)));
  children.flat().forEach(c => e.append(c instanceof Node ? c : document.createTextNode(c == null ? "" : String(c))));
  return e;
}

async function api(path, options) {
  const res = await fetch(path, options);
  const body = await res.json().catch(() => ({ error: { message: res.statusText } }));
  if (!res.ok) throw new Error((body.error && body.error.message) || res.statusText);
  return body;
}

// ---- tabs ----
const loaded = {};
document.querySelectorAll("#tabs button").forEach(b => b.addEventListener("click", () => show(b.dataset.view)));
function show(view) {
  document.querySelectorAll("#tabs button").forEach(b => b.classList.toggle("active", b.dataset.view === view));
  document.querySelectorAll(".view").forEach(s => s.classList.toggle("active", s.id === view));
  if (!loaded[view] && views[view]) { loaded[view] = true; views[view]().catch(e => console.error(e)); }
}

// ---- analyze ----
function speakerName(q, record) {
  const s = q.speaker;
  if (!s) return null;
  if (s.name) return s.name;
  const e = s.entityId && record.entities.find(x => x.id === s.entityId);
  if (e) return e.name;
  const known = [s.affiliation, s.role].filter(Boolean).join(" ");
  return s.anonymous ? (known || "unnamed source") + " (anonymous)" : known || s.span.text;
}

/** Article text with entity mentions, quotes and places wrapped in spans (overlaps nest by segment). */
function highlight(record) {
  const text = record.article.text, marks = [];
  record.entities.forEach(e => e.mentions.forEach(m => marks.push([m.start, m.end, "ent " + e.type, e.name])));
  record.quotes.forEach(q => marks.push([q.content.start, q.content.end, "quote", "said by " + (speakerName(q, record) || "?")]));
  record.places.forEach(p => marks.push([p.mention.start, p.mention.end, "place", p.name + ", " + p.countryCode]));
  const cuts = new Set([0, text.length]);
  marks.forEach(([s, e]) => { cuts.add(Math.max(0, s)); cuts.add(Math.min(text.length, e)); });
  const points = [...cuts].sort((a, b) => a - b), out = h("div");
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const active = marks.filter(m => m[0] <= s && m[1] >= e);
    let node = document.createTextNode(text.slice(s, e));
    active.forEach(([, , cls, title]) => { const w = h("span", { class: cls, title }); w.append(node); node = w; });
    out.append(node);
  }
  return out;
}

function renderSpeakers(record) {
  const bySpeaker = new Map();
  record.quotes.forEach(q => {
    const name = speakerName(q, record);
    if (!name) return;
    const s = q.speaker, cur = bySpeaker.get(name) || { n: 0, role: s.name ? [s.rank, s.role, s.affiliation].filter(Boolean).join(" ") : "" };
    cur.n++;
    bySpeaker.set(name, cur);
  });
  record.entities.filter(e => e.type === "PERSON" && e.roles.length && !bySpeaker.has(e.name)).forEach(e => {
    const r = e.roles[0];
    bySpeaker.set(e.name, { n: 0, role: [r.rank, r.role, r.affiliation].filter(Boolean).join(" ") });
  });
  const ul = $("#speakers");
  ul.textContent = "";
  if (!bySpeaker.size) ul.append(h("li", { class: "note" }, "no attributed quotes"));
  bySpeaker.forEach((v, name) => ul.append(h("li", { class: "speaker" }, h("b", {}, name),
    v.role ? h("span", { class: "role" }, " — " + v.role) : "", v.n ? ` (${v.n} quote${v.n > 1 ? "s" : ""})` : "")));
}

function eventRows(table, events) {
  table.textContent = "";
  table.append(h("tr", {}, h("th", {}, "date"), h("th", {}, "type"), h("th", {}, "who → whom"), h("th", {}, "evidence")));
  if (!events.length) table.append(h("tr", {}, h("td", { colspan: 4, class: "note" }, "no events")));
  events.forEach(e => table.append(h("tr", { class: "event" }, h("td", {}, e.date || ""),
    h("td", {}, e.type), h("td", {}, e.who), h("td", {}, e.evidence))));
}

function renderRecord(record) {
  $("#result").hidden = false;
  $("#result-title").textContent = record.article.title || (record.article.id === "posted" ? "Analyzed article" : record.article.id);
  const themes = (record.themes || []).map(t => t.code).join(", ");
  const tone = record.tone ? `tone ${record.tone.tone.toFixed(1)}` : "";
  $("#themes").textContent = [themes && "themes: " + themes, tone].filter(Boolean).join(" · ");
  const art = $("#article-text");
  art.textContent = "";
  art.append(highlight(record));
  renderSpeakers(record);
  const byId = new Map();
  record.places.forEach(p => { const c = byId.get(p.geonameId) || { ...p, weight: 0 }; c.weight++; byId.set(p.geonameId, c); });
  WorldMap.draw($("#article-map"), [...byId.values()].map(p => ({ lat: p.lat, lon: p.lon, label: `${p.name}, ${p.countryCode}`, weight: p.weight })));
  eventRows($("#article-events"), record.events.map(e => ({
    date: e.date, type: e.plover + (e.cameo ? ` (${e.cameo})` : ""),
    who: e.sources.map(a => a.code).join(", ") + " → " + e.targets.map(a => a.code).join(", "), evidence: e.trigger.text })));
}

async function analyze() {
  const text = $("#text").value;
  if (!text.trim()) { $("#status").textContent = "paste or upload an article first"; return; }
  $("#status").textContent = "analyzing… (the first call loads the models)";
  try {
    const body = { text, published: $("#published").value || null };
    renderRecord(await api("v1/analyze", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }));
    $("#status").textContent = "";
  } catch (e) { $("#status").textContent = "error: " + e.message; $("#status").className = "error"; }
}

$("#analyze-btn").addEventListener("click", analyze);
$("#file").addEventListener("change", async ev => {
  const f = ev.target.files[0];
  if (!f) return;
  const raw = await f.text();
  $("#text").value = /\.html?$/i.test(f.name) || raw.trimStart().startsWith("<")
    ? [...new DOMParser().parseFromString(raw, "text/html").querySelectorAll("h1,h2,h3,p,li")].map(e => e.textContent.trim()).filter(Boolean).join("\n")
    : raw;
});
$("#stored").addEventListener("change", async ev => {
  if (ev.target.value) renderRecord(await api("v1/articles/" + ev.target.value));
});
api("v1/articles?limit=200").then(rows => rows.forEach(r =>
  $("#stored").append(h("option", { value: r.id }, (r.date ? r.date + " " : "") + (r.title || r.source_id))))).catch(() => {});

// ---- search ----
async function search(ev) {
  if (ev) ev.preventDefault();
  const params = new URLSearchParams();
  new FormData($("#search-form")).forEach((v, k) => { if (String(v).trim()) params.set(k, v); });
  params.set("limit", "50");
  const hits = $("#hits"), facets = $("#facets");
  try {
    const r = await api("v1/search?" + params);
    hits.textContent = "";
    hits.append(h("p", { class: "note" }, `${r.total} matches`));
    r.hits.forEach(x => hits.append(h("div", { class: "hit" },
      h("div", { class: "meta" }, [x.date, x.speaker, x.title].filter(Boolean).join(" · ")),
      h("div", {}, x.kind === "quote" ? `“${x.text}”` : x.text))));
    facets.textContent = "";
    Object.entries(r.facets).forEach(([dim, counts]) => {
      if (!counts.length) return;
      const box = h("div", { class: "facet" }, h("h3", {}, dim.replace("_", " ")));
      counts.forEach(c => {
        const b = h("button", { type: "button" }, `${c.value} (${c.count})`);
        b.addEventListener("click", () => facetClick(dim, c.value));
        box.append(b);
      });
      facets.append(box);
    });
  } catch (e) { hits.textContent = "error: " + e.message; }
}
function facetClick(dim, value) {
  const input = $(`#search-form [name=${dim}]`);
  if (input) { input.value = value; search(); }
  else { const q = $("#search-form [name=q]"); q.value = (q.value + ` "${value}"`).trim(); search(); }
}
$("#search-form").addEventListener("submit", search);

// ---- map and timeline ----
const views = {
  search: () => search(),
  map: async () => {
    const rows = await api("v1/places?limit=1000");
    await WorldMap.draw($("#world-map"), rows.map(p => ({ lat: p.lat, lon: p.lon, label: `${p.name}, ${p.country}: ${p.articles} article(s)`, weight: p.articles })));
    $("#map-note").textContent = rows.length ? `${rows.length} places; marker size = number of articles` : "no places stored yet";
  },
  timeline: async () => {
    const [events, stats] = await Promise.all([api("v1/events?limit=1000"), api("v1/stats?top=100")]);
    drawTimeline(stats.perDay, events);
    eventRows($("#timeline-events"), events.map(e => ({ date: e.date, type: e.plover + (e.cameo ? ` (${e.cameo})` : ""),
      who: `${e.source_names || e.source_codes} → ${e.target_names || e.target_codes}`, evidence: e.sentence })));
  }
};

function drawTimeline(perDay, events) {
  const box = $("#timeline-chart"), NS = "http://www.w3.org/2000/svg", W = 960, H = 220, pad = 30;
  const days = [...perDay.map(d => d.date), ...events.map(e => e.date)].filter(Boolean).map(d => Date.parse(d));
  box.textContent = "";
  if (!days.length) { box.append(h("p", { class: "note" }, "no dated articles or events yet")); return; }
  const margin = Math.max(0, 7 * 864e5 - (Math.max(...days) - Math.min(...days))) / 2; // at least a week shown
  const lo = Math.min(...days) - margin, hi = Math.max(...days) + 864e5 + margin;
  const x = t => pad + (W - 2 * pad) * (t - lo) / (hi - lo);
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  const add = (name, attrs, title) => {
    const e = document.createElementNS(NS, name);
    Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
    if (title) { const t = document.createElementNS(NS, "title"); t.textContent = title; e.append(t); }
    svg.append(e);
    return e;
  };
  const maxN = Math.max(1, ...perDay.map(d => d.articles)), bw = Math.min(40, Math.max(2, (W - 2 * pad) * 864e5 / (hi - lo) - 1));
  perDay.forEach(d => { const hgt = 80 * d.articles / maxN;
    add("rect", { x: x(Date.parse(d.date)), y: H - pad - hgt, width: bw, height: hgt, class: "bar" }, `${d.date}: ${d.articles} articles`); });
  const stack = {};
  events.filter(e => e.date).forEach(e => { const k = e.date; stack[k] = (stack[k] || 0) + 1;
    add("circle", { cx: x(Date.parse(k)) + bw / 2, cy: H - pad - 90 - 7 * stack[k], r: 4, class: "ev q" + (e.quad_class || 1) },
      `${k} ${e.plover}: ${e.source_codes} → ${e.target_codes}`); });
  const fmt = t => new Date(t).toISOString().slice(0, 10);
  add("text", { x: pad, y: H - 8, "font-size": 12 }).textContent = fmt(lo);
  add("text", { x: W - pad, y: H - 8, "font-size": 12, "text-anchor": "end" }).textContent = fmt(hi - 864e5);
  box.append(svg);
}

// ---- deep links: #search, #map, #timeline, #article=ID (a stored article in the Analyze view) ----
async function route() {
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash.startsWith("article=")) {
    show("analyze");
    try { renderRecord(await api("v1/articles/" + encodeURIComponent(hash.slice(8)))); }
    catch (e) { $("#status").textContent = "error: " + e.message; $("#status").className = "error"; }
  } else if (["analyze", "search", "map", "timeline"].includes(hash)) {
    show(hash);
  }
}
window.addEventListener("hashchange", route);
route();
