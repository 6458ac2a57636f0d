"""`python -m policylink.api ...` is the `policylink` command, before the console script is installed."""

from policylink.api.cli import main

main()
