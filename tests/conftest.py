# SPDX-License-Identifier: LGPL-2.1-or-later
"""Set-up shared by every Python test: the uninstalled library with this
source tree's PyGObject overrides (bindings/python), exactly as an
installed libama is used, so no test needs its own with-or-without
helper.

gi.overrides extends its __path__ over sys.path when gi is first
imported, so the tree's bindings/python must come first on sys.path
before anything imports gi.
"""

import os
import sys
from pathlib import Path

ROOT = Path(os.environ.get("AMA_SOURCE_ROOT", Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(ROOT / "bindings" / "python"))

import gi  # noqa: E402

gi.require_version("GLib", "2.0")
gi.require_version("Gio", "2.0")
gi.require_version("Ama", "1.0")
