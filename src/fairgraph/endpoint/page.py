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
textarea{width:100%;height:14em;font:13px/1.4 ui-monospace,monospace;box-sizing:border-box}
.bar{margin:.5em 0;display:flex;gap:.5em;align-items:center;flex-wrap:wrap}
button{padding:.35em 1em}#status{color:#555}#status.err{color:#b00020;white-space:pre-wrap}
table{border-collapse:collapse;background:#fff;margin-top:.5em}
th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}
th{background:#eef2f6}td.uri{color:#24476b}pre{background:#fff;border:1px solid #ccc;padding:.5em;
overflow:auto}
"""

_JS = """
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
  const table = document.createElement('table'), head = table.insertRow();
  for (const v of vars) {
    const th = document.createElement('th'); th.textContent = v; head.appendChild(th);
  }
  for (const b of rows) {
    const tr = table.insertRow(); for (const v of vars) tr.appendChild(cell(b[v]));
  }
  out.appendChild(table);
  status.textContent = rows.length + ' rows in ' + secs + ' s';
}
document.getElementById('run').addEventListener('click', run);
box.addEventListener('keydown', e => { if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') run(); });
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


def page_html(graph_view: bool = False) -> str:
    """The page: a query box, the saved queries, a results table; fairgraph prefixes are
    predeclared on the server, so queries may use ``fg:``, ``schema:`` … without PREFIX lines."""
    saved = json.dumps(_saved(), ensure_ascii=False).replace("</", "<\\/")
    link = '<a href="graph">graph view</a>' if graph_view else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>fairgraph SPARQL</title>
<style>{_CSS}</style></head>
<body><header><h1>fairgraph SPARQL endpoint {link}</h1></header><main>
<div class="bar"><label>saved query <select id="pick"><option value="">—</option></select></label>
<span>endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol)</span></div>
<textarea id="q" spellcheck="false">{html.escape(_DEFAULT_QUERY)}</textarea>
<div class="bar"><button id="run">Run (Ctrl-Enter)</button>
<button id="csv">CSV</button><button id="json">JSON</button><span id="status"></span></div>
<div id="out"></div></main>
<script type="application/json" id="saved">{saved}</script>
<script>{_JS}</script></body></html>
"""
