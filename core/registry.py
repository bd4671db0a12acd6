"""Named implementations of an interface, chosen by configuration.

Why: several parts of the service run behind an interface that a deployment
replaces without code changes to the callers: the identity verifier (the
district's identity platform), the notification sender (WeChat subscribe
messages), the payment gateway, each hospital's HIS adapter. Each keeps a
Registry of its implementations by name; settings or rows name the one to use.
"""
from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self, what: str):
        self.what = what  # for messages: "RECORDS_IDENTITY_VERIFIER", "HIS adapter", ...
        self._classes: dict[str, type[T]] = {}

    def register(self, name: str, cls: type[T]) -> None:
        self._classes[name] = cls

    def get(self, name: str) -> type[T] | None:
        return self._classes.get(name)

    def known(self) -> list[str]:
        return sorted(self._classes)

    def create(self, name: str) -> T:
        """An instance of the implementation registered as `name` (a configuration error otherwise)."""
        cls = self._classes.get(name)
        if cls is None:
            raise RuntimeError(f"{self.what} {name!r} is not one of {self.known()}")
        return cls()
