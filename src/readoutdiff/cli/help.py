"""Plain ``--help`` pages in the style of git and Black, for the typer app of ``app.py``.

typer labels arguments with their Python types (``{A}``, ``A <str>``) and cuts command
descriptions in the command list; these classes print the metavariables the README uses
(``A``, ``B``, ``FILE``) and every description in full.
"""

from __future__ import annotations

import inspect
import shlex

import typer
from typer._click import Context, HelpFormatter  # typer vendors click
from typer._click.shell_completion import CompletionItem
from typer.core import TyperCommand, TyperGroup

from readoutdiff.cli.flags import command_after_options, mistyped_command
from readoutdiff.cli.usage import UsageError, attach_context


def _argument_name(param: typer.core.TyperArgument) -> str:
    if param.metavar:
        return param.metavar
    name = (param.name or "").upper()
    return f"{name}..." if param.nargs != 1 else name


_VERSION_ROW = ("--version", "Print the version and exit.")


class PlainCommand(TyperCommand):
    """A command whose help names arguments by metavariable, without type labels."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except UsageError as error:  # "--lexicon needs a value" comes without its command
            attach_context(error, ctx)
            raise

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if isinstance(param, typer.core.TyperArgument):
                name = _argument_name(param)
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            if isinstance(param, typer.core.TyperArgument):
                arguments.append((_argument_name(param), param.help or ""))
            else:
                record = param.get_help_record(ctx)
                if record is not None:
                    options.append(record)
        # --version works after any command (cli/version.py): say so, above -h, --help
        options.insert(max(len(options) - 1, 0), _VERSION_ROW)
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


_SHELLS = "bash, zsh, fish, powershell or pwsh"
_COMPLETION_ROWS = {
    "install_completion": (
        "--install-completion [SHELL]",
        f"Install tab completion for SHELL ({_SHELLS}), else for the shell this runs in.",
    ),
    "show_completion": (
        "--show-completion [SHELL]",
        "Print the tab-completion script of SHELL, else of the shell this runs in, to keep "
        "where you like.",
    ),
}
"""typer's two completion options take a shell's name here (``completion.py``): say so."""


class DefaultGroup(TyperGroup):
    """The root command: ``readoutdiff A B`` runs ``diff``; commands listed in full."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        own = {name for param in self.get_params(ctx) for name in param.opts}
        if args and args[0] not in self.commands and args[0] not in own:
            meant = None if ctx.resilient_parsing else mistyped_command(args[0])
            if meant is not None:
                raise UsageError(
                    f"no command {args[0]!r} and no file of that name (did you mean {meant}?)", ctx
                )
            late = None if ctx.resilient_parsing else command_after_options(args)
            if late is not None:
                at = args.index(late)
                order = shlex.join(["readoutdiff", late, *args[at + 1 :], *args[:at]])
                raise UsageError(f"options go after the command {late!r}: {order}", ctx)
            args = ["diff", *args]
        return super().parse_args(ctx, args)

    def shell_complete(self, ctx: Context, incomplete: str) -> list[CompletionItem]:
        """Complete the root's options and commands, and before any argument ``diff``'s options
        too: ``readoutdiff --fo<Tab>`` is ``readoutdiff diff --fo<Tab>``, as running it would be."""
        found = super().shell_complete(ctx, incomplete)
        diff = self.commands.get("diff")
        if diff is None or not incomplete.startswith("-"):  # no argument yet: at the root
            return found
        with diff.make_context("diff", [], parent=ctx, resilient_parsing=True) as diff_ctx:
            offered = {item.value for item in found}
            found += [
                item
                for item in diff.shell_complete(diff_ctx, incomplete)
                if item.value not in offered
            ]
        return found

    def format_usage(self, ctx: Context, formatter: HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "A B [OPTIONS]")
        formatter.write_usage(ctx.command_path, "COMMAND [ARGS]...", prefix="       ")

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        rows = []
        for param in self.get_params(ctx):
            row = _COMPLETION_ROWS.get(param.name or "") or param.get_help_record(ctx)
            if row is not None:
                rows.append(row)
        with formatter.section("Options"):
            formatter.write_dl(rows)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                text = inspect.cleandoc(command.help or "").split("\n\n")[0]
                rows.append((name, " ".join(text.split())))
        with formatter.section("Commands"):
            formatter.write_dl(rows)
