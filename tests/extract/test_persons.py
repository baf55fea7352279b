"""Persons: names with their titles, in Chinese and English, and what is not a name."""

from __future__ import annotations

import pytest

from xietong.extract.persons import en_persons, stage, zh_persons
from xietong.model import Document, EntityMention

# Hand-written sentences; the names are invented or public officials'.
ZH_NAMES = [
    ("省委书记王海东主持会议并讲话。", ["王海东"]),
    ("市委副书记、市长李春明，市政协主席赵建国出席。", ["李春明", "赵建国"]),
    ("会议由刘晓峰主持 孙立军周文斌出席 郑国华孟庆生到会指导", ["刘晓峰", "孙立军", "周文斌", "郑国华", "孟庆生"]),
    ("（记者 何丽娟 钱志远 马宁）", ["何丽娟", "钱志远", "马宁"]),
    ("【责任编辑：吴佳怡】", ["吴佳怡"]),
    ("本报记者 韩雪摄", ["韩雪"]),
    ("本报记者 杜文涛 通讯员 冯小雨", ["杜文涛", "冯小雨"]),
    ("深入学习贯彻习近平总书记重要讲话精神。", ["习近平"]),
    ("高举习近平新时代中国特色社会主义思想伟大旗帜，习近平总书记指出要久久为功。", ["习近平"]),
    ("区委书记欧阳明远调研园区建设。", ["欧阳明远"]),
    ("市领导陈立新、黄志刚、林海燕等参加活动。", ["陈立新", "黄志刚", "林海燕"]),
    ("国务院副总理丁学文出席开幕式并致辞。", ["丁学文"]),
    ("张建华同志任市发展改革委主任。", ["张建华"]),
    ("编辑：罗明 校对：宋佳", ["罗明", "宋佳"]),
    ("据市商务局副局长刘伟介绍，新开门店120家。", ["刘伟"]),
    ("“我们有信心。”天津市副市长王旭表示。", ["王旭"]),
    ("中国工程院院士钟南山表示，要加强合作。", ["钟南山"]),
    ("通州区区长郭宗喆主持。", ["郭宗喆"]),
    ("国务院副总理丁薛祥出席并讲话。", ["丁薛祥"]),
    ("全面学习贯彻习近平总书记重要讲话精神。", ["习近平"]),
    ("区委常委会召开 孙立军 周文斌出席", ["孙立军", "周文斌"]),
    ("守护蓝天 周文斌出席", ["周文斌"]),
    ("（文/本报记者 周璐 图/记者 李强）", ["周璐", "李强"]),
    ("出席会议的有市委常委、秘书长赵卫东等。", ["赵卫东"]),
    # an occupation before the name reads like a title
    ("码头工人郝建民在会上发言。", ["郝建民"]),
    ("高级技师王刚被授予全国劳动模范称号。", ["王刚"]),
    # no cue at all: a three-character name jieba finds but its dictionary lacks
    ("蔡晓琳作为代表在会上表态。", ["蔡晓琳"]),
    # a 、-list shares its names with one found otherwise
    ("区领导赵立新、钱文博、孙海涛参加。区委书记赵立新讲话。", ["赵立新", "钱文博", "孙海涛"]),
    # ... or reads as names throughout
    ("他们是钱立、孙广、周觉、吴建徽、郑恩柱。", ["钱立", "孙广", "周觉", "吴建徽", "郑恩柱"]),
    # a courtesy title stands for a given name
    ("市民张女士说，新开的公园很方便。", ["张女士"]),
    # words that follow a name end it where jieba does not
    ("市政协主席覃明远及各界代表出席。", ["覃明远"]),
    ("副省长任长春在会上致辞。", ["任长春"]),
    ("党委书记舒雅群在会上致辞。", ["舒雅群"]),
    ("公司经理李家辉、技术员黄俊丽等出席。", ["李家辉", "黄俊丽"]),
    ("主编罗辉等致辞。", ["罗辉"]),
    # titles written after the name, and an adverb before the cue
    ("会议邀请了钱志清院士、马丽博士作报告。", ["钱志清", "马丽"]),
    ("院长助理廖东博士、潘秀云教授、王春海博士出席。", ["廖东", "潘秀云", "王春海"]),
    ("经理曹文林先后介绍了经验。", ["曹文林"]),
    # a line of its own naming a newsroom and its writer
    ("东湖融媒 陈晓东\n9月1日，座谈会召开。", ["陈晓东"]),
    ("滨江日报 刘晓峰 孙立军\n会议指出，要抓好落实。", ["刘晓峰", "孙立军"]),
    # a titled 、-list vouches for items that are also words (高利) or rare surnames (代)
    ("市领导王海东、刘晓峰、代军、高利、郑国华参加座谈会。", ["王海东", "刘晓峰", "代军", "高利", "郑国华"]),
    # a preposition jieba glues onto the name ends it
    ("宣传部部长郑丽向来宾介绍了情况。", ["郑丽"]),
    # a title on both sides outweighs jieba's word
    ("研究所所长常进院士作报告。", ["常进"]),
    ("国家卫健委新闻发言人米华表示，要加强监测。", ["米华"]),
    ("学术委员会调研员章立新陪同。", ["章立新"]),
    # a newsroom named inside a byline's brackets, and review lines of an imprint
    ("（南湖县委宣传部 钱志远）5月8日，会议召开。", ["钱志远"]),
    ("编辑：罗明\n一审：罗明 二审：宋佳 三审：慈文华", ["罗明", "宋佳", "慈文华"]),
    # 率 ("leading") follows a name even where jieba glues it on
    ("副主席崔立强率调研组来我市调研。", ["崔立强"]),
    # 应邀 ("on invitation") between a title and its cue is no name
    ("各街道主任应邀参加开幕会，区长王海东出席。", ["王海东"]),
]

ZH_NO_NAMES = [
    "加快发展养老服务，打赢蓝天保卫战，推进文明执法。",
    "组长单位要压实责任，各成员单位密切配合。",
    "请市政协委员和其他列席人员提出意见。",
    "广大党员同志要牢记殷殷嘱托。",
    "坚持以马克思列宁主义、毛泽东思想、邓小平理论为指导。",
    "记者从市发展改革委获悉，武清、宝坻两区将开展试点。",
    "市委书记就决定向全会作说明。",
    "专家和学者出席论坛。",
    "马拉松等赛事和王府等文物腾退成效明显，信息、安全等行业增长。",
    "让产业强起来、农民富起来。",
    "两院院士来了，专家们也来了。",
    "请主任委员和其他列席人员提出意见。",
    "坚持山水林田湖草沙一体化保护，推进普惠性托育服务。",
    "支持张家口、承德、保定、廊坊协同发展。",
    "王府、蓝天、高峰、文明等词语常见。",
    "加快邵永、铜吉、长赣、宜常等高铁建设。",
    "市领导高度重视，各部门、各单位、全体干部、广大群众积极参与。",
    "会议由领导小组、高新区、经开区、保税区共同组织。",
]

EN_NAMES = [
    ("Wang Haidong, the provincial Party chief, chaired the session.", ["Wang Haidong"]),
    ("“We will speed up,” said Zhou Wenbin, director of the Municipal Commerce Bureau.", ["Zhou Wenbin"]),
    ("General Secretary Xi Jinping stressed that reform must go on.", ["Xi Jinping"]),
    ("Ouyang Mingyuan, deputy mayor, and Lü Xiaoli, a researcher, attended.", ["Ouyang Mingyuan", "Lü Xiaoli"]),
    ("(Reporters He Lijuan, Qian Zhiyuan, Ma Ning)", ["He Lijuan", "Qian Zhiyuan", "Ma Ning"]),
    ("Chen Min'er and Zhang Gong met the delegation.", ["Chen Min'er", "Zhang Gong"]),
    ("Li Qiang, Zhao Leji, Wang Huning and Cai Qi attended the session.", ["Li Qiang", "Zhao Leji", "Wang Huning", "Cai Qi"]),
    ("(Xinhua/Liu Bin) The plan was adopted.", ["Liu Bin"]),
    ("said Wang Changshong, head of the city advisory body.", ["Wang Changshong"]),
    ("officials studied President Xi Jinping’s letter", ["Xi Jinping"]),
    ("“It works,” said Jeffrey Sachs, a professor at Columbia University.", ["Jeffrey Sachs"]),
    ("Klaus Schwab, founder of the World Economic Forum, said the region matters.", ["Klaus Schwab"]),
    ("Li Qiang met Wang Yi Monday.", ["Li Qiang", "Wang Yi"]),
    ("Li Qiang, Wang Changshong and Zhao Leji attended.", ["Li Qiang", "Wang Changshong", "Zhao Leji"]),
    # foreign names: a title opening the sentence, a title and "said", or the surname speaking later
    ("Filippo Rossi, director of the Milan Centre, pointed out that demand grows.", ["Filippo Rossi"]),
    ("said Peter Mwangi, Kenyan ambassador to China.", ["Peter Mwangi"]),
    (
        "It grew. Marco Bianchi, who serves as general manager of a drug maker, spoke. Bianchi also noted it.",
        ["Marco Bianchi"],
    ),
    # given name first, where a title vouches for it
    ("Jinping Xi, president of China, said the talks went well.", ["Jinping Xi"]),
    # a courtesy title or a title before a bare surname, unless the full name is there
    ("Mr. Zhang said the port is busy.", ["Zhang"]),
    ("President Xi's letter was read out.", ["Xi"]),
    ("Premier Li Qiang spoke. Premier Li added.", ["Li Qiang"]),
    # one-word names of an editors' byline; "Bianji" is the word "editor"
    ("(Web editor: Xiaoyu, Li Ming)", ["Xiaoyu", "Li Ming"]),
    ("(Web editor: Zhao Tong, Bianji)", ["Zhao Tong"]),
    # accented letters and lower-case particles inside a foreign name
    ("“Trade grows,” said Maria da Costa, a professor at Lisbon University.", ["Maria da Costa"]),
    ("said José Ramírez, director of the Andes Institute.", ["José Ramírez"]),
    # a capitalised title before a foreign name of two to four words, honorifics dropped
    (
        "Also attending were Prime Minister Anan Chan-o-rat, President Maria Lopez and Sultan Haji Omar Rahman.",
        ["Anan Chan-o-rat", "Maria Lopez", "Omar Rahman"],
    ),
    # ... but not a short form of a name found in full
    ("said José Ramírez, director of the Andes Institute. Professor José added.", ["José Ramírez"]),
]

EN_NO_NAMES = [
    "Hong Kong and Macao will join the Jing Jin corridor.",
    "Guided by Mao Zedong Thought and Deng Xiaoping Theory, the plan moves on.",
    "Tongzhou District and Xianghe County signed an agreement.",
    "He Said nothing. A Tale of Two Cities was staged at Tianjin Port.",
    "The Lu Ban Workshop in Thailand trains technicians.",
    "Beijing Daily, the official newspaper of the city, reported.",
    "Tianjin Port, a hub of the north, grew. The Wang Fu Jing Street was repaved.",
    "Pan Asia summit opened.",
    "Zhong Guan Cun and the Jing Jin Ji region grow together.",
    "Wang Changshong attended.",  # not pinyin, and nothing vouches for it
    "Green Valley, a park of the city, opened. Valley said nothing.",
    "The President Hotel opened near Jing Jin Road.",
    "said Le May Doan, adding that the team was ready.",  # the start of a longer foreign name
]


def names(found: list) -> list[str]:
    return list(dict.fromkeys(p.name for p in found))


@pytest.mark.parametrize(("text", "expected"), ZH_NAMES)
def test_zh_persons_finds_named_people(text: str, expected: list[str]) -> None:
    assert sorted(names(zh_persons(text))) == sorted(expected)


@pytest.mark.parametrize("text", ZH_NO_NAMES)
def test_zh_persons_ignores_words_jieba_tags_as_names(text: str) -> None:
    assert names(zh_persons(text)) == []


@pytest.mark.parametrize(("text", "expected"), EN_NAMES)
def test_en_persons_finds_pinyin_names(text: str, expected: list[str]) -> None:
    assert sorted(names(en_persons(text))) == sorted(expected)


@pytest.mark.parametrize("text", EN_NO_NAMES)
def test_en_persons_ignores_places_ideologies_and_phrases(text: str) -> None:
    assert names(en_persons(text)) == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("市委书记王海东主持会议。", "王海东", "市委书记"),
        ("市委副书记、市长李春明出席。", "李春明", "市委副书记、市长"),
        ("会议由主题教育第三指导组组长许文华主持。", "许文华", "主题教育第三指导组组长"),
        ("北京市市长 周建平\n", "周建平", "北京市市长"),
        ("习近平总书记强调", "习近平", "总书记"),
        ("码头工人郝建民在会上发言。", "郝建民", "码头工人"),
    ],
)
def test_zh_persons_reads_the_title_written_next_to_the_name(text: str, name: str, title: str) -> None:
    found = [p for p in zh_persons(text) if p.name == name]
    assert found and found[0].title == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("said Liang Wenjie, county Party chief of Dachang.", "Liang Wenjie", "county Party chief of Dachang"),
        ("Chen Min'er, Party chief of the city, spoke first.", "Chen Min'er", "Party chief of the city"),
        ("Vice Premier Han Zheng attended.", "Han Zheng", "Vice Premier"),
        ("Reporters Wang Wei and Li Ming filed the story.", "Li Ming", "Reporters"),
        ("Anna Berg, who serves as head of sales at a retailer, said so.", "Anna Berg", "head of sales at a retailer"),
    ],
)
def test_en_persons_reads_the_title_written_next_to_the_name(text: str, name: str, title: str) -> None:
    found = [p for p in en_persons(text) if p.name == name]
    assert found and found[0].title == title


def test_en_persons_reads_the_organisation_from_the_title() -> None:
    (p,) = en_persons("Zhou Wenbin, director of the Municipal Commerce Bureau, spoke.")
    assert p.org == "the Municipal Commerce Bureau"


def test_persons_marks_every_mention_with_offsets() -> None:
    text = "市长李春明讲话。随后，李春明参观了园区。"
    found = zh_persons(text)
    assert [(p.start, p.end) for p in found] == [(2, 5), (11, 14)]
    assert all(text[p.start:p.end] == p.name for p in found)


def test_persons_stage_skips_names_inside_a_known_platform() -> None:
    text = "Lu Ban Park, said Zhou Wenbin, director of the park."
    doc = Document(text=text, lang="en", entities=[EntityMention(0, 11, "platform", "Lu Ban Park", ref="lb")])
    assert names(stage(doc).persons) == ["Zhou Wenbin"]


def test_persons_stage_keeps_names_a_loose_pattern_swallowed() -> None:
    text = "北京市市长李春明调研中关村科技园。"
    doc = Document(text=text, entities=[EntityMention(0, 16, "platform", text[:16])])
    assert names(stage(doc).persons) == ["李春明"]


def test_persons_stage_reads_both_scripts_of_a_mixed_document() -> None:
    doc = stage(Document(text="市委书记王海东出席。Wang Haidong, Secretary, spoke."))
    assert names(doc.persons) == ["王海东", "Wang Haidong"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市委常委、副市長韓俊國出席會議並講話。", ["韓俊國"]),
        ("（記者 許文華 劉曉峰）[責任編輯:鄭麗娟]", ["許文華", "劉曉峰", "鄭麗娟"]),
    ],
)
def test_persons_stage_reads_traditional_script_and_reports_names_as_written(text: str, expected: list[str]) -> None:
    assert names(stage(Document(text=text)).persons) == expected


def test_persons_stage_reports_the_title_of_traditional_script_as_written() -> None:
    found = stage(Document(text="市委常委、副市長韓俊國出席會議。")).persons
    assert [(p.name, p.title) for p in found] == [("韓俊國", "市委常委、副市長")]
