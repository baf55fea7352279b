from xietong.segment import split_sentences


def spans(text, lang="zh"):
    return [text[s.start:s.end] for s in split_sentences(text, lang)]


def test_chinese_sentences_end_at_full_stops_and_keep_closing_quotes():
    text = "会议强调，要抓好落实。他说：“我们将全力推进。”下一步怎么办？"
    assert spans(text) == ["会议强调，要抓好落实。", "他说：“我们将全力推进。”", "下一步怎么办？"]


def test_english_sentences_skip_abbreviations_and_decimals():
    text = "Mr. Li said output rose 3.5 percent. It will grow again in 2025. Next steps follow."
    assert spans(text, "en") == ["Mr. Li said output rose 3.5 percent.", "It will grow again in 2025.",
                                 "Next steps follow."]


def test_offsets_point_into_the_text_and_lines_are_paragraphs():
    text = "  标题一\n\n第一段。第二句。\nSecond paragraph here."
    sents = split_sentences(text)
    assert [text[s.start:s.end] for s in sents] == ["标题一", "第一段。", "第二句。", "Second paragraph here."]
    assert [s.paragraph for s in sents] == [0, 1, 1, 2]
    assert sents[0].heading and not sents[1].heading


def test_sentences_match_the_reference_segmenter_on_the_real_corpus(corpus):
    import sys

    sys.path.insert(0, str(corpus.parent / "eval"))
    from segment import read_text, sentences  # the evaluation kit's reference splitter

    for path in sorted(corpus.glob("*/*.txt")):
        text = read_text(path)
        assert [(s.start, s.end) for s in split_sentences(text)] == sentences(text), path.name
