"""``python -m nbutils`` (and the ``nbutils`` command): see :mod:`nbutils.cli`.

The command-line module is imported inside :func:`run`, so that a Ctrl-C while
the libraries load (the first second or so) ends with one line and status 130,
like a Ctrl-C later on, instead of a traceback; and output piped into a
program that stops reading early (``nbutils quotes x.txt | head``) ends quietly.
"""

import os
import sys


def run() -> int:
    """Import the command line and run it; Ctrl-C during the import is one line, 130."""
    try:
        from nbutils.cli import main
    except KeyboardInterrupt:
        print("nbutils: interrupted while starting; nothing was written", file=sys.stderr)
        return 130
    try:
        return main()
    except BrokenPipeError:  # the reader went away (| head): stop quietly, as cat does
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes stdout
        return 141


if __name__ == "__main__":
    sys.exit(run())
