"""Signing and mail settings are checked at start-up."""
import os

import pytest

from core.settings import Settings, SettingsError


@pytest.mark.nodb
@pytest.mark.parametrize("env, says", [({"SIGNER": "hsm"}, "SIGNER must be builtin or ca"),
                                       ({"SIGNER": "ca", "CA_API_BASE": "http://ca"}, "SIGNER=ca needs"),
                                       ({"SMTP_PORT": "70000"}, "SMTP_PORT")])
def test_refused(env, says):
    with pytest.raises(SettingsError, match=says):
        Settings.from_env({**os.environ, "HUIYI_ENV": "test", **env})


@pytest.mark.nodb
def test_a_ca_configuration():
    s = Settings.from_env({**os.environ, "HUIYI_ENV": "test", "SIGNER": "ca", "CA_API_BASE": "https://ca.example.cn/ca/",
                           "CA_APP_ID": "app", "CA_APP_SECRET": "secret"})
    assert (s.signer, s.ca_api_base) == ("ca", "https://ca.example.cn/ca")
