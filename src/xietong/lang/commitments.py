"""Commitment markers in Chinese and English, as data.

Each entry is a regular expression (or a word list) that the commitment stage
looks up by language: ``MARKERS["zh"].modal``.  The stage holds the logic; a
new cue is added here, not there.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Markers:
    modal: str  # directs future action anywhere in the sentence
    lead_in: str  # "the plenary session emphasised that ...", 全会强调
    imperative_start: str  # a sentence that opens with a directive verb
    goal: str  # a target state presented as a goal
    past: str  # explicit retrospection: over the past five years, 一年来
    perfective: str  # weaker past cues: have been, 已经, 取得
    settled: str  # the perfective cues that still report inside a plan section (达到, 突破 there set targets)
    meeting: str  # meeting, attendance, byline, address, photo caption
    evaluation: str  # the meeting held that ... is of great significance
    opinion: str  # an appraisal lead-in that outweighs any modal: 全会认为, held that
    shortcomings: str  # the sober look at problems (我们也清醒认识到…): its paragraph reports unless we pledge
    heading_directive: str  # a directive verb anywhere in a short heading
    statement: str  # a copula statement of fact ("X is Y", 今年是…之年)
    first_person_pledge: str  # "we must", 我们一定: a pledge even in a review
    review_heading: str
    plan_heading: str
    top_heading: str  # numbering of a top-level section: 一、 / 3、
    speaker: str  # "on behalf of X", 我代表X: the document's voice
    preamble: str  # a photo credit or dateline glued to the start of a sentence
    subject_actor: str  # an explicit acting subject at the start of a sentence
    speech: str  # a named speaker: "Xi stressed", "…,” said Wang Fang", 陈敏尔强调
    strength: dict[str, str] = field(default_factory=dict)  # class -> pattern, checked in order


ZH = Markers(
    modal=(
        r"(?<![重主纲提摘概只紧扼简首])要(?![求点素闻害务是么领义旨件]|看到)|必须|务必|确保|力争|争取|"
        r"(?<![相供适响反效对呼回答感顺理])应(?![用急对邀运])|(?<![必所急])需(?![求])|"
        r"(?<![即])将(?![近军领士帅])|一定|号召|拟|有信心"
    ),
    lead_in=r"^(全会|会议|大会)?[^，。]{0,12}(强调|指出|提出|要求|号召|部署)[，,：:]|^(全会|会议|大会)(坚持|动员|号召|要求|强调|提出|决定)",
    imperative_start=(
        # an enumerator, or a topic ("铁路方面，") that the directive follows
        r"^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+是|\d+[.、]\s*|[^，。；：]{1,10}方面[，,])?"
        r"(更加|更好|更大力度|更高水平|进一步|全力|全面|持续|深入|大力|积极|加快|加紧|加大|加强|加力|"
        r"扎实|切实|坚决|坚定|稳步|稳妥|有序|着力|努力|协同|协力|联合|共同|合力|高水平|高标准|高质量|"
        r"不断|继续|接续|统筹|聚焦|围绕|立足|坚持|推进|推动|促进|深化|完善|健全|强化|提升|提高|优化|"
        r"实施|落实|贯彻|建设|打造|构建|建立|培育|发展|发挥|支持|扩大|拓展|巩固|做好|做优|做强|办好|抓好|"
        r"用好|守好|筑牢|兜牢|织密|严守|严格|规范|激发|增强|保持|保障|维护|防范|化解|开展|组织|引导|鼓励|"
        r"服务|融入|对接|承接|疏解|创新|探索|谋划|编制|制定|出台|开工|建成|完成|新增|新建|改造|整治|治理|把|"
        r"狠抓|攻坚|建强|抓紧|强力|紧抓|紧盯|筹办|举办|力促|加速|坚守|守牢|深耕|提速|拓宽|畅通|补齐|"
        r"保护|弘扬|传承|树立|牢记|增进|改善|营造|释放|挖掘|盘活|做实|压实|夯实|奋力|全力以赴|让我们)|"
        # a numbered heading may put a manner adverbial before its verb: （四）用心用情推进…
        r"^（[一二三四五六七八九十]+）[^，。]{1,6}(推进|推动|加快|加强|深化|建设|打造|实施|落实|促进|提升|构建|发展|扩大)"
    ),
    goal=r"(目标(是|为)?[：:]|目标是|主要(预期)?目标|预期目标|远景目标|总体要求|总的要求|指导思想|到(20\d\d|二〇[一二三四五六七八九〇]{2})年)",
    past=(
        r"(过去[一二三四五六七八九十]*年|[一二三四五六七八九十]+年来|这[一二三四五六七八九十]+年|一年来|近年来|"
        r"近[一二三四五十几]+年|以来|回顾过去|刚刚过去|此前|曾经|先后)"
    ),
    perfective=r"(已经|已|取得|实现了|完成了|成功|圆满|累计|达到|突破|增长[\d.]+%|比上年|同比)",
    settled=r"(已经|已(?!有)|取得了|实现了|完成了|比上年|同比)",
    meeting=(
        r"(出席|列席|主持|会议由|全会由|召开|举行|到会指导|作说明|作报告|作政府工作报告|审议通过|来源[:：]|"
        r"责任编辑|^(本报|新华社)?记者[ \u4e00-\u9fff]{0,12}$|摄$|请予审议|提请[^，。]{0,6}(审查|审议)|提交大会|^分享到|^字体|报道[）)]|^[（(][^）)]{2,40}[）)]$)"
    ),
    evaluation=r"(具有重大(现实|历史)?意义|意义重大|充分肯定|深受鼓舞|根本遵循|前景广阔)",
    opinion=r"^(全会|会议|大会|与会[^，]{0,6})(一致)?认为",
    shortcomings=r"^[^，]{0,6}清醒地?(认识|看到)|^[^，]{0,4}(也要|还要|必须)看到",
    heading_directive=r"(推动|推进|加快|加强|深化|建设|打造|贡献力量|奋力|坚持|实施|落实|促进|提升|构建|谱写|开创)",
    statement=(
        r"^[^，,：:]{1,40}?(?<![一二三四五六七八九十也就还而凡总但只于正更即要])是(?![：:否])[^，,]{0,40}(年|期|阶段|力量|保证|体现|结果)|"
        r"^[^，,：:]{1,12}(?<![一二三四五六七八九十也就还而凡总但只于正更即要])是[^，,：:]{1,20}[。！]?$|"
        r"^[^，,]{1,15}(还有|仍有|依然|仍然|面临)|"
        # "X是…之要/关键/根本": a maxim; "这样的目标，是…": a topic and its copula
        r"^[^，,：:]{1,20}是[^，,：:]{1,12}(之要|之本|之基|之道|关键|根本|前提|基础|基石)[，,。！]|"
        r"^[^，,。：:]{1,12}[，,]是"
    ),
    first_person_pledge=r"我们(一定|要|必须|将|务必)",
    review_heading=r"(回顾|成就|成效|成绩|进展情况|工作进展|基本情况|过去|总结)",
    plan_heading=(
        r"(重点工作|主要工作|工作任务|任务|目标|总体要求|基本原则|指导思想|部署|今后|未来|保障措施|政策措施|"
        r"工作措施|组织实施|工作要求|重点领域|行动|计划|安排)"
    ),
    top_heading=r"^[一二三四五六七八九十]+、",
    speaker=r"我代表(?P<who>[^，,、。]{2,20}?)(向|，|,)",
    speech=(
        r"(?:书记|市长|省长|区长|县长|主任|部长|总理|主席|局长|厅长|经理|董事长|院长|校长|会长|秘书长|负责人|专家)(?P<who>[\u4e00-\u9fff]{2,3}?)(?:同志)?(?:强调|指出|表示|要求|说)|"
        r"(?P<who2>[\u4e00-\u9fff]{2,3})(?:总书记|主席|总理|书记|市长|省长)(?:强调|指出|要求)"
    ),
    preamble=r"^(（[^）]{0,30}摄）|新华社[^电]{0,10}电[^）]{0,20}）?)\s*",
    subject_actor=(
        r"^((全会|会议|大会)|[^，。、“”]{0,16}?(党组织|党委|市委|省委|政府|委员会|干部群众|各区|各部门|财政|基金)|"
        r"[\u4e00-\u9fff]{1,8}?(省|市|区|县|新区))"
        r"(强调|指出|要求|号召|提出|要(?![求点素])|必须|应(?![用对急])|将(?![近军])|务必|计划)"
    ),
    strength={
        "binding": r"必须|务必|确保|坚决|一定|严禁|不得|严格",
        "encouraged": r"鼓励|力争|争取|倡导|(?<![重主纲提需必])要(?![求点素])|(?<![相供适响反效对])应(?![用急对])|努力",
        "intended": r"将|拟|计划",
    },
)

_EN_PERFECTIVE = (
    r"\b(have been|has been|had been|was|were|has (\w+ly )?(achieved|made|become|seen|led|taken|established|"
    r"completed|exceeded|reached|increased|decreased|improved|undergone|launched|piloted|accelerated)|"
    r"have (\w+ly )?(achieved|made|become|seen|adhered|implemented|promoted|taken|overcome|helped|"
    r"established|completed|continuously|joined|resolutely|firmly|deeply|thoroughly|worked)|achieved|"
    r"inspected|affirmed|presided|delivered|held)\b"
)

EN = Markers(
    modal=(
        r"\b(will|shall|must|should|ought to|needs? to|have to|has to|is to|are to|"
        r"(it is|it's) (necessary|imperative|essential|crucial|important) to|efforts (should|will|must) be made|"
        r"strive to|strives to|aim(s|ing)? to|(is|are) aimed at|plans? to|is set at|are set at|is projected to|is expected to|"
        r"called for|calls for|urged|urges|asked (us )?to|requires?|stressed the need|emphasi[sz]ed the need|the need to|"
        # a leader who "stressed creating …" or "stressed a coordinated approach" directs it
        r"(stress|emphasi[sz])(ed|es) (a|an|\w+ing)|"
        r"emphasi[sz]ed (that|the importance)|stressed (that|efforts|the importance)|underscores? the importance|"
        r"highlight(s|ed)? the (importance|significance|need)|call(s|ed)? on|committed to|requirements? of the meeting|"
        r"let us|let's)\b"
    ),
    lead_in=(
        r"^(the )?(plenary session|meeting|session|communique|conference)[^.]{0,40}?"
        r"(emphasi[sz]ed|stressed|called|urged|highlighted|underscored)"
    ),
    imperative_start=(
        r"^(\d+[.、]\s*)?(\(\w+\)\s*)?((at the same time|in addition|meanwhile|furthermore|moreover|to this end|"
        r"in the next step|next),\s*)?((\w+ly|further|always|better|jointly) )?"
        r"(adhere|promote|accelerate|deepen|strengthen|improve|build|optimi[sz]e|implement|support|create|"
        r"establish|carry|develop|expand|enhance|make|give|ensure|consolidate|encourage|foster|cultivate|"
        r"advance|uphold|pursue|launch|innovate|attract|undertake|collaborate|coordinate|integrate|combine|"
        r"focus|keep|maintain|continue|increase|reform|stimulate|explore|guide|protect|prevent|punish|select|"
        r"exercise|stand|take|do|work|plan|set|raise|reduce|upgrade|boost|speed|step|push|facilitate|"
        r"refine|intensify|put|bear|grasp|hold|study|learn|respond|tell|serve|provide|widely|follow|fight|"
        r"safeguard|defend|strive|seize|persist|insist|comprehend|understand|pay|achieve|form|open|"
        r"extend|spread|scale|tighten|resolve|carry|help|let|build|accelerating|promoting|strengthening|"
        r"improving|combining|deepening|optimizing|upholding|implementing|building|developing|adhering|highlight|"
        r"participate|enforce|highlighting|participating|conduct|leverage|nurture|remain|realize|win|"
        r"balance|unify|bolster|prioriti[sz]e|forge|intensify|enlarge|gather|break|innovating)\b"
    ),
    goal=(
        r"\b((goals?|objectives?|targets?) (is|are|for|set)|by (the end of )?20\d\d|we are building|we want to build|"
        r"aims? to|will be (basically )?(achieved|realized|ensured|improved|enhanced|reduced|expanded|in place)|"
        r"will become)\b"
    ),
    past=(
        r"\b(over the past|in the past|during the past|since the|in recent years|last year|the past (five|ten|\d+) years|"
        r"(five|ten|\d+) years since|has always|have always|so far|previously|over the last)\b"
    ),
    perfective=_EN_PERFECTIVE,
    settled=_EN_PERFECTIVE,  # "has been", "was": English keeps every perfective cue a report
    meeting=(
        r"\b(presided over|presides over|attended|attend the|attends|was held|were held|is held|"
        r"convened|chaired|made the remarks|delivered a (speech|work report)|explained the|"
        r"xinhua/|source:|release time|comrades!)\b|^\(|^comrades|^date \d|\bheld$|^(editor|photo|reporters?)\b|"
        r"\b(editor|photo):"
    ),
    evaluation=(
        r"\b(is of (great|major|profound) significance|significance|"
        r"fully acknowledged|pointed out the direction|inspired us|undeniable evidence)\b"
    ),
    opinion=r"\b(held that|holds that|believes that|agreed that)\b|^the meeting pointed out that",
    shortcomings=(
        r"^(at the same time, |however, )?we (are|remain) (also )?(keenly |soberly |fully |clearly )?aware|"
        r"^(at the same time, |however, )?we (also )?(must )?(clearly |soberly )?(recogni[sz]e|see) that"
    ),
    heading_directive=r"^(\w+ )?(urges|calls for|promote|strengthen|improve|continue|do|firmly|accelerate|build|deepen)\b",
    statement=r"^([^,]{1,25}, )?(?!it is necessary)[^,;]{1,80}?\b(is|are|was|were|has|have|lies)\b(?! (to|set|projected|expected|aimed) )",
    first_person_pledge=r"\bwe (must|have to)\b",
    review_heading=r"\b(review|achievements|accomplishments|progress made|the past|looking back)\b",
    plan_heading=(
        r"\b(tasks|goals?|objectives|requirements|plans?|priorities|targets|principles|measures|"
        r"implementation|arrangements|the year ahead|next steps)\b"
    ),
    top_heading=r"^(\d+、|[IVX]+\.(\s|$))",
    speaker=r"on behalf of (the )?(?P<who>[A-Z0-9][^,.;]{2,80}?)(,| I\b| to\b)",
    speech=(
        r"said,? (?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})|"
        r"^(?:[^.,]{0,40}, )?(?P<who2>(?:General Secretary |President |Premier )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
        r"(?:, [^,]{3,160},)? (?:has |also )?(?:said|stressed|called for|urged|emphasi[sz]ed|pointed out|noted|asked)\b"
    ),
    preamble=r"^(\((Xinhua|Photo|Reuters)[^)]{0,40}\)\s*)?([A-Z][A-Z ]+, [A-Z][a-z]{2,4}\.? \d{1,2} \([A-Za-z ]+\) -- )?",
    subject_actor=(
        r"^((?:[Tt]he )?(?:plenary session|meeting|communique)|(?:[Tt]he )?[A-Z][\w-]*(?: [A-Z\w][\w-]*){0,6} "
        r"(Committee|Government|government|governments|authorities|Commission|Office|organizations))"
        r"( at [\w ]+?)? (emphasi[sz]ed|stressed|pointed out|called|urged|will|must|should|shall)"
    ),
    strength={
        "binding": r"\b(must|shall|ensure|ensuring|resolutely|strictly|never|have to|has to|imperative)\b",
        "encouraged": r"\b(should|encourage|encouraged|strive|need to|needs to|efforts should|aim to|aims to|support)\b",
        "intended": r"\b(will|plan|plans|set at|projected)\b",
    },
)

MARKERS: dict[str, Markers] = {"zh": ZH, "en": EN}

# Words that stand for a speaker named earlier: "he said", "it was stressed".
PRONOUNS = frozenset("He She It It’s It's We They Everyone This That 他 她 我们".split())
# An address to the audience opens a rhetorical paragraph.
ADDRESS = r"^(各位代表|同志们|代表们|Comrades|Fellow deputies)[！!]$"
# An address glued to its sentence ("各位代表，蓝图已经绘就！"): rhetoric unless the sentence directs.
ADDRESS_PREFIX = r"^(各位代表|同志们|代表们|Comrades|Fellow deputies)[，,！!]"
# Address lines, slogans and numbering alone are never commitments.
NON_CONTENT = r"^([（(]?([\d一二三四五六七八九十]+|[IVX]+)[)）.、]?|(各位代表|同志们|代表们|Comrades|Fellow deputies)[！!]|Dear [^.]+:)$"

# Deadline expressions, resolved in extract/deadlines.py.
FIVE_YEAR_PLANS = {"十四五": (2021, 2025), "十五五": (2026, 2030), "十三五": (2016, 2020),
                   "14th Five-Year Plan": (2021, 2025), "15th Five-Year Plan": (2026, 2030),
                   "13th Five-Year Plan": (2016, 2020)}
