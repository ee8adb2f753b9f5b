"""The site's style sheet: the report's, and the site's own rules (its bar, tables, controls).

Core: imports neither typer nor rich.
"""

from __future__ import annotations


def style_sheet() -> bytes:
    from accord.publish.style import CSS, status_css

    return (CSS + status_css() + SITE_CSS).encode("utf-8")


SITE_CSS = """
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:6px 10px;z-index:9}
.sitebar{background:var(--navy);color:#fff;border-bottom:4px solid var(--accent)}
.sitebar .wrap{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 18px;padding-top:10px;padding-bottom:10px}
.sitebar a{color:#fff}.sitebar .home{font:19px/1.3 var(--serif);text-decoration:none}
.sitebar .org{font:600 12px/1 var(--sans);letter-spacing:.12em;text-transform:uppercase;color:#e9c46a}
.sitebar nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:4px 16px;margin:0;padding:0;font-size:14px}
.sitebar nav a[aria-current]{text-decoration-thickness:2px}
main{overflow-wrap:break-word}
main>.masthead{margin:24px 0 0;padding:28px 28px 22px;border-radius:3px}main>.masthead .wrap{padding:0}
.masthead .documents a{color:#fff}
.commitment>h2,.commitment>nav,.commitment>.follow{grid-column:1}
.masthead h1{overflow-wrap:normal}
.pagehead{margin-top:28px}.pagehead h1,.page h1{font-size:32px;margin:4px 0 8px}.kicker{color:var(--accent)}
.crumbs{font-size:13px;margin:18px 0 0}
.page.commitment{border-bottom:0}.page h2{font-size:22px;margin-top:26px}
.follow{font-size:13px}
.scroll{overflow-x:auto;max-width:100%}
.commitments td:nth-child(n+2) a{color:var(--ink)}
.controls{display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px;margin:0 0 12px;font-size:14px}
.controls[hidden]{display:none}
.controls select,.controls input{font:inherit;padding:4px 6px;border:1px solid var(--muted);border-radius:3px}
.controls input{min-width:14em;max-width:100%}.controls output{color:var(--muted)}
th .sort{font:inherit;letter-spacing:inherit;text-transform:inherit;color:inherit;background:none;border:0;
padding:0;cursor:pointer;text-align:left}
th[aria-sort=ascending] .sort::after{content:" ▲"}th[aria-sort=descending] .sort::after{content:" ▼"}
.timeline>li.t-withdrawn>.when,.timeline>li.t-withdrawn>.note{text-decoration:line-through;color:var(--muted)}
.correction{margin:4px 0;font-size:13px;background:#fdf3e3;border-left:3px solid #e0a526;padding:4px 8px}
.files li{margin:4px 0}
@media screen and (max-width:760px){.wrap,main{padding:0 14px}main>.masthead{padding:18px 14px}
.figure{padding:10px 8px}.figure .value{font-size:32px}.figure:first-child{padding-left:8px}
table.data.commitments thead{display:none}table.data.commitments tr{display:block;border-bottom:1px solid var(--rule);
padding:6px 0}table.data.commitments td{display:inline-block;border:0;padding:2px 8px 2px 0}
table.data.commitments td:first-child,table.data.commitments td:nth-child(2){display:block}
table.data.commitments td[data-label]::before{content:attr(data-label) ": ";color:var(--muted);font-size:12px}}
@media print{.sitebar,.controls,.skip,.follow{display:none}}
"""
