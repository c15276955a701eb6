"""Measuring quality: graph scoring against gold files, NER span scoring and the dataset readers."""
