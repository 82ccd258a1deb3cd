"""Markdown (CommonMark with GitHub tables) from the document model. Pure Python.

Record text is escaped, so a minute entry can never become a heading, a link or raw HTML in
whatever renders the file.
"""

from __future__ import annotations

import re

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

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~!{}])")
# CommonMark list markers are ASCII digits only: "១." (Khmer digits) needs no escape.
_LINE_START = re.compile(r"^(\s*)([-+=]|[0-9]+[.)])(\s)")


def escape(text: str) -> str:
    # One logical line (paragraphs are separate blocks); an outer space is kept, because it
    # separates this span from the next one.
    words = " ".join(text.split())
    lead = " " if words and text[:1].isspace() else ""
    trail = " " if words and text[-1:].isspace() else ""
    text = lead + _SPECIAL.sub(r"\\\1", words) + trail
    return _LINE_START.sub(r"\1\\\2\3", text)


def _inline(spans: Inline) -> str:
    out = []
    for s in spans:
        text = escape(s.text)
        stripped = text.strip()
        if not stripped:
            out.append(text)
            continue
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        if s.bold:
            stripped = f"**{stripped}**"
        if s.italic:
            stripped = f"*{stripped}*"
        out.append(f"{lead}{stripped}{trail}")
    return "".join(out)


def _table(t: Table) -> list[str]:
    lines = ["| " + " | ".join(escape(h) for h in t.header) + " |"]
    lines.append(
        "|" + "|".join("---:" if i in t.numeric else "---" for i in range(len(t.header))) + "|"
    )
    for n, row in enumerate(t.rows):
        cells = [escape(c) or " " for c in row]
        if t.total_row and n == len(t.rows) - 1:
            cells = [f"**{c}**" if c.strip() else c for c in cells]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _block(block: Block) -> list[str]:
    if isinstance(block, Subheading):
        return ["#" * block.level + " " + escape(block.text)]
    if isinstance(block, Paragraph):
        text = _inline(block.spans)
        if block.style == "quote":
            return ["> " + text]
        if block.style == "attribution":
            return ["> " + text] if text else []
        return [text]
    if isinstance(block, BulletList):
        return ["- " + _inline(item) for item in block.items]
    return _table(block)


def render_markdown(doc: Document) -> str:
    doc = for_readers(doc)  # no control or bidi-override characters reach a reader
    out: list[str] = [f"*{escape(doc.kicker)}*", "", f"# {escape(doc.title)}", ""]
    if doc.organisers:
        out += [" · ".join(escape(o) for o in doc.organisers), ""]
    for label, values in doc.facts:
        label = doc.label_format.format(label=escape(label))
        out.append(f"- **{label}** " + "; ".join(escape(v) for v in values))
    if doc.facts:
        out.append("")
    for title, section in zip(doc.numbered_titles(), doc.sections, strict=True):
        out += [f"## {escape(title)}", ""]
        previous: Block | None = None
        for block in section.blocks:
            lines = _block(block)
            if not lines:
                continue
            # A quote and its attribution belong together: one block quote, two lines.
            if (
                isinstance(block, Paragraph)
                and block.style == "attribution"
                and isinstance(previous, Paragraph)
                and previous.style == "quote"
            ):
                out.pop()
                out += [">", *lines, ""]
            else:
                out += [*lines, ""]
            previous = block
    return "\n".join(out).rstrip("\n") + "\n"
