"""Files the package ships: the Avro schemas, the example topologies with their
policies and samples. The checkout keeps them at top level (`schemas/`,
`topologies/`); the wheel carries a copy under `pipeline/_shipped/` (setup.py's
build step). Everything finds them through `shipped()`.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Literal

Shipped = Literal["schemas", "topologies"]


def shipped(name: Shipped) -> Path:
    """The directory of shipped NAME files: the installed package's copy, else the checkout's."""
    packaged = Path(str(files("pipeline").joinpath("_shipped", name)))
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / name  # editable install or PYTHONPATH
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"the package carries no {name}/ (looked in {packaged} and {checkout})")
