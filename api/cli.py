"""The `policylink` command: a click group assembled from the command modules listed below."""

import click

from policylink.api import (
    cli_accounts,
    cli_documents,
    cli_extract,
    cli_graph,
    cli_search,
    cli_store,
    cli_train,
    cli_vietnamese,
)

cli_vietnamese.install()

# Each module exposes COMMANDS; add a module here to add its commands.
COMMAND_MODULES = (cli_documents, cli_graph, cli_extract, cli_search, cli_store, cli_train, cli_accounts)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """policylink: nạp, trích xuất, liên kết và tra cứu văn bản chỉ đạo của Đảng và Nhà nước."""


for _module in COMMAND_MODULES:
    for _command in _module.COMMANDS:
        main.add_command(_command)
