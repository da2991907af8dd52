"""Folders (searched recursively) and glob patterns as locations: every file found is read by its own kind."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import error
from eventwire.sources.registry import FOLDER_SUFFIXES, Input, Options, estimate, inputs, register_location, suffix


def files_in(folder: str) -> list[str]:
    """The files of a folder and its subfolders a kind of input reads, by their endings, in name order; hidden
    files and folders are left out."""
    found = []
    for parent, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        found += [os.path.join(parent, name) for name in sorted(files)
                  if not name.startswith(".") and suffix(name, FOLDER_SUFFIXES)]
    return found


def is_glob(location: str) -> bool:
    """A pattern (*, ?, [...]) rather than a path that exists or a URL."""
    return any(char in location for char in "*?[") and "://" not in location and not Path(location).exists()


@register_location(lambda location: Path(location).is_dir(), count=lambda location: estimate(files_in(location)))
def read_folder(location: str, options: Options) -> Iterator[Input]:
    """Every input of every file in the folder."""
    files = files_in(location)
    if not files:
        raise error("E026", source=location, detail=f"no {', '.join(sorted(FOLDER_SUFFIXES))} file in the folder")
    return inputs(files, options)


@register_location(is_glob, count=lambda location: estimate(sorted(glob.glob(location, recursive=True))))
def read_glob(location: str, options: Options) -> Iterator[Input]:
    """Every input of every file (or folder) the pattern matches, in name order."""
    matches = sorted(glob.glob(location, recursive=True))
    if not matches:
        raise error("E026", source=location, detail="no file matches the pattern")
    return inputs(matches, options)
