"""Which files of a content pack may be read: only files that really are inside the pack's folder.

A pack comes from someone else. A symbolic link in it (``en/passwd.yaml -> /etc/passwd``, or a whole
``en -> /home/someone``) would make Guardian read, and ``validate`` echo, a file the pack's author never had.
Such a link is refused from its name and its target's path alone: the target is never opened.
"""

from __future__ import annotations

import os
from pathlib import Path

from guardian_app.content.model import ContentIssue
from guardian_app.content.yaml_reader import display_path


def link_outside(path: Path, root: Path) -> ContentIssue | None:
    """An issue when ``path`` leads (through links) outside ``root``, else None; nothing is read."""
    try:
        real_root = os.path.realpath(root)
        real_path = os.path.realpath(path)
    except (OSError, ValueError) as error:  # a link loop, a name the system refuses
        return ContentIssue(display_path(path), 1, 1, f"cannot follow this name ({error}); refused")
    if real_path == real_root or real_path.startswith(real_root.rstrip(os.sep) + os.sep):
        return None
    return ContentIssue(display_path(path), 1, 1,
                        "is a link to a place outside the pack; refused without reading it (copy the file"
                        " into the pack instead)")
