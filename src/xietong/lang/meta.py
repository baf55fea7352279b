"""Words of document headers, as data: month names, date and source markers, navigation.

Used by ``ingest/dates.py`` (date expressions and their kind) and
``ingest/metadata.py`` (title and source outlet).  Markers are matched
case-insensitively unless said otherwise.
"""

from __future__ import annotations

# English month names and the abbreviations news sites print ("Sept.", "Oct.").
MONTHS_EN: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}

# Chinese numerals as written in dates: 二〇二三年五月三十一日.
CJK_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}
CJK_TEN = "十"

# A date right after one of these on its line is the publication date.
PUBLICATION_MARKERS: tuple[str, ...] = (
    "发布时间", "发布日期", "发稿时间", "发表时间", "发布于", "发布", "发文日期", "时间", "日期", "更新时间",
    "release time", "release date", "released on", "released", "published on", "published", "publication date",
    "posted on", "posted", "issued on", "issued", "date", "time", "updated on", "updated",
)

# Weekdays printed beside a date on a newspaper's or a page's date line (a regular expression).
WEEKDAYS = (r"(?:星期|周|礼拜)[一二三四五六日天]|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            r"|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun")

# The date a document was written or signed: used when no publication date is printed.
WRITTEN_MARKERS: tuple[str, ...] = ("成文日期", "成文时间", "签发日期", "签署日期", "date of signature", "signed on")

# Words that start with 电 ("electric") and so do not close a dateline: 6月1日电视 …
DIAN_WORDS: tuple[str, ...] = ("视", "影", "力", "网", "站", "价", "动", "子", "商", "池", "量", "器", "话", "缆", "气")

# A line that names its source is a header line: a date on it is the publication date.
SOURCE_MARKERS: tuple[str, ...] = (
    "来源", "稿源", "文章来源", "信息来源", "稿件来源", "新闻来源", "消息来源", "article source", "source",
)

# Fields printed after the source on a header line ("来源：新华社 作者：张三").
BYLINE_MARKERS: tuple[str, ...] = (
    "作者", "记者", "责任编辑", "编辑", "摄影", "通讯员", "author", "by", "editor", "reporter", "photo",
)

# A year right after one of these is a target year ("到2035年", "by 2035"), not the
# year a document was written in.
TARGET_YEAR_MARKERS: tuple[str, ...] = (
    "到", "至", "力争", "截至", "by", "until", "through", "before", "to",
)

# A year after or before one of these is where a story starts ("自2013年以来", "since 2013"), not the
# year a document was written in.
SINCE_YEAR_BEFORE: tuple[str, ...] = ("自", "从", "since")
SINCE_YEAR_AFTER: tuple[str, ...] = ("以来", "以來", "以後", "以后")

# A year right after one of these is the year of a copyright notice ("© 2024", "版权所有 2024"),
# printed on every page of a site whenever its article appeared (a regular expression).
COPYRIGHT = r"©|\(c\)|copyright|版权所有|all rights reserved"

# A newspaper's page number after its issue date: "2023年06月05日 第 01 版", "A1版" (a regular expression).
NEWSPAPER_PAGE = r"第?\s*[A-Z]?\d{1,2}\s*版"

# News-agency names that close a dateline: "BEIJING, Oct. 29 (Xinhua) --".
AGENCIES: tuple[str, ...] = ("Xinhua", "Reuters", "AP", "AFP", "ECNS", "CNS", "People's Daily")

# Lines or leading parts of lines that are site navigation, not a title.
NAVIGATION: tuple[str, ...] = (
    "正文", "首页", "当前位置", "您的位置", "您现在的位置", "字体", "字号", "分享到", "分享",
    "打印", "关闭", "收藏", "下载", "全屏", "返回顶部", "扫一扫", "责任编辑", "编辑",
    "follow", "share", "print", "home", "close", "font size", "editor", "you are here",
)
# Separators of breadcrumb trails and share bars ("新华网天津 > 正文", "Follow | Title").
NAV_SEPARATORS: tuple[str, ...] = (">", "|", "»", "›", "＞", "｜")
BREADCRUMB_SEPARATORS: tuple[str, ...] = (">", "»", "›", "＞")  # a line with one is a trail, never a title
