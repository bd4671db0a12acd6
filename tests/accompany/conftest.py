"""A recording media provider for the accompaniment's room tests: core/rooms' own tests cover the
real providers (Janus, builtin, TRTC); here what matters is what the accompaniment asks of the room."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from core.rooms import providers
from core.rooms.providers.base import CreatedRoom, Member, ProviderError, RoomRef


class RecordingProvider:
    name = "acc_fake"

    def __init__(self, settings=None):
        self.calls: list[tuple[str, Any]] = []
        self.away = False
        self.n = 0

    def _check(self) -> None:
        if self.away:
            raise ProviderError("away", unavailable=True)

    async def create(self, *, room_id: int, description: str, max_publishers: int) -> CreatedRoom:
        self._check()
        self.n += 1
        self.calls.append(("create", room_id))
        return CreatedRoom(provider_room=f"r{room_id}", secret="s")

    async def admit(self, *, room: RoomRef, member: Member) -> None:
        self._check()
        self.calls.append(("admit", member.id))

    def credentials(self, *, room: RoomRef, member: Member, expires_at: dt.datetime) -> dict[str, Any]:
        return {"provider": self.name, "room": room.provider_room, "peer": member.provider_user}

    async def remove(self, *, room: RoomRef, member: Member) -> None:
        self._check()
        self.calls.append(("remove", member.id))

    async def kick(self, *, room: RoomRef, provider_user: str) -> None:
        self._check()
        self.calls.append(("kick", provider_user))

    async def end(self, *, room: RoomRef) -> None:
        self._check()
        self.calls.append(("end", room.id))

    async def set_recording(self, *, room: RoomRef, on: bool) -> None:
        raise ProviderError("no recording here")

    async def collect_recordings(self, *, room: RoomRef):
        return []


@pytest.fixture
def media(settings):
    """This process's rooms on the recording provider; the provider itself to look at."""
    instance = RecordingProvider()
    providers.register(RecordingProvider.name, lambda s: instance)
    providers.reset()
    old, settings.video_provider = settings.video_provider, RecordingProvider.name
    try:
        yield instance
    finally:
        settings.video_provider = old
        providers.reset()
