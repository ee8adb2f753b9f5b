"""The site's index: the tracker at a glance (counts per status, the G20-scale score, the status
over time) and every commitment in one table, readable with scripts off; with them on, accord's
own small script (SCRIPT) filters it by status and by text, and sorts it by a column.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from accord.domain.model import STATUSES
from accord.domain.sanitize import html_text as h
from accord.publish.blocks import STATUS_LABELS, figures, intro, long_date, over_time
from accord.publish.context import METHOD
from accord.publish.site import frame
from accord.publish.site.content import SiteContent
from accord.publish.site.frame import link, page, site_title
from accord.publish.site.pages import commitment_table
from accord.tracker.summary import plural


def index_page(site: SiteContent) -> bytes:
    ctx, path = site.context, frame.INDEX
    who = ctx.identity
    logo = f'<img class="logo" src="{h(who.logo.data_uri())}" alt="{h(who.org or "Logo")}">' if who.logo else ""
    subtitle = f'<p class="subtitle">{h(who.subtitle)}</p>' if who.subtitle else ""
    narrowed = f'<p class="filters">Only commitments matching: {h(ctx.filters)}</p>' if ctx.filters else ""
    documents = "".join(f'<li><a href="{link(path, frame.document_path(d.id))}"><cite>{h(d.title)}</cite></a> '
                        f'<span class="muted">{h(d.date)}, {h(d.place)} · {plural(n, "commitment")}</span></li>'
                        for d, n in ctx.documents)
    body = (f'<header class="masthead"><div class="wrap">{logo}<h1>{h(site_title(site))}</h1>{subtitle}'
            f'<p class="dek">{plural(len(site.standings), "commitment")} from '
            f'{plural(len(ctx.documents), "document")}, as they stood on '
            f'<time datetime="{site.as_of.isoformat()}">{long_date(site.as_of)}</time>.</p>{narrowed}'
            f'<ul class="documents">{documents}</ul></div></header>'
            f"{intro(who.intro)}{figures(ctx.summary.total)}{over_time(ctx, site.chart() if site.chart else None)}"
            f'<section id="all"><h2>All commitments</h2>{_controls(len(site.standings))}'
            f'{commitment_table(site, site.standings, path, "commitments")}</section>'
            f'<section id="method"><h2>Method</h2><p>{h(METHOD)}</p></section>')
    return page(site, path, site_title(site), body, script=True)


def _controls(total: int) -> str:
    """The filter's controls: hidden until the script shows them (with scripts off they would do nothing)."""
    options = "".join(f'<option value="{s}">{STATUS_LABELS[s]}</option>' for s in STATUSES)
    return (f'<div class="controls" id="controls" hidden><label for="filter-status">Status</label>'
            f'<select id="filter-status"><option value="">Any</option>{options}</select>'
            f'<label for="filter-text">Search</label><input id="filter-text" type="search" '
            f'placeholder="Title, id, document, area, party"><output id="shown" aria-live="polite">'
            f"{total} of {total} shown</output></div>")


SCRIPT = """// accord's own: filter the index's table by status and text, sort it by a column.
(function () {
  "use strict";
  var table = document.getElementById("commitments");
  var controls = document.getElementById("controls");
  if (!table || !controls) { return; }
  var status = document.getElementById("filter-status");
  var text = document.getElementById("filter-text");
  var shown = document.getElementById("shown");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var words = rows.map(function (row) { return row.textContent.toLowerCase(); });
  controls.hidden = false;

  function filter() {
    var wanted = status.value, needle = text.value.trim().toLowerCase(), count = 0;
    rows.forEach(function (row, i) {
      var match = (!wanted || row.getAttribute("data-status") === wanted) &&
                  (!needle || words[i].indexOf(needle) !== -1);
      row.hidden = !match;
      if (match) { count += 1; }
    });
    shown.textContent = count + " of " + rows.length + " shown";
  }

  function key(row, column) {
    var cell = row.cells[column];
    var value = cell.getAttribute("data-sort");
    return value !== null ? value : cell.textContent.trim().toLowerCase();
  }

  function sort(column, header) {
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var numeric = column === 5;
    var order = rows.slice().sort(function (a, b) {
      var x = key(a, column), y = key(b, column);
      var diff = numeric ? Number(x) - Number(y) : (x < y ? -1 : x > y ? 1 : 0);
      return ascending ? diff : -diff;
    });
    order.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = header.textContent;
    header.textContent = "";
    header.appendChild(button);
    button.addEventListener("click", function () { sort(column, header); });
  });
  status.addEventListener("change", filter);
  text.addEventListener("input", filter);
}());
"""
