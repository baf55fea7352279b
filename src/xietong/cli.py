"""The xietong command line: thin commands over service.py, rendered with rich.

Library errors (``XietongError``) become one line on stderr and a non-zero
exit status; nothing here holds logic of its own.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

app = typer.Typer(help="xietong (协同): policy documents of coordinated development as a trackable record.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)

F = TypeVar("F", bound=Callable[..., Any])
ABBREV = {"beijing": "BJ", "tianjin": "TJ", "hebei": "HE", "national": "CN"}
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table (readable) or json.")]


def _console(stderr: bool = False):  # type: ignore[no-untyped-def]
    from rich.console import Console

    # soft_wrap: an error stays one line however narrow the terminal
    return Console(stderr=stderr, highlight=False, soft_wrap=stderr)


def _fail(message: str) -> None:
    _console(stderr=True).print(f"[bold red]error:[/] {message}", markup=True, soft_wrap=True)
    raise typer.Exit(1)


def _friendly(fn: F) -> F:
    """Turn the library's errors into one line and exit status 1."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from .errors import XietongError

        try:
            return fn(*args, **kwargs)
        except XietongError as e:
            _fail(str(e))

    return wrapper  # type: ignore[return-value]


def _settings() -> Any:
    from .config import load_settings

    return load_settings()


def _db(ctx: typer.Context) -> str:
    url = (ctx.obj or {}).get("db")
    if url and "://" not in url:
        url = f"sqlite:///{url}"
    return url or _settings().db_url


def _json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")


def _table(title: str, columns: tuple[str, ...], rows: list[list[str]], lines: bool = True) -> Any:
    """A rich table whose cells wrap rather than cut: the text is what the reader came for."""
    from rich.table import Table

    table = Table(title=title, show_lines=lines)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


@app.callback()
def _main(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option("--db", envvar="XIETONG_DB", show_default="sqlite:///xietong.db",
                                           help="Database URL (sqlite:///file.db, postgresql://user@host/db).")] = None,
) -> None:
    """Read, extract, store, align and search policy documents (Chinese and English)."""
    ctx.obj = {"db": db}


# -- ingest and extract -----------------------------------------------------------------------------------------

@app.command()
@_friendly
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
) -> None:
    """Read, extract and store documents; the same text is stored once; translations are paired."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
    from rich.table import Table

    from . import service

    files, results = service.collect_files(paths)
    err = _console(stderr=True)
    if files:
        with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.description}"), console=err, transient=True) as bar:
            task = bar.add_task("", total=len(files))

            def step(r: Any) -> None:
                bar.update(task, advance=1, description=Path(r.path).name)
                if r.status == "failed":
                    err.print(f"[red]error:[/] {r.path}: {r.error}")

            results += service.ingest(files, _db(ctx), on_file=step, max_bytes=_settings().max_file_bytes)
    for r in results[: len(results) - len(files)] if files else results:
        err.print(f"[red]error:[/] {r.path}: {r.error}")
    table = Table(title="ingested", show_lines=False)
    table.add_column("file", no_wrap=True, overflow="ellipsis")
    table.add_column("status", no_wrap=True)
    for col in ("doc", "sent.", "quant.", "commit.", "persons", "pairs"):
        table.add_column(col, justify="right")
    style = {"added": "green", "updated": "cyan", "unchanged": "dim", "failed": "red"}
    for r in results:
        c = r.counts
        table.add_row(Path(r.path).name, f"[{style[r.status]}]{r.status}[/]", str(r.doc_id or ""),
                      *(str(c.get(k, "")) for k in ("sentences", "quantities", "commitments", "persons")),
                      ",".join(map(str, r.pairs)))
    _console().print(table)
    failed = sum(r.status == "failed" for r in results)
    if failed:
        err.print(f"[red]{failed} of {len(results)} file(s) failed[/]")
        raise typer.Exit(1)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Documents to read (txt, md, html, docx, pdf).")],
    format: FormatOpt = "table",
) -> None:
    """Extract quantities, commitments, persons and entities from FILES; no database needed.

    --format json prints the contract of GUIDELINES.md: one object per file, one per line.
    """
    from . import service
    from .errors import XietongError

    failed = 0
    max_bytes = _settings().max_file_bytes
    for f in files:
        try:
            doc = service.extract_file(f, max_bytes=max_bytes)
        except XietongError as e:
            _console(stderr=True).print(f"[bold red]error:[/] {e}")
            failed += 1
            continue
        if format == "json":
            _json(service.contract(doc))
        else:
            from .render import document_tables

            for table in document_tables(doc):
                _console().print(table)
    raise typer.Exit(1 if failed else 0)


# -- the database -----------------------------------------------------------------------------------------------

@app.command()
@_friendly
def docs(ctx: typer.Context, format: FormatOpt = "table") -> None:
    """Documents in the database: id, date, language, title, source, counts and translation pairs."""
    from dataclasses import asdict

    from rich.table import Table

    from . import service

    rows = service.documents(_db(ctx))
    if format == "json":
        _json([asdict(r) for r in rows])
        return
    from rich import box

    console = _console()
    # The narrow columns never wrap; title and source share what the terminal has left.
    free = max(14, console.width - 66)
    table = Table(title=f"{len(rows)} document(s)", box=box.SIMPLE_HEAD, collapse_padding=True, pad_edge=False)
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("lang", no_wrap=True)
    table.add_column("where", no_wrap=True, min_width=8)  # jurisdictions, most salient first
    table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=min(40, free * 2 // 3))
    table.add_column("source", no_wrap=True, overflow="ellipsis", max_width=min(12, free - free * 2 // 3))
    for col in ("qty", "commit", "people", "pair"):
        table.add_column(col, justify="right", no_wrap=True, min_width=len(col))
    for r in rows:
        where = " ".join(ABBREV.get(j, j) for j in r.jurisdictions)
        table.add_row(str(r.id), r.date or "—", r.lang, where, r.title or Path(r.path).name, r.source or "",
                      str(r.quantities), str(r.commitments), str(r.persons), ",".join(map(str, r.pairs)))
    console.print(table)


@app.command()
@_friendly
def show(
    ctx: typer.Context,
    doc: Annotated[str, typer.Argument(help="Document id, content-hash prefix or file name.")],
    format: FormatOpt = "table",
) -> None:
    """One document, its text with quantities, commitments and persons highlighted, and their lists."""
    from . import service
    from .render import document_tables, highlighted_text

    doc_id, d = service.show(_db(ctx), doc)
    if format == "json":
        _json({"id": doc_id, **service.contract(d)})
        return
    con = _console()
    con.print(f"[bold]#{doc_id}[/] {d.title or d.path}  [dim]{d.date or 'no date'} · {d.lang} · {d.source or ''}[/]")
    con.print(highlighted_text(d))
    for table in document_tables(d):
        con.print(table)


@app.command()
@_friendly
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="Words in Chinese or English; every word must match.")],
    limit: Annotated[int, typer.Option(help="At most this many sentences.")] = 20,
    lang: Annotated[str | None, typer.Option(help="Only documents in this language (zh or en).")] = None,
    format: FormatOpt = "table",
) -> None:
    """Full-text search over sentences, with the matching words highlighted."""
    from dataclasses import asdict

    from rich.text import Text

    from . import service

    hits = service.search(_db(ctx), query, limit=limit, lang=lang)
    if format == "json":
        _json([asdict(h) for h in hits])
        return
    con = _console()
    if not hits:
        con.print(f"no sentence matches {query!r}")
    for h in hits:
        line = Text(h.text)
        for a, b in h.highlights:
            line.stylize("bold black on yellow", a, b)
        con.print(Text(f"#{h.doc_id} {h.date or ''} [{h.start}:{h.end}] ", style="dim") + line)


@app.command()
@_friendly
def commitments(
    ctx: typer.Context,
    area: Annotated[str | None, typer.Option(help="Area id, e.g. ecology, transport, relief.")] = None,
    jurisdiction: Annotated[str | None, typer.Option(help="beijing, tianjin or hebei.")] = None,
    strength: Annotated[str | None, typer.Option(help="binding, intended or encouraged.")] = None,
    doc: Annotated[str | None, typer.Option(help="Only this document.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 200,
    format: FormatOpt = "table",
) -> None:
    """Commitments in the database, filtered by area, jurisdiction, strength or document."""
    from dataclasses import asdict

    from . import service

    hits = service.commitments(_db(ctx), area=area, jurisdiction=jurisdiction, strength=strength, doc=doc,
                               limit=limit)
    if format == "json":
        _json([{**asdict(h.commitment), "doc_id": h.doc_id, "date": h.date, "text": h.text} for h in hits])
        return
    rows = [[str(h.doc_id), h.date or "", ", ".join(h.commitment.areas), h.commitment.strength,
             h.commitment.actor or "", h.commitment.deadline or h.commitment.deadline_text or "", h.text] for h in hits]
    _console().print(_table(f"{len(hits)} commitment(s)",
                            ("doc", "date", "areas", "strength", "actor", "deadline", "text"), rows))


@app.command()
@_friendly
def entities(
    ctx: typer.Context,
    type: Annotated[str | None, typer.Option("--type", "-t", help="person, place, org, platform or slogan.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 200,
    format: FormatOpt = "table",
) -> None:
    """Persons, places, organisations, platforms and slogans, with mention and document counts."""
    from dataclasses import asdict

    from . import service

    rows = service.entities(_db(ctx), type=type, limit=limit)
    if format == "json":
        _json([asdict(r) for r in rows])
        return
    cells = [[r.type, r.name, r.name_zh or "", r.name_en or "", r.ref or "", str(r.mentions), str(r.documents)]
             for r in rows]
    _console().print(_table(f"{len(rows)} {type or 'entit'}{'(s)' if type else 'ies'}",
                            ("type", "name", "zh", "en", "id", "mentions", "documents"), cells, lines=False))


@app.command()
@_friendly
def person(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A name in Chinese or English: 陈敏尔 or \"Chen Min'er\".")],
    format: FormatOpt = "table",
) -> None:
    """One person across languages: every mention, title and document over time."""
    from dataclasses import asdict

    from . import service

    page = service.person(_db(ctx), name)
    if format == "json":
        _json(asdict(page))
        return
    rows = [[str(doc_id), date or "", nm, title or "", org or "", context]
            for doc_id, date, nm, title, org, context in page.mentions]
    _console().print(_table(f"{page.name_zh or ''} {page.name_en or ''} — {len(page.mentions)} mention(s)",
                            ("doc", "date", "name", "title", "organisation", "context"), rows))


# -- translations -----------------------------------------------------------------------------------------------

@app.command()
@_friendly
def align(
    a: Annotated[Path, typer.Argument(help="The original (usually Chinese).")],
    b: Annotated[Path, typer.Argument(help="Its translation.")],
    format: FormatOpt = "table",
) -> None:
    """Align two documents that translate each other, sentence by sentence."""
    from . import service

    result = service.align_files(a, b)
    pairs = [{"a": list(p.a), "b": list(p.b), "score": round(p.score, 3)} for p in result.pairs]
    if format == "json":
        _json({"a": str(a), "b": str(b), "pairs": pairs})
        return
    from rich.table import Table

    from .ingest import read_document

    ta, tb = read_document(a).text, read_document(b).text
    table = Table(title=f"{a.name} ↔ {b.name} — {len(pairs)} pair(s)", show_lines=True)
    table.add_column("#", justify="right")
    table.add_column(a.name, overflow="fold", ratio=1)
    table.add_column(b.name, overflow="fold", ratio=2)
    table.add_column("score", justify="right")
    for k, p in enumerate(result.pairs, 1):
        table.add_row(str(k), ta[p.a[0]:p.a[1]], tb[p.b[0]:p.b[1]], f"{p.score:.2f}")
    _console().print(table)


@app.command()
@_friendly
def diff(
    a: Annotated[Path, typer.Argument(help="The original (usually Chinese).")],
    b: Annotated[Path, typer.Argument(help="Its translation.")],
    format: FormatOpt = "table",
    furniture: Annotated[bool, typer.Option("--furniture", help="Also list left-out bylines and headings.")] = False,
) -> None:
    """What a translation changed: left-out sentences, numbers that disagree, names rendered otherwise."""
    from dataclasses import asdict

    from . import service

    d = service.diff_files(a, b)
    if format == "json":
        _json(asdict(d))
        return
    console = _console()
    left_out = [o for o in d.omissions if furniture or o.body]
    console.print(_table(f"Left out of {b.name}: {len(left_out)} sentence(s) of {a.name}", ("span", "sentence"),
                         [[f"{o.start}-{o.end}", o.text] for o in left_out]))
    console.print(_table(f"Numbers that disagree: {len(d.numbers)} pair(s)",
                         ("a span", f"only in {a.name}", f"only in {b.name}"),
                         [[f"{n.a[0]}-{n.a[1]}", ", ".join(n.only_a), ", ".join(n.only_b)] for n in d.numbers]))
    console.print(_table(f"Names rendered otherwise: {len(d.names)}", ("a span", "name", "expected"),
                         [[f"{m.a[0]}-{m.a[1]}", m.zh, " / ".join(m.expected)] for m in d.names]))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
