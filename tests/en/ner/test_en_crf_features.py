"""Token features of the English CRF (fairgraph.en.ner.features), on written sentences."""

from fairgraph.en.ner.features import sentence_features, shape, short_shape, tokenize


def test_tokens_are_offsets_without_spaces():
    sentence = "Kestrel  Ltd. met Chile's envoy."
    words = [sentence[s:e] for s, e in tokenize(sentence)]
    assert words == ["Kestrel", "Ltd.", "met", "Chile", "'s", "envoy", "."]


def test_shapes():
    assert shape("Ab1-z") == "Xxd-x"
    assert short_shape("Northwind") == "Xx"
    assert short_shape("NWSG") == "X"


def test_word_neighbours_and_lexicon_lists():
    feats = sentence_features("Vice Governor Lena Ortiz met Kestrel Mining Group in Chile.")
    words = ["Vice", "Governor", "Lena", "Ortiz", "met", "Kestrel", "Mining", "Group", "in"]
    assert len(feats) == len(words) + 2
    group = feats[7]
    assert "w=Group" in group and "low=group" in group and "cap" in group
    assert "lex:suffix" in group  # an organisation's last word (org_suffixes.tsv)
    assert "-1:low=mining" in group and "2:low=chile" in group
    assert "lex:trade" in feats[6]  # trade_words.tsv
    assert "lex:title_word" in feats[1]
    assert "lex:country=B" in feats[9]
    assert "lex:signing_verb" not in feats[4]
    assert "BOS" in feats[0] and "EOS" in feats[-1]


def test_multiword_lexicon_names_are_marked_begin_and_inside():
    feats = sentence_features("Officials of the Ministry of Commerce signed.")
    assert "lex:body=B" in feats[3]
    assert "lex:body=I" in feats[4] and "lex:body=I" in feats[5]
    assert not any(f.startswith("lex:body") for f in feats[6])
    assert "lex:signing_verb" in feats[6]
    assert "lex:people_noun" in feats[0]


def test_features_are_deterministic():
    s = "Kestrel Mining Group signed with Chile."
    assert sentence_features(s) == sentence_features(s)
