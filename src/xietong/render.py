"""Rich renderings of a document and its facts, shared by `extract` and `show`."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from .model import Document

STYLES = {"commitment": "underline green", "quantity": "bold yellow", "person": "bold magenta"}


def number(value: float) -> str:
    """2.3e7 as 23,000,000 and 3.50 as 3.5: the way a reader writes numbers."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6f}".rstrip("0")


def highlighted_text(doc: Document) -> Text:
    """The document text with commitments underlined and quantities and persons in colour."""
    text = Text(doc.text)
    for c in doc.commitments:
        text.stylize(STYLES["commitment"], c.start, c.end)
    for q in doc.quantities:
        text.stylize(STYLES["quantity"], q.start, q.end)
    for p in doc.persons:
        text.stylize(STYLES["person"], p.start, p.end)
    return text


def document_tables(doc: Document) -> list[Table]:
    head = Table.grid(padding=(0, 2))
    head.add_row(Text(doc.path, style="bold"), f"lang {doc.lang}", f"date {doc.date or '—'}",
                 f"source {doc.source or '—'}", f"jurisdictions {','.join(doc.jurisdictions) or '—'}")
    t = doc.text
    q = Table(title=f"{len(doc.quantities)} quantities", title_style="bold yellow")
    for col in ("span", "text", "value", "unit", "kind", "year", "metric"):
        q.add_column(col, overflow="fold")
    for x in doc.quantities:
        q.add_row(f"{x.start}-{x.end}", Text(t[x.start:x.end], style=STYLES["quantity"]), number(x.value), x.unit,
                  x.kind, str(x.year or ""), x.metric or "")
    c = Table(title=f"{len(doc.commitments)} commitments", title_style="bold green", show_lines=True)
    for col in ("span", "areas", "strength", "actor", "deadline", "sentence"):
        c.add_column(col, overflow="fold")
    for y in doc.commitments:
        c.add_row(f"{y.start}-{y.end}", ", ".join(y.areas), y.strength, y.actor or "", y.deadline or "",
                  t[y.start:y.end])
    p = Table(title=f"{len(doc.persons)} person mentions", title_style="bold magenta")
    for col in ("span", "name", "title", "organisation"):
        p.add_column(col, overflow="fold")
    for z in doc.persons:
        p.add_row(f"{z.start}-{z.end}", Text(z.name, style=STYLES["person"]), z.title or "", z.org or "")
    return [head, q, c, p]
