"""How headless Chromium is launched on the exported pages (graph.html, report.html), written
once for the browser tests and the page benchmark.

fairgraph itself never starts a browser: these are the facts both checks share.

>>> CHROMIUM.name, "--headless" in CHROMIUM_ARGS
('chromium', True)
"""

from __future__ import annotations

from pathlib import Path

#: Debian's Chromium (``apt-get install -y chromium``); Playwright's own builds cannot be fetched
CHROMIUM = Path("/usr/bin/chromium")
#: headless, runnable as root, no GPU, and none of Chromium's own network traffic
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
