"""Take the README's screenshots of the web page (docs/*.png): the browser tests, run with EVENTWIRE_SCREENSHOTS.

    python docs/screenshots.py

Each view is loaded in headless Chromium from a store of the bundled examples, checked, and saved as docs/VIEW.png
(needs Chromium and chromium-driver, and the assets: npm ci --prefix src/eventwire/web).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    os.environ["EVENTWIRE_SCREENSHOTS"] = str(HERE)
    sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", str(HERE.parent / "tests" / "test_web_browser.py")]))
