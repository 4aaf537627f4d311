"""Frontends: one package per platform, each turning a unit into `Document`s of `Node`s."""
