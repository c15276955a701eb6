"""The jobs the CLI and the Python API run: build a corpus into files or a store, extract."""
