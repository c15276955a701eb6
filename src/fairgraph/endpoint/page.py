"""The query page of ``fairgraph serve``: one self-contained HTML file, no network needed.

>>> html = page_html()
>>> "<textarea" in html and "http" not in html.split("<script>")[1].split("fetch(")[0]
True
"""

from __future__ import annotations

import html
import json

from fairgraph.errors import FairgraphError

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#24476b;color:#fff;padding:.6em 1em}header h1{font-size:1.1em;margin:0}
header a{color:#cfe3ff;margin-left:1em}main{padding:1em;max-width:1200px}
.editor{position:relative;height:14em;background:#fff;border:1px solid #aaa}
.editor textarea,.editor pre{position:absolute;inset:0;margin:0;padding:.4em;border:0;
font:13px/1.4 ui-monospace,monospace;white-space:pre-wrap;overflow-wrap:anywhere;overflow:auto;
box-sizing:border-box;tab-size:2}
.editor textarea{background:transparent;color:transparent;caret-color:#111;resize:none;z-index:1}
.editor pre{color:#222;pointer-events:none}
.k{color:#7b2fa0;font-weight:600}.v{color:#0a6b3c}.s{color:#a14a00}.i{color:#24476b}
.p{color:#00598a}.c{color:#888;font-style:italic}.n{color:#b00060}
#complete{position:absolute;z-index:2;list-style:none;margin:0;padding:2px 0;background:#fff;
border:1px solid #999;max-height:12em;overflow:auto;font:12px ui-monospace,monospace;min-width:14em}
#complete li{padding:1px 8px;cursor:pointer}#complete li.on{background:#24476b;color:#fff}
.bar{margin:.5em 0;display:flex;gap:.5em;align-items:center;flex-wrap:wrap}
button{padding:.35em 1em}#status{color:#555}#status.err{color:#b00020;white-space:pre-wrap}
table{border-collapse:collapse;background:#fff;margin-top:.5em}
th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}
th{background:#eef2f6;cursor:pointer}th.asc::after{content:" ▲"}th.desc::after{content:" ▼"}
td.uri{color:#24476b}pre{background:#fff;border:1px solid #ccc;padding:.5em;
overflow:auto}
"""

_JS = r"""
const queries = JSON.parse(document.getElementById('saved').textContent);
const box = document.getElementById('q'), pick = document.getElementById('pick');
const status = document.getElementById('status'), out = document.getElementById('out');
for (const name of Object.keys(queries)) {
  const o = document.createElement('option'); o.value = name; o.textContent = name;
  pick.appendChild(o);
}
pick.addEventListener('change', () => { if (pick.value) box.value = queries[pick.value]; });
function cell(term) {
  const td = document.createElement('td');
  if (!term) return td;
  td.textContent = term.type === 'bnode' ? '_:' + term.value : term.value;
  if (term['xml:lang']) { td.lang = term['xml:lang']; td.title = 'language: ' + term['xml:lang']; }
  if (term.type === 'uri') td.className = 'uri';
  return td;
}
async function run() {
  status.className = ''; status.textContent = 'running…'; out.textContent = '';
  const started = performance.now();
  const body = new URLSearchParams({query: box.value});
  let resp;
  try {
    resp = await fetch('sparql', {method: 'POST', body,
      headers: {'Accept': 'application/sparql-results+json, text/turtle;q=0.9'}});
  } catch (e) { status.className = 'err'; status.textContent = String(e); return; }
  const text = await resp.text();
  const secs = ((performance.now() - started) / 1000).toFixed(2);
  if (!resp.ok) {
    status.className = 'err'; status.textContent = resp.status + ': ' + text; return;
  }
  const kind = resp.headers.get('Content-Type') || '';
  if (!kind.includes('json')) {
    const pre = document.createElement('pre'); pre.textContent = text; out.appendChild(pre);
    status.textContent = 'graph result in ' + secs + ' s'; return;
  }
  const data = JSON.parse(text);
  if ('boolean' in data) {
    status.textContent = 'answer: ' + data.boolean + ' (' + secs + ' s)'; return;
  }
  const vars = data.head.vars, rows = data.results.bindings;
  const table = document.createElement('table'), head = table.createTHead().insertRow();
  const rowsBox = table.createTBody();
  let sortedBy = null, descending = false;
  function fill() {
    rowsBox.textContent = '';
    for (const b of rows) {
      const tr = rowsBox.insertRow(); for (const v of vars) tr.appendChild(cell(b[v]));
    }
  }
  /* a click on a column's head sorts by it (numbers as numbers), a second click reverses */
  const order = new Intl.Collator(undefined, {numeric: true});
  for (const v of vars) {
    const th = document.createElement('th'); th.textContent = v; th.title = 'sort by ' + v;
    th.addEventListener('click', () => {
      descending = sortedBy === v ? !descending : false; sortedBy = v;
      rows.sort((a, b) => {
        const x = a[v] ? a[v].value : '', y = b[v] ? b[v].value : '';
        const nx = Number(x), ny = Number(y);
        const c = x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny) ? nx - ny : order.compare(x, y);
        return descending ? -c : c;
      });
      for (const h of head.cells) h.className = '';
      th.className = descending ? 'desc' : 'asc';
      fill();
    });
    head.appendChild(th);
  }
  fill();
  out.appendChild(table);
  status.textContent = rows.length + ' rows in ' + secs + ' s';
}
document.getElementById('run').addEventListener('click', run);
box.addEventListener('keydown', e => { if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') run(); });

/* the editor: the text in the textarea is shown through a highlighted copy behind it */
const hl = document.getElementById('hl');
const KEYWORDS = new Set(('SELECT ASK CONSTRUCT DESCRIBE WHERE PREFIX BASE FILTER OPTIONAL UNION ' +
  'MINUS GRAPH BIND VALUES GROUP BY ORDER HAVING LIMIT OFFSET DISTINCT REDUCED AS ASC DESC ' +
  'COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT NOT EXISTS IN STR LANG LANGMATCHES REGEX ' +
  'CONTAINS STRSTARTS STRENDS LCASE UCASE BOUND IF COALESCE YEAR MONTH DAY NOW A').split(' '));
const TOKEN = new RegExp([
  /(#[^\n]*)/, /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/, /(<[^<>\s]*>)/,
  /([?$][\w\u00C0-\uFFFF]+)/, /([A-Za-z][\w-]*:[\w.\-\u00C0-\uFFFF]*)/,
  /(\b\d+(?:\.\d+)?\b)/, /([A-Za-z_]+)/
].map(r => r.source).join('|'), 'g');
function highlight() {
  const text = box.value;
  hl.textContent = '';
  let at = 0, m;
  TOKEN.lastIndex = 0;
  while ((m = TOKEN.exec(text)) !== null) {
    if (m.index > at) hl.appendChild(document.createTextNode(text.slice(at, m.index)));
    const cls = m[1] ? 'c' : m[2] ? 's' : m[3] ? 'i' : m[4] ? 'v' : m[5] ? 'p' : m[6] ? 'n'
      : KEYWORDS.has(m[7].toUpperCase()) ? 'k' : '';
    const span = document.createElement('span');
    if (cls) span.className = cls;
    span.textContent = m[0];
    hl.appendChild(span);
    at = m.index + m[0].length;
  }
  hl.appendChild(document.createTextNode(text.slice(at) + '\n'));
  hl.scrollTop = box.scrollTop;
}
box.addEventListener('input', () => { highlight(); complete(false); });
box.addEventListener('scroll', () => { hl.scrollTop = box.scrollTop; });

/* completion: keywords, the contract's terms, the prefixes and the query's own variables */
const TERMS = JSON.parse(document.getElementById('terms').textContent);
const list = document.getElementById('complete');
let choices = [], active = 0;
function wordBefore() {
  const upto = box.value.slice(0, box.selectionStart);
  const m = /[?$]\w*$|[A-Za-z_][\w:.\-]*$/.exec(upto);
  return m ? m[0] : '';
}
function complete(forced) {
  const word = wordBefore();
  if (!forced && word.length < 2) { list.hidden = true; return; }
  const vars = new Set((box.value.match(/[?$][A-Za-z_0-9]+/g) || []));
  const pool = word.startsWith('?') || word.startsWith('$') ? [...vars]
    : [...TERMS, ...KEYWORDS].map(t => t === 'A' ? 'a' : t);
  const low = word.toLowerCase();
  choices = [...new Set(pool)].filter(t => t.toLowerCase().startsWith(low) && t !== word)
    .sort().slice(0, 30);
  active = 0;
  list.textContent = '';
  choices.forEach((c, i) => {
    const li = document.createElement('li');
    li.textContent = c;
    if (i === active) li.className = 'on';
    li.addEventListener('mousedown', ev => { ev.preventDefault(); accept(i); });
    list.appendChild(li);
  });
  list.hidden = choices.length === 0;
}
function accept(i) {
  const word = wordBefore(), pos = box.selectionStart;
  box.setRangeText(choices[i], pos - word.length, pos, 'end');
  list.hidden = true;
  highlight();
  box.focus();
}
box.addEventListener('keydown', e => {
  if (e.ctrlKey && e.key === ' ') { e.preventDefault(); complete(true); return; }
  if (list.hidden) return;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    active = (active + (e.key === 'ArrowDown' ? 1 : choices.length - 1)) % choices.length;
    [...list.children].forEach((li, i) => { li.className = i === active ? 'on' : ''; });
  } else if (e.key === 'Tab' || (e.key === 'Enter' && !e.ctrlKey && !e.metaKey)) {
    e.preventDefault(); accept(active);
  } else if (e.key === 'Escape') { list.hidden = true; }
});
box.addEventListener('blur', () => { list.hidden = true; });
pick.addEventListener('change', highlight);
highlight();
function download(fmt) {
  window.location = 'sparql?format=' + fmt + '&query=' + encodeURIComponent(box.value);
}
document.getElementById('csv').addEventListener('click', () => download('csv'));
document.getElementById('json').addEventListener('click', () => download('json'));
"""

_DEFAULT_QUERY = """SELECT ?class (COUNT(?s) AS ?n)
WHERE { ?s a ?class }
GROUP BY ?class
ORDER BY DESC(?n)"""


def _saved() -> dict[str, str]:
    try:
        from fairgraph.graph.resources import saved_queries

        return {name: path.read_text(encoding="utf-8") for name, path in saved_queries().items()}
    except (FairgraphError, OSError, ImportError):
        return {}


def _terms() -> list[str]:
    """What the editor completes besides keywords and variables: the predeclared prefixes and
    every term of the fairgraph ontology (fg:Agreement, fg:party …) and the contract's other
    vocabularies."""
    from fairgraph.namespaces import PREFIXES

    out = [f"{p}:" for p in sorted(PREFIXES)]
    try:
        from rdflib import Graph

        from fairgraph.graph.resources import ontology_file

        onto = Graph().parse(ontology_file())
        names = {str(s) for s in onto.subjects() if hasattr(s, "startswith")}
        for prefix, ns in sorted(PREFIXES.items()):
            out += sorted(f"{prefix}:{n[len(str(ns)) :]}" for n in names if n.startswith(str(ns)))
    except (FairgraphError, OSError, ImportError, ValueError):
        pass
    return list(dict.fromkeys(t for t in out if not t.endswith(":") or t.count(":") == 1))


def page_html(graph_view: bool = False) -> str:
    """The page: a query box, the saved queries, a results table; fairgraph prefixes are
    predeclared on the server, so queries may use ``fg:``, ``schema:`` … without PREFIX lines."""
    saved = json.dumps(_saved(), ensure_ascii=False).replace("</", "<\\/")
    terms = json.dumps(_terms(), ensure_ascii=False).replace("</", "<\\/")
    link = '<a href="graph">graph view</a>' if graph_view else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>fairgraph SPARQL</title>
<style>{_CSS}</style></head>
<body><header><h1>fairgraph SPARQL endpoint {link}</h1></header><main>
<div class="bar"><label>saved query <select id="pick"><option value="">—</option></select></label>
<span>endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol)</span></div>
<div class="editor"><pre id="hl" aria-hidden="true"></pre>
<textarea id="q" spellcheck="false" aria-label="SPARQL query (Ctrl-Space completes)">
{html.escape(_DEFAULT_QUERY)}</textarea>
<ul id="complete" hidden></ul></div>
<div class="bar"><button id="run">Run (Ctrl-Enter)</button>
<button id="csv">CSV</button><button id="json">JSON</button><span id="status"></span></div>
<div id="out"></div></main>
<script type="application/json" id="saved">{saved}</script>
<script type="application/json" id="terms">{terms}</script>
<script>{_JS}</script></body></html>
"""
