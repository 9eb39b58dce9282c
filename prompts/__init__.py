"""The answerers' phrasing templates (`*.toml`), shipped as package data so an installed `netralitas` finds them."""
