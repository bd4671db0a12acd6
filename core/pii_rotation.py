"""Re-encrypting personal data under the active key after a key rotation.

Why: ciphertexts name their key (`k1$...`), so old and new keys work side by
side; this walks every encrypted column and rewrites values not yet under the
active key, after which the old key can be retired.
"""
from __future__ import annotations

from tortoise import Tortoise

from core import crypto
from core.db import EncryptedField
from core.settings import get_settings


async def reencrypt_all(batch: int = 500) -> dict[str, int]:
    active = get_settings().pii_active_key
    conn = Tortoise.get_connection("default")
    counts: dict[str, int] = {}
    for model in Tortoise.apps["models"].values():
        enc = [name for name, f in model._meta.fields_map.items() if isinstance(f, EncryptedField)]
        if not enc:
            continue
        table, pk = model._meta.db_table, model._meta.db_pk_column
        n = 0
        for column in enc:
            rows = await conn.execute_query_dict(
                f"SELECT {pk} AS pk, {column} AS v FROM {table} WHERE {column} IS NOT NULL")
            for row in rows:
                if crypto.key_id_of(row["v"]) == active:
                    continue
                # The field encrypts on write, under the active key.
                await model.filter(pk=row["pk"]).update(**{column: crypto.decrypt(row["v"])})
                n += 1
        counts[table] = n
    return counts
