"""User rules for resolution: extra aliases and forbidden merges, in a small text file.

One rule per line, ``#`` starts a comment::

    金山办公 = 北京金山办公软件股份有限公司     # the name on the left is the entity on the right
    !省政府 = 青海省人民政府                     # never merge these two
    !王某                                         # never merge same-named people across reports

>>> rules = AliasRules.parse("甲公司 = 甲集团有限公司\\n!乙 = 乙集团\\n!张三")
>>> rules.apply("Organization", "甲公司", "Organization|甲公司", "甲公司", None)
('Organization|甲集团有限公司', '甲集团有限公司', 'user-alias')
>>> rules.apply("Organization", "乙", "Organization|乙集团", "乙集团", "lexicon-alias")
('Organization|乙', '乙', None)
>>> rules.forbids_people("张三", {"a"}, {"a"})
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fairgraph.errors import InputError

RULE_USER_ALIAS = "user-alias"


@dataclass(frozen=True)
class AliasRules:
    aliases: dict[str, str] = field(default_factory=dict)
    forbidden: frozenset[tuple[str, str]] = frozenset()
    separate_people: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, text: str, source: str = "<aliases>") -> AliasRules:
        aliases: dict[str, str] = {}
        forbidden: set[tuple[str, str]] = set()
        people: set[str] = set()
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            negative = line.startswith("!")
            body = line[1:].strip() if negative else line
            left, sep, right = (part.strip() for part in body.partition("="))
            if negative and not sep and left:
                people.add(left)
            elif sep and left and right:
                if negative:
                    forbidden.add((left, right))
                else:
                    aliases[left] = right
            else:
                raise InputError(
                    f"line {number}: expected 'name = canonical', '!a = b' or '!name'",
                    source=source,
                )
        return cls(aliases, frozenset(forbidden), frozenset(people))

    @classmethod
    def load(cls, path: Path) -> AliasRules:
        try:
            return cls.parse(path.read_text(encoding="utf-8"), source=str(path))
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(
                f"cannot read aliases file ({exc.__class__.__name__})", source=str(path)
            ) from exc

    def apply(
        self, kind: str, surface: str, key: str, canonical: str, rule: str | None
    ) -> tuple[str, str, str | None]:
        """The (key, canonical, rule) after the user's rules for one mention."""
        if (surface, canonical) in self.forbidden or (canonical, surface) in self.forbidden:
            return f"{kind}|{surface}", surface, None
        target = self.aliases.get(surface) or self.aliases.get(canonical)
        if target and kind != "Person":
            return f"{kind}|{target}", target, RULE_USER_ALIAS
        return key, canonical, rule

    def forbids_people(self, name: str, orgs_a: set[str], orgs_b: set[str]) -> bool:
        return name in self.separate_people
