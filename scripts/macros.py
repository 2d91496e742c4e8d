"""mkdocs-macros-plugin entry point (module_name in mkdocs.yml); the work is in qbank.macros."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.qbank.macros import define_env  # noqa: E402,F401
