"""`python -m vaultsmith.cli`: the `vaultsmith` command."""

from vaultsmith.cli.main import main

main()
