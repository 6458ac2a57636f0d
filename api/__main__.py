"""`python -m api ...` is the `policylink` command (useful before the console script is installed)."""

from api.cli import main

main()
