"""Words that surround personal names, as data: surnames, titles, cues.

Used by ``extract/persons_zh*.py`` and ``persons_en.py`` (finding names) and ``extract/linking.py``
(matching a Chinese name with its English spelling).  Lists are ordered
longest-first where a regex alternation is built from them, so that 副书记
wins over 书记.
"""

from __future__ import annotations

# Single-character surnames, the ~300 most common plus those of officials
# often named in regional news (娄, 尹 ...).  A name starts with one of these.
SURNAMES_ZH = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆"
    "乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平"
    "计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
    "哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习傅萧阎荀郦濮蒯逄贝鄂袭代訾慈"
)
COMPOUND_SURNAMES_ZH = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
    "令狐", "端木", "申屠", "澹台", "钟离", "呼延", "南宫", "万俟", "闻人", "轩辕",
)

# Titles written right before a name: 市委书记陈敏尔, 本报记者 X, 责任编辑: X.
TITLES_ZH = (
    "总书记", "副书记", "书记", "副市长", "市长", "副省长", "省长", "副区长", "区长", "副县长", "县长", "镇长", "乡长",
    "副主任", "主任", "副组长", "组长", "副主席", "主席", "副总理", "总理", "副部长", "部长", "副厅长", "厅长",
    "副局长", "局长", "处长", "副院长", "院长", "副校长", "校长", "董事长", "总经理", "经理", "总裁", "副秘书长",
    "秘书长", "负责人", "记者", "通讯员", "责任编辑", "编辑", "主编", "校对", "摄影", "会长", "理事长", "所长",
    "院士", "教授", "研究员", "专家", "巡视员", "政委", "司令员", "主任委员", "委员", "常委", "代表", "党组成员",
    "总工程师", "工程师", "站长", "队长", "村支书", "支部书记", "首席科学家", "作者", "审核", "监制", "制作",
    "领导", "调研员", "发言人", "新闻发言人",
)
# Occupations and roles written before a name like a title: 天津港工人X, 高级技师X,
# 运动员X.  Read as titles, so a name after them is found the same way.
OCCUPATIONS_ZH = (
    "工人", "职工", "员工", "劳模", "劳动模范", "运动员", "技师", "高级技师", "农民", "村民", "居民", "市民",
    "医生", "医师", "护士", "教师", "老师", "讲师", "副教授", "学生", "志愿者", "民警", "干警", "法官", "检察官",
    "律师", "快递员", "外卖员", "司机", "厨师", "工匠", "博士", "科长", "副科长", "厂长", "行长", "馆长", "社长",
    "班长", "船长", "机长", "创始人", "企业家", "店主", "老板", "主播", "作家", "导演", "演员", "画家", "队员",
    "党支部书记", "驻村第一书记", "网友", "游客",
    "学者", "得主", "旅行家", "科学家", "诗人", "名将",
)
# Written right after a surname in place of a given name: 张女士, 王先生.
HONORIFICS_ZH = ("女士", "先生", "师傅", "老师")
# What may follow a name that a title introduces, where jieba does not end it:
# 主席覃明远及…, 技师王刚被授予…, 沈立平以及….
NAME_FOLLOWERS_ZH = (
    "以及", "及", "和", "与", "同", "率", "在", "对", "为", "是", "也", "被", "将", "就", "从", "把", "向", "于", "已",
    "曾", "代表", "作", "等", "均", "都", "还", "又", "则", "先后", "分别", "一行",
)
# Adverbs between a name and its cue: 曹文林先后介绍, 李春明还强调.
ADVERBS_BEFORE_CUE_ZH = ("应邀", "曾", "先后", "分别", "随后", "再次", "一同", "共同", "也", "还", "又", "则", "均", "都")
# Prepositions that rarely end a given name: 部长鞠丽|向采访团介绍 is 鞠丽, not 鞠丽向.
PREPOSITIONS_AFTER_NAME_ZH = "向对在为把被将与和及从同跟给"
# A name jieba alone finds (no cue at all) never ends in these thing or place
# or organisation suffixes (普惠率, 林田湖, 杨公堤, 卫健委) ...
NOT_NAME_LAST_ZH = "率性湖堤河路街巷村镇园厂站港桥山区县市省院局馆寺庙段点化感品节业型式类量度线场所室楼委司部处厅办署"
# ... nor starts with these characters, far more often words of their own than
# surnames (向雄安, 强雄安).
WEAK_SURNAMES_ZH = "向强普全和于从以为在对把被将与及由连"
# Titles also written right after a name: 钱志清院士, 马丽博士.
TITLES_AFTER_ZH = ("院士", "教授", "副教授", "博士", "研究员", "讲师", "高级工程师")
# Written right after a name: 习近平总书记, 殷勇同志, 张工王常松出席, 戴冰摄.
AFTER_CUES_ZH = (
    "总书记", "同志", "出席", "到会指导", "到会", "主持召开", "主持会议", "主持", "作说明", "作讲话", "作报告",
    "作政府工作报告", "作重要讲话", "作工作报告", "讲话", "指出", "强调", "表示", "介绍", "摄", "参加", "列席",
    "调研", "会见", "考察", "宣布", "致辞", "发言", "通报", "部署", "说", "陪同", "一行",
    *TITLES_AFTER_ZH,
)
# Cues strong enough to accept a two-character name jieba does not know;
# the others ("说", "表示") need jieba to agree the span is a name.
STRONG_AFTER_ZH = ("总书记", "同志", "出席", "到会指导", "到会", "摄", "参加", "陪同", "作说明", "作讲话", "作报告",
                   "作政府工作报告", "作重要讲话", "作工作报告", "主持会议", "列席", *TITLES_AFTER_ZH)
# A list of names may end in 等 ("and others") before its cue or a full stop;
# a photographer's name ends in 摄 ("photo by").
LIST_END_ZH = "等"
NAME_LIST_SEPARATORS_ZH = "、 \u3000"
PHOTO_BY_ZH = "摄"
# Characters that end the stretch of a title before a name when read backwards:
# 会议由…组长许文华 — the title starts after 由.
TITLE_BREAKS_ZH = "由向在对为和与及的有是据"
# Bylines: (记者 于春沣 刘国栋) or 【责任编辑: 金鑫】 introduce space-separated names.
BYLINE_CUES_ZH = ("本报记者", "新华社记者", "记者", "通讯员", "责任编辑", "编辑", "摄影", "文/图", "图/文", "一审",
                  "二审", "三审", "终审", "初审", "复审", "校对", "审核")
# A newsroom named before its writer, on a line of its own ("某某融媒 张三", "某某日报 李四 王五")
# or in a byline's brackets ("(某县委宣传部 王五)"); the newsroom's name ends in one of these.
NEWSROOM_ENDS_ZH = ("融媒", "融媒体", "融媒体中心", "新闻中心", "日报", "晚报", "报社", "电视台", "广播电视台",
                    "客户端", "网", "宣传部", "办公室", "宣传办", "新闻办", "记者站", "通讯站")
# Followed by these a name is an ideology or a thing, not a mention of the person
# ("毛泽东思想", "邓小平理论"); such names count only when named elsewhere.
IDEOLOGY_AFTER_ZH = ("思想", "理论", "精神")
IDEOLOGY_AFTER_EN = ("Thought", "Theory", "Thoughts")

# English titles, lower-cased; a name followed by ", <title ...>" or preceded by
# "<Title> " is a person mention.
TITLES_EN = (
    "general secretary", "secretary-general", "deputy secretary-general", "secretary", "deputy secretary",
    "party secretary", "mayor", "vice mayor", "deputy mayor", "governor", "vice governor", "chairman", "chairwoman",
    "vice chairman", "chair", "director", "deputy director", "director-general", "head", "deputy head", "leader",
    "deputy leader", "president", "vice president", "executive president", "premier", "vice premier", "minister",
    "vice minister", "member", "dean", "executive dean", "professor", "researcher", "inspector",
    "second-level inspector", "reporter", "reporters", "correspondent", "editor", "chief", "commissioner",
    "manager", "general manager", "ceo", "founder", "academician", "expert", "party chief", "deputy",
    "chinese president", "state councilor", "spokesperson", "spokesman", "founder", "co-founder", "partner",
    "economist", "analyst", "scientist", "engineer", "ambassador", "consul general", "counselor", "adviser",
    "advisor", "lecturer", "fellow", "doctor", "chief executive", "chairperson", "prime minister",
    "deputy prime minister", "foreign minister",
)
# Titles of heads of state and government written before a foreign name of two to four
# words ("Prime Minister Maria Lopez", "Sultan Omar Ali"); with TITLES_EN capitalised.
HEAD_TITLES_EN = ("Sultan", "King", "Queen", "Emir", "Crown Prince", "Chancellor", "Prime Minister")
# Honorifics that open a foreign name and are no part of it: "U Kyaw Tin", "Haji Hassanal".
NAME_HONORIFICS_EN = ("Haji", "Hajji", "U", "Daw", "Dato", "Datuk", "Tan Sri", "Sheikh", "Sir", "Dame")
# Capitalised words that start sentences or name things, never a foreign name's part.
NOT_NAME_WORDS_EN = (
    "The", "This", "That", "These", "Those", "In", "On", "At", "By", "For", "From", "With", "As", "Under", "After",
    "Before", "According", "Meanwhile", "However", "Also", "It", "Its", "We", "They", "He", "She", "Our", "Their",
    "His", "Her", "Mr", "Ms", "Mrs", "Dr", "China", "Chinese", "National", "Central", "Party", "Communist", "People",
    "Municipal", "Provincial", "State", "Council", "Daily", "News", "Agency", "Xinhua", "Times", "Press", "Office",
    "Ministry", "Department", "Bureau", "Commission", "Committee", "University", "Institute", "Group", "Company",
    "Association", "Government", "Congress", "Forum", "Center", "Centre", "Bank", "Fund", "Plan", "Program",
)
# Lower-case particles inside a foreign name: "Maria da Costa", "Ludwig van Berg".
NAME_PARTICLES_EN = ("da", "de", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "la", "le",
                     "du", "bin", "al", "ter")
# Courtesy titles before a bare surname: "Mr. Wang", "Ms Li".
HONORIFICS_EN = ("Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Mr", "Ms", "Mrs", "Dr", "Miss", "Madam")
# Ties a foreign name to the title after it: "X, who serves as general manager of ...".
TITLE_INTRO_EN = ("who serves as", "who is", "who was", "now", "also")
# Verbs and cues on either side of an English name.
SPEECH_VERBS_EN = ("said", "says", "noted", "added", "explained", "stressed", "pointed out", "told", "stated",
                   "urged", "believes", "agreed", "remarked", "commented", "observed", "recalled")
# Adverbs between a bare surname and its verb: "Rossi also noted".
ADVERBS_EN = ("also", "further", "then", "once", "later", "again")
# Before a name like a speech verb: "according to Liu Wei, ..."
SOURCE_CUES_EN = ("according to", "According to")
# Verbs that end the title written after a name: "X, Mayor, attended ..."
TITLE_END_VERBS_EN = ("said", "says", "attended", "presided", "explained", "delivered", "noted", "stressed")
# Articles a title may start with, and the words that tie a title to its organisation.
TITLE_ARTICLES_EN = ("the", "a", "an")
TITLE_ORG_LINKS_EN = ("of", "at", "with", "for", "to")
# Company endings a title may hold after a comma: "president of X Co., Ltd."
COMPANY_TAILS_EN = ("Ltd", "Inc", "Co")
# Bylines whose names may be one word ("Web editor: Xiaoyu, Li Ming").
EDITOR_CUES_EN = ("Web editor", "Web editors", "Editor", "Editors", "Edited by")
BYLINE_CUES_EN = ("Reporters", "Reporter", "Xinhua/", "Photo by", "By", "Editor", "Written by", "Edited by")
# Words that make "<Surname> <Given>" something else: Tong Zhou District, Lei Feng Road.
NOT_NAME_AFTER_EN = (
    "District", "County", "City", "Province", "Municipality", "New Area", "Town", "Township", "Village", "Road",
    "Street", "Avenue", "Port", "Park", "Lake", "River", "Mountain", "Mountains", "Bridge", "Station", "Airport",
    "Zone", "Area", "Base", "Island", "Bay", "Temple", "Palace", "Hall", "Square", "Group", "Company", "Co",
    "University", "Institute", "Hospital", "School", "Workshop", "Forest", "Reservoir", "Canal", "Railway",
    "Expressway", "Line", "Building", "Center", "Centre", "Cup",
)
# Capitalised pinyin-looking pairs that are not names.
# "Bianji" is pinyin for 编辑 "editor", a placeholder in web-editor bylines.
NOT_NAMES_EN = ("Bianji", "Hong Kong", "Jing Jin", "Jin Ji", "Gu An", "Xiong An", "Hai He", "He Bei", "Tian Jin", "Bei Jing")
