"""Test media made on the spot: voice recordings in the mini-program recorder's formats
(encoded by FFmpeg through PyAV, as a phone's recorder would) and photos."""
from __future__ import annotations

import io
import math

import numpy as np
from PIL import Image


def voice(container: str = "mp3", seconds: float = 2.0, rate: int = 16000, *, title: str | None = None) -> bytes:
    """A spoken-length tone: container mp3 (libmp3lame), ipod (m4a: AAC in mp4) or adts (raw AAC)."""
    import av

    codec = "libmp3lame" if container == "mp3" else "aac"
    out = io.BytesIO()
    with av.open(out, "w", format=container) as c:
        stream = c.add_stream(codec, rate=rate, layout="mono")
        if title:
            c.metadata["title"] = title
        n = int(seconds * rate)
        pcm = (0.3 * np.sin(2 * math.pi * 440 * np.arange(n) / rate)).astype(np.float32)
        size = stream.codec_context.frame_size or 1152
        for i in range(0, n, size):
            frame = av.AudioFrame.from_ndarray(pcm[i:i + size].reshape(1, -1), format="fltp", layout="mono")
            frame.sample_rate, frame.pts = rate, i
            for packet in stream.encode(frame):
                c.mux(packet)
        for packet in stream.encode(None):
            c.mux(packet)
    return out.getvalue()


def wav(seconds: float = 1.0, rate: int = 16000) -> bytes:
    import wave

    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x00\x01" * int(seconds * rate))
    return out.getvalue()


def photo(size=(800, 600), fmt: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (120, 160, 200)).save(out, format=fmt)
    return out.getvalue()
