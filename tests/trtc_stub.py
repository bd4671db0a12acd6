"""A loopback HTTP server that answers as Tencent TRTC's server API (version 2019-07-22).

Why: the `trtc` room provider (core/rooms/providers/trtc.py) takes people out of rooms and
dismisses rooms through Tencent's own SDK; nothing of TRTC is faked inside the process. Tests
point settings.trtc_api_base at this server, which checks the TC3-HMAC-SHA256 signature as
Tencent Cloud does (core/tc3.py, shared with the SMS loopback) and answers the calls the
provider makes as documented:

- RemoveUser {SdkAppId, RoomId (number), UserIds (1-10)}, RemoveUserByStrRoomId {SdkAppId,
  RoomId (string), UserIds}, DismissRoom {SdkAppId, RoomId (number)}, DismissRoomByStrRoomId
  {SdkAppId, RoomId (string)}: `{"Response": {"RequestId"}}` when done;
- errors as `{"Response": {"Error": {Code, Message}, "RequestId"}}` (HTTP 200): the TC3 ones,
  InvalidAction, NoSuchVersion, MissingParameter.SdkAppId / .RoomId / .UserIds,
  InvalidParameter.RoomId / .UserIds, UnauthorizedOperation.SdkAppId (another application),
  FailedOperation.RoomNotExist (a room nobody is in: TRTC rooms exist only while occupied).

It also plays TRTC's side of a client entering a room (`enter`): the UserSig and the
PrivateMapKey are checked as TRTC checks them (signed with the application's key, this user,
this room, not expired, the enter right, the create right when the room is empty), so a test
can see who is in a room and that RemoveUser / DismissRoom put them out. `calls` records
every call that passed the signature check; `fail_next(code)` scripts a one-shot refusal.
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from typing import Any

from core import tc3
from core.rooms import trtc_sig
from tests.tencentcloud_stub import TencentCloudStub

SERVICE = "trtc"
VERSION = "2019-07-22"
ERRORS = {
    **tc3.ERRORS,
    "MissingParameter.SdkAppId": "缺少SdkAppId参数。",
    "MissingParameter.RoomId": "缺少RoomId参数。",
    "MissingParameter.UserIds": "缺少UserIds参数。",
    "InvalidParameter.RoomId": "RoomId参数错误。",
    "InvalidParameter.UserIds": "UserIds参数错误。",
    "UnauthorizedOperation.SdkAppId": "没有操作SdkAppId的权限。",
    "FailedOperation.RoomNotExist": "房间不存在。",
    "InternalError": "内部错误。",
}
ACTIONS = {"RemoveUser": (int, True), "RemoveUserByStrRoomId": (str, True),
           "DismissRoom": (int, False), "DismissRoomByStrRoomId": (str, False)}


def _error(code: str, message: str | None = None) -> tc3.Outcome:
    return tc3.error(code, message or ERRORS.get(code))


class EnterRefused(Exception):
    """TRTC refused a client's entry (the reason says which check failed)."""


@dataclass(frozen=True)
class Call:
    action: str
    params: dict[str, Any]
    secret_id: str
    region: str


class TrtcStub(TencentCloudStub):
    name = "trtc-stub"

    def __init__(self, *, sdk_app_id: int, sdk_key: str, secret_id: str, secret_key: str):
        self.sdk_app_id, self.sdk_key = sdk_app_id, sdk_key
        self.secret_id, self.secret_key = secret_id, secret_key
        self.calls: list[Call] = []  # calls that passed the signature check, oldest first
        self.refusals: list[str] = []  # error codes answered
        self.rooms: dict[tuple[str, int | str], set[str]] = {}  # ("n", roomId) / ("s", strRoomId) → users in it
        self._failures: list[str] = []
        self._lock = threading.Lock()

    # ------------------------------------------------------------ the client side (TRTC's entry checks)

    def enter(self, *, user_id: str, user_sig: str, private_map_key: str, room_id: int = 0,
              str_room_id: str = "", now: int | None = None) -> None:
        """A client enters the room, as TRTC admits it (with the PrivateMapKey check switched on)."""
        at = int(time.time()) if now is None else now
        try:
            trtc_sig.verify(user_sig, sdk_app_id=self.sdk_app_id, key=self.sdk_key, identifier=user_id, now=at)
            pmk = trtc_sig.verify(private_map_key, sdk_app_id=self.sdk_app_id, key=self.sdk_key,
                                  identifier=user_id, now=at).private_map
        except trtc_sig.SigError as exc:
            raise EnterRefused(exc.reason) from exc
        if pmk is None:
            raise EnterRefused("no_private_map")
        if (pmk.room_id, pmk.str_room_id) != (room_id, str_room_id):
            raise EnterRefused("room")
        if not pmk.privileges & trtc_sig.ENTER_ROOM:
            raise EnterRefused("enter_right")
        key = ("s", str_room_id) if str_room_id else ("n", room_id)
        with self._lock:
            if key not in self.rooms and not pmk.privileges & trtc_sig.CREATE_ROOM:
                raise EnterRefused("create_right")
            self.rooms.setdefault(key, set()).add(user_id)

    def in_room(self, *, room_id: int = 0, str_room_id: str = "") -> set[str]:
        with self._lock:
            return set(self.rooms.get(("s", str_room_id) if str_room_id else ("n", room_id), set()))

    def fail_next(self, code: str) -> None:
        """The next signed call answers this error."""
        with self._lock:
            self._failures.append(code)

    # ------------------------------------------------------------ the server API

    def _answer(self, method: str, path: str, query: str, headers: dict[str, str], body: bytes) -> dict:
        refused = tc3.check_signature(service=SERVICE, method=method, path=path, query=query, headers=headers,
                                      body=body, secret_keys={self.secret_id: self.secret_key})
        outcome = refused or self._call(headers, body)
        with self._lock:
            if "Error" in outcome.answer["Response"]:
                self.refusals.append(outcome.answer["Response"]["Error"]["Code"])
        return outcome.answer

    def _call(self, headers: dict[str, str], body: bytes) -> tc3.Outcome:
        action = headers.get("x-tc-action", "")
        if action not in ACTIONS:
            return _error("InvalidAction")
        if headers.get("x-tc-version") != VERSION:
            return _error("NoSuchVersion")
        try:
            params = json.loads(body or b"{}")
        except ValueError:
            return _error("InvalidParameter")
        if not isinstance(params, dict):
            return _error("InvalidParameter")
        secret_id = tc3.credential_of(headers)
        with self._lock:
            self.calls.append(Call(action, params, secret_id, headers.get("x-tc-region", "")))
            failure = self._failures.pop(0) if self._failures else None
        if failure:
            return _error(failure, "scripted failure")
        room_type, with_users = ACTIONS[action]
        for name in ("SdkAppId", "RoomId") + (("UserIds",) if with_users else ()):
            if params.get(name) in (None, "", []):
                return _error(f"MissingParameter.{name}")
        if not isinstance(params["SdkAppId"], int):
            return _error("InvalidParameter", "SdkAppId must be an integer.")
        if params["SdkAppId"] != self.sdk_app_id:
            return _error("UnauthorizedOperation.SdkAppId")
        room = params["RoomId"]
        if room_type is int and not (isinstance(room, int) and 1 <= room <= trtc_sig.ROOM_ID_MAX):
            return _error("InvalidParameter.RoomId")
        if room_type is str and not (isinstance(room, str) and 0 < len(room) <= 64):
            return _error("InvalidParameter.RoomId")
        users = params.get("UserIds") or []
        if with_users and not (isinstance(users, list) and len(users) <= 10
                               and all(isinstance(u, str) and u for u in users)):
            return _error("InvalidParameter.UserIds")
        key = ("n" if room_type is int else "s", room)
        with self._lock:
            if key not in self.rooms:
                return _error("FailedOperation.RoomNotExist")
            if with_users:
                self.rooms[key].difference_update(users)
                if not self.rooms[key]:  # the last one out: TRTC's room is gone
                    del self.rooms[key]
            else:
                del self.rooms[key]
        return tc3.answer()
