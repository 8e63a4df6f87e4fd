// World map drawn as plain SVG from the bundled world-atlas TopoJSON (equirectangular projection).
"use strict";
const WorldMap = (() => {
  const W = 960, H = 480, NS = "http://www.w3.org/2000/svg";
  let outline = null;

  const project = (lon, lat) => [(lon + 180) * W / 360, (90 - lat) * H / 180];

  function decodeArcs(topo) {
    const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
    return topo.arcs.map(arc => {
      let x = 0, y = 0;
      return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
    });
  }

  function ring(arcs, indexes) {
    const pts = [];
    indexes.forEach((i, k) => {
      let a = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      pts.push(...(k > 0 ? a.slice(1) : a));
    });
    // A ring crossing the antimeridian (Chukotka, Fiji) is drawn on the eastern side; its far tip falls off the map.
    const wraps = pts.some((p, k) => k > 0 && Math.abs(p[0] - pts[k - 1][0]) > 180);
    const coords = wraps ? pts.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : pts;
    return "M" + coords.map(([lon, lat]) => project(lon, lat).map(v => v.toFixed(1)).join(",")).join("L") + "Z";
  }

  async function load() {
    if (outline) return outline;
    const topo = await (await fetch("countries-110m.json")).json();
    const arcs = decodeArcs(topo);
    outline = topo.objects.countries.geometries.map(g => {
      const polys = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
      return { name: (g.properties || {}).name || "", d: polys.map(p => p.map(r => ring(arcs, r)).join("")).join("") };
    });
    return outline;
  }

  function el(name, attrs, parent) {
    const e = document.createElementNS(NS, name);
    Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
    if (parent) parent.appendChild(e);
    return e;
  }

  /** Draws the outline into container and one marker per point {lat, lon, label, weight}. */
  async function draw(container, points) {
    const countries = await load();
    container.textContent = "";
    const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of places" }, container);
    countries.forEach(c => { el("title", {}, el("path", { d: c.d, class: "country" }, svg)).textContent = c.name; });
    const max = Math.max(1, ...points.map(p => p.weight || 1));
    points.forEach(p => {
      const [x, y] = project(p.lon, p.lat);
      const r = 3 + 7 * Math.sqrt((p.weight || 1) / max);
      const m = el("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), class: "marker" }, svg);
      m.dataset.label = p.label;
      el("title", {}, m).textContent = p.label;
    });
    return svg;
  }

  return { draw, project };
})();
