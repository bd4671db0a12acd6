"""The poller: for a connection in poll mode the centre asks the HIS adapter for changes since the
saved cursor, hands them to the intake, then saves the next cursor (a poll that fails keeps the old
cursor and asks again; apply drops repeats). One poll per connection per poll_seconds, whatever
the number of centre processes."""
from __future__ import annotations

from core.his import adapter as his_adapter
from core.his.adapter import HisAdapter, HisUnavailable
from core.visits.centre import intake, poller
from core.visits.models import HisConnection
from tests.visits.centre.conftest import applied_ids, event, hospital, running_centre, until

FEED: list[dict] = []  # the fake HIS's change log; the cursor is the index after the last one read
ASKED: list[tuple[str, int]] = []
DOWN = {"on": False}


class FeedHis(HisAdapter):
    """A HIS whose change feed is FEED (registered for the test, as a real adapter would be)."""

    async def find_patient(self, *, id_number, name):
        return None

    async def archived_admissions(self, patient):
        return []

    async def documents(self, *, admission_id, kinds):
        return []

    async def ping(self):
        if DOWN["on"]:
            raise HisUnavailable()
        return {"ok": True}

    async def visit_changes(self, *, cursor: str, limit: int):
        ASKED.append((cursor, limit))
        if DOWN["on"]:
            raise HisUnavailable()
        start = int(cursor or 0)
        page = FEED[start:start + limit]
        return page, str(start + len(page))


def _setup():
    his_adapter.register("test_feed", FeedHis)
    FEED.clear()
    ASKED.clear()
    DOWN["on"] = False


async def test_changes_are_polled_from_the_cursor_and_applied():
    _setup()
    _, node, conn = await hospital(mode="poll", adapter="test_feed", poll_seconds=1)
    FEED.extend(event(f"V{v}", "queue", n) for v in range(5) for n in range(100))  # 500: three pages
    assert await poller.poll_once(conn) == 500
    assert ASKED == [("", 200), ("200", 200), ("400", 200)]
    conn = await HisConnection.get(id=conn.id)
    assert conn.cursor == "500" and conn.last_polled_at is not None and conn.last_error == ""
    assert await intake.backlog(node.id) == 500
    FEED.extend([event("V9", "payment", 1), event("V9", "pharmacy", 2)])
    assert await poller.poll_once(conn) == 2
    assert (await HisConnection.get(id=conn.id)).cursor == "502"
    async with running_centre():
        await until(lambda: _count(node.id, 502))


async def test_a_failing_his_keeps_the_cursor_and_is_asked_again():
    _setup()
    _, node, conn = await hospital(mode="poll", adapter="test_feed", poll_seconds=1)
    FEED.extend(event("V1", "queue", n) for n in range(10))
    DOWN["on"] = True
    await poller._turn(conn)
    conn = await HisConnection.get(id=conn.id)
    assert conn.cursor == "" and conn.last_error.startswith("HisUnavailable")
    DOWN["on"] = False
    await poller._turn(conn)
    conn = await HisConnection.get(id=conn.id)
    assert conn.cursor == "10" and conn.last_error == ""
    assert await intake.backlog(node.id) == 10


async def test_the_pollers_run_each_connection_once_per_period():
    _setup()
    _, node, conn = await hospital(mode="poll", adapter="test_feed", poll_seconds=60)
    _, other, _ = await hospital(mode="webhook", adapter="test_feed")
    FEED.extend(event("V1", "queue", n) for n in range(3))
    first = await poller.poll_due()
    second = await poller.poll_due()  # another process, or the next second: the slot is taken
    assert [t.get_name() for t in first] == [f"visits-poll-{node.id}"]
    assert second == []
    for task in first:
        await task
    assert ASKED == [("", poller.PAGE)]
    assert await intake.backlog(node.id) == 3 and await intake.backlog(other.id) == 0


async def _count(inst: int, n: int) -> bool:
    return len(await applied_ids(inst)) >= n
