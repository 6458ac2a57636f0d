"""Output shared by the command modules."""

import json

import click


def echo_json(data: object) -> None:
    """Print `data` as indented JSON, Vietnamese letters as they are (not `\\u` escapes)."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))
