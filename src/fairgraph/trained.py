"""Files of the trained models the language packages ship: the metadata written beside each.

A model file ``NAME.crfsuite`` (or another format) may have ``NAME.json`` beside it, recording
what trained it; the engine reads it the same way for every language.
"""

from __future__ import annotations

import json
from pathlib import Path

from fairgraph.errors import ModelError


def model_metadata(path: Path) -> dict[str, object]:
    """The metadata written beside a model (``NAME.json``); empty when there is none.

    >>> model_metadata(Path("/nonexistent/model.crfsuite"))
    {}
    """
    meta = Path(path).with_suffix(".json")
    if not meta.is_file():
        return {}
    try:
        data = json.loads(meta.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read model metadata {meta}: {exc}") from exc
    return data if isinstance(data, dict) else {}
