"""Write the sample documents that are not plain UTF-8 text: run once, commit the output.

    .venv/bin/python tests/ingest/make_fixtures.py

Writes ``corpus/sample/xiongan_projects_zh.txt`` in GB18030 and
``corpus/sample/hebei_plan_zh.docx`` (paragraphs and a table) with
python-docx.  The texts are invented for the demo; offices and places are real.
"""

from __future__ import annotations

from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "sample"

XIONGAN = """\
2025年雄安新区第一批重点建设项目集中开工
本报石家庄4月1日电（记者 赵明）河北雄安新区今天举行第一批重点项目集中开工活动，共有62个项目开工，总投资约780亿元。
雄安新区党工委委员、管委会副主任孙立平介绍，今年新区将围绕承接北京非首都功能疏解，推进高校、医院和央企总部项目建设。
其中，北京市支持建设的4所学校和1所医院已交付使用。
新区计划全年完成固定资产投资1200亿元以上，力争常住人口增加3万人。
河北省发展和改革委员会有关负责人表示，要确保项目按期建成，推动京雄城际沿线产业加快集聚。
去年，雄安新区PM2.5平均浓度为38微克/立方米，优良天数比例提高2.1个百分点。
"""

PLAN_TITLE = "河北省2025年推进京津冀协同发展工作要点"
PLAN_HEADER = ["（2025年2月18日在全省京津冀协同发展工作会议上）", "发布时间：2025-02-20", "河北省发展和改革委员会"]
PLAN_BODY = [
    "2024年，全省承接京津转入基本单位4000余个，京津冀协同发展取得新成效。",
    "今年要重点抓好以下四项工作。",
    "一是加快雄安新区建设，全年完成投资不低于1000亿元。",
    "二是推进交通一体化，确保京雄高速河北段全线贯通运营。",
    "三是深化产业协作，力争京津技术合同在冀成交额增长10%以上。",
    "四是强化生态共治，全省PM2.5平均浓度控制在38微克/立方米以内。",
    "省发展改革委主任李向东强调，各市要把任务分解到项目、落实到单位，每季度报送进展。",
]
PLAN_TABLE = [
    ("指标", "2024年", "2025年目标"),
    ("雄安新区完成投资（亿元）", "1050", "1000以上"),
    ("PM2.5平均浓度（微克/立方米）", "38.9", "38"),
    ("京津技术合同在冀成交额（亿元）", "960", "1056"),
]


def write_gb18030(path: Path) -> None:
    path.write_bytes(XIONGAN.encode("gb18030"))


def write_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading(PLAN_TITLE, level=1)
    for line in PLAN_HEADER + PLAN_BODY:
        document.add_paragraph(line)
    table = document.add_table(rows=len(PLAN_TABLE), cols=3)
    for row, cells in zip(table.rows, PLAN_TABLE, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.save(str(path))


if __name__ == "__main__":
    write_gb18030(SAMPLE / "xiongan_projects_zh.txt")
    write_docx(SAMPLE / "hebei_plan_zh.docx")
    print(f"wrote {SAMPLE / 'xiongan_projects_zh.txt'} and {SAMPLE / 'hebei_plan_zh.docx'}")
