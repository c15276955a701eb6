"""Inline SVG bar charts for the report page (no JavaScript, every text escaped).

>>> svg = bar_chart("Amount", [("<b>", 3e8), ("乙", 1e8)], unit="CNY")
>>> svg.startswith("<svg") and "&lt;b&gt;" in svg and "<b>" not in svg
True
>>> bar_chart("Amount", [], unit="CNY")
'<p class="empty">Amount: No priced agreements.</p>'
"""

from __future__ import annotations

from html import escape

from fairgraph.export.html_assets import format_amount
from fairgraph.export.html_data import shorten

_WIDTH = 720
_LABEL = 250
_BAR = 22
_GAP = 8


def bar_chart(
    title: str,
    series: list[tuple[str, float]],
    *,
    unit: str,
    limit: int = 15,
    empty: str = "No priced agreements.",
    count: bool = False,
) -> str:
    """A horizontal bar chart of the ``limit`` largest values, labels cut to fit; ``count``
    charts show plain numbers instead of amounts.

    >>> "12" in bar_chart("Posts", [("某机构", 12.0)], unit="posts", count=True)
    True
    """
    rows = [(label, value) for label, value in series if value > 0][:limit]
    if not rows:
        return f'<p class="empty">{escape(title)}: {escape(empty)}</p>'

    def show(value: float) -> str:
        return f"{value:,.0f}" if count else format_amount(value, unit)

    top = max(value for _, value in rows)
    span = _WIDTH - _LABEL - 120
    height = 30 + len(rows) * (_BAR + _GAP)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'width="{_WIDTH}" height="{height}" viewBox="0 0 {_WIDTH} {height}">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="16" class="chart-title">{escape(title)} ({escape(unit)})</text>',
    ]
    for i, (label, value) in enumerate(rows):
        y = 30 + i * (_BAR + _GAP)
        width = max(1, round(span * value / top))
        parts.append(
            f"<g><title>{escape(label)}: {escape(show(value))}</title>"
            f'<text x="{_LABEL - 8}" y="{y + 16}" text-anchor="end">'
            f"{escape(shorten(label, 20))}</text>"
            f'<rect x="{_LABEL}" y="{y}" width="{width}" height="{_BAR}" rx="3"/>'
            f'<text x="{_LABEL + width + 6}" y="{y + 16}">'
            f"{escape(show(value))}</text></g>"
        )
    parts.append("</svg>")
    return "".join(parts)
