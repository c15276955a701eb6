"""English agreement constructions in general form (issue #14; every sentence written for this
test, company names invented): a cross product of signing verbs (signed, inked, sealed,
concluded, reached, entered into, struck, clinched, penned, finalized, initialed, exchanged,
signed off on), document nouns (agreement, framework agreement, strategic cooperation
agreement, MoU, memorandum of understanding, letter of intent, contract, deal, pact, protocol,
accord, partnership agreement, investment agreement, cooperation documents, sister-city
agreement) and kinds of party (provincial and municipal governments, ministries, companies with
their legal suffixes and short names, foreign bodies behind their country, universities, banks),
written active, passive, nominal and participial, with time, place, sum and signatory phrases in
every slot; and the forms that sign nothing (a signing to come, hoped for, under negotiation,
discussed, witnessed, a book signed, signing up for).

Each case is one report built alone and resolved; its set of pairs must be exactly the case's.
``python tests/en/test_agreement_constructions_grid.py`` lists the misses.
"""

from __future__ import annotations

import itertools
import sys

import pytest
from en_signing_grid import signed_pairs

#: (case text, expected pairs of party names)
Case = tuple[str, set[frozenset[str]]]

#: a party as written in a sentence, and the name the graph must label it by
Party = tuple[str, str]

YUNNAN = ("the Yunnan Provincial People's Government", "Yunnan Provincial People's Government")
NANNING = ("the Nanning Municipal Government", "Nanning Municipal Government")
KUNMING = ("the Kunming Municipal People's Government", "Kunming Municipal People's Government")
MOFCOM = ("the Ministry of Commerce", "Ministry of Commerce")
TH_INDUSTRY = ("Thailand's Ministry of Industry", "Ministry of Industry")
NORBRIDGE = ("Norbridge Technology Co., Ltd.", "Norbridge Technology Co., Ltd.")
HALVARD = ("Halvard Group", "Halvard Group")
CASTELLAN = ("Castellan Corporation", "Castellan Corporation")
VN_SAOMAI = ("Vietnam's Lotus Harbor Group", "Lotus Harbor Group")
MY_TERAS = ("Malaysian firm Teras Mutiara Holdings", "Teras Mutiara Holdings")
GXU = ("Guangxi University", "Guangxi University")
ICBC = ("Industrial and Commercial Bank of China", "Industrial and Commercial Bank of China")
BOC = ("Bank of China", "Bank of China")
ORVELLE_SA = ("Orvelle Energie S.A.", "Orvelle Energie S.A.")

#: pairs of parties: every kind meets another
PAIRS: list[tuple[Party, Party]] = [
    (YUNNAN, NORBRIDGE),
    (HALVARD, NANNING),
    (KUNMING, VN_SAOMAI),
    (MOFCOM, TH_INDUSTRY),
    (CASTELLAN, GXU),
    (ICBC, MY_TERAS),
    (BOC, ORVELLE_SA),
    (NORBRIDGE, HALVARD),
    (GXU, ORVELLE_SA),
    (NANNING, CASTELLAN),
]

#: an active verb (past tense) and whether it takes "with" before the other side
VERBS = [
    "signed",
    "inked",
    "sealed",
    "concluded",
    "reached",
    "entered into",
    "struck",
    "clinched",
    "penned",
    "finalized",
    "initialed",
    "signed off on",
]
DOCUMENTS = [
    "an agreement",
    "a framework agreement",
    "a strategic cooperation agreement",
    "an MoU",
    "a memorandum of understanding",
    "a letter of intent",
    "a contract",
    "a deal",
    "a pact",
    "a protocol",
    "an accord",
    "a partnership agreement",
    "an investment agreement",
    "cooperation documents",
    "a sister-city agreement",
]
BEFORE = [
    "",
    "On Monday, in Nanning, ",
    "At the ceremony, ",
    "On the sidelines of the expo, ",
    "Last week, ",
]
AFTER = [
    "",
    " at the expo on Tuesday",
    " in Nanning",
    " worth US$300 million",
    " on Monday",
]


def _capital(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _pair(*parties: Party) -> frozenset[str]:
    return frozenset(p[1] for p in parties)


def _document_noun(document: str) -> str:
    """The document without its article (cooperation documents stay as they are)."""
    return document.split(" ", 1)[1] if document.split(" ")[0] in ("a", "an") else document


def _plural(noun: str) -> str:
    """The plural of a document's noun (letters of intent, memoranda of understanding)."""
    for one, many in (("letter", "letters"), ("memorandum", "memoranda")):
        if noun.startswith(one + " "):
            return many + noun[len(one) :]
    return noun if noun.endswith("s") else noun + "s"


def _active_cases() -> list[Case]:
    """ "A VERB X with B" and "A and B VERB X": every verb with every document, the parties
    and phrases rotating."""
    out: list[Case] = []
    for k, (verb, document) in enumerate(itertools.product(VERBS, DOCUMENTS)):
        a, b = PAIRS[k % len(PAIRS)]
        before = BEFORE[k % len(BEFORE)]
        after = AFTER[(k // 3) % len(AFTER)]
        subject = a[0] if before else _capital(a[0])
        if k % 2 == 0:
            text = f"{before}{subject} {verb} {document} with {b[0]}{after}."
        else:
            text = f"{before}{subject} and {b[0]} {verb} {document}{after}."
        out.append((text, {_pair(a, b)}))
    return out


#: passive verbs
PASSIVES = ["signed", "inked", "sealed", "concluded", "finalized", "penned", "struck", "reached"]


def _passive_cases() -> list[Case]:
    """X was VERBED between A and B; X were VERBED by A with B; A and B had X signed."""
    out: list[Case] = []
    for k, (verb, document) in enumerate(itertools.product(PASSIVES, DOCUMENTS[:8])):
        a, b = PAIRS[(k + 3) % len(PAIRS)]
        noun = _capital(document)
        after = AFTER[k % len(AFTER)]
        form = k % 4
        if form == 0:
            text = f"{noun} was {verb} between {a[0]} and {b[0]}{after}."
        elif form == 1:
            plural = _capital(_plural(_document_noun(document)))
            text = f"{plural} were {verb} by {a[0]} with {b[0]}{after}."
        elif form == 2:
            text = f"{noun} between {a[0]} and {b[0]} was {verb}{after}."
        else:
            text = f"{_capital(a[0])} and {b[0]} had {document} {verb}{after}."
        out.append((text, {_pair(a, b)}))
    return out


def _nominal_cases() -> list[Case]:
    """The signing of X between A and B (took place); A's agreement with B; A, which signed X
    with B, …"""
    forms = [
        "The signing of {d} between {a} and {b} took place on Monday.",
        "The ceremony marked the signing of {d} between {a} and {b}.",
        "{A}, which signed {d} with {b} on Monday, will open an office in Nanning.",
        "{A}, which has signed {d} with {b}, plans to expand in Yunnan.",
        "Under {d} signed by {a} and {b} on Monday, a logistics park will be built.",
        "{d_cap} signed by {a} and {b} covers trade and logistics.",
        "{d_cap} signed between {a} and {b} on Monday covers trade.",
    ]
    out: list[Case] = []
    for k, (form, document) in enumerate(itertools.product(forms, DOCUMENTS[:6])):
        a, b = PAIRS[(k + 1) % len(PAIRS)]
        text = form.format(
            A=_capital(a[0]),
            a=a[0],
            b=b[0],
            d=document,
            d_cap=_capital(document.replace("an ", "the ").replace("a ", "the ")),
        )
        out.append((text, {_pair(a, b)}))
    return out


def _side_cases() -> list[Case]:
    """A signed with B; the two sides signed after both were named; lists and "respectively"."""
    a3, b3, c3 = NORBRIDGE, CASTELLAN, GXU
    d3, e3, f3 = ICBC, BOC, ORVELLE_SA
    forms: list[Case] = [
        (
            f"{_capital(YUNNAN[0])} signed with {NORBRIDGE[0]} on a solar project.",
            {_pair(YUNNAN, NORBRIDGE)},
        ),
        (
            f"{HALVARD[0]} signed with {NANNING[0]} at the expo.",
            {_pair(HALVARD, NANNING)},
        ),
        (
            f"{CASTELLAN[0]} held talks with {NANNING[0]} on Monday. The two sides then signed a "
            "framework agreement on a logistics park.",
            {_pair(CASTELLAN, NANNING)},
        ),
        (
            f"Officials of {YUNNAN[0]} met executives of {HALVARD[0]} in Kunming. Both sides "
            "inked a memorandum of understanding on clean energy.",
            {_pair(YUNNAN, HALVARD)},
        ),
        (
            f"{HALVARD[0]} signed deals with {NORBRIDGE[0]}, {CASTELLAN[0]} and {GXU[0]}.",
            {_pair(HALVARD, NORBRIDGE), _pair(HALVARD, CASTELLAN), _pair(HALVARD, GXU)},
        ),
        (
            f"{a3[0]}, {b3[0]} and {c3[0]} sealed deals with {d3[0]}, {e3[0]} and {f3[0]} "
            "respectively.",
            {_pair(a3, d3), _pair(b3, e3), _pair(c3, f3)},
        ),
        (
            f"{a3[0]} and {b3[0]} signed contracts with {d3[0]} and {e3[0]}, respectively.",
            {_pair(a3, d3), _pair(b3, e3)},
        ),
        (
            f"{_capital(KUNMING[0])} inked investment agreements with {NORBRIDGE[0]} and "
            f"{ORVELLE_SA[0]} respectively.",
            {_pair(KUNMING, NORBRIDGE), _pair(KUNMING, ORVELLE_SA)},
        ),
        (
            f"{_capital(NANNING[0])} and {HALVARD[0]} exchanged cooperation documents at the "
            "ceremony.",
            {_pair(NANNING, HALVARD)},
        ),
        (
            f"{_capital(YUNNAN[0])} exchanged a memorandum of understanding with {CASTELLAN[0]}.",
            {_pair(YUNNAN, CASTELLAN)},
        ),
    ]
    return forms


def _amount_cases() -> list[Case]:
    """Sums inside the object: a 2-billion-yuan deal with B; worth US$300 million."""
    forms = [
        "{A} signed a 2-billion-yuan deal with {b}.",
        "{A} inked a US$300 million contract with {b} on Tuesday.",
        "{A} signed an investment agreement worth US$300 million with {b}.",
        "{A} and {b} signed a 500-million-yuan investment agreement in Nanning.",
        "{A} sealed a deal worth 1.5 billion yuan with {b} at the expo.",
        "{A} struck a $45 million supply deal with {b}.",
    ]
    out: list[Case] = []
    for k, form in enumerate(forms):
        a, b = PAIRS[(k + 2) % len(PAIRS)]
        text = form.format(A=_capital(a[0]), a=a[0], b=b[0])
        out.append((text, {_pair(a, b)}))
    return out


def _signatory_cases() -> list[Case]:
    """Signatories for their bodies: X, on behalf of A, signed with Y of B; signed by X, Vice
    Governor, and Y, president of B."""
    forms: list[Case] = [
        (
            f"Li Wen, on behalf of {HALVARD[0]}, signed the agreement with Chen Bo of "
            f"{CASTELLAN[0]}.",
            {_pair(HALVARD, CASTELLAN)},
        ),
        (
            f"On behalf of {NORBRIDGE[0]}, its chairman Zhou Lin signed a contract with {GXU[0]}.",
            {_pair(NORBRIDGE, GXU)},
        ),
        (
            f"The agreement was signed by Wang Hai, vice governor of Yunnan Province, and Tom "
            f"Reed, president of {CASTELLAN[0]}.",
            {frozenset({"Yunnan Provincial People's Government", CASTELLAN[1]})},
        ),
        (
            f"Zhang Min, president of {GXU[0]}, and Liu Qiang, chairman of {HALVARD[0]}, signed "
            "the memorandum of understanding.",
            {_pair(GXU, HALVARD)},
        ),
    ]
    return forms


#: forms that sign nothing
UNSIGNED = [
    "{A} will sign an agreement with {b} next month.",
    "{A} is expected to sign a framework agreement with {b} at the expo.",
    "{A} plans to sign an MoU with {b}.",
    "{A} and {b} plan to sign a contract later this year.",
    "An investment agreement between {a} and {b} is under negotiation.",
    "{A} and {b} are negotiating a strategic cooperation agreement.",
    "{A} expressed willingness to sign a cooperation agreement with {b}.",
    "{A} and {b} expressed their willingness to sign a deal.",
    "{A} and {b} discussed a possible investment agreement.",
    "{A} discussed a partnership agreement with {b}.",
    "{A} signed a book of condolence at {b}.",
    "{A} signed up for the expo with {b}.",
    "{A} and {b} hope to ink a deal soon.",
    "{A} is set to seal a pact with {b}.",
    "{A} and {b} intend to sign a letter of intent.",
    "{A} and {b} are in talks on a deal.",
    "{A} aims to conclude an agreement with {b} by June.",
    "{A} has yet to sign a contract with {b}.",
]


def _unsigned_cases() -> list[Case]:
    out: list[Case] = []
    for k, form in enumerate(UNSIGNED):
        a, b = PAIRS[k % len(PAIRS)]
        out.append((form.format(A=_capital(a[0]), a=a[0], b=b[0]), set()))
    return out


def _witness_cases() -> list[Case]:
    """A witness is no party, whatever its body."""
    forms = [
        "Officials of {w} witnessed the signing of an agreement between {a} and {b}.",
        "{W} witnessed the signing of a contract by {a} and {b}.",
        "{A} signed a deal with {b}, witnessed by officials of {w}.",
        "Representatives of {w} attended the signing of an MoU between {a} and {b}.",
    ]
    out: list[Case] = []
    for k, form in enumerate(forms):
        a, b = (NORBRIDGE, CASTELLAN) if k % 2 == 0 else (HALVARD, GXU)
        w = MOFCOM if k % 2 == 0 else YUNNAN
        text = form.format(A=_capital(a[0]), a=a[0], b=b[0], W=_capital(w[0]), w=w[0])
        out.append((text, {_pair(a, b)}))
    return out


def _clause_and_nominal_cases() -> list[Case]:
    """A possessive agreement (A's deal with B; A and B's agreement) where the sentence tells
    of signing, a passive with a phrase before "by", a second signing after "after", people
    acting for their bodies (Representatives of A and B), and a market that signs nothing."""
    h, c, g, b = HALVARD, CASTELLAN, GXU, BOC
    forms: list[Case] = [
        (
            f"Other deals signed at the expo included {h[0]}'s agreement with {c[0]}.",
            {_pair(h, c)},
        ),
        (
            f"Other agreements signed included {h[0]}'s deal with {c[0]} and {g[0]}'s MoU with "
            f"{b[0]}.",
            {_pair(h, c), _pair(g, b)},
        ),
        (
            f"{h[0]} and {c[0]}'s joint venture agreement was signed on Monday.",
            {_pair(h, c)},
        ),
        (f"{h[0]}'s planned deal with {c[0]} was not signed.", set()),
        (f"{h[0]}'s proposed agreement with {c[0]} will be signed next year.", set()),
        (
            f"The agreements were signed on the sidelines of the expo by {h[0]} and {c[0]}.",
            {_pair(h, c)},
        ),
        (
            f"{h[0]} and {c[0]} signed a deal at a ceremony hosted by {YUNNAN[0]}.",
            {_pair(h, c)},
        ),
        (
            f"{h[0]} sealed an agreement with {c[0]} after {g[0]} signed a deal with {b[0]}.",
            {_pair(h, c), _pair(g, b)},
        ),
        (f"{h[0]} and {c[0]} sealed an agreement after two years of talks.", {_pair(h, c)}),
        (
            f"Representatives of {h[0]} and {c[0]} signed the agreement.",
            {_pair(h, c)},
        ),
        (
            f"Executives from {h[0]} and {c[0]} inked the deal on Monday.",
            {_pair(h, c)},
        ),
        (
            f"Thai exporter Siam Orchid Holdings and {h[0]} signed an agreement to export durian "
            "to China.",
            {frozenset({"Siam Orchid Holdings", h[1]})},
        ),
        (
            f"{h[0]} signed a purchase contract for durian with Thai exporter Siam Orchid "
            "Holdings.",
            {frozenset({"Siam Orchid Holdings", h[1]})},
        ),
        (
            f"{h[0]} signed the agreement with {c[0]} in the presence of officials of {MOFCOM[0]}.",
            {_pair(h, c)},
        ),
        (
            f"In the presence of officials from {MOFCOM[0]}, {h[0]} and {c[0]} signed an "
            "agreement.",
            {_pair(h, c)},
        ),
        (
            f"{h[0]} and {c[0]} signed a deal at a ceremony attended by officials of {YUNNAN[0]}.",
            {_pair(h, c)},
        ),
        (
            f"The ceremony saw {h[0]} and {c[0]} sign a deal worth US$60 million.",
            {_pair(h, c)},
        ),
        (
            f"{h[0]} signed two agreements, one with {c[0]} and the other with {g[0]}.",
            {_pair(h, c), _pair(h, g)},
        ),
        (
            f"{h[0]} signed an MoU with {c[0]} and a contract with {g[0]}.",
            {_pair(h, c), _pair(h, g)},
        ),
        (
            f"The agreement, which {h[0]} signed with {c[0]} on Monday, covers solar power.",
            {_pair(h, c)},
        ),
        (
            f"Among the agreements signed was a contract between {h[0]} and {c[0]}.",
            {_pair(h, c)},
        ),
        (
            f"{h[0]} said on Monday that it had signed a framework agreement with {c[0]}.",
            {_pair(h, c)},
        ),
        (
            f"{h[0]}, which inked an MoU with {c[0]} last year, opened a plant in Kunming.",
            {_pair(h, c)},
        ),
        (f"{h[0]} and {c[0]} talked about signing an agreement.", set()),
        (f"{h[0]} looks forward to signing an agreement with {c[0]}.", set()),
        (f"{h[0]} and {c[0]} are in the process of signing a deal.", set()),
        (f"{h[0]} and {c[0]} reached consensus on an agreement.", set()),
        (f"{h[0]} and {c[0]} reached a consensus on cooperation.", set()),
        (f"{h[0]} and {c[0]} exchanged views on the framework agreement.", set()),
        (f"{h[0]} and {c[0]} exchanged gifts at the ceremony.", set()),
        (f"{h[0]} and {c[0]} witnessed the signing.", set()),
        (f"Talks between {h[0]} and {c[0]} on an investment agreement continued.", set()),
        (f"{h[0]} is considering an agreement with {c[0]}.", set()),
        (f"A proposed agreement between {h[0]} and {c[0]} was discussed.", set()),
        (f"{h[0]} signed autographs for {c[0]} staff.", set()),
        (f"{h[0]} wants to sign a deal with {c[0]}.", set()),
        (f"An agreement between {h[0]} and {c[0]} will be finalized next month.", set()),
        (f"{h[0]} and {c[0]} will exchange MoUs at the expo.", set()),
    ]
    return forms


def _present_tense_cases() -> list[Case]:
    """Headlines in the present tense (A seals deal with B; A, B reach agreement), a signatory
    on behalf of a body, and the present forms that sign nothing (will seal, trade reaches)."""
    h, c = HALVARD, CASTELLAN
    verbs = ["seals", "inks", "strikes", "clinches", "pens", "signs"]
    documents = ["solar deal", "MoU", "pact", "contract", "framework agreement", "deal"]
    forms: list[Case] = [
        (f"{h[0]} {verb} {document} with {c[0]}", {_pair(h, c)})
        for verb, document in zip(verbs, documents, strict=True)
    ]
    forms += [
        (f"{h[0]}, {c[0]} seal solar pact", {_pair(h, c)}),
        (f"{h[0]}, {c[0]} reach agreement on solar plant", {_pair(h, c)}),
        (
            f"Tom Reed, on behalf of {h[0]}, signed the contract with Li Ming of {c[0]}.",
            {_pair(h, c)},
        ),
        (
            f"The deal reached between {h[0]} and {c[0]} covers logistics.",
            {_pair(h, c)},
        ),
        (  # a headline's place and a company's initials: shorthand for the text's signing
            "Yunnan, HTC seal strategic pact\n\nKUNMING, May 6 (Xinhua) -- The Yunnan Provincial "
            "People's Government signed a strategic cooperation agreement with Halvard "
            "Technology Corporation on Friday.",
            {frozenset({YUNNAN[1], "Halvard Technology Corporation"})},
        ),
        (  # words that name no document elsewhere (high, target, low) inside a document's
            f"{h[0]} signed the high-speed rail contract with {c[0]}.",
            {_pair(h, c)},
        ),
        (
            f"{h[0]} signed a target responsibility agreement with {c[0]}.",
            {_pair(h, c)},
        ),
        (f"{h[0]} and {c[0]} signed a low-carbon cooperation agreement.", {_pair(h, c)}),
        (f"{h[0]} will seal a deal with {c[0]} next week.", set()),
        (f"{h[0]} hopes to strike a deal with {c[0]}.", set()),
        (f"Trade between {h[0]} and {c[0]} reaches US$5 billion.", set()),
        (f"{h[0]} strikes a balance between growth and risk, {c[0]} said.", set()),
        (f"{h[0]} and {c[0]} aim to reach an agreement by June.", set()),
        (f"{h[0]} reached Kunming on Monday to sign a deal with {c[0]}.", set()),
        (f"{h[0]} pens a letter to {c[0]}.", set()),
    ]
    return forms


def _subject_cases() -> list[Case]:
    """Subjects written apart from their verb: inverted (Signing the agreement were A and B),
    fronted (Having signed …, A …; Together with B, A signed), a body whose people a relative
    clause names (A, whose chairman attended, signed), and subjects only said to be among the
    signers (no pair)."""
    h, c = HALVARD, CASTELLAN
    return [
        (f"Signing the agreement were {h[0]} and {c[0]}.", {_pair(h, c)}),
        (f"Signing the two contracts were {YUNNAN[0]} and {h[0]}.", {_pair(YUNNAN, h)}),
        (
            f"Together with {c[0]}, {h[0]} signed an agreement on logistics.",
            {_pair(h, c)},
        ),
        (f"Along with {c[0]}, {h[0]} inked an MoU.", {_pair(h, c)}),
        (
            f"Having signed an MoU with {c[0]}, {h[0]} opened a plant in Kunming.",
            {_pair(h, c)},
        ),
        (
            f"After signing a framework agreement with {NANNING[0]}, {h[0]} opened an office.",
            {_pair(h, NANNING)},
        ),
        (
            f"{h[0]}, whose chairman Tom Reed attended the expo, signed a contract with {c[0]}.",
            {_pair(h, c)},
        ),
        (
            f"{h[0]} and {c[0]} were among the companies that signed agreements at the expo.",
            set(),
        ),
        (
            f"More than 30 agreements were signed at the expo, with {h[0]} and {c[0]} among the "
            "signatories.",
            set(),
        ),
        (f"{h[0]} was one of 30 firms that signed agreements at the expo.", set()),
        (f"Before signing a deal with {c[0]}, {h[0]} will hold talks.", set()),
    ]


def _coordinated_cases() -> list[Case]:
    """Two signings joined by "and" without a comma, and pairs listed after the first signing
    with their verb left out (A signed with B, C with D, and E with F; A with B; C, with D)."""
    h, c, g, b = HALVARD, CASTELLAN, GXU, BOC
    n, o = NORBRIDGE, ORVELLE_SA
    return [
        (
            f"{h[0]} signed a deal with {c[0]} and {g[0]} signed one with {b[0]}.",
            {_pair(h, c), _pair(g, b)},
        ),
        (
            f"{h[0]} inked a deal with {c[0]}; {g[0]}, with {b[0]}.",
            {_pair(h, c), _pair(g, b)},
        ),
        (
            f"Among the deals, {h[0]} signed with {c[0]}, {g[0]} with {b[0]}, and {n[0]} with "
            f"{o[0]}.",
            {_pair(h, c), _pair(g, b), _pair(n, o)},
        ),
        (
            f"{h[0]} signed agreements with {c[0]} and {g[0]}, which signed a deal last year.",
            {_pair(h, c), _pair(h, g)},
        ),
        (
            f"{h[0]} signed a deal with {c[0]}, while {g[0]}, {b[0]} and {n[0]} inked "
            f"agreements with {o[0]}.",
            {_pair(h, c), _pair(g, o), _pair(b, o), _pair(n, o)},
        ),
    ]


def _called_off_cases() -> list[Case]:
    """A signing put off, near, or a ceremony still to be held: none; one signed in an earlier
    year is a signing all the same (the gold guideline counts every agreement signed)."""
    h, c = HALVARD, CASTELLAN
    return [
        (
            f"The signing of an agreement between {h[0]} and {c[0]} was postponed.",
            set(),
        ),
        (
            f"The signing of a contract between {h[0]} and {c[0]} has been delayed until next "
            "year.",
            set(),
        ),
        (
            f"The signing of an MoU between {h[0]} and {c[0]} is scheduled for Friday.",
            set(),
        ),
        (f"{h[0]} and {c[0]} are close to signing a deal.", set()),
        (
            f"{h[0]} and {c[0]} will hold a signing ceremony for their agreement on Friday.",
            set(),
        ),
        (
            f"{h[0]} had been expected to sign a deal with {c[0]}, but the signing was postponed.",
            set(),
        ),
        (
            f"The signing of an agreement between {h[0]} and {c[0]} took place on Monday, while "
            "another deal was postponed.",
            {_pair(h, c)},
        ),
        (f"{h[0]} and {c[0]} initially signed an MoU in 2020.", {_pair(h, c)}),
        (
            f"{h[0]} and {c[0]} have signed agreements in the past, but none was signed at this "
            "year's expo.",
            {_pair(h, c)},
        ),
    ]


def _pronoun_subject_cases() -> list[Case]:
    """A signing whose subject is "it" or "the group" (the firm, the bank …): the one
    organisation the sentence before had as its subject signs; none where that sentence had
    two subjects or named several bodies none of which opens it (issue 14)."""
    h, c, n, k = HALVARD, CASTELLAN, NORBRIDGE, KUNMING
    return [
        (
            f"{h[0]} showed its new trucks at the expo. It later signed a contract with {c[0]}.",
            {_pair(h, c)},
        ),
        (
            f"{h[0]}, a maker of cranes based in Wuhan, took a large stand. Later that day it "
            f"inked a supply deal worth 2 billion yuan with {c[0]}.",
            {_pair(h, c)},
        ),
        (
            f"{h[0]} opened a plant in Wuhan. The group also signed an MoU with {c[0]}.",
            {_pair(h, c)},
        ),
        (f"{k[0]} hosted the forum. It signed an agreement with {n[0]}.", {_pair(k, n)}),
        (
            f"{h[0]} met officials of {c[0]} at the fair. The firm then sealed a deal with {n[0]}.",
            {_pair(h, n)},
        ),
        (f"{h[0]} and {c[0]} opened new plants. It later signed a contract with {n[0]}.", set()),
        (
            f"The expo drew {h[0]} and {c[0]} to Wuhan. It also signed a contract with {n[0]}.",
            set(),
        ),
        (f"{h[0]} showed its trucks.\n\nIt later signed a contract with {c[0]}.", set()),
        (
            f"At the expo, {h[0]} showed trucks. On Friday, it signed a supply deal with {c[0]}.",
            {_pair(h, c)},
        ),
        (
            f"{h[0]} unveiled a truck. The carmaker has also signed a supply deal with {c[0]}.",
            {_pair(h, c)},
        ),
        (
            f"{h[0]} signed a deal with {c[0]}. It also signed an MoU with {n[0]}.",
            {_pair(h, c), _pair(h, n)},
        ),
        (f"{h[0]} showed its trucks. It was signed by {c[0]} and {n[0]}.", {_pair(c, n)}),
    ]


def _listed_cases() -> list[Case]:
    """Signings listed under a heading, one a line (A – B: project, sum; - A and B: …;
    • A with B on …); none under a heading of signings to come."""
    h, c, n, o = HALVARD, CASTELLAN, NORBRIDGE, ORVELLE_SA
    return [
        (
            f"The ceremony closed the expo. Major projects signed included:\n\n"
            f"{h[0]} – {c[0]}: a solar plant in Hubei, 12 billion yuan\n"
            f"{n[0]} – {o[0]}: a wind farm, US$150 million\n\nBuyers came from Laos.",
            {_pair(h, c), _pair(n, o)},
        ),
        (
            f"Deals signed at the event:\n- {h[0]} and {c[0]}: a port terminal\n"
            f"- {n[0]} with {o[0]} on a rail link\n",
            {_pair(h, c), _pair(n, o)},
        ),
        (
            f"Agreements inked on the first day:\n• {YUNNAN[0]} – {h[0]}: a logistics park\n",
            {_pair(YUNNAN, h)},
        ),
        (
            f"Projects to be signed next year:\n{h[0]} – {c[0]}: a solar plant\n",
            set(),
        ),
        (f"Exhibitors included:\n{h[0]} – {c[0]}: joint stand\n", set()),
        (
            f"Signed deals:\n1. {h[0]} – {c[0]}: a port\n2. {n[0]} – {o[0]}: a rail link\n",
            {_pair(h, c), _pair(n, o)},
        ),
        (
            f"Deals signed at the expo included:\n* {h[0]} & {c[0]}: a solar plant\n",
            {_pair(h, c)},
        ),
    ]


def _gapped_cases() -> list[Case]:
    """Gapping: the verb (and its object) left out of the second of two signings (A and B
    signed an MoU, and C and D a contract; A signed with B, and C with D)."""
    h, c, n, o = HALVARD, CASTELLAN, NORBRIDGE, ORVELLE_SA
    return [
        (
            f"{h[0]} and {c[0]} signed an MoU, and {n[0]} and {o[0]} a contract.",
            {_pair(h, c), _pair(n, o)},
        ),
        (
            f"{h[0]} and {c[0]} inked a framework agreement, and {n[0]} and {o[0]} two contracts.",
            {_pair(h, c), _pair(n, o)},
        ),
        (f"{h[0]} signed a deal with {c[0]}, and {n[0]} with {o[0]}.", {_pair(h, c), _pair(n, o)}),
        (f"{h[0]} and {c[0]} signed an MoU, and {n[0]} and {o[0]} attended.", {_pair(h, c)}),
        (
            f"{h[0]} and {c[0]} signed an MoU; {n[0]} and {o[0]}, a contract.",
            {_pair(h, c), _pair(n, o)},
        ),
        (
            f"{h[0]} and {c[0]} signed an MoU, while {n[0]} and {o[0]} a supply contract.",
            {_pair(h, c), _pair(n, o)},
        ),
        (
            f"{h[0]} signed an MoU with {c[0]}, and {n[0]} a contract with {o[0]}.",
            {_pair(h, c), _pair(n, o)},
        ),
        (f"{h[0]} signed an MoU with {c[0]}, and {n[0]} met officials of {o[0]}.", {_pair(h, c)}),
        (
            f"{h[0]} and {c[0]} agreed to study a coal supply, and signed a document to that "
            "effect.",
            {_pair(h, c)},
        ),
    ]


def _unsigned_clause_cases() -> list[Case]:
    """Talks with no signing yet, in a clause after the names (but that no agreement had
    been signed; once an agreement is reached)."""
    h, c = HALVARD, CASTELLAN
    return [
        (
            f"{h[0]} said it was in talks with {c[0]} but that no agreement had yet been signed.",
            set(),
        ),
        (
            f"{h[0]} and {c[0]} are in talks on a plant; details will follow once a deal is "
            "reached.",
            set(),
        ),
        (f"{h[0]} and {c[0]} will say more if a contract is signed.", set()),
    ]


def _name_cases() -> list[Case]:
    """Parties the recogniser reads only by their place in a signing: alphanumeric brands
    (Italy's 7vR), names with "& Sons", a company's "of <place>" (its place, no party), a
    body named after its zone (the … Economic Zone Authority)."""
    h = HALVARD
    return [
        (
            f"{NANNING[0]} and Italy's 7vR signed a letter of intent on a data center.",
            {frozenset({NANNING[1], "7vR"})},
        ),
        (
            f"Brenmark & Sons signed an agreement with {h[0]}.",
            {frozenset({h[1], "Brenmark & Sons"})},
        ),
        (
            f"{h[0]} signed an MoU with Italy's Brelling & Vosk on logistics.",
            {frozenset({h[1], "Brelling & Vosk"})},
        ),
        (f"KTZB and {h[0]} signed an MoU on logistics.", {frozenset({h[1], "KTZB"})}),
        (f"{h[0]} signed a supply contract with 3T.", {frozenset({h[1], "3T"})}),
        (
            f"{h[0]} signed a contract with Castor Mobis of the ROK.",
            {frozenset({h[1], "Castor Mobis"})},
        ),
        (
            "Torvane Motor Corporation of Hubei Province showed its trucks. It later signed a "
            "framework agreement with Kivu Assemblers (KVA) of Mombasa.",
            {frozenset({"Torvane Motor Corporation", "Kivu Assemblers"})},
        ),
        (
            f"{KUNMING[0]} signed an MoU with the Red Sea Economic Zone Authority.",
            {frozenset({KUNMING[1], "Red Sea Economic Zone Authority"})},
        ),
    ]


def cases() -> list[Case]:
    every = (
        _active_cases()
        + _passive_cases()
        + _nominal_cases()
        + _side_cases()
        + _amount_cases()
        + _signatory_cases()
        + _unsigned_cases()
        + _witness_cases()
        + _clause_and_nominal_cases()
        + _present_tense_cases()
        + _subject_cases()
        + _called_off_cases()
        + _coordinated_cases()
        + _pronoun_subject_cases()
        + _listed_cases()
        + _gapped_cases()
        + _unsigned_clause_cases()
        + _name_cases()
    )
    return [(text.replace("..", "."), pairs) for text, pairs in every]


def _names(expected: set[frozenset[str]]) -> set[str]:
    every = {p[1] for pair in PAIRS for p in pair}
    return every | {n for pair in expected for n in pair}


CASES = cases()


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, expected, id=f"{k:03d}") for k, (text, expected) in enumerate(CASES)],
)
def test_agreement_constructions_grid(text: str, expected: set[frozenset[str]]) -> None:
    assert signed_pairs(text, _names(expected)) == expected


def test_the_grid_covers_every_verb_and_document() -> None:
    texts = "\n".join(text for text, _ in CASES)
    for verb in VERBS:
        assert f" {verb} " in texts
    for document in DOCUMENTS:
        assert document in texts
    assert sum(1 for _, pairs in CASES if not pairs) >= len(UNSIGNED)


def main() -> int:
    """List the cases missed (``python tests/en/test_agreement_constructions_grid.py``)."""
    misses = 0
    for k, (text, expected) in enumerate(CASES):
        got = signed_pairs(text, _names(expected))
        if got != expected:
            misses += 1
            print(f"{k:03d}: {text}")
            print(f"     want {sorted(sorted(p) for p in expected)}")
            print(f"     got  {sorted(sorted(p) for p in got)}")
    print(f"{misses} of {len(CASES)} cases missed")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
