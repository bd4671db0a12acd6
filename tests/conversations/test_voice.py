"""media/voice.py on damaged recordings: every outcome is a clean voice message or a clear
AppError (the one error model), never another exception (a 500)."""
from __future__ import annotations

import random

import pytest

from core.errors import AppError
from media.voice import sanitize_voice
from tests.conversations import media

pytestmark = pytest.mark.nodb


def test_damaged_recordings_are_refused_cleanly():
    rng = random.Random(7)
    seeds = [media.voice("mp3", 1.5), media.voice("ipod", 1.5), media.voice("adts", 1.5)]
    outcomes: dict[str, int] = {}
    for _ in range(200):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.choice([1, 5, 50, 500])):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.3:
            data = data[:rng.randrange(64, len(data))]
        try:
            voice = sanitize_voice(bytes(data))
        except AppError as exc:
            outcomes[exc.code] = outcomes.get(exc.code, 0) + 1
        else:
            assert voice.content_type in ("audio/mpeg", "audio/mp4") and 300 <= voice.duration_ms <= 60_000
            assert sanitize_voice(voice.data).duration_ms == voice.duration_ms  # what is stored reads again
            outcomes["accepted"] = outcomes.get("accepted", 0) + 1
    assert outcomes.get("media.not_audio", 0) > 50, outcomes
