"""TRTC's tickets, made and read by us: UserSig and PrivateMapKey (TLS signature v2).

Why our own code: a client enters a TRTC room with two tickets the service signs with the
application's key (TRTC_SECRET_KEY), and support needs to read what a client was given
(whose ticket, which room, which rights, until when) when a call fails. The algorithm is
public; Tencent's `tls-sig-api-v2` package on PyPI is its reference (an old 1.1 without the
PrivateMapKey helpers), and tests/rooms/test_trtc.py checks ours against it.

A ticket (UserSig, `user_sig`) is the JSON object
  {"TLS.ver": "2.0", "TLS.identifier": userId, "TLS.sdkappid": int, "TLS.expire": seconds,
   "TLS.time": unix time, ["TLS.userbuf": base64(userbuf),] "TLS.sig": base64(HMAC-SHA256)}
zlib-compressed and base64-encoded with TLS's URL-safe substitutions ('+'→'*', '/'→'-',
'='→'_'). The HMAC, keyed with the application's key, covers the lines
"TLS.identifier:..\\nTLS.sdkappid:..\\nTLS.time:..\\nTLS.expire:..\\n" (+ "TLS.userbuf:..\\n").
It is valid from TLS.time for TLS.expire seconds.

A PrivateMapKey is the same ticket carrying a userbuf, a big-endian binary record:
  u8 version (0: numeric room; 1: string room), u16 length + identifier, u32 sdkappid,
  u32 roomid (0 for a string room), u32 expiry (absolute unix time), u32 privilege bits,
  u32 account type (0), and for version 1 u16 length + strRoomId.
TRTC lets the holder into that room only, with those rights, until that time (with
"启用权限密钥" switched on in the application, which a deployment must do).
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import struct
import time
import zlib
from dataclasses import dataclass

VERSION = "2.0"

# The privilege bits of a PrivateMapKey (TRTC's meanings, low byte of the u32).
CREATE_ROOM = 1
ENTER_ROOM = 2
SEND_AUDIO = 4
RECV_AUDIO = 8
SEND_VIDEO = 16
RECV_VIDEO = 32
SEND_SUB_VIDEO = 64  # the auxiliary stream (screen sharing)
RECV_SUB_VIDEO = 128
PRIVILEGE_NAMES = {CREATE_ROOM: "create_room", ENTER_ROOM: "enter_room", SEND_AUDIO: "send_audio",
                   RECV_AUDIO: "recv_audio", SEND_VIDEO: "send_video", RECV_VIDEO: "recv_video",
                   SEND_SUB_VIDEO: "send_sub_video", RECV_SUB_VIDEO: "recv_sub_video"}

ROOM_ID_MAX = 4294967294  # numeric room ids are 1 .. 2^32 - 2
_USER_ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")  # TRTC's userId: up to 32 bytes of these
_STR_ROOM_ID = re.compile(r"^[A-Za-z0-9 !#$%&()+\-:;<=.>?@\[\]^_{}|~,]{1,64}$")  # TRTC's strRoomId


class SigError(ValueError):
    """A ticket that does not read, does not verify, or is not (or no longer) valid."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def b64url_encode(data: bytes) -> str:
    return base64.b64encode(data).decode().replace("+", "*").replace("/", "-").replace("=", "_")


def b64url_decode(text: str) -> bytes:
    return base64.b64decode(text.replace("*", "+").replace("-", "/").replace("_", "="), validate=True)


def _hmac(key: str, *, identifier: str, sdk_app_id: int, at: int, expire: int, userbuf_b64: str | None) -> str:
    content = f"TLS.identifier:{identifier}\nTLS.sdkappid:{sdk_app_id}\nTLS.time:{at}\nTLS.expire:{expire}\n"
    if userbuf_b64 is not None:
        content += f"TLS.userbuf:{userbuf_b64}\n"
    return base64.b64encode(hmac.new(key.encode(), content.encode(), hashlib.sha256).digest()).decode()


def _check_user(identifier: str) -> None:
    if not _USER_ID.match(identifier):
        raise ValueError(f"TRTC userId must be 1-32 of [A-Za-z0-9_-], got {identifier!r}")


def user_sig(*, sdk_app_id: int, key: str, identifier: str, expire: int, now: int | None = None,
             userbuf: bytes | None = None) -> str:
    """A UserSig for `identifier`, valid `expire` seconds from `now` (the current time)."""
    _check_user(identifier)
    at = int(time.time()) if now is None else int(now)
    fields: dict[str, object] = {"TLS.ver": VERSION, "TLS.identifier": identifier, "TLS.sdkappid": int(sdk_app_id),
                                 "TLS.expire": int(expire), "TLS.time": at}
    userbuf_b64 = base64.b64encode(userbuf).decode() if userbuf is not None else None
    if userbuf_b64 is not None:
        fields["TLS.userbuf"] = userbuf_b64
    fields["TLS.sig"] = _hmac(key, identifier=identifier, sdk_app_id=int(sdk_app_id), at=at, expire=int(expire),
                              userbuf_b64=userbuf_b64)
    # json.dumps' default separators and this key order: the reference's bytes, exactly.
    return b64url_encode(zlib.compress(json.dumps(fields).encode()))


def userbuf(*, sdk_app_id: int, identifier: str, expires_at: int, privileges: int, room_id: int = 0,
            str_room_id: str = "", account_type: int = 0) -> bytes:
    """The PrivateMapKey's binary record (see the module's docstring)."""
    _check_user(identifier)
    if str_room_id:
        if not _STR_ROOM_ID.match(str_room_id):
            raise ValueError(f"TRTC strRoomId must be 1-64 allowed characters, got {str_room_id!r}")
        room_id = 0
    elif not 1 <= room_id <= ROOM_ID_MAX:
        raise ValueError(f"TRTC roomId must lie in 1..{ROOM_ID_MAX}, got {room_id}")
    ident = identifier.encode("ascii")
    buf = struct.pack(">BH", 1 if str_room_id else 0, len(ident)) + ident
    buf += struct.pack(">IIIII", sdk_app_id, room_id, expires_at, privileges, account_type)
    if str_room_id:
        room = str_room_id.encode("ascii")
        buf += struct.pack(">H", len(room)) + room
    return buf


def private_map_key(*, sdk_app_id: int, key: str, identifier: str, privileges: int, expire: int,
                    room_id: int = 0, str_room_id: str = "", now: int | None = None) -> str:
    """A PrivateMapKey: `identifier` may enter that room with `privileges` for `expire` seconds."""
    at = int(time.time()) if now is None else int(now)
    buf = userbuf(sdk_app_id=sdk_app_id, identifier=identifier, expires_at=at + int(expire), privileges=privileges,
                  room_id=room_id, str_room_id=str_room_id)
    return user_sig(sdk_app_id=sdk_app_id, key=key, identifier=identifier, expire=expire, now=at, userbuf=buf)


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class PrivateMap:
    """A PrivateMapKey's userbuf, read."""

    version: int
    identifier: str
    sdk_app_id: int
    room_id: int
    str_room_id: str
    expires_at: int
    privileges: int
    account_type: int

    @property
    def rights(self) -> list[str]:
        return [name for bit, name in PRIVILEGE_NAMES.items() if self.privileges & bit]


@dataclass(frozen=True)
class Ticket:
    """A UserSig or PrivateMapKey, read (not yet verified: see `verify`)."""

    version: str
    identifier: str
    sdk_app_id: int
    time: int
    expire: int
    sig: str
    userbuf: bytes | None

    @property
    def expires_at(self) -> int:
        return self.time + self.expire

    def expired(self, now: int | None = None) -> bool:
        return (int(time.time()) if now is None else now) >= self.expires_at

    def signed_by(self, key: str) -> bool:
        expected = _hmac(key, identifier=self.identifier, sdk_app_id=self.sdk_app_id, at=self.time,
                         expire=self.expire,
                         userbuf_b64=base64.b64encode(self.userbuf).decode() if self.userbuf is not None else None)
        return hmac.compare_digest(expected, self.sig)

    @property
    def private_map(self) -> PrivateMap | None:
        return decode_userbuf(self.userbuf) if self.userbuf is not None else None


def decode(ticket: str) -> Ticket:
    """Base64url-TLS → zlib → JSON fields. Raises SigError("malformed") when it does not read."""
    try:
        fields = json.loads(zlib.decompress(b64url_decode(ticket.strip())))
        raw_buf = fields.get("TLS.userbuf")
        return Ticket(version=str(fields["TLS.ver"]), identifier=str(fields["TLS.identifier"]),
                      sdk_app_id=int(fields["TLS.sdkappid"]), time=int(fields["TLS.time"]),
                      expire=int(fields["TLS.expire"]), sig=str(fields["TLS.sig"]),
                      userbuf=base64.b64decode(raw_buf, validate=True) if raw_buf is not None else None)
    except (binascii.Error, zlib.error, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SigError("malformed") from exc


def decode_userbuf(buf: bytes) -> PrivateMap:
    try:
        version, n = struct.unpack_from(">BH", buf, 0)
        at = 3
        identifier = buf[at:at + n].decode("ascii")
        if len(identifier) != n:
            raise ValueError("short identifier")
        at += n
        sdk_app_id, room_id, expires_at, privileges, account_type = struct.unpack_from(">IIIII", buf, at)
        at += 20
        str_room_id = ""
        if version == 1:
            (m,) = struct.unpack_from(">H", buf, at)
            str_room_id = buf[at + 2:at + 2 + m].decode("ascii")
            if len(str_room_id) != m:
                raise ValueError("short strRoomId")
            at += 2 + m
        elif version != 0:
            raise ValueError(f"unknown userbuf version {version}")
        if at != len(buf):
            raise ValueError("trailing bytes")
    except (struct.error, UnicodeDecodeError, ValueError) as exc:
        raise SigError("malformed_userbuf") from exc
    return PrivateMap(version=version, identifier=identifier, sdk_app_id=sdk_app_id, room_id=room_id,
                      str_room_id=str_room_id, expires_at=expires_at, privileges=privileges,
                      account_type=account_type)


def verify(ticket: str, *, sdk_app_id: int, key: str, identifier: str | None = None,
           now: int | None = None) -> Ticket:
    """The ticket, read, when TRTC would take it now: signed with `key`, for this application (and
    user), not expired (nor its userbuf); SigError(reason) otherwise."""
    t = decode(ticket)
    if t.version != VERSION:
        raise SigError("version")
    if not t.signed_by(key):
        raise SigError("signature")
    if t.sdk_app_id != sdk_app_id:
        raise SigError("sdk_app_id")
    if identifier is not None and t.identifier != identifier:
        raise SigError("identifier")
    at = int(time.time()) if now is None else now
    if t.expired(at):
        raise SigError("expired")
    pm = t.private_map
    if pm is not None:
        if pm.identifier != t.identifier or pm.sdk_app_id != t.sdk_app_id:
            raise SigError("userbuf_mismatch")
        if at >= pm.expires_at:
            raise SigError("expired")
    return t
