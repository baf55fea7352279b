"""Readers per format, the sample corpus, and the real corpus read exactly as the gold expects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.pdfs import make_pdf
from xietong.errors import UnsupportedFormat
from xietong.ingest import iter_paths, read_document
from xietong.ingest.readers import read_docx, read_html, read_pdf, reader_for

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>雄安新区项目集中开工_某某新闻网</title><script>var x = "不要这段脚本";</script>
<style>.a { color: red }</style></head><body>
<header><a href="/">首页</a> | <a href="/news">新闻</a></header>
<nav class="breadcrumb">首页 &gt; 京津冀 &gt; 正文</nav>
<div class="sidebar"><h3>热点排行</h3><ul><li>旁栏标题一</li><li>旁栏标题二</li></ul></div>
<div id="content">
  <h1>雄安新区项目集中开工</h1>
  <p>新区今天举行集中开工活动，共有62个项目开工。</p>
  <p>总投资约780亿元，
     力争年内完成投资1200亿元。</p>
  <p>第一行<br>第二行</p>
  <div>没有段落标签的文字也保留。</div>
</div>
<div class="share-bar">分享到：微信 微博</div>
<footer>版权所有 © 2025</footer>
</body></html>"""


def test_read_html_keeps_title_and_article_paragraphs_as_lines() -> None:
    text, encoding = read_html(PAGE.encode(), "page.html")
    assert encoding == "utf-8"
    assert text.split("\n") == ["雄安新区项目集中开工", "新区今天举行集中开工活动，共有62个项目开工。",
                                "总投资约780亿元， 力争年内完成投资1200亿元。", "第一行", "第二行",
                                "没有段落标签的文字也保留。"]


@pytest.mark.parametrize("clutter", ["不要这段脚本", "color: red", "首页", "热点排行", "旁栏标题", "分享到", "版权所有",
                                     "某某新闻网"])
def test_read_html_drops_navigation_scripts_and_page_furniture(clutter: str) -> None:
    text, _ = read_html(PAGE.encode(), "page.html")
    assert clutter not in text


def test_read_html_adds_the_page_title_when_the_article_has_no_heading() -> None:
    page = ("<html><head><title>Beijing cuts PM2.5 | City News</title></head><body><div class='menu'>Home</div>"
            "<div><p>The average concentration fell to 30.5 micrograms per cubic meter.</p>"
            "<p>The city will keep cutting emissions.</p></div></body></html>")
    text, _ = read_html(page.encode(), "page.html")
    assert text.split("\n") == ["Beijing cuts PM2.5", "The average concentration fell to 30.5 micrograms per cubic meter.",
                                "The city will keep cutting emissions."]


def test_read_html_keeps_a_wrapper_whose_class_names_furniture() -> None:
    page = ("<html><body><div class='page has-sidebar'><div class='sidebar'>Links</div>"
            "<p>Tianjin Port will open more freight train services to Xiong'an.</p></div></body></html>")
    assert read_html(page.encode(), "page.html")[0] == "Tianjin Port will open more freight train services to Xiong'an."


def test_read_html_drops_nested_furniture_once() -> None:
    page = ("<html><body><nav><nav>Home</nav></nav><div class='topbar'><div class='menu'><ul class='nav'>"
            "<li>News</li></ul></div></div><div><p>天津港将开通更多连接雄安新区的公共班列。</p></div>"
            "<footer><div class='copyright'>版权所有</div></footer></body></html>")
    assert read_html(page.encode(), "page.html")[0] == "天津港将开通更多连接雄安新区的公共班列。"


def test_read_html_decodes_a_gbk_page() -> None:
    page = '<html><head><meta charset="gbk"><title>天津港</title></head><body><p>天津港集装箱吞吐量增长。</p></body></html>'
    text, encoding = read_html(page.encode("gbk"), "page.htm")
    assert (text, encoding) == ("天津港\n天津港集装箱吞吐量增长。", "gb18030")


def test_read_docx_keeps_paragraphs_and_table_rows_in_order(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("河北省工作要点", level=1)
    document.add_paragraph("一是加快雄安新区建设。")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("指标", "目标"), ("完成投资（亿元）", "1000")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.add_paragraph("")
    document.add_paragraph("二是推进交通一体化。")
    document.save(str(tmp_path / "plan.docx"))
    text, encoding = read_docx((tmp_path / "plan.docx").read_bytes(), "plan.docx")
    assert encoding == "docx"
    assert text.split("\n") == ["河北省工作要点", "一是加快雄安新区建设。", "指标\t目标", "完成投资（亿元）\t1000",
                                "二是推进交通一体化。"]


def test_read_pdf_joins_the_text_of_its_pages() -> None:
    raw = make_pdf([["Tianjin Port handled 23.29 million TEUs.", "It will expand (sea-rail) transport."],
                    [], ["Second page."]])
    text, encoding = read_pdf(raw, "port.pdf")
    assert encoding == "pdf"
    assert text.split("\n") == ["Tianjin Port handled 23.29 million TEUs.", "It will expand (sea-rail) transport.",
                                "Second page."]


def test_read_pdf_reads_chinese_text_in_a_standard_cjk_font() -> None:
    raw = make_pdf([["天津港集装箱吞吐量2329万标准箱，增长5%。", "要加快雄安新区建设。"], ["第二页"]], chinese=True)
    assert read_pdf(raw, "port.pdf")[0] == "天津港集装箱吞吐量2329万标准箱，增长5%。\n要加快雄安新区建设。\n第二页"


def test_read_document_of_a_pdf_fills_metadata(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    path.write_bytes(make_pdf([["天津港集团工作通知", "发布时间：2025-03-18", "要加快天津港智能化码头建设，天津港将扩大海铁联运。"]],
                              chinese=True))
    doc = read_document(path)
    assert (doc.format, doc.lang, doc.date, doc.title, doc.jurisdictions) == (
        "pdf", "zh", "2025-03-18", "天津港集团工作通知", ["tianjin"])


@pytest.mark.parametrize(("name", "fmt"), [
    ("a.txt", "txt"), ("a.md", "md"), ("A.TXT", "txt"), ("a.html", "html"), ("a.htm", "html"),
    ("a.docx", "docx"), ("a.pdf", "pdf"),
])
def test_reader_for_picks_the_reader_by_suffix(name: str, fmt: str) -> None:
    assert reader_for(Path(name))[0] == fmt


@pytest.mark.parametrize("name", ["a.doc", "a.xlsx", "a.jpg", "README"])
def test_reader_for_refuses_unknown_suffixes(name: str) -> None:
    with pytest.raises(UnsupportedFormat, match="cannot read"):
        reader_for(Path(name))


# -- the sample corpus of the demo ----------------------------------------------------------------------------

SAMPLES = [
    # file, format, encoding, lang, date, source, first jurisdiction
    ("tianjin_port_zh.txt", "txt", "utf-8", "zh", "2025-03-18", "天津日报", "tianjin"),
    ("tianjin_port_en.txt", "txt", "utf-8", "en", "2025-03-18", "天津日报", "tianjin"),
    ("jjj_ozone_zh.txt", "txt", "utf-8-sig", "zh", "2025-06-05", "北京市生态环境局", "beijing"),
    ("xiongan_projects_zh.txt", "txt", "gb18030", "zh", "2025-04-01", None, "hebei"),
    ("beijing_air_en.html", "html", "utf-8", "en", "2025-01-05", "北京日报", "beijing"),
    ("hebei_plan_zh.docx", "docx", "docx", "zh", "2025-02-20", None, "hebei"),
]


@pytest.mark.parametrize(("name", "fmt", "encoding", "lang", "date", "source", "place"), SAMPLES)
def test_sample_documents_read_with_their_metadata(sample: Path, name: str, fmt: str, encoding: str, lang: str,
                                                   date: str, source: str | None, place: str) -> None:
    doc = read_document(sample / name)
    assert (doc.format, doc.encoding, doc.lang, doc.date, doc.source) == (fmt, encoding, lang, date, source)
    assert doc.jurisdictions[0] == place
    assert doc.title and len(doc.sha256) == 64


def test_sample_folder_lists_every_sample_document(sample: Path) -> None:
    assert sorted(p.name for p in iter_paths([sample])) == sorted(s[0] for s in SAMPLES)


def test_sample_translated_pair_has_the_same_number_of_lines(sample: Path) -> None:
    zh, en = (read_document(sample / f"tianjin_port_{lang}.txt").text.split("\n") for lang in ("zh", "en"))
    assert len(zh) == len(en) >= 14


# -- the real corpus: stored text is the file, dates are the gold's -------------------------------------------

def _corpus_files() -> list[str]:
    from conftest import CORPUS

    return sorted(f"{p.parent.name}/{p.name}" for p in CORPUS.glob("*/*.txt"))


@pytest.mark.parametrize("rel", _corpus_files() or ["seeds/absent.txt"])
def test_corpus_documents_read_with_the_gold_date_and_exact_text(corpus: Path, rel: str) -> None:
    path = corpus / rel
    gold = json.loads((corpus.parent / "eval" / "gold" / path.parent.name / f"{path.stem}.json").read_text("utf-8"))
    doc = read_document(path)
    assert doc.text == path.read_bytes().decode("utf-8-sig")  # offsets of the gold point into this text
    assert (doc.date, doc.lang) == (gold["date"], gold["lang"])
