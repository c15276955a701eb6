"""The CRF's character features: every template over the whole sentence at once gives, per
character, what one character at a time gives (the model was trained on these strings)."""

import pytest

from fairgraph.zh.ner.features import (
    FeatureSet,
    char_class,
    gazetteer_marks,
    segment,
    sentence_features,
)

SENTENCES = [
    "",
    "甲",
    "青海省长",
    "东海市商务局局长王小明会见了来访的客人。",
    "ABC公司（北京）与东海市人民政府签署合作协议，金额3.5亿元！",
    "“会展”  经济·2030",
]


def one_at_a_time(text: str, domain: str, features: FeatureSet) -> list[list[str]]:
    """The plain reading of the templates, character by character (without the word
    features, which both compute the same way and are checked as the tail below)."""
    pad = "␂"
    chars = [pad, pad, *text, pad, pad]
    classes = ["B", "B"] + [char_class(c) for c in text] + ["B", "B"]
    out = []
    for i in range(len(text)):
        j = i + 2
        cm2, cm1, c0, cp1, cp2 = chars[j - 2 : j + 3]
        out.append(
            [
                "d=" + domain,
                "c=" + c0,
                "c-1=" + cm1,
                "c+1=" + cp1,
                "c-2=" + cm2,
                "c+2=" + cp2,
                "b-1=" + cm1 + c0,
                "b+1=" + c0 + cp1,
                "b-2=" + cm2 + cm1,
                "b+2=" + cp1 + cp2,
                "t=" + cm1 + c0 + cp1,
                "k=" + classes[j - 1] + classes[j] + classes[j + 1],
            ]
        )
    return out


@pytest.mark.parametrize("features", [FeatureSet(), FeatureSet(pos=True, augment=True)])
@pytest.mark.parametrize("text", SENTENCES)
def test_templates_match_one_character_at_a_time(text, features):
    got = sentence_features(text, "msra", features=features)
    expected = one_at_a_time(text, "msra", features)
    assert len(got) == len(text)
    marks = gazetteer_marks(text)
    for i, (row, want) in enumerate(zip(got, expected, strict=True)):
        assert row[:12] == want
        assert row[12].startswith("wp=") and row[12].endswith(char_class(text[i]))
        assert [m for m in row if m.startswith("g=")] == marks[i]
        augmented = [m for m in row if m.startswith("msra|")]
        if features.augment:
            assert augmented[:2] == ["msra|" + want[1], "msra|" + want[10]]
            assert augmented[len(augmented) - len(marks[i]) :] == ["msra|" + m for m in marks[i]]
        else:
            assert augmented == []


def test_word_features_follow_the_segmentation():
    text = "东海市商务局局长王小明会见客人"
    rows = sentence_features(text)
    at = 0
    for word in segment(text):
        for i in range(at, at + len(word)):
            if 2 <= len(word) <= 8:
                assert "w=" + word in rows[i]
        at += len(word)
    assert at == len(text)


def test_character_classes_are_remembered_alike():
    first = sentence_features("第3届Ａ会，")
    assert sentence_features("第3届Ａ会，") == first
    assert [r[11] for r in first][1:4] == ["k=HDH", "k=DHL", "k=HLH"]
