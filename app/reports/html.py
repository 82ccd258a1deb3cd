"""Self-contained HTML from the document model.

The page loads nothing (a Content-Security-Policy forbids every fetch), so opening a report in a
browser makes no network request. The markup stays within what Qt's rich-text engine
understands, so the desktop app previews the very same HTML.
"""

from __future__ import annotations

from html import escape

from app.reports.model import (
    Block,
    BulletList,
    Document,
    Inline,
    Paragraph,
    Subheading,
    Table,
    for_readers,
)

FONT_STACK = "'Noto Sans', 'Noto Sans Khmer', 'Khmer OS', 'Leelawadee UI', sans-serif"

STYLE = f"""
body {{ font-family: {FONT_STACK}; font-size: 11pt; line-height: 1.45; color: #1d2329;
  max-width: 46em; margin: 2em auto; padding: 0 1em; }}
p.kicker {{ font-size: 9pt; letter-spacing: 0.12em; text-transform: uppercase; color: #5b6770;
  margin: 0; }}
h1 {{ font-size: 20pt; margin: 0.2em 0 0.3em 0; color: #12304a; }}
p.organisers {{ font-size: 11pt; color: #33414d; margin: 0 0 1em 0; }}
p.distribution {{ font-size: 9pt; color: #7a2e0e; margin: 0 0 1em 0; }}
h2 {{ font-size: 14pt; color: #12304a; margin: 1.4em 0 0.4em 0;
  border-bottom: 1px solid #c9d3dc; padding-bottom: 0.15em; }}
h3 {{ font-size: 12pt; color: #1f4e79; margin: 1.1em 0 0.3em 0; }}
h4 {{ font-size: 11pt; margin: 0.9em 0 0.2em 0; }}
p {{ margin: 0.35em 0 0.5em 0; }}
p.note {{ color: #4a5660; font-size: 10pt; }}
p.quote {{ margin: 0.6em 2em 0.1em 2em; font-style: italic; }}
p.attribution {{ margin: 0 2em 0.8em 2em; color: #4a5660; font-size: 10pt; }}
ul {{ margin: 0.2em 0 0.6em 0; }}
li {{ margin: 0.15em 0; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em 0; font-size: 10pt; }}
th, td {{ border: 1px solid #c9d3dc; padding: 3px 6px; vertical-align: top; text-align: left; }}
th {{ background-color: #eaf0f5; }}
td.num, th.num {{ text-align: right; }}
tr.total td {{ font-weight: bold; background-color: #f5f7f9; }}
table.facts th {{ width: 28%; }}
"""

# Khmer: letter spacing breaks up shaped clusters, and stacked subscripts need taller lines.
KHMER_STYLE = """body { line-height: 1.75; }
p.kicker { letter-spacing: 0em; font-size: 10pt; }
"""


def _inline(spans: Inline) -> str:
    out = []
    for s in spans:
        text = escape(s.text)
        if s.bold:
            text = f"<b>{text}</b>"
        if s.italic:
            text = f"<i>{text}</i>"
        out.append(text)
    return "".join(out)


def _table(t: Table) -> str:
    width = [f' width="{w}%"' for w in t.widths] if len(t.widths) == len(t.header) else None
    lines = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">', "<tr>"]
    for i, h in enumerate(t.header):
        cls = ' class="num"' if i in t.numeric else ""
        lines.append(f"<th{cls}{width[i] if width else ''}>{escape(h)}</th>")
    lines.append("</tr>")
    for n, row in enumerate(t.rows):
        total = t.total_row and n == len(t.rows) - 1
        lines.append('<tr class="total">' if total else "<tr>")
        for i, cell in enumerate(row):
            cls = ' class="num"' if i in t.numeric else ""
            text = escape(cell)
            lines.append(f"<td{cls}>{f'<b>{text}</b>' if total else text}</td>")
        lines.append("</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def _block(block: Block) -> str:
    if isinstance(block, Subheading):
        level = min(max(block.level, 3), 6)
        return f"<h{level}>{escape(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        cls = f' class="{block.style}"' if block.style != "body" else ""
        return f"<p{cls}>{_inline(block.spans)}</p>"
    if isinstance(block, BulletList):
        items = "\n".join(f"<li>{_inline(i)}</li>" for i in block.items)
        return f"<ul>\n{items}\n</ul>"
    return _table(block)


def render_html(doc: Document) -> str:
    doc = for_readers(doc)  # no control or bidi-override characters reach a reader
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(doc.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="generator" content="Roundtable">',
        f"<title>{escape(doc.title)}</title>",
        f"<style>{STYLE}{KHMER_STYLE if doc.language == 'km' else ''}</style>",
        "</head>",
        "<body>",
        f'<p class="kicker">{escape(doc.kicker)}</p>',
        f"<h1>{escape(doc.title)}</h1>",
    ]
    if doc.organisers:
        parts.append(f'<p class="organisers">{" · ".join(escape(o) for o in doc.organisers)}</p>')
    if doc.facts:
        parts.append(
            '<table class="facts" border="1" cellspacing="0" cellpadding="4" width="100%">'
        )
        for label, values in doc.facts:
            cell = "<br>".join(escape(v) for v in values)
            parts.append(f'<tr><th scope="row">{escape(label)}</th><td>{cell}</td></tr>')
        parts.append("</table>")
    for title, section in zip(doc.numbered_titles(), doc.sections, strict=True):
        parts.append(f"<h2>{escape(title)}</h2>")
        parts += [_block(b) for b in section.blocks]
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"
