"""Media files made for tests from the real test photos: a Y4M video of a face (Chromium's fake
camera, aiortc's MediaPlayer) and a WAV tone (aiortc's MediaPlayer)."""
from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

from PIL import Image

FACES = Path(__file__).resolve().parent / "fixtures" / "faces"
FRAME_SIZE = (640, 480)
FRAMES = 5


def write_y4m(photo: Path, out: Path, size: tuple[int, int] = FRAME_SIZE, frames: int = FRAMES,
              fps: int = 10) -> Path:
    """The photo, letterboxed into `size`, as a YUV4MPEG2 file of a few identical I420
    frames (Chromium's fake camera and aiortc's looping MediaPlayer replay it)."""
    w, h = size
    assert w % 2 == 0 and h % 2 == 0, "I420 needs even dimensions"
    img = Image.open(photo).convert("RGB")
    img.thumbnail(size)
    canvas = Image.new("RGB", size, (0, 0, 0))
    canvas.paste(img, ((w - img.width) // 2, (h - img.height) // 2))
    y, cb, cr = canvas.convert("YCbCr").split()
    # 4:2:0: one chroma sample for each 2×2 block of pixels (JPEG siting, hence C420jpeg).
    cb = cb.resize((w // 2, h // 2), Image.Resampling.BOX)
    cr = cr.resize((w // 2, h // 2), Image.Resampling.BOX)
    frame = b"FRAME\n" + y.tobytes() + cb.tobytes() + cr.tobytes()
    with open(out, "wb") as f:
        f.write(f"YUV4MPEG2 W{w} H{h} F{fps}:1 Ip A1:1 C420jpeg\n".encode())
        for _ in range(frames):
            f.write(frame)
    return out


def write_tone(out: Path, *, hz: float = 440.0, seconds: float = 2.0, rate: int = 48000,
               amplitude: int = 12000) -> Path:
    """A mono 16-bit PCM WAV sine tone."""
    n = int(seconds * rate)
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"".join(struct.pack("<h", int(amplitude * math.sin(2 * math.pi * hz * i / rate)))
                               for i in range(n)))
    return out


async def face_to_face(patient, doctor, *, video: str, audio: str, frames: int = 5) -> None:
    """Two Janus peers (realtime/janus_peer.py) in a call: the patient publishes the face video and a
    tone, the doctor a tone; each subscribes to the other until video and audio have arrived."""
    await patient.join()
    await patient.publish(video=video, audio=audio)
    await doctor.join()
    await doctor.publish(audio=audio)
    await doctor.wait_for(lambda: patient.feed in doctor.publishers)
    await doctor.subscribe(patient.feed)
    await patient.wait_for(lambda: doctor.feed in patient.publishers)
    await patient.subscribe(doctor.feed)
    seen = doctor.received[patient.feed]
    await doctor.wait_for(lambda: seen.video_frames >= frames and seen.audio_frames >= 50, timeout=30)
    await patient.wait_for(lambda: patient.received[doctor.feed].audio_frames >= 50, timeout=30)
