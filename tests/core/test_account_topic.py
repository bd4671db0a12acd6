"""The account's topic (`account:<id>`, core/notify): the news of an account's messages and medicine
orders reaches its open screens; only that mini-program account may follow it."""
from __future__ import annotations

import pytest

from core import topics
from core.errors import NotFound
from core.principal import Principal


async def test_an_account_follows_its_own_topic_and_nobody_else_does():
    kind, tid = topics.parse("account:5")
    assert (await kind.authorise(Principal(kind="mp", id=5), tid)).live
    for other in (Principal(kind="mp", id=6), Principal(kind="admin", id=5), Principal(kind="anonymous")):
        with pytest.raises(NotFound):
            await kind.authorise(other, tid)
