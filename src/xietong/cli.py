"""The xietong command line: thin commands over service.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="xietong: policy documents of coordinated development as a trackable record.",
                  no_args_is_help=True, add_completion=False)


@app.callback()
def _main(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option("--db", envvar="XIETONG_DB",
                                           help="Database URL (sqlite:///file.db, postgresql://...).")] = None,
) -> None:
    """Read, extract, store and search policy documents."""
    ctx.obj = {"db": db}


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Documents to read (txt, html, docx, pdf).")],
    format: Annotated[str, typer.Option("--format", "-f", help="json (one object per line) or table.")] = "table",
) -> None:
    """Extract quantities, commitments and persons from FILES; no database needed."""
    from . import service
    from .errors import XietongError

    failed = 0
    for f in files:
        try:
            doc = service.extract_file(f)
        except XietongError as e:
            typer.echo(f"error: {e}", err=True)
            failed += 1
            continue
        if format == "json":
            sys.stdout.write(json.dumps(service.contract(doc), ensure_ascii=False) + "\n")
        else:
            typer.echo(json.dumps(service.contract(doc), ensure_ascii=False, indent=1))
    raise typer.Exit(1 if failed else 0)


@app.command()
def align(
    a: Annotated[Path, typer.Argument(help="The original (usually Chinese).")],
    b: Annotated[Path, typer.Argument(help="Its translation.")],
    format: Annotated[str, typer.Option("--format", "-f", help="json or table.")] = "table",
) -> None:
    """Align two documents that translate each other, sentence by sentence."""
    from . import service

    result = service.align_files(a, b)
    pairs = [{"a": list(p.a), "b": list(p.b), "score": round(p.score, 3)} for p in result.pairs]
    if format == "json":
        sys.stdout.write(json.dumps({"a": str(a), "b": str(b), "pairs": pairs}, ensure_ascii=False) + "\n")
    else:
        typer.echo(json.dumps(pairs, ensure_ascii=False, indent=1))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
