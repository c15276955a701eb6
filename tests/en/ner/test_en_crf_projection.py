"""Gold names projected onto token labels (fairgraph.en.ner.projection), on written sentences."""

from fairgraph.en.ner.projection import (
    document_sequences,
    gold_names,
    project_names,
    sentence_tags,
)


def test_names_and_aliases_get_their_types_labels():
    gold = {
        "entities": {
            "Organization": ["Northwind Shipping Group"],
            "Person": ["Lena Ortiz"],
            "Country": ["Chile"],
            "Place": ["Valparaiso"],
            "Fair": ["3rd Harbour Expo"],
        },
        "aliases": {"Northwind Shipping Group": ["Northwind"]},
    }
    assert gold_names(gold) == {
        "Northwind Shipping Group": "ORG",
        "Northwind": "ORG",
        "Lena Ortiz": "PER",
        "Chile": "LOC",
        "Valparaiso": "LOC",
        "3rd Harbour Expo": "FAIR",
    }


def test_a_name_of_two_types_is_left_out():
    gold = {"entities": {"Organization": ["Kestrel"], "Place": ["Kestrel"], "Country": ["Peru"]}}
    assert gold_names(gold) == {"Peru": "LOC"}


def test_longest_name_first_and_every_occurrence():
    text = "Northwind Shipping Group met Northwind staff; Northwind signed."
    spans = project_names(text, {"Northwind Shipping Group": "ORG", "Northwind": "ORG"})
    assert [(text[s:e], lab) for s, e, lab in spans] == [
        ("Northwind Shipping Group", "ORG"),
        ("Northwind", "ORG"),
        ("Northwind", "ORG"),
    ]


def test_case_sensitive_and_on_word_edges_only():
    text = "the northwind blew over Northwinds and Northwind."
    spans = project_names(text, {"Northwind": "ORG"})
    assert [text[s:e] for s, e, _ in spans] == ["Northwind"]
    assert spans[0][0] == text.rindex("Northwind")


def test_tags_are_bio_over_tokens():
    sentence = "Lena Ortiz of Northwind Shipping Group visited Chile."
    spans = [(0, 10, "PER"), (14, 38, "ORG"), (47, 52, "LOC")]
    assert sentence_tags(sentence, spans) == [
        "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O",
    ]  # fmt: skip


def test_a_span_off_token_edges_tags_nothing():
    assert sentence_tags("Northwinds sailed.", [(0, 9, "ORG")]) == ["O", "O", "O"]


def test_document_sequences_keep_each_sentence_own_spans():
    text = "Chile signed. Peru did not."
    seqs = document_sequences(text, [(0, 13), (14, 27)], [(0, 5, "LOC"), (14, 18, "LOC")])
    assert seqs == [
        ("Chile signed.", ["B-LOC", "O", "O"]),
        ("Peru did not.", ["B-LOC", "O", "O", "O"]),
    ]
