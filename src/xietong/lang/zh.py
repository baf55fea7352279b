"""Chinese language data for quantity extraction: numerals, units and markers.

Only data lives here; ``extract/numbers.py`` and ``extract/quantities_zh.py``
hold the logic that reads it.
"""

from __future__ import annotations

# Digits of the Chinese numeral system.
DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5,
    "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
# Multipliers below 万 scale one digit; 万 and 亿 scale everything before them.
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
LARGE_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
MULTIPLIERS: dict[str, int] = {**SMALL_UNITS, **LARGE_UNITS}

# Numerals that are not amounts on their own: 一 is an article in running text, 零 a prefix (零排放).
NOT_NUMBERS = ("一", "零", "〇")
# Units after which 一 is a number after all: 增长一倍, 下降一成.
ONE_UNITS = ("倍", "成")

# Approximate markers: inside or right after the number ("3万余", "2000多万") and before it.
APPROX_INNER = "多余"
APPROX_AFTER = ("以上", "左右", "以下", "以内", "上下", "多", "余")
# Qualifiers before the number, recorded as ``approx``.
APPROX_QUALIFIERS = ("超过", "超", "近", "约", "逾", "突破", "接近", "将近", "大约", "不少于", "不低于", "不到")

# Unit words -> (canonical unit, factor).  A unit of ``None`` rejects the match:
# the number is a date, an ordinal-like label or a measure the contract does not cover.
UNITS: dict[str, tuple[str | None, float]] = {
    # money
    "元": ("yuan", 1), "元人民币": ("yuan", 1), "人民币": ("yuan", 1),
    "美元": ("usd", 1), "美金": ("usd", 1),
    # shares and multiples
    "%": ("percent", 1), "％": ("percent", 1), "‰": ("percent", 0.1), "个百分点": ("pp", 1), "百分点": ("pp", 1),
    "倍": ("times", 1), "成": ("percent", 10),
    # people
    "人次": ("person_time", 1), "人": ("person", 1), "名": ("person", 1), "位": ("person", 1),
    "户": ("household", 1),
    # physical measures
    "标准箱": ("teu", 1), "标箱": ("teu", 1), "TEU": ("teu", 1), "吨": ("tonne", 1), "公斤": ("tonne", 0.001),
    "千克": ("tonne", 0.001), "斤": ("tonne", 0.0005),
    "公里": ("km", 1), "千米": ("km", 1), "平方公里": ("km2", 1), "平方千米": ("km2", 1),
    "平方米": ("m2", 1), "平米": ("m2", 1), "亩": ("mu", 1), "公顷": ("hectare", 1),
    "立方米": ("m3", 1), "微克/立方米": ("ug_m3", 1), "微克每立方米": ("ug_m3", 1),
    "千瓦时": ("kwh", 1), "度电": ("kwh", 1), "瓦": ("w", 1), "千瓦": ("w", 1000),
    "兆瓦": ("w", 1_000_000), "吉瓦": ("w", 1_000_000_000),
    # time spans
    "年": ("year", 1), "岁": ("year", 1), "个月": ("month", 1), "天": ("day", 1),
    "周": ("day", 7), "个小时": ("hour", 1), "小时": ("hour", 1), "分钟": ("minute", 1),
    # counted nouns through their measure words
    **{w: ("count", 1) for w in (
        "个", "家", "项", "所", "座", "条", "件", "辆", "台", "场", "套", "间", "张", "处", "支",
        "部", "栋", "幢", "艘次", "艘", "款", "批", "只", "头", "架", "列", "次", "种", "类", "本",
        "篇", "片", "宗", "笔", "对", "枚", "棵", "株", "份", "层", "班", "趟", "站", "片区",
        "起", "例", "册", "台套", "块", "座次", "轮", "户次", "届次", "根", "盏",
    )},
    # not quantities: dates, clock times, anniversaries, generations, grades, sessions
    "年代": (None, 1), "年级": (None, 1), "周年": (None, 1), "月": (None, 1), "日": (None, 1),
    "号": (None, 1), "时": (None, 1), "点": (None, 1), "届": (None, 1), "期": (None, 1),
    "分": (None, 1), "秒": (None, 1), "世纪": (None, 1), "号线": (None, 1), "纵": (None, 1),
    "横": (None, 1), "环": (None, 1), "区": (None, 1), "线": (None, 1),
}
# A unit word followed by one of these characters is the start of another word:
# 成为, 台阶, 条件, 天津, 元旦.
UNIT_TAIL_REJECT: dict[str, str] = {
    "成": "为立果效员本都功交长熟型效不", "台": "阶上湾区", "条": "件例款约", "天": "津下然地",
    "元": "旦素首", "支": "持撑出付", "批": "准示复", "班": "子", "对": "于接标照比外口",
    "层": "次面级", "位": "于置", "本": "地届年月次市省", "个": "体人性", "次": "要产",
    "家": "庭长乡里", "所": "有以在", "部": "分署门", "起": "来步", "场": "景所",
}

# "三分之一": denominator, marker, numerator; read as a percentage.
FRACTION_MARK = "分之"
# Fixed expressions read whole: text -> (value, unit).
FIXED: dict[str, tuple[float, str]] = {
    "一半": (50, "percent"), "半数": (50, "percent"), "过半": (50, "percent"),
    "翻一番": (2, "times"), "翻两番": (4, "times"), "翻三番": (8, "times"), "翻了一番": (2, "times"),
    "翻了两番": (4, "times"),
}

# Right after the unit these make the number part of a name: 五年规划, 三次全会, 两个确立, 十项行动.
NAME_TAILS = (
    "规划", "计划", "全会", "会议", "全体会议", "代表大会", "行动", "工程", "战略", "纲要", "精神",
    "大会", "届", "方面", "攻坚战", "规定", "模式", "级",
)
# A tail of up to four characters and one of these names a zone: 1小时交通圈, 15分钟生活圈.
NAME_TAIL_ENDINGS = ("圈",)
# A number preceded by one of these is an ordinal or a code: 第三, 编号5.
BEFORE_EXCLUDE = ("第", "编号", "代号", "型号")
# Before a Chinese numeral these make it vague: 数十家, 几百人, 若干个.
VAGUE_BEFORE = ("数", "几", "若干")
# Around a time span these make it the report's own period or a point in time:
# 近五年, 过去五年, 五年来, 十年间, 三年后.
SPAN_BEFORE = ("过去", "近", "这", "未来", "今后", "此前", "最近", "此后", "往后", "过去的", "这些")
SPAN_AFTER = ("来", "以来", "间", "中", "里", "多来", "内", "前", "后")
# A time span written in Chinese numerals is a measured fact only after one of these (连续五年, 提前两周);
# elsewhere (极不平凡的五年, 三年攻坚行动) it names a period or a programme.
SPAN_CUES = ("连续", "历时", "用", "长达", "提前", "延长", "用时", "耗时", "仅用", "累计", "持续", "达", "超过",
             "近", "约", "不到", "缩短", "压缩", "缩短到", "减少", "节省", "增加", "多")
# Measure words whose one-character Chinese-numeral counts are still amounts: 两次 (occurrences).
CN_COUNT_WORDS = ("次",)
# Nouns of people: a number followed by a noun phrase ending in one of these, with no measure word
# between, counts people (420万困难群众).
PERSON_NOUNS = (
    "群众", "居民", "农民", "农民工", "职工", "员工", "学生", "儿童", "老人", "老年人", "人口", "劳动力",
    "对象", "人员", "干部", "毕业生", "游客", "旅客", "市民", "村民", "患者", "婴幼儿", "青年", "人才",
)
# Counts of these are lists of policy items, labels rather than amounts: 13项任务举措, 6个维度.
LABEL_NOUNS = ("措施", "举措", "维度", "方面", "原则", "规定", "意见", "要求", "主线", "战略", "台阶", "政策")
# A bare multiplier (千亿元, 万人) is an amount only after one of these (超千亿元, 突破百亿元,
# 跨上万亿元, 近万人) or with 余/多; elsewhere (亿元以上项目, 万元GDP能耗, 百年) it is a class,
# a denominator or part of a phrase.
BARE_CUES = ("超", "突破", "上", "达", "过", "近", "逾", "约", "破", "超过", "达到")
# After these units the words make a threshold, not an amount: 3岁以下婴幼儿, 60岁以上老人.
THRESHOLD_AFTER: dict[str, tuple[str, ...]] = {"岁": ("以下", "以上", "及以上", "及以下", "至")}
# A bare 万元 before one of these is a denominator: 万元地区生产总值能耗.
DENOMINATOR_TAILS = ("地区生产总值", "生产总值", "GDP", "增加值", "产值", "营业收入")
# Joining the two ends of a range or a list: 1.6万—2万亩, 4.5%至5%.
RANGE_JOINERS = ("至", "到", "-", "—", "–", "～", "~", "、", "或", "和", "及", "－")
# Before a bare multiplier ("万人" in "每万人") the number is a rate, not an amount.
RATE_BEFORE = ("每", "/", "／")
# Before a bare multiplier these make it a column's or a field's unit: 投资（亿元）, 单位：万元.
LABEL_BEFORE = ("（", "(", "：", ":", "单位")

# Kind cues.  A target is a level to reach; a change is growth, reduction or a multiple.
# (预期 alone is not one: 人均预期寿命.)
TARGET_STRONG = ("力争", "目标", "预期目标", "预期增长", "拟", "确保", "争取", "不低于", "不少于", "控制在", "稳定在",
                 "保持在", "计划", "预计", "将")
# Before a year these make it a deadline, a target when the year is not past: 到2027年.
DEADLINE_BEFORE = ("到", "至")
CHANGE_CUES = (
    "增长", "增加", "下降", "减少", "提高", "提升", "降低", "压减", "缩减", "增速", "增幅", "涨幅",
    "同比", "比上年", "较上年", "比20", "较20", "年均", "翻", "净增", "上升", "回落", "减",
)
# Between a change cue and its number only these may stand (增长了5%, 增幅为5%); elsewhere the cue
# belongs to another word (增加值, 年均浓度, 对经济增长贡献率).
CHANGE_FILLERS = ("了", "幅度", "幅", "率", "速", "为", "达", "达到", "超过", "超", "近", "约", "逾", "突破",
                  "接近", "分别", "均", "分别为", "约为")
# A difference against a base stays a change even inside a goal: 比上年增加2300亿元.
BASE_CUES = ("比上年", "较上年", "比去年", "较去年", "比上年末", "较上年末", "同比", "比20", "较20")
# Right before the number these make it the level reached, even after a change verb: 下降至35.
LEVEL_MARKERS = ("至", "到", "为", "达到", "达", "从", "由")
# Right before the number these make it the amount of a change even inside a goal (none in Chinese:
# 力争增长5% is a growth target).
DIFFERENCE_BEFORE: tuple[str, ...] = ()
# Words naming a year relative to the document date; 上年 is left out: 比上年 names a base, not the year.
THIS_YEAR = ("今年", "本年", "当年")
LAST_YEAR = ("去年", "过去一年", "一年来")
NEXT_YEAR = ("明年",)
# Right before a year these make it the base of a comparison, not the year of the value: 比2020年.
BASE_YEAR_BEFORE = ("比", "较", "与", "同", "相比", "对比", "相对于")
# A sentence about a span of years has no single year: “十四五”时期, 过去五年, 年均增长.
PERIOD_CUES = ("十三五", "十四五", "十五五", "过去五年", "五年来", "近五年", "这五年", "年均增长", "年均增速", "年均提高",
               "年均下降", "年均增幅")

# Verbs and qualifiers stripped from the end of a metric phrase, right before the number.
METRIC_STRIP = (
    "达到", "达", "为", "是", "突破", "超过", "超", "近", "约", "共", "全年", "完成", "实现", "保持",
    "稳定在", "控制在", "力争", "比上年", "较上年", "比去年", "较去年", "同比", "以上", "左右", "分别", "均",
    "已", "总计", "合计", "的", "从", "由", "至", "到", "不少于", "不低于", "提升至", "提高到", "下降至",
    "降至", "降到", "拟按", "拟", "按", "将", "预计", "首次", "增至", "分别为", "稳居", "提前", "逾",
    "接近", "将近", "大约", "不到", "不超过", "以内", "共有", "总数", "在", "均为", "约为", "仅",
)
# Connectives and time words stripped from the start of a metric phrase: 其中、全年、今年.
METRIC_HEAD_STRIP = (
    "力争", "确保", "争取", "计划", "预计", "拟", "将", "其中", "并", "同时", "还", "另", "今年", "去年", "明年", "全年", "共计", "合计", "总计", "和", "及",
    "以及", "而", "但", "分别", "已", "截至目前", "目前", "当前", "年末", "年底", "此外", "同期", "全部",
)
# Change verbs: kept at the end of the metric of a change (地区生产总值增长), stripped from other metrics.
METRIC_CHANGE_VERBS = (
    "增长", "增加", "下降", "减少", "提高", "提升", "降低", "压减", "缩减", "上升", "回落", "净增", "增长了",
    "下降了", "提高了", "减少了", "增加了", "缩短", "扩大", "压缩", "压减", "降低了",
)
# A clause opening with these has the subject of the clause before: 增长5.4%、高于全国0.4个百分点.
PREDICATE_HEADS = ("高于", "低于", "快于", "慢于", "占", "比", "较", "同比", "增长", "下降", "提高", "增加",
                   "减少", "降低", "提升", "上升", "年均")
CLAUSE_BREAKS = "，。；！？、：,;!?:\n（）()“”\"《》"
