"""Metadata lives in pyproject.toml. This only copies the top-level schemas/ and
topologies/ into the wheel as package data (pipeline/_shipped/), where
pipeline.shipped finds them with importlib.resources."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("schemas", "topologies")


class BuildPyWithShipped(build_py):
    def run(self) -> None:
        super().run()
        for name in SHIPPED:
            target = Path(self.build_lib) / "pipeline" / "_shipped" / name
            shutil.copytree(Path(__file__).parent / name, target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildPyWithShipped})
