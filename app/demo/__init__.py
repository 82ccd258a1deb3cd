"""A vault of fictional sample meetings (`roundtable demo`): data in `data`, code in `fill`."""

from app.demo.fill import fill_demo_vault

__all__ = ["fill_demo_vault"]
