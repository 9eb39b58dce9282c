"""`python -m assistant` is the `netralitas` command."""

import sys

from assistant.cli import main

sys.exit(main())
