"""Runs one page's code blocks in order in one namespace, in a fresh interpreter.

Reads a JSON list of code strings on stdin; writes a JSON list of {stdout, error} on stdout.
One interpreter per page: blocks that belong together share variables, pages stay isolated,
and a framework is imported once per page.
"""

import contextlib
import io
import json
import sys
import traceback


def main() -> None:
    blocks = json.load(sys.stdin)
    real_stdout = sys.stdout
    namespace = {"__name__": "__main__"}
    results = []
    for code in blocks:
        buffer = io.StringIO()
        error = None
        try:
            with contextlib.redirect_stdout(buffer):
                exec(compile(code, "<code block>", "exec"), namespace)  # noqa: S102
        except BaseException:  # a failing block is reported, the page goes on
            error = traceback.format_exc(limit=3)
        results.append({"stdout": buffer.getvalue(), "error": error})
    real_stdout.write(json.dumps(results))


if __name__ == "__main__":
    main()
