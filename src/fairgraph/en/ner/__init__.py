"""A statistical reader of English entity spans: a CRF over the tokens of each sentence.

- ``features.py`` — tokens (spaCy's blank English tokenizer) and their features, the English
  lexicon's word lists among them;
- ``projection.py`` — gold names projected onto a report: the training labels;
- ``training.py`` — ``python -m fairgraph.en.ner.training``: the model from the English gold;
- ``crf.py`` — the tagger, loaded once per process;
- ``combine.py`` — the tagger's organisation spans as a second opinion on the rules' mentions.
"""
