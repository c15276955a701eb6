/* report.html: sort (click a heading), filter (type in the box) and page every table of the
   agreements, officials and conflicts sections. Static: it reads and moves the rows the page
   already holds, and never writes markup from their text. */
(function () {
  "use strict";
  var PAGE = 50;

  function cellText(row, i) {
    var cell = row.cells[i];
    return cell ? cell.textContent.trim() : "";
  }

  function asNumber(text) {
    var t = text.replace(/[,\s]/g, "");
    return /^-?\d+(\.\d+)?$/.test(t) ? parseFloat(t) : null;
  }

  function enhance(table) {
    var body = table.tBodies[0];
    if (!body) { return; }
    var rows = Array.prototype.slice.call(body.rows);
    var state = { shown: rows, page: 0, sortBy: -1, down: false };

    var bar = document.createElement("div");
    bar.className = "tools";
    var box = document.createElement("input");
    box.type = "search";
    box.placeholder = "filter 筛选…";
    box.setAttribute("aria-label", "filter the rows");
    var info = document.createElement("span");
    info.className = "info";
    var prev = document.createElement("button");
    prev.type = "button";
    prev.textContent = "‹ prev";
    var next = document.createElement("button");
    next.type = "button";
    next.textContent = "next ›";
    bar.appendChild(box);
    bar.appendChild(prev);
    bar.appendChild(next);
    bar.appendChild(info);
    table.parentNode.insertBefore(bar, table);

    function render() {
      var pages = Math.max(1, Math.ceil(state.shown.length / PAGE));
      state.page = Math.min(state.page, pages - 1);
      var from = state.page * PAGE;
      while (body.firstChild) { body.removeChild(body.firstChild); }
      state.shown.slice(from, from + PAGE).forEach(function (r) { body.appendChild(r); });
      info.textContent = state.shown.length + " of " + rows.length + " rows · page " +
        (state.page + 1) + " of " + pages;
      prev.disabled = state.page === 0;
      next.disabled = state.page >= pages - 1;
    }

    function apply() {
      var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
      state.shown = rows.filter(function (r) {
        var text = r.textContent.toLowerCase();
        return words.every(function (w) { return text.indexOf(w) >= 0; });
      });
      if (state.sortBy >= 0) {
        var i = state.sortBy, sign = state.down ? -1 : 1;
        state.shown.sort(function (a, b) {
          var x = cellText(a, i), y = cellText(b, i);
          var nx = asNumber(x), ny = asNumber(y);
          if (nx !== null && ny !== null) { return sign * (nx - ny); }
          return sign * x.localeCompare(y);
        });
      }
      state.page = 0;
      render();
    }

    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      th.tabIndex = 0;
      th.title = "sort by this column";
      function sort() {
        state.down = state.sortBy === i ? !state.down : false;
        state.sortBy = i;
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) {
          h.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", state.down ? "descending" : "ascending");
        apply();
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
    });
    box.addEventListener("input", apply);
    prev.addEventListener("click", function () { state.page -= 1; render(); });
    next.addEventListener("click", function () { state.page += 1; render(); });
    render();
  }

  Array.prototype.forEach.call(
    document.querySelectorAll("table.agreements, table.officials, table.conflicts"),
    enhance
  );
})();
