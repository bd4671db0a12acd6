"""Accepting a voice message: the mini-program recorder's formats, judged by content.

Why: a "voice message" is untrusted bytes like any upload. It is accepted only
when FFmpeg's demuxers and decoders (PyAV) read it as one of the recorder's
formats (`wx.getRecorderManager`: mp3, or AAC in an m4a/mp4 container or as a
raw ADTS stream) and every packet decodes; its duration is counted from the
decoded samples, never taken from a header or from the client. What is stored
is the audio stream copied into a fresh container (mp3 or m4a): no tags, cover
pictures or other streams the upload carried. Limits: MAX_VOICE_BYTES and
MAX_VOICE_SECONDS (a chat voice message, as WeChat's own, is at most a minute).

Blocking (decoding): services call `sanitize_voice` through asyncio.to_thread.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

from core.errors import AppError

MAX_VOICE_BYTES = 2 * 1024 * 1024
MAX_VOICE_SECONDS = 60
MIN_VOICE_MS = 300
# demuxer name -> (decoders accepted, stored container, content type)
_MP3, _AAC = frozenset({"mp3", "mp3float"}), frozenset({"aac", "aac_fixed"})
_FORMATS = {
    "mp3": (_MP3, "mp3", "audio/mpeg"),
    "mov,mp4,m4a,3gp,3g2,mj2": (_AAC, "ipod", "audio/mp4"),
    "aac": (_AAC, "ipod", "audio/mp4"),
}
EXTENSIONS = {"audio/mpeg": "mp3", "audio/mp4": "m4a"}


class NotAudio(AppError):
    status, code, message = 422, "media.not_audio", "上传的文件不是有效的语音（支持 mp3、aac/m4a）"


class AudioTooLarge(AppError):
    status, code, message = 413, "media.too_large", "语音文件过大"


class AudioTooLong(AppError):
    status, code, message = 422, "media.audio_too_long", "语音不能超过60秒"


class AudioTooShort(AppError):
    status, code, message = 422, "media.audio_too_short", "说话时间太短"


@dataclass(frozen=True)
class Voice:
    data: bytes
    content_type: str
    duration_ms: int


def sanitize_voice(data: bytes, *, max_bytes: int = MAX_VOICE_BYTES,
                   max_seconds: int = MAX_VOICE_SECONDS) -> Voice:
    """The voice message decoded completely and copied into a clean container, or a clear AppError."""
    if len(data) > max_bytes:
        raise AudioTooLarge(details={"size": len(data), "max_bytes": max_bytes})
    if len(data) < 64:
        raise NotAudio(details={"size": len(data)})
    import av  # FFmpeg's libraries: loaded on the first voice message, not at every start

    try:
        source = av.open(io.BytesIO(data), mode="r", metadata_errors="ignore")
    except Exception as exc:  # FFmpeg found no format it reads (or choked on a crafted header)
        raise NotAudio(details={"reason": "format"}) from exc
    with source:
        spec = _FORMATS.get(source.format.name)
        codecs = [getattr(s.codec_context, "name", None) for s in source.streams]
        audio = [s for s in source.streams if s.type == "audio" and s.codec_context is not None]
        others = [s for s in source.streams if s not in audio
                  and not (s.type == "video" and s.disposition & av.stream.Disposition.attached_pic)]
        if spec is None or len(audio) != 1 or others or audio[0].codec_context.name not in spec[0]:
            raise NotAudio(details={"reason": "codec", "format": source.format.name, "streams": codecs})
        stream = audio[0]
        out = io.BytesIO()
        samples = 0
        try:
            with av.open(out, mode="w", format=spec[1]) as target:
                copy = target.add_stream_from_template(stream)
                copy.metadata.clear()
                for packet in source.demux(stream):
                    if packet.size == 0 or packet.dts is None:
                        continue  # the demuxer's flush packet
                    for frame in stream.codec_context.decode(packet):
                        samples += frame.samples
                        rate = frame.sample_rate
                    if samples and samples > max_seconds * rate:
                        raise AudioTooLong(details={"max_seconds": max_seconds})
                    packet.stream = copy
                    target.mux(packet)
                for frame in stream.codec_context.decode(None):
                    samples += frame.samples
                    rate = frame.sample_rate
        except AppError:
            raise
        except Exception as exc:  # whatever a crafted file makes the demuxer or decoder raise: not audio
            raise NotAudio(details={"reason": "decode"}) from exc
    duration_ms = int(samples * 1000 / rate) if samples else 0
    if duration_ms > max_seconds * 1000:
        raise AudioTooLong(details={"max_seconds": max_seconds})
    if duration_ms < MIN_VOICE_MS:
        raise AudioTooShort(details={"min_ms": MIN_VOICE_MS})
    return Voice(out.getvalue(), spec[2], duration_ms)
