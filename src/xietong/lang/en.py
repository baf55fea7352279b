"""English language data for quantity extraction: number words, units and markers.

Only data lives here; ``extract/numbers.py`` and ``extract/quantities_en.py``
hold the logic that reads it.
"""

from __future__ import annotations

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Number words that are articles in running text unless a unit follows: "one of", but "one hour".
NOT_NUMBERS = ("one", "a", "an", "zero")
HUNDRED: dict[str, int] = {"hundred": 100}
SCALES: dict[str, int] = {
    "thousand": 1_000, "million": 1_000_000, "mln": 1_000_000, "billion": 1_000_000_000,
    "bln": 1_000_000_000, "trillion": 1_000_000_000_000,
}
# "dozens of", "hundreds of" are vague: not quantities.  Fractions are written with a space here and
# read with a space or a hyphen ("one-third").  Before "of" they are shares: "a third of the firms".
FRACTIONS: dict[str, float] = {
    "half": 0.5, "a half": 0.5, "one third": 1 / 3, "a third": 1 / 3, "two thirds": 2 / 3,
    "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2,
    "a tenth": 0.1, "one tenth": 0.1,
}
# Periods a fraction can be taken of: "half a century" -> 50 years.
PERIODS: dict[str, tuple[str, float]] = {
    "century": ("year", 100), "decade": ("year", 10), "year": ("year", 1), "month": ("month", 1),
    "day": ("day", 1), "hour": ("hour", 1),
}

# Currency words before the number: "CNY 10.4 trillion", "US$5 million".
CURRENCY_BEFORE: dict[str, str] = {
    "cny": "yuan", "rmb": "yuan", "¥": "yuan", "￥": "yuan", "us$": "usd", "usd": "usd", "$": "usd",
}

# Unit words after the number -> (canonical unit, factor); lower-case, longest match wins.
# A unit of None rejects the match (ages of things, ordinals, clock times).
UNITS: dict[str, tuple[str | None, float]] = {
    "percent": ("percent", 1), "per cent": ("percent", 1), "pct": ("percent", 1), "%": ("percent", 1), "‰": ("percent", 0.1),
    "percentage points": ("pp", 1), "percentage point": ("pp", 1), "points": ("pp", 1),
    "yuan": ("yuan", 1), "rmb": ("yuan", 1), "cny": ("yuan", 1), "renminbi": ("yuan", 1),
    "yuan rmb": ("yuan", 1), "us dollars": ("usd", 1), "u.s. dollars": ("usd", 1),
    "dollars": ("usd", 1), "usd": ("usd", 1),
    "times": ("times", 1), "fold": ("times", 1),
    "teus": ("teu", 1), "teu": ("teu", 1), "twenty-foot equivalent units": ("teu", 1),
    "tonnes": ("tonne", 1), "tonne": ("tonne", 1), "tons": ("tonne", 1), "ton": ("tonne", 1),
    "metric tons": ("tonne", 1), "kilograms": ("tonne", 0.001), "kg": ("tonne", 0.001),
    "kilometers": ("km", 1), "kilometres": ("km", 1), "kilometer": ("km", 1), "kilometre": ("km", 1),
    "km": ("km", 1),
    "square kilometers": ("km2", 1), "square kilometres": ("km2", 1), "square kilometer": ("km2", 1),
    "square kilometre": ("km2", 1), "sq km": ("km2", 1), "km2": ("km2", 1),
    "square meters": ("m2", 1), "square metres": ("m2", 1), "square meter": ("m2", 1),
    "square metre": ("m2", 1), "sq m": ("m2", 1), "m2": ("m2", 1), "square-meter": ("m2", 1),
    "square-metre": ("m2", 1), "square-kilometer": ("km2", 1), "square-kilometre": ("km2", 1),
    "mu": ("mu", 1), "hectares": ("hectare", 1), "hectare": ("hectare", 1), "ha": ("hectare", 1),
    "cubic meters": ("m3", 1), "cubic metres": ("m3", 1), "cubic meter": ("m3", 1), "cubic metre": ("m3", 1),
    "micrograms/cubic meter": ("ug_m3", 1), "micrograms per cubic meter": ("ug_m3", 1),
    "micrograms per cubic metre": ("ug_m3", 1), "micrograms/cubic metre": ("ug_m3", 1),
    "micrograms/m3": ("ug_m3", 1), "μg/m3": ("ug_m3", 1), "µg/m3": ("ug_m3", 1), "ug/m3": ("ug_m3", 1),
    "kilowatt-hours": ("kwh", 1), "kilowatt hours": ("kwh", 1), "kwh": ("kwh", 1),
    "watts": ("w", 1), "kilowatts": ("w", 1e3), "kw": ("w", 1e3), "megawatts": ("w", 1e6), "mw": ("w", 1e6),
    "gigawatts": ("w", 1e9), "gw": ("w", 1e9),
    "years": ("year", 1), "year": ("year", 1), "months": ("month", 1), "month": ("month", 1),
    "days": ("day", 1), "day": ("day", 1), "weeks": ("day", 7), "week": ("day", 7),
    "quarters": ("month", 3), "quarter": ("month", 3),
    "hours": ("hour", 1), "hour": ("hour", 1), "minutes": ("minute", 1), "minute": ("minute", 1),
    "households": ("household", 1), "household": ("household", 1), "person-times": ("person_time", 1),
    "person-time": ("person_time", 1), "visits": ("person_time", 1), "trips": ("person_time", 1),
    "years old": ("year", 1), "a.m.": (None, 1), "p.m.": (None, 1), "am": (None, 1), "pm": (None, 1),
    "o'clock": (None, 1), "year-old": ("year", 1),
    # lengths below a kilometre describe an object or a threshold ("within 500 meters"), not an amount
    "meters": (None, 1), "metres": (None, 1), "meter": (None, 1), "metre": (None, 1), "centimeters": (None, 1), "centimetres": (None, 1), "cm": (None, 1), "millimeters": (None, 1),
    "millimetres": (None, 1), "mm": (None, 1),
}
# Trips count people (person_time, as 人次) unless vehicles make them: "freight trains made 10,180 trips".
TRIP_UNITS = frozenset({"trips", "visits"})
VEHICLE_NOUNS = frozenset(
    "train trains freight flight flights ship ships vessel vessels truck trucks bus buses "
    "cargo shipping voyage voyages".split()
)
# Nouns of people: a counted noun phrase ending in one of these is in persons.
PERSON_NOUNS = frozenset(
    "people persons person residents citizens students officials talents workers graduates visitors "
    "tourists farmers employees teachers doctors nurses experts scientists researchers villagers "
    "migrants members delegates volunteers individuals children seniors patients "
    "passengers staff cadres leaders entrepreneurs academicians retirees households vendors merchants "
    "traders miners soldiers troops athletes journalists drivers couriers customers consumers inhabitants "
    "pupils".split()
)
# "a population of 700,000": the bare number after these counts people.
PEOPLE_OF = ("population", "workforce", "labor force", "labour force", "headcount")
# A number followed by a superlative is a ranking label: "the world's 500 largest companies".
RANKING_AFTER = ("largest", "biggest", "best", "leading", "top", "richest", "strongest", "most")
# Plural nouns of people that do not end in -s.
PLURAL_PERSONS = frozenset("people children staff personnel police youth".split())
# Plurals of people ending so: "fishermen", "herdsmen", "women".
PLURAL_PERSON_ENDINGS = ("men",)
# Words that end the search for a counted noun: a plural noun must come before them.
NOUN_STOP = frozenset(
    "of in on at to for from with by and or than as is are was were be been has have had that which "
    "who will would should can could may might this these those their its his her our the a an per "
    "each every more less over under about into through during since until while between among "
    "within without including such not no also ago later".split()
)
# Right after a number and before its noun these mean "additional": "1,500 more jobs" (but "more than").
MORE_WORDS = frozenset({"more", "fewer", "additional", "extra"})
# Joining words inside a counted noun phrase: "diversion and relocation projects".
NOUN_JOINERS = frozenset({"and", "or"})
# Plural-looking words that are not nouns.
NOT_NOUNS = frozenset(
    "is was has its this thus us as always perhaps towards afterwards across plus less unless "
    "whereas besides yes various previous numerous famous serious continuous obvious enormous "
    "analysis basis process progress success access business emphasis crisis status campus "
    "bus gas bonus virus census consensus".split()
)

# Before the number: qualifiers kept out of the value.
APPROX_BEFORE = (
    "more than", "over", "nearly", "almost", "about", "around", "approximately", "roughly", "some",
    "up to", "at least", "less than", "fewer than", "close to", "above", "below", "under",
    "exceeding", "in excess of", "no less than", "no fewer than", "not less than", "just over",
    "well over", "upwards of", "an estimated", "a total of",
)
# A number after one of these is an ordinal, a label or the report's own span.
EXCLUDE_BEFORE = (
    "top", "no.", "no", "number", "article", "chapter", "section", "phase", "grade", "level", "class",
    "line", "route", "version", "page", "item", "room",
)
SPAN_BEFORE = ("past", "last", "recent", "next", "coming", "previous", "first", "these")
MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()

# Kind cues, matched as whole words.  A target is a level to reach; a change is growth or reduction.
TARGET_CUES = (
    "will", "shall", "target", "targets", "aim", "aims", "strive", "plan to", "plans to", "planned",
    "expected", "projected", "goal", "is set to", "are set to", "to reach", "should", "must",
    "is set at", "are set at", "to be issued",
)
# Before a year these make it a deadline, a target when the year is not past: "by 2027".
DEADLINE_BEFORE = ("by",)
CHANGE_CUES = (
    "increase", "increased", "increases", "rise", "rose", "risen", "grow", "grew", "grown", "growth",
    "decrease", "decreased", "decline", "declined", "drop", "dropped", "fell", "fall", "reduce",
    "reduced", "reduction", "cut", "up", "down", "by", "year-on-year", "year on year", "annual average",
    "raised", "lowered",
)
# Between a change cue and its number these may stand: "rose by about 5%" (whole words between are allowed
# in English, where the window is short enough).
CHANGE_FILLERS: tuple[str, ...] = ()
# A difference against a base, before or after the number, stays a change even inside a goal:
# "230 billion yuan more than last year".
BASE_CUES = (
    "than last year", "over last year", "over the previous year", "than the previous year", "year on year",
    "year-on-year", "compared with last year", "from last year", "over the same period", "than in",
)
# Right before the number these make it the amount of a change even inside a goal: "will be raised by 20 yuan".
DIFFERENCE_BEFORE = ("by", "by an average of", "by about", "an increase of", "a decrease of", "a reduction of",
                     "a rise of", "a drop of", "an average of")
# Right before the number these make it the level reached: "fell to 35", "reached 48%", "from 69 to 39".
LEVEL_MARKERS = ("to", "at", "reached", "reaching", "hit", "totaled", "totalled", "of", "from")
# Words naming a year relative to the document date.
THIS_YEAR = ("this year", "this year's", "the current year")
LAST_YEAR = ("last year", "last year's", "the previous year", "the past year")
NEXT_YEAR = ("next year", "next year's")
# Right before a year these make it the base of a comparison, not the year of the value: "than 2020".
BASE_YEAR_BEFORE = ("than", "over", "from", "since", "compared with", "compared to", "against")
# A sentence about a span of years has no single year.
PERIOD_CUES = ("past five years", "in recent years", "five-year plan period", "average annual", "annual average")

# Verbs trimmed off the end of an English metric phrase.
METRIC_VERBS = frozenset(
    "reached increased decreased was were reaching totaled exceeded rose fell grew dropped hit stood "
    "amounted recorded handled topped set stands remained".split()
)
# The first of these in a clause ends its subject: "The annual throughput of the port | has exceeded".
SUBJECT_END_VERBS = frozenset(
    "is are was were has have had will would shall should must can could may might account accounts "
    "accounted reached reaches reach exceeded exceeds exceed rose rises grew grows fell falls increased "
    "increases decreased decreases dropped declined totaled totalled stood stands remained remains hit "
    "topped amounted surpassed recorded consists covers covered saw sees posted registered handled "
    "make makes made hold holds held amount amounts rise grow fall increase decrease".split()
)
# Subjects that are not what is measured: "We will issue 800 billion yuan of bonds".
PRONOUNS = frozenset("we it they this that these those there he she i you which who our its".split())
# After the unit these open the thing measured: "1.3 trillion yuan of special bonds", "10 billion yuan in loans".
OF_AFTER_UNIT = ("of", "in", "worth of")
# After a participle following the unit: "200 billion yuan raised from bonds", "funds earmarked for".
PARTICIPLE_PREPS = ("of", "in", "from", "for")
# Right before the number these end "X of N" read backwards: "keep the concentration at 30".
X_OF_PREPS = ("of", "at")
# Dashes between a dateline and the story: "BEIJING, Jan. 4 -- The average ...".
DASHES = ("--", "—", "–", "——")
# After a counted noun these open the words that say which ones: "38 cases replicated nationwide", "5 schools of".
NOUN_TAIL_OPENERS = ("of", "that", "which", "who", "whose", "under", "in which")
# Time phrases trimmed from a metric: "the deficit-to-GDP ratio for this year".
METRIC_TIME_PHRASES = (
    "for this year", "this year", "last year", "next year", "every year", "each year", "so far",
    "in recent years", "for the first time", "at present", "currently", "in the past five years",
    "over the past five years", "annually",
)
# Change words naming the direction of a change, for the metric of a change: "increase in X".
INCREASE_WORDS = frozenset("increase increased increases rise rose risen grow grew grown growth up more raised raise".split())
DECREASE_WORDS = frozenset("decrease decreased decline declined drop dropped fell fall down reduce reduced reduction "
                           "cut less fewer lowered".split())
# Reading "X of N" back from the number, these function words stay inside X: "income of residents of".
X_OF_JOINERS = frozenset({"of", "and"})
# With a percentage, "N of X" measures a share: "60 percent of the cargo".
SHARE_WORD = "share of"
# A metric ending in one of these names a change of something said before: "growth rate of 6.8%".
CHANGE_NOUNS = ("growth rate", "growth", "increase", "decrease", "reduction", "decline", "rise", "drop")
# A number whose unit is followed by one of these belongs to a name: "five-year plan".
NAME_TAILS = ("plan", "program", "programme", "action", "campaign", "initiative", "strategy",
              "roadmap", "blueprint", "ban", "moratorium",
              "outline", "agenda", "circle")
# After a time span these make it a point in time or the report's own span: "five years since", "ten years ago".
SPAN_AFTER = ("since", "ago", "later", "earlier", "before", "after", "from now")
# A definite article before a counted number refers to a known group: "the three northern counties".
DEFINITE = ("the", "these", "those")
# Verbs after which a bare number counts the plural subject: "enterprises have exceeded 9000".
COUNT_VERBS = ("exceeded", "exceed", "exceeds", "reached", "reach", "reaches", "surpassed", "totaled",
               "totalled", "topped", "numbered", "hit", "amounted to", "stood at", "rose to", "grew to",
               "increased to")
# English writes shares as "7/10" only with small denominators; "9/11" and "11/18" are dates.
SLASH_MAX_DENOMINATOR = 10
# Words joining the two ends of a range: "from 69 to 39", "4-5 percent".
RANGE_JOINERS = ("to", "and", "or", "-", "–", "—", "~")
# "the number of days ..." names the unit of a bare number later in the clause.
NUMBER_OF = ("the number of", "number of", "the total number of", "total of")
