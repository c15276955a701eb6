"""The key of the extraction cache: fairgraph's version plus a hash of the code and data that
extraction records depend on.

>>> code_fingerprint().startswith(__version__ + "+")
True
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from fairgraph import __version__

_FINGERPRINT: list[str] = []
#: what extraction records depend on (the graph build is rerun anyway)
_EXTRACTION_CODE = ("zh", "ingest", "languages.py", "model.py")


def code_fingerprint() -> str:
    """fairgraph's version plus a hash of its code and data files: the extraction cache key,
    so that a changed recogniser or lexicon never serves stale extractions."""
    if not _FINGERPRINT:
        package = Path(__file__).resolve().parents[1]  # the fairgraph package
        digest = hashlib.sha256(__version__.encode("utf-8"))
        for path in sorted(package.rglob("*")):
            parts = path.relative_to(package).parts
            if (
                path.is_file()
                and "__pycache__" not in parts
                and (parts[0] in _EXTRACTION_CODE or path.name in _EXTRACTION_CODE)
            ):
                digest.update(str(path.relative_to(package)).encode("utf-8"))
                digest.update(path.read_bytes())
        _FINGERPRINT.append(f"{__version__}+{digest.hexdigest()[:16]}")
    return _FINGERPRINT[0]
