"""``python -m nbutils``: see :mod:`nbutils.cli`."""

import sys

from nbutils.cli import main

if __name__ == "__main__":
    sys.exit(main())
