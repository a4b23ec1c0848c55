"""`veilstream --help` lists each command with its own docstring, read without importing it."""

import importlib

import pytest
from click.testing import CliRunner

from pipeline.cli import COMMANDS, main, short_help

LIMIT = 80 - 6 - max(len(n) for n in COMMANDS)  # what click leaves on an 80-column terminal


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_listing_shows_what_the_command_itself_says(name):
    module, attr = COMMANDS[name].split(":")
    command = getattr(importlib.import_module(module), attr)
    assert short_help(COMMANDS[name], LIMIT) == command.get_short_help_str(LIMIT)
    assert command.get_short_help_str(LIMIT) and not command.get_short_help_str(LIMIT).endswith("...")


def test_top_level_help_lists_every_command():
    out = CliRunner().invoke(main, ["--help"]).output
    for name in COMMANDS:
        assert f"  {name} " in out
