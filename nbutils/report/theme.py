"""The look of the pages: one stylesheet and one nbconvert template, nothing from the network.

:data:`_CSS` is the whole stylesheet (the pages with code add Pygments' colours for the
code); :data:`_TEMPLATE` extends nbconvert's ``lab`` template with the page's title,
navigation bar and provenance footer, and embeds each figure in the page (a PNG as a data
URL, with an ``alt`` text; an SVG inline).
"""

from __future__ import annotations

_CSS = """
:root{--ink:#1f2328;--muted:#59636e;--rule:#d8dee4;--accent:#0b5cad;--bg-code:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,
"Helvetica Neue",Arial,sans-serif;background:#fff}
a{color:var(--accent)}
nav.site{position:sticky;top:0;z-index:5;background:#f6f8fa;border-bottom:1px solid var(--rule);
padding:.45rem 1rem;font-size:.9rem;line-height:1.8}
nav.site .here{font-weight:700}
nav.site .sep{color:var(--muted);margin:0 .35rem}
main,footer.prov{max-width:76rem;margin:0 auto;padding:0 1rem}
.jp-RenderedMarkdown p,.jp-RenderedMarkdown ul,.jp-RenderedMarkdown ol,.jp-RenderedText pre,
main>p,main>ul,main>ol{max-width:60rem}
main{padding-top:1rem}
h1{font-size:1.8rem;line-height:1.25}h2{font-size:1.35rem;margin-top:2rem;
border-bottom:1px solid var(--rule);padding-bottom:.2rem}h3{font-size:1.1rem}
.anchor-link{display:none}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.86em}
:not(pre)>code{background:var(--bg-code);padding:.1em .3em;border-radius:4px}
pre{white-space:pre-wrap;word-break:break-word;margin:0}
.jp-Cell{margin:.6rem 0}
.jp-InputPrompt,.jp-OutputPrompt,.jp-Collapser{display:none}
.jp-CodeCell .jp-InputArea-editor{background:var(--bg-code);border:1px solid var(--rule);
border-radius:6px;padding:.5rem .7rem;overflow-x:auto}
.jp-OutputArea-output{margin:.4rem 0;overflow-x:auto;max-width:100%}
.jp-RenderedText pre{padding:.2rem 0}
[data-mime-type="application/vnd.jupyter.stderr"] pre{background:#fff5f5;padding:.3rem .5rem}
.jp-RenderedImage img,.jp-RenderedSVG svg{max-width:100%;height:auto}
table{border-collapse:collapse;margin:.5rem 0;font-size:.86rem}
th,td{border-bottom:1px solid var(--rule);padding:.3rem .55rem;vertical-align:top;
text-align:right}
th{background:#f6f8fa}
td.text,th.text,.jp-RenderedMarkdown td,.jp-RenderedMarkdown th,table.prov td,table.prov th{
text-align:left;white-space:normal;overflow-wrap:break-word}
td.text{min-width:5rem}td.long{min-width:18rem}
tbody th{color:var(--muted);font-weight:normal;text-align:left}
thead th.group{text-align:center;border-bottom:2px solid var(--rule)}
blockquote{border-left:3px solid var(--rule);margin:0;padding-left:1rem;color:var(--muted)}
footer.prov{margin-top:2.5rem;padding-bottom:2rem;border-top:1px solid var(--rule);
font-size:.8rem;color:var(--muted)}
footer.prov dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.4rem 0}
footer.prov dt{font-weight:600}footer.prov dd{margin:0;overflow-wrap:anywhere}
.card{border:1px solid var(--rule);border-radius:8px;padding:.6rem 1rem;margin:.8rem 0}
.note{background:#fff8e1;border:1px solid #f0d98c;border-radius:6px;padding:.5rem .8rem}
.findings li{margin:.2rem 0}
"""

_TEMPLATE = r"""{%- extends 'base.html.j2' -%}
{%- block header -%}
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ resources.page.title | escape_html }}</title>
<style>{{ resources.page.css }}</style>
</head>
{%- endblock header -%}
{%- block body_header -%}
<body>
{{ resources.page.nav }}
<main class="jp-Notebook">
{%- endblock body_header -%}
{%- block body_footer -%}
</main>
{{ resources.page.footer }}
</body>
{%- endblock body_footer -%}
{%- block footer -%}
</html>
{%- endblock footer -%}
{% block data_png scoped -%}
<div class="jp-RenderedImage jp-OutputArea-output">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}"
 alt="{{ (output | get_metadata('alt', 'image/png')) or 'Figure (no title)' | escape_html }}"
{%- set width=output | get_metadata('width', 'image/png') -%}
{%- if width is not none %} width="{{ width | escape_html }}"{% endif -%}
{%- set height=output | get_metadata('height', 'image/png') -%}
{%- if height is not none %} height="{{ height | escape_html }}"{% endif %}>
</div>
{%- endblock data_png %}
{% block data_svg scoped -%}
<div class="jp-RenderedSVG jp-OutputArea-output">
{{ output.data['image/svg+xml'] }}
</div>
{%- endblock data_svg %}
"""
