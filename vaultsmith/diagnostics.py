"""Diagnostics: what a stage found wrong with the vault, always naming a file and a line."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    """One finding about one place in the vault. `line` is 1-based; 0 means the whole file."""

    path: str
    line: int
    severity: Severity
    code: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity.value}: {self.message} [{self.code}]"


def error(path: str, line: int, code: str, message: str) -> Diagnostic:
    return Diagnostic(path, line, Severity.ERROR, code, message)


def warning(path: str, line: int, code: str, message: str) -> Diagnostic:
    return Diagnostic(path, line, Severity.WARNING, code, message)


def info(path: str, line: int, code: str, message: str) -> Diagnostic:
    return Diagnostic(path, line, Severity.INFO, code, message)
