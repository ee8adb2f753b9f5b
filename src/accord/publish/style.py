"""The style sheet that the report and the website share (the report inlines it; the site
links it), and the colour of each status.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from accord.publish.blocks import STATUS_COLORS


def status_css() -> str:
    rules = []
    for status, color in STATUS_COLORS.items():
        text = "#1b2533" if status in ("pledged", "stalled") else "#fff"
        rules.append(f".s-{status}{{background:{color};color:{text}}}"
                     f".timeline>li.t-{status}::before{{background:{color}}}")
    return "".join(rules)


CSS = """
:root{--ink:#1b2533;--muted:#5d6876;--rule:#d8dce2;--wash:#f4f2ed;--navy:#14213d;--accent:#9b2226;
--serif:Georgia,"Iowan Old Style","Palatino Linotype","Book Antiqua","DejaVu Serif",serif;
--sans:"Helvetica Neue",Helvetica,Arial,"Liberation Sans","DejaVu Sans",sans-serif}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;color:var(--ink);background:#fff;font:15px/1.55 var(--sans);overflow-wrap:anywhere}
.wrap,main{max-width:1080px;margin:0 auto;padding:0 32px}
a{color:var(--navy);text-decoration-color:rgba(20,33,61,.35);text-underline-offset:2px}
a:hover{color:var(--accent)}
h1,h2,h3,h4{font-family:var(--serif);font-weight:normal;line-height:1.2;color:var(--navy)}
h2{font-size:26px;margin:48px 0 16px;padding-top:14px;border-top:3px solid var(--navy)}
h3{font-size:20px;margin:0 0 4px}
h4{font:600 12px/1 var(--sans);letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:18px 0 8px}
.muted{color:var(--muted)}
.masthead{background:var(--navy);color:#fff;padding:36px 0 30px;border-bottom:6px solid var(--accent)}
.masthead h1{color:#fff;font-size:40px;margin:6px 0 10px;max-width:24em}
.kicker{font:600 12px/1 var(--sans);letter-spacing:.14em;text-transform:uppercase;color:#e9c46a;margin:0}
.dek{font:20px/1.4 var(--serif);margin:0 0 12px;color:#e8ebf0}
.filters{margin:0 0 10px;color:#e9c46a}
.documents{list-style:none;margin:0;padding:0;font-size:13px}
.documents li{margin:2px 0}.documents cite{font-style:italic}.documents .muted{color:#b8c0cc}
.figures{display:grid;grid-template-columns:repeat(5,1fr);gap:0;margin:32px 0 18px;border-top:1px solid var(--rule);
border-bottom:1px solid var(--rule)}
.figure{padding:16px 18px;border-left:1px solid var(--rule)}
.figure:first-child{border-left:0;padding-left:0}
.figure .value{display:block;font:42px/1.05 var(--serif);color:var(--navy)}
.figure .label{display:block;font:600 12px/1.4 var(--sans);letter-spacing:.08em;text-transform:uppercase;margin-top:6px}
.figure .note{display:block;font-size:12.5px;color:var(--muted)}
.stripbar{display:block;border-radius:2px}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px;color:var(--muted);margin:8px 0 0}
.key{display:inline-flex;align-items:center;gap:6px}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px}
.chart{margin:0}.chart svg{display:block;width:100%;height:auto;font-family:var(--sans)}
.chart .area{font-size:13px;fill:var(--ink)}.chart .count{font-size:12px;fill:var(--muted)}
.chart .score{font-size:13px;font-weight:600;fill:var(--navy)}.chart .axis{font-size:11px;fill:var(--muted);
letter-spacing:.08em;text-transform:uppercase}
figcaption,.lede{font-size:13px;color:var(--muted);margin-top:6px}
table.data{width:100%;border-collapse:collapse;font-size:13.5px}
table.data thead th{font:600 11.5px/1.3 var(--sans);letter-spacing:.06em;text-transform:uppercase;color:var(--muted);
text-align:left;border-bottom:2px solid var(--navy);padding:8px 10px 6px}
table.data tbody th{text-align:left;font-weight:600;padding:7px 10px;border-bottom:1px solid var(--rule)}
table.data td{padding:7px 10px;border-bottom:1px solid var(--rule);vertical-align:top}
table.data tbody tr:nth-child(even){background:#fafaf8}
table.data .num{text-align:right;font-variant-numeric:tabular-nums}
table.data .strong{font-weight:600;color:var(--navy)}
.commitments td:first-child a{color:var(--ink);text-decoration:none}
.commitments td:first-child a:hover{color:var(--accent);text-decoration:underline}
.id{display:block;font:11.5px/1.4 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;color:var(--muted)}
.meta .id{display:inline}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font:600 11.5px/1.6 var(--sans);white-space:nowrap}
.progress{display:inline-block;vertical-align:middle;width:56px;height:7px;background:#e7e9ed;border-radius:4px;
overflow:hidden}.progress span{display:block;height:100%;background:var(--navy)}
.flag{display:inline-block;font:600 10.5px/1.5 var(--sans);letter-spacing:.05em;text-transform:uppercase;
padding:0 5px;border-radius:3px}
.flag.overdue{color:#fff;background:var(--accent)}.flag.stale{color:var(--muted);border:1px solid var(--rule)}
.commitment{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:4px 36px;padding:22px 0;
border-bottom:1px solid var(--rule);break-inside:avoid}
.commitment>header,.commitment>blockquote,.commitment>h4,.commitment>ol,.commitment>p{grid-column:1}
.commitment>.facts{grid-column:2;grid-row:1/span 6}
.meta{margin:0;color:var(--muted);font-size:13px}
.facts dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:6px 12px;font-size:13.5px;background:var(--wash);
padding:14px 16px;border-radius:3px}
.facts dt{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.06em;padding-top:2px}
.facts dd{margin:0}
.quote{margin:14px 0 4px;padding:2px 0 2px 18px;border-left:3px solid var(--accent);font:italic 16px/1.55 var(--serif)}
.quote p{margin:0 0 6px}.quote p::before{content:"“"}.quote p::after{content:"”"}
.quote footer{font:13px/1.4 var(--sans);font-style:normal;color:var(--muted)}
.timeline{list-style:none;margin:0;padding:0 0 0 18px;border-left:2px solid var(--rule)}
.timeline>li{position:relative;margin:0 0 12px;padding-left:4px}
.timeline>li::before{content:"";position:absolute;left:-25px;top:5px;width:10px;height:10px;border-radius:50%;
background:var(--muted);border:2px solid #fff}
.when{margin:0;font-size:13px}.when time{font-weight:600;margin-right:4px}
.pct{font-weight:600;margin:0 4px}.party{font:600 11px/1.5 var(--sans);border:1px solid var(--rule);
padding:0 5px;border-radius:3px;margin-right:4px}.by{color:var(--muted);margin-left:6px}
.note{margin:4px 0;white-space:pre-line}
.latest .about{display:block;font:17px/1.35 var(--serif);color:var(--navy);text-decoration:none}
.latest .about:hover{color:var(--accent);text-decoration:underline}
.evidence{margin:2px 0 0;padding-left:18px;font-size:13px}
.gone{color:#b3261e;font-weight:600}
.src{display:inline-block;padding:0 6px;border:1px solid var(--rule);border-radius:8px;font:600 11px/1.5 var(--sans);
text-transform:uppercase;letter-spacing:.04em}
.src.k-official{border-color:var(--navy);color:var(--navy)}
.nolink{font-family:ui-monospace,"DejaVu Sans Mono",monospace;color:var(--muted);word-break:break-all}
.back{font-size:12px;margin:6px 0 0}
.colophon{margin-top:56px;padding:8px 0 40px;background:var(--wash);font-size:13.5px}
.colophon h2{margin-top:24px}
@media screen and (max-width:760px){.figures{grid-template-columns:repeat(2,1fr)}.commitment{display:block}
.masthead h1{font-size:30px}}
.logo{display:block;max-height:56px;max-width:240px;margin:0 0 14px}
.subtitle{font:22px/1.35 var(--serif);color:#fff;margin:-4px 0 10px;max-width:36em}
.intro{font:16.5px/1.6 var(--serif);max-width:46em;margin:28px 0 0}.intro h3,.intro h4,.intro h5{margin:18px 0 6px}
.intro code{font:14px ui-monospace,"DejaVu Sans Mono",monospace;background:var(--wash);padding:0 3px}
.chart .tick{font-size:11px;fill:var(--muted)}.chart .year{font-size:12px;font-weight:600;fill:var(--ink)}
.chart .grid{stroke:var(--rule);stroke-width:1}.chart .axisline{stroke:var(--muted);stroke-width:1}
.relations{margin:10px 0 0;font-size:13px}.rel{display:block}
.compact .relations{display:block;margin:2px 0 0;font-size:12px;color:var(--muted)}
table.compact td:first-child .id{display:inline;margin-left:8px}
@media print{.screen{display:none}body{font-size:9.5pt;line-height:1.4}.wrap,main{max-width:none;padding:0}
.masthead{background:#fff;color:var(--ink);padding:0 0 10px;border-bottom:3px solid var(--navy)}
.masthead h1{color:var(--navy);font-size:24pt;margin:4px 0 6px}.dek,.subtitle{color:var(--navy);font-size:13pt}
.documents .muted{color:var(--muted)}.kicker{color:var(--accent)}
h2{font-size:16pt;margin:18px 0 8px;padding-top:6px;border-top-width:2px;break-after:avoid}
h3{font-size:13pt}.figures{margin:14px 0 10px}.figure{padding:8px 10px}.figure .value{font-size:24pt}
.intro{font-size:11pt;margin-top:12px}.intro p{margin:0 0 6px}
figure.chart,.strip,#by-party table{break-inside:avoid}
.timechart{max-height:200px}
table.data{font-size:8.5pt}table.data td,table.data tbody th{padding:2px 6px}table.data thead th{padding:4px 6px}
table.data thead{display:table-header-group}tr{break-inside:avoid}
table.compact td{padding:1.5px 6px}.compact .id{font-size:7.5pt}.badge{font-size:7.5pt;padding:0 5px;line-height:1.5}
.commitment{padding:10px 0;gap:2px 20px;break-inside:auto}.commitment>header{break-after:avoid}
.commitment>header,.commitment>blockquote,.facts,.timeline>li,.relations{break-inside:avoid}.quote{margin:6px 0 2px;font-size:10.5pt}.facts dl{padding:8px 10px;font-size:9pt}
.timeline>li{margin-bottom:6px}.latest .about{font-size:11pt}
.back{display:none}.evidence a::after{content:" (" attr(href) ")";color:var(--muted);word-break:break-all}
.colophon{margin-top:18px;padding:0;background:none;font-size:8.5pt}.colophon h2{margin-top:10px}
@page{size:A4;margin:14mm 13mm}}
"""
