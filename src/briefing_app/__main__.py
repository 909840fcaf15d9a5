"""``python -m briefing_app`` and the ``briefing-app`` console script."""

from __future__ import annotations

import sys

from briefing_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
