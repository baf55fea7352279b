"""Commitments: sentences that say what an actor will, must or should do.

A sentence is read in three steps:

1. its own cues (``lang/commitments.py``): a directive (要, 必须, will,
   must, an imperative opening verb, a goal), or a report (过去五年, over the
   past five years), a meeting or byline line, an appraisal (全会认为);
2. the mode of its section: a section whose heading or paragraphs review
   past work (一、2025年工作回顾) keeps even its "we will" translations as
   reports, and only an explicit pledge ("we must", 我们一定) counts there; a
   plan section (三、2026年重点工作) makes every sentence a commitment unless
   it is a statement, a report or an address; elsewhere cues decide;
3. its paragraph: a sentence without cues continues the one before it, and a
   paragraph that opens with a goal keeps its target states as goals.

Areas come from ``extract/areas.py`` with the subsection heading and the
paragraph's opening sentence as context; actor, strength and deadline from the
sentence, its paragraph's lead-in and the document's speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang.commitments import ADDRESS, ADDRESS_PREFIX, MARKERS, NON_CONTENT, PRONOUNS, Markers
from ..model import Commitment, Document, Sentence
from ..profiles import Profile, load_profile
from . import areas as area_model
from .deadlines import find_deadline

REVIEW, PLAN, NEUTRAL = "review", "plan", "neutral"
PAST_SHARE = 0.5  # share of paragraphs opening with a retrospective cue that makes a review section
PLAN_SHARE = 0.75  # share opening with a directive that makes a plan section
# a long section that hardly directs (< 30%) and looks back now and then (>= 20%) reviews
QUIET_MIN, QUIET_DIRECTIVE, QUIET_PAST = 6, 0.3, 0.2


@dataclass(slots=True)
class Cues:
    skip: bool = False  # meeting, attendance, byline, address, numbering
    opinion: bool = False
    shortcomings: bool = False
    evaluation: bool = False
    past: bool = False
    perfective: bool = False
    settled: bool = False  # a perfective cue that reports even in a plan section
    statement: bool = False
    modal: bool = False
    lead_in: bool = False
    imperative: bool = False
    goal: bool = False
    pledge: bool = False
    heading_directive: bool = False

    @property
    def directive(self) -> bool:
        return self.modal or self.lead_in or self.imperative or self.goal


@cache
def _compiled(lang: str) -> dict[str, re.Pattern[str]]:
    m = MARKERS.get(lang, MARKERS["en"])
    flags = re.IGNORECASE if lang != "zh" else 0
    names = ("modal", "lead_in", "imperative_start", "goal", "past", "perfective", "settled", "meeting", "evaluation",
             "opinion", "shortcomings", "statement", "first_person_pledge", "review_heading", "plan_heading", "top_heading",
             "heading_directive", "subject_actor", "preamble", "speech")
    out = {n: re.compile(getattr(m, n), flags) for n in names}
    # names are capitalised: matching them must respect case
    out["speech"] = re.compile(m.speech)
    out["subject_actor"] = re.compile(m.subject_actor)
    out["speaker"] = re.compile(m.speaker)
    out["non_content"] = re.compile(NON_CONTENT)
    out["address"] = re.compile(ADDRESS)
    out["address_prefix"] = re.compile(ADDRESS_PREFIX)
    out["quote_tail"] = re.compile(r"[”\"’]\s*,?\s*said\b|[”\"]\s*(he|she) said")
    out.update({f"strength:{k}": re.compile(v, flags) for k, v in m.strength.items()})
    return out


def _markers(lang: str) -> Markers:
    return MARKERS.get(lang, MARKERS["en"])


def _clean(text: str) -> str:
    """The sentence without opening quotes, so that cues anchored at ^ see its first word."""
    return text.strip().lstrip("“”\"'‘’「『 ")


def cues(text: str, lang: str, heading: bool = False) -> Cues:
    """The commitment cues of one sentence."""
    p = _compiled(lang)
    t = _clean(text)
    t = _clean(p["preamble"].sub("", t, count=1)) or t
    c = Cues(
        skip=bool(p["meeting"].search(t) or p["non_content"].match(t)),
        opinion=bool(p["opinion"].search(t)),
        shortcomings=bool(p["shortcomings"].search(t)),
        evaluation=bool(p["evaluation"].search(t)),
        past=bool(p["past"].search(t)),
        perfective=bool(p["perfective"].search(t)),
        settled=bool(p["settled"].search(t)),
        statement=bool(p["statement"].search(t)),
        modal=bool(p["modal"].search(t)),
        lead_in=bool(p["lead_in"].search(t)),
        imperative=bool(p["imperative_start"].search(t)),
        goal=bool(p["goal"].search(t)),
        pledge=bool(p["first_person_pledge"].search(t)),
    )
    if heading:
        c.heading_directive = bool(p["heading_directive"].search(t))
    if c.imperative and c.statement and lang != "zh":
        # "Building X is Y": a gerund subject, not an order
        first = p["imperative_start"].match(t)
        c.imperative = not (first and first.group(0).rstrip().endswith("ing"))
    return c


# ---------------------------------------------------------------- sections


def _is_top_heading(i: int, sents: list[Sentence], texts: list[str], lang: str) -> bool:
    first_of_paragraph = i == 0 or sents[i - 1].paragraph != sents[i].paragraph
    p = _compiled(lang)
    return first_of_paragraph and bool(p["top_heading"].match(texts[i]) or _compiled("zh")["top_heading"].match(texts[i]))


def section_modes(sents: list[Sentence], texts: list[str], all_cues: list[Cues], lang: str) -> list[str]:
    """review / plan / neutral for each sentence, from its top-level section."""
    p = _compiled(lang)
    tops = [i for i in range(len(sents)) if _is_top_heading(i, sents, texts, lang)]
    bounds = [0, *tops, len(sents)]
    modes = [NEUTRAL] * len(sents)
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a == b:
            continue
        heading = texts[a] if a in tops else ""
        if heading and a + 1 < b and _compiled(lang)["non_content"].match(heading):
            heading += " " + texts[a + 1]  # "IV." and "Major Tasks for 2026" split by the segmenter
        review = bool(heading and p["review_heading"].search(heading))
        plan = bool(heading and p["plan_heading"].search(heading))
        if review and not plan:
            mode = REVIEW
        elif plan and not review:
            mode = PLAN
        elif review and plan:
            mode = NEUTRAL
        else:
            mode = _vote(range(a + (1 if heading else 0), b), sents, all_cues)
        for i in range(a, b):
            modes[i] = mode
    return modes


def _vote(idx: range, sents: list[Sentence], all_cues: list[Cues]) -> str:
    """The mode of a section from the opening sentences of its paragraphs."""
    leaders: dict[int, int] = {}
    for i in idx:
        if not all_cues[i].skip:
            leaders.setdefault(sents[i].paragraph, i)
    if not leaders:
        return NEUTRAL
    past = sum(1 for i in leaders.values() if (all_cues[i].past or all_cues[i].perfective) and not all_cues[i].modal)
    directive = sum(1 for i in leaders.values() if all_cues[i].directive and not all_cues[i].past)
    n = len(leaders)
    if past / n >= PAST_SHARE:
        return REVIEW
    if n >= QUIET_MIN and directive / n < QUIET_DIRECTIVE and past / n >= QUIET_PAST:
        return REVIEW  # a long section that hardly directs and now and then looks back reports
    if directive / n >= PLAN_SHARE and n >= 3:
        return PLAN
    return NEUTRAL


# ---------------------------------------------------------------- decision


def decide(sents: list[Sentence], texts: list[str], all_cues: list[Cues], modes: list[str],
           lang: str) -> list[bool]:
    """Whether each sentence is a commitment."""
    p = _compiled(lang)
    out = [False] * len(sents)
    tops = {i for i in range(len(sents)) if _is_top_heading(i, sents, texts, lang)}
    leader: dict[int, int] = {}
    for i, s in enumerate(sents):
        leader.setdefault(s.paragraph, i)
    for i, c in enumerate(all_cues):
        mode = modes[i]
        lead = all_cues[leader[sents[i].paragraph]]
        is_leader = leader[sents[i].paragraph] == i
        if c.skip or c.opinion or c.shortcomings:
            continue
        if not is_leader and lead.shortcomings:
            out[i] = c.pledge  # the problems listed after "我们也清醒认识到" report; "我们将…" pledges
            continue
        if i in tops:
            out[i] = mode != REVIEW and (c.imperative or c.modal) and not c.past
            continue
        if mode == REVIEW:
            out[i] = c.pledge
            continue
        if (c.evaluation or c.past) and not c.modal:
            continue
        if not is_leader and lead.past and not lead.modal:
            out[i] = c.modal  # a paragraph that opens by looking back reports, unless told otherwise
            continue
        numbered = i > 0 and not is_leader and bool(p["non_content"].match(_clean(texts[i - 1])))
        if (sents[i].heading or numbered) and p["plan_heading"].search(texts[i]) and not c.directive:
            continue  # "Major Tasks for 2026" names a section, it does not direct
        if sents[i].heading and mode == PLAN:
            out[i] = True
        elif c.directive or (sents[i].heading and c.heading_directive):
            out[i] = True
        elif c.statement or (c.settled if mode == PLAN else c.perfective):
            # in a plan section 达到/突破 set targets; only a settled fact (已经, 同比) reports
            out[i] = not is_leader and lead.goal
        elif mode == PLAN and p["address_prefix"].match(_clean(texts[i])):
            continue  # "各位代表，蓝图已经绘就！": rhetoric addressed to the hall, unless it directs
        elif mode == PLAN and not p["address"].match(_clean(texts[leader[sents[i].paragraph]])):
            out[i] = True
        elif mode == PLAN:
            out[i] = out[i - 1]  # after "各位代表！" only what follows a directive continues it
        else:
            # a fragment left by the segmenter, or the tail of a quote, continues the sentence before it
            out[i] = not is_leader and out[i - 1] and (_is_fragment(texts[i], lang) or
                                                       bool(p["quote_tail"].search(texts[i])))
    return out


def _is_fragment(text: str, lang: str) -> bool:
    return len(text) <= 15 if lang == "zh" else len(text.split()) <= 10 or text[:1].islower()


# ---------------------------------------------------------------- attributes


def _speaker(texts: list[str], lang: str) -> str | None:
    """Who speaks the document: 我代表北京市人民政府 / on behalf of the ... Committee."""
    p = _compiled(lang)["speaker"]
    for t in texts[:40]:
        m = p.search(t)
        if m:
            return m.group("who").strip()
    return None


def _subject(text: str, lang: str) -> str | None:
    """The acting subject named at the start, or the official whose words the sentence reports."""
    t = _clean(text)
    m = _compiled(lang)["subject_actor"].search(t)
    if m:
        return m.group(1).strip()
    m = _compiled(lang)["speech"].search(t)
    if m:
        return next(g for g in m.groups() if g).strip()
    return None


def strength(text: str, lang: str) -> str:
    """binding / encouraged / intended, by the strongest marker present."""
    p = _compiled(lang)
    for cls in ("binding", "encouraged", "intended"):
        if p[f"strength:{cls}"].search(text):
            return cls
    return "intended"


def _doc_year(doc: Document) -> int | None:
    if doc.date and doc.date[:4].isdigit():
        return int(doc.date[:4])
    m = re.search(r"(20\d\d)", doc.title or "") or re.search(r"(20\d\d)", doc.text[:400])
    return int(m.group(1)) if m else None


HEADING_WEIGHT = 0.25  # the subsection heading's areas, relative to the sentence's own: a heading
# spans many topics, so it mostly decides sentences that name none of their own
PARAGRAPH_WEIGHT = 0.7  # the paragraph's areas (all its sentences together): a paragraph keeps to its topic


def _area_context(sents: list[Sentence], texts: list[str], own: list[dict[str, float]],
                  lang: str) -> list[list[tuple[dict[str, float], float]]]:
    """For each sentence, its subsection heading's and its paragraph's area scores, weighted."""
    paragraph: dict[int, dict[str, float]] = {}
    for s, sc in zip(sents, own, strict=True):
        acc = paragraph.setdefault(s.paragraph, {})
        for a, v in sc.items():
            acc[a] = acc.get(a, 0.0) + v
    out: list[list[tuple[dict[str, float], float]]] = []
    heading_scores: dict[str, float] = {}
    for i, s in enumerate(sents):
        if s.heading or _is_top_heading(i, sents, texts, lang):
            heading_scores = own[i]
            out.append([])
            continue
        out.append([(heading_scores, HEADING_WEIGHT), (paragraph[s.paragraph], PARAGRAPH_WEIGHT)])
    return out


def stage(doc: Document, profile: Profile | None = None) -> Document:
    """Fill ``doc.commitments``."""
    profile = profile if isinstance(profile, Profile) else load_profile()
    sents = doc.sentences
    if not sents:
        from ..segment.sentences import split_sentences

        sents = split_sentences(doc.text, doc.lang)
    lang = doc.lang if doc.lang in MARKERS else "en"
    texts = [doc.text[s.start:s.end] for s in sents]
    all_cues = [cues(t, lang, s.heading) for s, t in zip(sents, texts, strict=True)]
    modes = section_modes(sents, texts, all_cues, lang)
    keep = decide(sents, texts, all_cues, modes, lang)
    own = [area_model.scores(t, lang, profile) for t in texts]
    context = _area_context(sents, texts, own, lang)
    speaker = _speaker(texts, lang)
    year = _doc_year(doc)
    lead_actor: dict[int, str | None] = {}
    last_named: str | None = None
    out: list[Commitment] = []
    for i, (s, t) in enumerate(zip(sents, texts, strict=True)):
        subject = _subject(t, lang)
        if subject in PRONOUNS:
            subject = last_named  # "he said": the official named before
        elif subject:
            last_named = subject
        if i == 0 or sents[i - 1].paragraph != s.paragraph:
            lead_actor[s.paragraph] = subject
        if not keep[i]:
            continue
        actor = subject or lead_actor.get(s.paragraph) or speaker
        deadline = find_deadline(t, lang, year)
        out.append(Commitment(
            start=s.start, end=s.end,
            areas=area_model.choose(own[i], context[i]),
            actor=actor, strength=strength(t, lang),
            deadline=deadline.date if deadline else None,
            deadline_text=deadline.text if deadline else None,
        ))
    doc.commitments = out
    return doc


__all__ = ["Cues", "cues", "decide", "section_modes", "stage", "strength"]
