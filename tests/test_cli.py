"""The command line end to end: real files, a real SQLite database, one line per bad file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from xietong.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def xt(*args: str, db: str | None = None):
    argv = (["--db", db] if db else []) + list(args)
    return runner.invoke(app, argv, catch_exceptions=False)


def good_file(folder: Path, name: str = "good.txt") -> Path:
    path = folder / name
    path.write_text("河北省要加快雄安新区建设。\n今年力争新增就业岗位5万个。\n", encoding="utf-8")
    return path


def test_ingest_stores_the_same_content_once_and_lists_it(tmp_path, db_url):
    good_file(tmp_path, "a.txt")
    (tmp_path / "copy").mkdir()
    good_file(tmp_path / "copy", "b.txt")  # the same text under another name, in a subfolder
    first = xt("ingest", str(tmp_path), db=db_url)
    assert first.exit_code == 0, first.output
    second = xt("ingest", str(tmp_path), db=db_url)
    assert second.exit_code == 0
    docs = json.loads(xt("docs", "--format", "json", db=db_url).stdout)
    assert len(docs) == 1
    assert "unchanged" in second.stdout


def test_ingest_reports_each_bad_file_in_one_line_and_keeps_the_good_ones(tmp_path, db_url):
    good_file(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    result = xt("ingest", str(tmp_path), str(tmp_path / "missing.txt"), db=db_url)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    for name in ("empty.txt", "binary.txt", "missing.txt"):
        assert sum(name in line for line in errors) == 1, result.stderr
    assert "Traceback" not in result.output
    docs = json.loads(xt("docs", "--format", "json", db=db_url).stdout)
    assert [Path(d["path"]).name for d in docs] == ["good.txt"]


def test_show_and_search_and_commitments_read_the_database(tmp_path, db_url):
    good_file(tmp_path)
    xt("ingest", str(tmp_path), db=db_url)
    shown = json.loads(xt("show", "good.txt", "--format", "json", db=db_url).stdout)
    assert shown["id"] == 1 and shown["path"].endswith("good.txt")
    hits = json.loads(xt("search", "雄安新区", "--format", "json", db=db_url).stdout)
    assert hits and "雄安新区" in hits[0]["text"]
    assert xt("commitments", "--area", "two_wings", db=db_url).exit_code == 0


def test_show_of_an_unknown_document_is_one_line_and_exit_1(db_url):
    result = xt("show", "42", db=db_url)
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and "no document" in result.stderr


def test_extract_json_prints_one_contract_object_per_file(tmp_path):
    paths = [good_file(tmp_path, f"{i}.txt") for i in range(2)]
    result = xt("extract", *map(str, paths), "--format", "json")
    assert result.exit_code == 0
    objs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["path"] for o in objs] == list(map(str, paths))
    for o in objs:
        assert {"lang", "date", "quantities", "commitments", "persons"} <= set(o)


def test_ingesting_the_seeds_twice_leaves_five_documents_with_their_dates(corpus, db_url):
    seeds = corpus / "seeds"
    assert xt("ingest", str(seeds), db=db_url).exit_code == 0
    assert xt("ingest", str(seeds), db=db_url).exit_code == 0
    docs = json.loads(xt("docs", "--format", "json", db=db_url).stdout)
    assert len(docs) == 5
    gold = {}
    for f in (corpus.parent / "eval" / "gold" / "seeds").glob("0*.json"):
        g = json.loads(f.read_text(encoding="utf-8"))
        gold[g["path"]] = g["date"]
    assert {Path(d["path"]).name: d["date"] for d in docs} == gold


COMMANDS = [c.name or c.callback.__name__ for c in app.registered_commands]  # type: ignore[union-attr]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_explains_itself_and_is_in_the_readme(command):
    result = xt(command, "--help")
    assert result.exit_code == 0 and "Usage" in result.stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"xietong {command}\b", readme), f"README lacks `xietong {command}`"


def test_person_page_joins_both_spellings_across_the_seed_pair(corpus, db_url):
    seeds = sorted((corpus / "seeds").glob("00[03]_*.txt"))
    assert xt("ingest", *map(str, seeds), db=db_url).exit_code == 0
    page = json.loads(xt("person", "陈敏尔", "--format", "json", db=db_url).stdout)
    assert page["name_zh"] == "陈敏尔" and page["name_en"] == "Chen Min'er"
    assert {m[0] for m in page["mentions"]} == {1, 2}  # mentioned in both documents
    assert any(m[3] for m in page["mentions"]), "titles are kept"
    same = json.loads(xt("person", "Chen Min'er", "--format", "json", db=db_url).stdout)
    assert same["id"] == page["id"]


@pytest.mark.parametrize("kind", ["person", "place", "org", "platform", "slogan"])
def test_entities_lists_each_type_from_the_ingested_seeds(corpus, db_url, kind):
    assert xt("ingest", str(corpus / "seeds"), db=db_url).exit_code == 0
    rows = json.loads(xt("entities", "--type", kind, "--format", "json", db=db_url).stdout)
    assert rows and all(r["type"] == kind and r["mentions"] >= 1 for r in rows)


def test_docs_shows_which_documents_translate_each_other(corpus, db_url):
    seeds = sorted((corpus / "seeds").glob("*.txt"))
    assert xt("ingest", *map(str, seeds), db=db_url).exit_code == 0
    docs = {Path(d["path"]).name[:3]: d for d in json.loads(xt("docs", "--format", "json", db=db_url).stdout)}
    assert docs["003"]["pairs"] == [docs["000"]["id"]] and docs["000"]["pairs"] == [docs["003"]["id"]]
    assert all(not d["pairs"] for k, d in docs.items() if k not in ("000", "003"))


@pytest.mark.postgres
def test_the_seeds_ingest_and_search_alike_on_postgresql(corpus, pg_url):
    assert xt("ingest", str(corpus / "seeds"), db=pg_url).exit_code == 0
    assert xt("ingest", str(corpus / "seeds"), db=pg_url).exit_code == 0
    assert len(json.loads(xt("docs", "--format", "json", db=pg_url).stdout)) == 5
    hits = json.loads(xt("search", "协同发展", "--format", "json", db=pg_url).stdout)
    assert hits and all("协同" in h["text"] and "发展" in h["text"] for h in hits)
    en = json.loads(xt("search", "coordinated development", "--format", "json", "--lang", "en", db=pg_url).stdout)
    assert en and all(h["lang"] == "en" for h in en)


def test_ingest_refreshes_stored_documents_when_the_metadata_rules_change(tmp_path, db_url, monkeypatch):
    import xietong.ingest.metadata as metadata

    good_file(tmp_path)
    assert "added" in xt("ingest", str(tmp_path), db=db_url).stdout
    assert "unchanged" in xt("ingest", str(tmp_path), db=db_url).stdout
    monkeypatch.setattr(metadata, "VERSION", metadata.VERSION + 1)
    assert "updated" in xt("ingest", str(tmp_path), db=db_url).stdout
    assert len(json.loads(xt("docs", "--format", "json", db=db_url).stdout)) == 1
