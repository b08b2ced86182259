"""Shipped data: the catalogue, background knowledge, icons and translations."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
CATALOGUE = ROOT / "catalogue"
KNOWLEDGE = ROOT / "knowledge"
