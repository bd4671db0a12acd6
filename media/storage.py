"""Content-addressed file storage: a file's key is the sha256 of its bytes.

Why: uploads (photos, scanned documents, exports) must be stored once, found
again by a key that rows can hold, and be checkable for silent corruption.
Naming a file by the hash of its content gives all three: identical uploads
share one object, a key never points at different bytes, and anyone holding
the bytes can verify them. Local disk is the default; the `Storage` interface
is small enough that an S3-compatible object store can implement it (a key
becomes an object name, `iter_keys` a paginated listing).

On disk, keys fan out over two directory levels (`ab/cd/abcd…`) so that no
directory grows to hundreds of thousands of entries.

The methods are blocking (disk or network I/O). Code on the event loop calls
them through `asyncio.to_thread`; workers and the CLI may call them directly.
"""
from __future__ import annotations

import abc
import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

_KEY = re.compile(r"^[0-9a-f]{64}$")


class StorageError(Exception):
    pass


class InvalidKey(StorageError, ValueError):
    """Not a lowercase hex sha256; refused before it can name a path."""


class ObjectMissing(StorageError, KeyError):
    pass


def key_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_key(key: str) -> str:
    if not isinstance(key, str) or not _KEY.match(key):
        raise InvalidKey(f"not a sha256 key: {key!r}")
    return key


class Storage(abc.ABC):
    """What the rest of the service may ask of a file store."""

    @abc.abstractmethod
    def put(self, data: bytes) -> str:
        """Store `data` (idempotent) and return its key."""

    @abc.abstractmethod
    def open(self, key: str) -> BinaryIO:
        """A readable binary stream of the object; raises ObjectMissing."""

    def get(self, key: str) -> bytes:
        with self.open(key) as fh:
            return fh.read()

    @abc.abstractmethod
    def exists(self, key: str) -> bool: ...

    @abc.abstractmethod
    def iter_keys(self) -> Iterator[str]:
        """Every stored key, in no promised order (backups walk this)."""


class LocalStorage(Storage):
    def __init__(self, root: str | os.PathLike[str]):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        check_key(key)
        return self.root / key[:2] / key[2:4] / key

    def put(self, data: bytes) -> str:
        key = key_of(data)
        path = self._path(key)
        if path.exists():
            return key  # same bytes already stored: content addressing deduplicates
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write to a temporary name in the same directory and rename: readers never
        # see a half-written object, and two writers of the same content both succeed.
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return key

    def open(self, key: str) -> BinaryIO:
        try:
            return self._path(key).open("rb")
        except FileNotFoundError as exc:
            raise ObjectMissing(key) from exc

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def iter_keys(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for first in sorted(self.root.iterdir()):
            if not (first.is_dir() and len(first.name) == 2):
                continue
            for second in sorted(first.iterdir()):
                if not (second.is_dir() and len(second.name) == 2):
                    continue
                for f in sorted(second.iterdir()):
                    # Temporary files of interrupted writes and strays are not objects.
                    if (f.is_file() and _KEY.match(f.name)
                            and f.name[:2] == first.name and f.name[2:4] == second.name):
                        yield f.name


def get_storage(settings=None) -> Storage:
    """The configured store (local disk under settings.storage_dir)."""
    from core.settings import get_settings

    s = settings or get_settings()
    return LocalStorage(s.storage_dir)
