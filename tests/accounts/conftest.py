"""Fixtures of the accounts tests: the loopback WeChat server."""
from __future__ import annotations

import pytest

from tests.wechat_stub import WeChatStub


@pytest.fixture
def wechat(settings):
    """A WeChat stub on 127.0.0.1 that core/wechat.py (real wechatpy) talks to."""
    stub = WeChatStub(appid=settings.wechat_appid, secret=settings.wechat_secret).start()
    old = settings.wechat_api_base
    settings.wechat_api_base = stub.base
    try:
        yield stub
    finally:
        settings.wechat_api_base = old
        stub.stop()
