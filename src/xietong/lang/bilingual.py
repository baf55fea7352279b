"""zh↔en anchor data for sentence alignment: number words and policy terms (numerals: ``lang/zh.py``).

``POLICY_TERMS`` pairs a Chinese term with English word prefixes that render
it; the aligner counts a term as an anchor when the Chinese sentence holds the
term and the English sentence holds a word starting with one of the prefixes.
Prefixes are lower case; a space inside one means consecutive words.  Terms so
general that they occur in most sentences (发展 development, 推进 promote) are
left out on purpose: an anchor must tell sentences apart.
"""

from __future__ import annotations

# A Chinese numeral word counts as a number only before one of these measure words
# (十二届, 三次, 20项): elsewhere 一 and 两 are parts of ordinary words (一体化, 两手抓).
ZH_MEASURES = "届次项个条大年月日倍名家所"

# Section numbers: （八） and 八、 in Chinese, "8." and "VIII." in English.  A numeral opening a
# sentence is a list number when one of these follows it: 八、, （八）, and the running-text lists
# of policy documents, 一是……二是…… (rendered "1." / "First,").
ZH_LIST_CLOSERS = "）)、是"
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
         "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15}

EN_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "hundred": 100,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
EN_MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
             "august": 8, "september": 9, "october": 10, "november": 11, "december": 12}

# zh term -> English prefixes.  Frequent in policy documents, specific enough to align on.
POLICY_TERMS: dict[str, tuple[str, ...]] = {
    # Party and government
    "全会": ("plenary",), "全体会议": ("plenary",), "常委": ("standing committee",),
    "书记": ("secretary",), "市长": ("mayor",), "省长": ("governor",), "主席": ("chair",),
    "委员": ("member",), "候补": ("alternate",), "代表": ("deputies", "delegate", "representative"),
    "讲话": ("speech", "remarks"), "座谈会": ("symposium",), "决定": ("decision",),
    "主题教育": ("theme education", "thematic education"), "思想": ("thought",),
    "政绩观": ("performance",), "纪委": ("discipline",), "党中央": ("party central committee", "cpc central"),
    "组长": ("leader",), "指导": ("guid", "steering"),
    # economy and finance
    "财政": ("fiscal",), "货币": ("monetary",), "赤字": ("deficit",), "预算": ("budget",),
    "国债": ("treasury bond",), "专项债": ("special-purpose bond",), "债务": ("debt",),
    "转移支付": ("transfer payment",), "支出": ("expenditure", "spending"), "税": ("tax",),
    "金融": ("financ",), "信贷": ("credit",), "贷款": ("loan",), "贴息": ("interest subsid",),
    "降息": ("interest rate",), "汇率": ("exchange rate",), "人民币": ("rmb", "renminbi"),
    "流动性": ("liquidity",), "融资": ("financing",), "担保": ("guarantee",),
    "风险": ("risk",), "物价": ("price",), "价格": ("pric",), "消费": ("consum", "spending"),
    "投资": ("invest",), "内需": ("domestic demand",), "以旧换新": ("trade-in",),
    "收入": ("income",), "工资": ("wage", "pay"), "基金": ("fund",), "资本": ("capital",),
    "市场": ("market",), "营商环境": ("business environment",), "民营": ("private",),
    "外资": ("foreign",), "外贸": ("foreign trade",), "会展": ("exhibition", "convention"),
    "自贸": ("free trade",), "开放": ("opening", "open"), "改革": ("reform",),
    "预期": ("expectation",), "信心": ("confidence",), "合力": ("synergy",),
    # industry and technology
    "创新": ("innovat",), "科技": ("technolog", "science"), "成果转化": ("transform", "commerciali"),
    "制造": ("manufactur",), "产业链": ("industrial chain", "supply chain"), "集群": ("cluster",),
    "设备更新": ("equipment",), "技术改造": ("technology transformation", "technological upgrad"),
    "集成电路": ("integrated circuit",), "网络安全": ("cybersecurity", "network security"),
    "生物医药": ("biomedic", "biopharm"), "新能源": ("new energy",), "智能网联": ("connected",),
    "航空航天": ("aerospace",), "低空": ("low-altitude",), "量子": ("quantum",),
    "生物制造": ("biomanufactur",), "具身智能": ("embodied",), "脑机接口": ("brain-computer",),
    "人工智能": ("artificial intelligence", "ai "), "智能": ("smart", "intelligen"),
    "算力": ("computing",), "智算": ("computing",), "卫星": ("satellite",),
    "互联网": ("internet",), "工业互联网": ("industrial internet",), "数据": ("data",),
    "开源": ("open-source", "open source"), "软件": ("software",), "物流": ("logistic",),
    "知识产权": ("intellectual property",), "检验检测": ("inspection", "testing"),
    "创业": ("startup", "entrepreneur", "venture"), "独角兽": ("unicorn",), "专精特新": ("specialized",),
    "中小企业": ("sme", "small and medium"), "企业": ("enterprise", "compan", "business"),
    "标准": ("standard",), "质量": ("quality",), "品牌": ("brand",), "服务业": ("service sector", "services"),
    "试点": ("trial", "pilot"), "示范": ("demonstrat", "exemplary"),
    "平台": ("platform",), "园区": ("park",), "科技园": ("science park", "technology park"),
    # infrastructure, energy and environment
    "基础设施": ("infrastructure",), "交通": ("transport", "traffic"), "轨道": ("rail",),
    "港口": ("port",), "空港": ("airport",), "航运": ("shipping",), "枢纽": ("hub",),
    "管网": ("pipeline", "pipe network"), "天然气": ("natural gas",), "特高压": ("ultra-high voltage",),
    "电力": ("power", "electric"), "电网": ("grid",), "储能": ("energy storage",), "煤": ("coal",),
    "风电": ("wind",), "光伏": ("photovoltaic", "solar"), "能源": ("energy",),
    "碳": ("carbon",), "碳达峰": ("peak",), "碳中和": ("neutral",), "绿色": ("green",),
    "低碳": ("low-carbon",), "节能": ("energy conservation", "energy-saving", "energy saving"),
    "污染": ("pollut",), "空气": ("air",), "蓝天": ("blue sk",), "水资源": ("water resource",),
    "土壤": ("soil",), "固体废物": ("solid waste",), "塑料": ("plastic",), "废弃物": ("waste",),
    "生态": ("ecolog", "ecosystem"), "湿地": ("wetland",), "海岸线": ("coastline", "coastal"),
    "国家公园": ("national park",), "生物多样性": ("biodiversity",), "禁渔": ("fishing ban",),
    "江河湖": ("river", "lake"), "海洋": ("marine", "maritime", "ocean"), "防汛": ("flood",),
    "抗旱": ("drought",), "安全生产": ("workplace safety", "production safety"),
    "垃圾": ("garbage", "waste"), "污水": ("sewage", "wastewater"), "厕所": ("toilet",),
    # society
    "教育": ("educat",), "高校": ("universit", "college"), "毕业生": ("graduat",),
    "职业教育": ("vocational",), "技能": ("skill",), "培训": ("training",), "人才": ("talent",),
    "就业": ("employ", "job"), "农民工": ("migrant worker",), "退役军人": ("veteran", "ex-service"),
    "残疾": ("disab",), "歧视": ("discriminat",), "劳动": ("labor", "labour"),
    "医疗": ("medical",), "医保": ("medical insurance",), "医院": ("hospital",),
    "药": ("drug", "medicine", "pharma"), "中医": ("traditional chinese medicine", "tcm"),
    "传染病": ("infectious",), "罕见病": ("rare disease",), "儿科": ("pediatric", "paediatric"),
    "精神卫生": ("mental health",), "全科医生": ("general practitioner",), "疾病": ("disease",),
    "健康": ("health",), "卫生": ("health",), "养老": ("elderly", "old-age", "pension", "senior"),
    "养老金": ("pension", "old-age benefit"), "老龄化": ("aging", "ageing"), "银发": ("silver", "senior"),
    "护理": ("care", "nursing"), "生育": ("birth", "childbirth"), "托育": ("childcare",),
    "儿童": ("child",), "救助": ("assistance",), "返贫": ("poverty",), "社会保障": ("social security",),
    "社保": ("social insurance", "social security"), "民生": ("wellbeing", "livelihood"),
    "文化": ("cultur",), "旅游": ("touris",), "文旅": ("cultur", "touris"), "赛事": ("sport",),
    "户籍": ("household registration",), "落户": ("residency",), "城镇化": ("urbaniz",),
    "乡村": ("rural",), "农村": ("rural",), "农业": ("agricultur",), "城市更新": ("urban renewal",),
    "城中村": ("urban village",), "电梯": ("elevator",), "停车": ("parking",),
    "无障碍": ("barrier-free", "accessib"), "县域": ("count",), "县城": ("count",),
    "城市群": ("city cluster",), "都市圈": ("metropolitan",), "社区": ("communit",),
    "革命老区": ("revolutionary base",), "民族地区": ("ethnic",), "边疆": ("border",),
    "主体功能区": ("functional zon",), "疫情": ("epidemic", "covid"), "安全": ("security", "safe"),
    "稳定": ("stab",),
    # regions (pinyin catches most place names; these are the ones translated by meaning)
    "京津冀": ("beijing-tianjin-hebei", "beijing, tianjin", "beijing tianjin hebei"),
    "长三角": ("yangtze river delta",), "粤港澳": ("guangdong-hong kong-macao", "greater bay"),
    "大湾区": ("greater bay",), "长江": ("yangtze",), "黄河": ("yellow river",),
    "东北": ("northeast",), "西部": ("western", "west"), "中部": ("central",), "东部": ("eastern", "east"),
    "首都": ("capital",), "非首都功能": ("non-capital",), "副中心": ("sub-center", "sub-centre"),
    "新区": ("new area",), "滨海": ("binhai",), "中关村": ("zhongguancun",),
    "中国式现代化": ("chinese modernization", "chinese path to modernization"),
    "高质量发展": ("high-quality development",), "协同发展": ("coordinated development",),
    "一体化": ("integrat",), "新质生产力": ("new quality productive forces",),
}

# English words that carry no content for matching dictionary glosses against a sentence.
# A Chinese clause ends here inside a sentence; translations often make a sentence of each clause.
ZH_CLAUSE_END = "；"

# Words that open an English sentence and are not capitalised inside one: where a heading with no
# final stop runs into the first sentence of its paragraph ("... regional layout We will ..."),
# one of these after a lower-case word marks the seam.
# Title case leaves these words lower case, so a capitalised one is the seam too.
EN_SENTENCE_OPENERS = ("We", "The", "This", "These", "Our", "It", "Its", "In", "On", "Over", "As", "By", "With",
                       "For", "To", "At", "After", "Since", "Under", "Through", "Last", "Next", "However")

EN_STOPWORDS = frozenset("""
the and for with that this will are was were been being have has had not but from into onto than then
they them their there these those what which who whom whose when where why how all any both each few more
most other some such only own same very can just should now also its our ours out over under again further
once here off about above below between through during before after while our your his her she him
shall would could may might must per via upon within without toward towards among
""".split())
# Words of CC-CEDICT glosses that are about the entry, not its meaning.
GLOSS_NOISE = frozenset({"varia", "surna", "abbr", "used", "see", "also", "sth", "someo", "one", "lit", "fig",
                         "name", "class", "measu", "word", "onese"})
