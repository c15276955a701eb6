/* fairgraph graph view. Every text from the data goes through textContent, never innerHTML. */
(function () {
  "use strict";
  var marks = { start: performance.now() };
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var N = data.nodes, E = data.edges;
  var styles = {};
  data.styles.forEach(function (s) { styles[s.key] = s; });
  var adj = N.map(function () { return []; });
  E.forEach(function (e) { adj[e.from].push(e.id); adj[e.to].push(e.id); });
  var defaultBase = N.filter(function (n) { return n.x !== undefined; }).map(function (n) { return n.id; });
  var pos = {};
  N.forEach(function (n) { if (n.x !== undefined) { pos[n.id] = { x: n.x, y: n.y }; } });
  var frags = data.fragments || { groups: 0, nodes: 0, hidden: false };
  var state = { base: defaultBase, focus: null, types: {}, minAmount: 0, fragments: !frags.hidden };
  data.styles.forEach(function (s) { state.types[s.key] = true; });

  var nodes = new vis.DataSet();
  var edges = new vis.DataSet();
  var fg = window.fairgraph = {
    data: data, nodes: nodes, edges: edges, network: null,
    firstFrameMs: null, settledMs: null, settled: false, marks: marks
  };
  marks.parsed = performance.now();

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }
  function byId(id) { return document.getElementById(id); }
  function fmtAmount(v, cur) {
    if (!v) { return ""; }
    var units = [["亿", 1e8], ["万", 1e4], ["", 1]], i;
    for (i = 0; i < units.length; i++) {
      if (v >= units[i][1] || i === units.length - 1) {
        var t = (v / units[i][1]).toFixed(2).replace(/\.?0+$/, "");
        return (t + units[i][0] + " " + (cur || "")).trim();
      }
    }
    return "";
  }
  function fmtInt(v) { return Number(v).toLocaleString("en-US"); }
  /* "signed at 签约于" plus the edge label, unless the label only repeats the kind */
  function relText(e) {
    var tail = e.kindLabel.split(" ").pop();
    return e.label && e.label !== tail ? e.kindLabel + " · " + e.label : e.kindLabel;
  }

  function visible(n) {
    /* small fragments wait behind their checkbox at overview; a neighbourhood shows them */
    if (n.frag && !state.fragments && state.focus === null) { return false; }
    if (!state.types[n.group]) { return state.focus === n.id; }
    if (n.group === "agreement" && state.minAmount > 0 && n.amount < state.minAmount) {
      return state.focus === n.id;
    }
    return true;
  }

  function placeMissing(ids) {
    var centre = (state.focus !== null && pos[state.focus]) || { x: 0, y: 0 };
    var missing = ids.filter(function (id) { return !pos[id]; });
    if (state.focus !== null && !pos[state.focus]) { pos[state.focus] = centre; }
    missing.forEach(function (id, i) {
      if (pos[id]) { return; }
      var ring = 1 + Math.floor(i / 24), slot = i % 24;
      var angle = (2 * Math.PI * slot) / Math.min(24, missing.length) + ring * 0.3;
      pos[id] = { x: Math.round(centre.x + 260 * ring * Math.cos(angle)),
                  y: Math.round(centre.y + 260 * ring * Math.sin(angle)) };
    });
  }

  function visNode(n) {
    var p = pos[n.id];
    var title = n.label + "\n" + styles[n.group].label;
    if (n.amount) { title += "\n" + fmtAmount(n.amount, n.currency); }
    return { id: n.id, label: n.short, title: title, group: n.group, size: n.size, x: p.x, y: p.y };
  }

  function render() {
    if (fg.network) {
      var now = fg.network.getPositions();
      Object.keys(now).forEach(function (k) { pos[k] = now[k]; });
    }
    var ids = state.base.filter(function (id) { return visible(N[id]); });
    placeMissing(ids);
    var shown = {};
    ids.forEach(function (id) { shown[id] = true; });
    var visEdges = [];
    E.forEach(function (e) {
      if (shown[e.from] && shown[e.to]) {
        visEdges.push({ id: e.id, from: e.from, to: e.to, label: e.short,
                        title: relText(e) });
      }
    });
    edges.clear();
    nodes.clear();
    nodes.add(ids.map(function (id) { return visNode(N[id]); }));
    edges.add(visEdges);
    updateStatus();
  }

  function updateStatus() {
    var text = fmtInt(nodes.length) + " entities and " + fmtInt(edges.length) +
      " relations drawn, of " + fmtInt(N.length) + " and " + fmtInt(E.length) +
      " · " + fmtInt(data.documents) + " documents";
    if (fg.settledMs !== null) { text += " · ready in " + Math.round(fg.settledMs) + " ms"; }
    byId("status").textContent = text;
  }

  /* ---------- notice of what is left out, focus banner ---------- */
  function showNotice() {
    var box = byId("notice");
    while (box.firstChild) { box.removeChild(box.firstChild); }
    var parts = [];
    if (state.focus !== null) {
      parts.push("Neighbourhood of “" + N[state.focus].label + "” within " + hopsValue() +
                 " hop(s): " + fmtInt(nodes.length) + " entities. Press “Reset view” to see the whole graph.");
    } else if (data.focus.length) {
      parts.push("This page was built around " + data.focus.map(function (i) { return "“" + N[i].label + "”"; }).join(", ") +
                 " within " + data.hops + " hop(s).");
    }
    if (state.focus === null && data.omitted.nodes > 0) {
      var kinds = Object.keys(data.omitted.byType).map(function (k) {
        return fmtInt(data.omitted.byType[k]) + " " + k;
      }).join(", ");
      parts.push("Showing " + fmtInt(data.drawn) + " of " + fmtInt(N.length) +
        " entities (the most connected and most invested; limit " + fmtInt(data.maxNodes) + "). Left out: " +
        kinds + " and " + fmtInt(data.omitted.edges) + " relations. Search still finds every entity; choose one " +
        "or double-click a node to see its neighbourhood, or rebuild with “fairgraph build --focus NAME --hops N” " +
        "or a larger --max-nodes.");
    }
    parts.forEach(function (p) { box.appendChild(el("div", p)); });
    box.hidden = parts.length === 0;
  }

  /* ---------- legend and type filters ---------- */
  function shapeIcon(style) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16"); svg.setAttribute("viewBox", "0 0 16 16");
    var shapes = {
      dot: ["circle", { cx: 8, cy: 8, r: 6 }],
      square: ["rect", { x: 2, y: 2, width: 12, height: 12 }],
      diamond: ["polygon", { points: "8,1 15,8 8,15 1,8" }],
      star: ["polygon", { points: "8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6" }],
      triangle: ["polygon", { points: "8,1 15,14 1,14" }],
      triangleDown: ["polygon", { points: "1,2 15,2 8,15" }],
      hexagon: ["polygon", { points: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8" }]
    };
    var spec = shapes[style.shape] || shapes.dot;
    var shape = document.createElementNS(ns, spec[0]);
    Object.keys(spec[1]).forEach(function (k) { shape.setAttribute(k, spec[1][k]); });
    shape.setAttribute("fill", style.color);
    svg.appendChild(shape);
    return svg;
  }

  function buildLegend() {
    var box = byId("legend");
    var counts = {};
    N.forEach(function (n) { counts[n.group] = (counts[n.group] || 0) + 1; });
    box.appendChild(el("h2", "Types 类型"));
    data.styles.forEach(function (s) {
      var label = el("label");
      var box2 = el("input");
      box2.type = "checkbox"; box2.checked = true; box2.value = s.key;
      box2.setAttribute("data-type", s.key);
      box2.addEventListener("change", function () { state.types[s.key] = box2.checked; render(); });
      label.appendChild(box2);
      label.appendChild(shapeIcon(s));
      label.appendChild(el("span", s.label));
      label.appendChild(el("span", fmtInt(counts[s.key] || 0), "count"));
      box.appendChild(label);
    });
    if (frags.groups) {
      var fl = el("label", null, "fragments");
      var fb = el("input");
      fb.type = "checkbox"; fb.checked = state.fragments; fb.id = "show-fragments";
      fb.addEventListener("change", function () {
        state.fragments = fb.checked;
        render();
        fg.network.fit({ animation: false });
        fg.labelHubs();
      });
      fl.appendChild(fb);
      fl.appendChild(el("span", "Small fragments 小片段 (" + fmtInt(frags.groups) + " groups of ≤ 3)"));
      fl.appendChild(el("span", fmtInt(frags.nodes), "count"));
      box.appendChild(fl);
    }
    box.appendChild(el("p", "Edges are labelled with the post title, the role or the agreement type. " +
      "Node size grows with connections; agreements grow with their amount."));
    box.appendChild(el("p", "Click a node or an edge to read its facts and source sentences. " +
      "Double-click a node to show only its neighbourhood."));
  }

  /* ---------- amount slider ---------- */
  var amounts = [];
  (function () {
    var seen = {};
    N.forEach(function (n) { if (n.group === "agreement" && n.amount > 0 && !seen[n.amount]) { seen[n.amount] = 1; amounts.push(n.amount); } });
    amounts.sort(function (a, b) { return a - b; });
    var slider = byId("min-amount");
    slider.max = String(amounts.length);
    slider.disabled = amounts.length === 0;
    slider.addEventListener("input", function () {
      var i = Number(slider.value);
      state.minAmount = i > 0 ? amounts[i - 1] : 0;
      byId("min-amount-value").textContent = i > 0 ? "≥ " + fmtAmount(state.minAmount, "") : "any";
      render();
    });
  })();
  fg.setMinAmount = function (value) {
    state.minAmount = value;
    byId("min-amount-value").textContent = value > 0 ? "≥ " + fmtAmount(value, "") : "any";
    render();
  };

  /* ---------- side panel ---------- */
  function link(id) {
    var span = el("span", N[id].label, "link");
    span.addEventListener("click", function () { choose(id); });
    return span;
  }
  function sourcesBlock(body, src) {
    body.appendChild(el("h3", "Sources 来源 (" + src.length + ")"));
    if (!src.length) { body.appendChild(el("p", "No source sentence recorded.")); }
    src.forEach(function (s) {
      var q = el("blockquote", null, "source");
      q.appendChild(el("div", s[1], "sentence"));
      q.appendChild(el("cite", "— " + (s[0] || "unknown document")));
      body.appendChild(q);
    });
  }
  function openPanel() {
    var body = byId("panel-body");
    while (body.firstChild) { body.removeChild(body.firstChild); }
    byId("panel").hidden = false;
    return body;
  }
  function showNode(id) {
    var n = N[id], body = openPanel();
    body.setAttribute("data-kind", "node");
    body.appendChild(el("h2", n.label));
    var dl = el("dl");
    n.facts.forEach(function (f) { dl.appendChild(el("dt", f[0])); dl.appendChild(el("dd", f[1])); });
    body.appendChild(dl);
    var actions = el("div", null, "actions");
    var btn = el("button", "Show neighbourhood");
    btn.type = "button";
    btn.addEventListener("click", function () { focusOn(id); });
    actions.appendChild(btn);
    body.appendChild(actions);
    var rel = adj[id];
    body.appendChild(el("h3", "Relations 关系 (" + rel.length + ")"));
    var ul = el("ul");
    rel.slice(0, 300).forEach(function (eid) {
      var e = E[eid], li = el("li");
      var other = e.from === id ? e.to : e.from;
      li.appendChild(el("span", (e.from === id ? "→ " : "← ") + relText(e) + ": "));
      li.appendChild(link(other));
      ul.appendChild(li);
    });
    if (rel.length > 300) { ul.appendChild(el("li", "… and " + (rel.length - 300) + " more")); }
    body.appendChild(ul);
    sourcesBlock(body, n.src);
  }
  function showEdge(eid) {
    var e = E[eid], body = openPanel();
    body.setAttribute("data-kind", "edge");
    body.appendChild(el("h2", e.label || e.kindLabel));
    var dl = el("dl");
    dl.appendChild(el("dt", "relation")); dl.appendChild(el("dd", e.kindLabel));
    if (e.label) { dl.appendChild(el("dt", "label")); dl.appendChild(el("dd", e.label)); }
    if (e.seen) { dl.appendChild(el("dt", "seen in reports of")); dl.appendChild(el("dd", e.seen)); }
    var from = el("dd"); from.appendChild(link(e.from));
    var to = el("dd"); to.appendChild(link(e.to));
    dl.appendChild(el("dt", "from")); dl.appendChild(from);
    dl.appendChild(el("dt", "to")); dl.appendChild(to);
    [e.from, e.to].forEach(function (id) {
      if (N[id].group === "agreement" && N[id].amount) {
        dl.appendChild(el("dt", "amount")); dl.appendChild(el("dd", fmtAmount(N[id].amount, N[id].currency)));
      }
    });
    body.appendChild(dl);
    sourcesBlock(body, e.src);
  }
  byId("panel-close").addEventListener("click", function () { byId("panel").hidden = true; });
  fg.showNode = showNode; fg.showEdge = showEdge;

  /* ---------- focus mode ---------- */
  function hopsValue() { return Math.max(1, Math.min(5, Number(byId("hops").value) || 1)); }
  function neighbourhood(id, hops) {
    var keep = {}, frontier = [id], out = [id];
    keep[id] = true;
    for (var h = 0; h < hops && frontier.length; h++) {
      var next = [];
      frontier.forEach(function (v) {
        adj[v].forEach(function (eid) {
          var e = E[eid], w = e.from === v ? e.to : e.from;
          if (!keep[w]) { keep[w] = true; next.push(w); out.push(w); }
        });
      });
      frontier = next;
    }
    return out.sort(function (a, b) { return a - b; });
  }
  function focusOn(id) {
    state.focus = id;
    state.base = neighbourhood(id, hopsValue());
    render();
    showNotice();
    fg.network.selectNodes([id]);
    fg.network.fit({ nodes: nodes.getIds(), animation: false });
    showNode(id);
  }
  function reset() {
    state.focus = null;
    state.base = defaultBase;
    render();
    showNotice();
    fg.network.fit({ animation: false });
    fg.labelHubs();
  }
  fg.focusOn = focusOn; fg.reset = reset;
  byId("reset").addEventListener("click", reset);

  /* ---------- search ---------- */
  var folded = N.map(function (n) {
    return [n.label].concat(n.alt).map(function (s) { return s.toLocaleLowerCase(); });
  });
  function search(query) {
    var q = query.trim().toLocaleLowerCase();
    if (!q) { return []; }
    var hits = [];
    folded.forEach(function (names, id) {
      var best = 9;
      names.forEach(function (s) {
        if (s === q) { best = Math.min(best, 0); }
        else if (s.indexOf(q) === 0) { best = Math.min(best, 1); }
        else if (s.indexOf(q) > 0) { best = Math.min(best, 2); }
      });
      if (best < 9) { hits.push([best, N[id].label.length, id]); }
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return hits.slice(0, 30).map(function (h) { return h[2]; });
  }
  function choose(id) {
    var list = byId("results");
    list.hidden = true;
    if (nodes.get(id) === null) { focusOn(id); return; }
    fg.network.selectNodes([id]);
    fg.network.focus(id, { scale: Math.max(1, fg.network.getScale()), animation: false });
    showNode(id);
  }
  fg.search = search; fg.choose = choose;
  var input = byId("search"), active = 0, current = [];
  function showResults() {
    var list = byId("results");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    current = search(input.value);
    active = 0;
    current.forEach(function (id, i) {
      var li = el("li", N[id].label, i === active ? "active" : "");
      li.setAttribute("role", "option");
      var extra = styles[N[id].group].label + (N[id].x === undefined ? " · not drawn" : "");
      li.appendChild(el("span", extra, "kind"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(id); });
      list.appendChild(li);
    });
    if (input.value.trim() && !current.length) { list.appendChild(el("li", "No entity matches.")); }
    list.hidden = !input.value.trim();
  }
  input.addEventListener("input", showResults);
  input.addEventListener("keydown", function (ev) {
    var items = byId("results").children;
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (!current.length) { return; }
      items[active].className = "";
      active = (active + (ev.key === "ArrowDown" ? 1 : current.length - 1)) % current.length;
      items[active].className = "active";
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      if (current.length) { choose(current[active]); }
    } else if (ev.key === "Escape") {
      byId("results").hidden = true;
    }
  });
  input.addEventListener("blur", function () { byId("results").hidden = true; });

  /* ---------- network ---------- */
  var groups = {};
  data.styles.forEach(function (s) {
    groups[s.key] = { shape: s.shape, color: { background: s.color, border: "#ffffff",
      highlight: { background: s.color, border: "#111111" }, hover: { background: s.color, border: "#111111" } } };
  });
  var n0 = defaultBase.length;
  /* each barnesHut iteration costs ~60 ms at 2,000 nodes in headless Chromium: keep it short */
  var iterations = Math.max(5, Math.min(150, Math.round(16000 / Math.max(1, n0))));
  var options = {
    autoResize: true,
    groups: groups,
    layout: { improvedLayout: false, randomSeed: 7 },
    nodes: { borderWidth: 1, font: { size: 13, color: "#222", strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: {
      smooth: false, width: 1, selectionWidth: 2,
      arrows: { to: { enabled: true, scaleFactor: 0.45 } },
      color: { color: "#b8bcc4", highlight: "#333333", hover: "#555555" },
      font: { size: 10, color: "#555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" }
    },
    physics: {
      enabled: true, solver: "barnesHut",
      barnesHut: { gravitationalConstant: -2500, centralGravity: 0.05, springLength: 110,
                   springConstant: 0.03, damping: 0.5, avoidOverlap: 0.1 },
      maxVelocity: 40, minVelocity: 1.5, timestep: 0.5,
      stabilization: { enabled: true, iterations: iterations, updateInterval: 1000, fit: true }
    },
    interaction: { hover: n0 <= 3000, tooltipDelay: 200, hideEdgesOnDrag: n0 > 1000,
                   hideEdgesOnZoom: n0 > 1000, multiselect: false, keyboard: false }
  };
  buildLegend();
  render();
  marks.dataset = performance.now();
  var network = fg.network = new vis.Network(byId("network"), { nodes: nodes, edges: edges }, options);
  marks.network = performance.now();
  network.once("afterDrawing", function () { fg.firstFrameMs = performance.now(); });
  /* at the fitted zoom of a big graph every label is below vis's drawing threshold: the
     largest nodes (fairs, bodies with many posts) get labels big enough to be read there,
     largest first, skipping a label that would overlap one already placed */
  var HUB_LABELS = 30, HUB_CANDIDATES = 150, READABLE_PX = 11;
  var measure = document.createElement("canvas").getContext("2d");
  function labelHubs() {
    fg.hubLabels = null;
    var scale = network.getScale();
    if (!(scale > 0) || 13 * scale >= READABLE_PX) { return; }
    var size = Math.min(120, Math.ceil(READABLE_PX / scale)), px = size * scale;
    measure.font = px + "px sans-serif";
    var candidates = nodes.get().slice().sort(function (a, b) {
      return (b.size || 0) - (a.size || 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    }).slice(0, HUB_CANDIDATES);
    var at = network.getPositions(candidates.map(function (n) { return n.id; }));
    var boxes = [], shown = [];
    candidates.forEach(function (n) {
      if (shown.length >= HUB_LABELS) { return; }
      var p = network.canvasToDOM(at[n.id]), lines = String(n.label || "").split("\n");
      var w = Math.max.apply(null, lines.map(function (l) { return measure.measureText(l).width; }));
      var top = p.y + (n.size || 10) * scale + 1;
      var box = { l: p.x - w / 2 - 3, r: p.x + w / 2 + 3, t: top, b: top + lines.length * px * 1.25 };
      var clash = boxes.some(function (o) { return box.l < o.r && o.l < box.r && box.t < o.b && o.t < box.b; });
      if (clash) { return; }
      boxes.push(box);
      shown.push(n);
    });
    nodes.update(shown.map(function (n) { return { id: n.id, font: { size: size } }; }));
    fg.hubLabels = { count: shown.length, px: px, ids: shown.map(function (n) { return n.id; }), boxes: boxes };
  }
  fg.labelHubs = labelHubs;
  function settle() {
    if (fg.settled) { return; }
    network.setOptions({ physics: { enabled: false } });
    labelHubs();
    fg.settled = true;
    fg.settledMs = performance.now();
    updateStatus();
    if (data.focus.length) {
      network.selectNodes([data.focus[0]]);
      showNode(data.focus[0]);
    }
  }
  network.once("stabilizationIterationsDone", settle);
  network.once("stabilized", settle);
  if (!nodes.length) { settle(); }
  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
    else { byId("panel").hidden = true; }
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length) { focusOn(params.nodes[0]); }
  });
  byId("hops").value = String(Math.max(1, data.hops || 1));
  showNotice();
  marks.end = performance.now();
})();
