"""Re-encrypting personal data under the active key after a key rotation.

Why: ciphertexts name their key (`k1$...`), so old and new keys work side by
side; this walks every encrypted column and rewrites values not yet under the
active key, after which the old key can be retired. Values encrypted inside JSON
columns are found through the model's `encrypted_json_keys`.
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
    for model in Tortoise.apps["models"].values():
        # JSON columns that hold an encrypted value under some keys (a mail phone in a request's
        # delivery details): declared on the model as `encrypted_json_keys = {column: (key, ...)}`.
        for column, keys in getattr(model, "encrypted_json_keys", {}).items():
            table, pk = model._meta.db_table, model._meta.db_pk_column
            field = model._meta.fields_map[column]
            n = 0
            for row in await conn.execute_query_dict(f"SELECT {pk} AS pk, {column} AS v FROM {table}"):
                doc = field.to_python_value(row["v"])
                stale = [k for k in keys if isinstance(doc, dict) and doc.get(k)
                         and crypto.key_id_of(doc[k]) != active]
                if not stale:
                    continue
                for k in stale:
                    doc[k] = crypto.encrypt(crypto.decrypt(doc[k]))
                await model.filter(pk=row["pk"]).update(**{column: doc})
                n += 1
            counts[f"{table}.{column}"] = n
    return counts
