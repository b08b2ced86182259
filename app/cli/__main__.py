"""``python -m app.cli``: the same as the ``methodewijzer-cli`` command."""

import sys

from app.cli import main

sys.exit(main())
