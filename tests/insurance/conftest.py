"""Builders of the insurance tests: the prescription world, an approved prescription, the doctor's login."""
from __future__ import annotations

import pytest

from core.accounts.models import AdminAccount
from tests.factories import login, rx_signed_approved, rx_world


@pytest.fixture
async def w():
    return await rx_world()


@pytest.fixture
async def approved(w):
    return await rx_signed_approved(w, items=(("amoxicillin", "500", "tid", 5, 1),
                                                ("paracetamol", "500", "qid", 3, 1)))


async def doctor_headers(client, w) -> dict:
    """Logged in as the prescription's doctor (the workstation account): the CSRF header."""
    account = await AdminAccount.get(id=w.doctor.account_id)
    return {"X-CSRF-Token": (await login(client, account.username))["csrf_token"]}
