"""app.api loads most of its names on first use (PEP 562); every name it promises must still resolve, to the
object its module defines, so a name missing from the lazy table fails here and not in a user's window."""

from __future__ import annotations

import importlib

from app import api


def test_every_name_the_api_promises_resolves():
    missing = [name for name in api.__all__ if not hasattr(api, name)]
    assert missing == []


def test_a_lazily_loaded_name_is_the_object_of_its_module():
    for name, (module, attribute) in api._LAZY.items():
        assert getattr(api, name) is getattr(importlib.import_module(module), attribute), name
