"""Chinese: everything fairgraph knows of the Chinese language — word lists and lexicons as data,
the recogniser, the fact extractors and the names knowledge that resolution asks for."""
