from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "doctor_consent_version" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL UNIQUE,
    "title" VARCHAR(64) NOT NULL,
    "body" TEXT NOT NULL,
    "fees" TEXT NOT NULL,
    "published_at" TIMESTAMP NOT NULL,
    "published_by_id" INT
) /* One published version of the informed consent (知情同意书): notices and fees. */;
        CREATE TABLE IF NOT EXISTS "doctor_consent_acceptance" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL,
    "accepted_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "mp_account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_doctor_cons_account_bdb5ae" UNIQUE ("account_id", "version")
) /* A patient account accepted one version of the informed consent. */;
        CREATE TABLE IF NOT EXISTS "doctor" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "deleted_at" TIMESTAMP,
    "deleted_by_id" INT,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(32) NOT NULL,
    "title" VARCHAR(24) NOT NULL /* chief: chief\nassociate_chief: associate_chief\nattending: attending\nresident: resident */,
    "specialties" VARCHAR(500) NOT NULL,
    "introduction" TEXT NOT NULL,
    "photo_key" VARCHAR(64),
    "enabled" INT NOT NULL,
    "rating_sum" INT NOT NULL,
    "rating_count" INT NOT NULL,
    "text_done" INT NOT NULL,
    "video_done" INT NOT NULL,
    "institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE RESTRICT,
    "account_id" INT UNIQUE REFERENCES "admin_account" ("id") ON DELETE SET NULL
) /* A doctor of the internet hospital, owned by the hospital of the first practice site. */;
CREATE INDEX IF NOT EXISTS "idx_doctor_deleted_fcfcde" ON "doctor" ("deleted_at");
CREATE INDEX IF NOT EXISTS "idx_doctor_enabled_2e95a4" ON "doctor" ("enabled", "deleted_at");
        CREATE TABLE IF NOT EXISTS "doctor_consultation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "order_id" INT NOT NULL UNIQUE,
    "kind" VARCHAR(16) NOT NULL /* text: text\nvideo: video */,
    "at" TIMESTAMP NOT NULL,
    "completed_at" TIMESTAMP,
    "score" SMALLINT,
    "rated_at" TIMESTAMP,
    "account_id" INT NOT NULL REFERENCES "mp_account" ("id") ON DELETE CASCADE,
    "doctor_id" INT NOT NULL REFERENCES "doctor" ("id") ON DELETE CASCADE
) /* What the catalogue keeps of one consultation order: who consulted whom and when, whether */;
CREATE INDEX IF NOT EXISTS "idx_doctor_cons_account_b8ff0c" ON "doctor_consultation" ("account_id", "at");
        CREATE TABLE IF NOT EXISTS "doctor_follow" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "mp_account" ("id") ON DELETE CASCADE,
    "doctor_id" INT NOT NULL REFERENCES "doctor" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_doctor_foll_account_d9a15c" UNIQUE ("account_id", "doctor_id")
) /* A patient account follows a doctor. */;
        CREATE TABLE IF NOT EXISTS "doctor_schedule" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "day" DATE NOT NULL,
    "period" VARCHAR(16) NOT NULL /* morning: morning\nafternoon: afternoon\nevening: evening */,
    "capacity" SMALLINT NOT NULL,
    "department_id" INT NOT NULL REFERENCES "record_department" ("id") ON DELETE RESTRICT,
    "doctor_id" INT NOT NULL REFERENCES "doctor" ("id") ON DELETE CASCADE,
    "institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_doctor_sche_doctor__eca28a" UNIQUE ("doctor_id", "day", "period")
) /* One period of one day a doctor is on duty at one of the practice sites (排班). */;
CREATE INDEX IF NOT EXISTS "idx_doctor_sche_departm_8538e5" ON "doctor_schedule" ("department_id", "day");
        CREATE TABLE IF NOT EXISTS "doctor_service" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* text: text\nvideo: video */,
    "price_fen" INT NOT NULL,
    "window_hours" SMALLINT NOT NULL,
    "enabled" INT NOT NULL,
    "doctor_id" INT NOT NULL REFERENCES "doctor" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_doctor_serv_doctor__4f2220" UNIQUE ("doctor_id", "kind")
) /* A service a doctor offers, its price in fen and its consultation window. */;
        CREATE TABLE IF NOT EXISTS "doctor_site" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "primary" INT NOT NULL,
    "sort" SMALLINT NOT NULL,
    "department_id" INT NOT NULL REFERENCES "record_department" ("id") ON DELETE RESTRICT,
    "doctor_id" INT NOT NULL REFERENCES "doctor" ("id") ON DELETE CASCADE,
    "institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_doctor_site_doctor__d958de" UNIQUE ("doctor_id", "department_id")
) /* A department where a doctor practises (多点执业: several, at several hospitals). */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "doctor_consent_acceptance";
        DROP TABLE IF EXISTS "doctor_consent_version";
        DROP TABLE IF EXISTS "doctor_follow";
        DROP TABLE IF EXISTS "doctor_schedule";
        DROP TABLE IF EXISTS "doctor";
        DROP TABLE IF EXISTS "doctor_site";
        DROP TABLE IF EXISTS "doctor_service";
        DROP TABLE IF EXISTS "doctor_consultation";"""


MODELS_STATE = (
    "eJztff1z27i19r+C8S9vMqPNJkqcpN5OZ2zH2bp14ry2t7vvXXd0KRKyUFMkl6Ts6N72f3"
    "8B8JsEKUAiaRI+M23WFnFI+QEInPOcr/89WLkWtoNXl/7dV/rTwRH63wPHWLEfypcm6MDw"
    "vOwC+yA05jYf6/p3MycZNQ9C3zBD+vnCsANMP7JwYPrEC4nr0E+dtW2zD12TDiTOXfbR2i"
    "F/rPEsdO9wuMQ+vfD7P+nHxLHwdxwkv3r3swXBtlX4tsRiz+afz8KNxz87d8LPfCB72nxm"
    "uvZ65WSDvU24dJ10NHFC9ukddrBvhJjdPvTX7Ouzbxf/pclfFH3TbEj0FXMyFl4YazvM/b"
    "nzWfbZwWz29fJmdn12M5sdKABkug4Dl37VgP/1d+wr/DB98+7Du49v37/7SIfwr5l+8uE/"
    "0aMzYCJBDs/Xm4P/8OtGaEQjOMYZqKaPGRIzI6yC+4leCckKixEuSpaQtmLRV8kPZdwTlJ"
    "uATz7IkM9WWx/Q0z/QunTsTTzlDTjfnH85u745/vKNPW4VBH/YHL/jmzN2Zco/3ZQ+ffH+"
    "JfvcpS9S9IalN0G/nt/8FbFf0X9dfj3j8LpBeOfzJ2bjbv7rgH0nYx269NV8nBlWbnUmny"
    "ao0ZHZrK89a8dZL0rCrA9l1hOMctMef/ts1umejneb9aJkC7MeL9KGSe9zkx3vHFdf7WSq"
    "5puZ0oFZkdt+du40r/2+zK2cnhm4/L8VTE+Xhi8GNRlfwpJ+xTHujCvj+8zGzl24pL++mX"
    "5sgO4fx1enfz2+ekFHld6Fr/GlaXStiO89/dPE+J456xXH+Jx+J8MxcQXrRHbIWB98u7r8"
    "x/nX07Mj5PnuA6F/B/0LVisSBHTArXN6fvP/jpBJwk3x48tfvvIL7topXfpy9un89PjiCK"
    "2wRUzDnhGKDwnXIb96fH19dn395ezrzREyggAHwQo7YXHM+ddPv1zfXNHb0791TeHazKiu"
    "bzgkMPi33mFtvJ1KLI2309qVwS4VF4YZWx6yL14yvp3F0IUFQPWMO/oTcn1ENWmLhCj5zk"
    "+PtmfQGyugnYzv6tWrwH1w0MseNz08lICWjqrFll8rgmvjB2xX0b1eGbZdezqnQjudyjvt"
    "bq+7PZPfTj+8T49j9kvTSXz95fjionoc0zuHhhnOVI/lslx/R0ZPC/f9O4l1+/5d7bJll8"
    "RQexQoAdZnjulvPIpVM+Cp9E6ID0y5bLIazn67KRgMCbQvvhz/9rJgNFxcfv05GZ6bitOL"
    "y5PSFFAjgNoJgcpCz4lot8Y72ZxXxmZmeJ5N/03VpSrgJ65rY8MRY153i9IEzOk9upqB9J"
    "N+V/3J5eVFYdWfnJeX9S9fTs6oVcCnhA4iYWSUVnZ2qh0viC3YaP52ffm1RgnJRMoEBTFD"
    "9G9kk2CEJmwD3gyL5l2mvKFMinwDu0F5l/EMn5sIKtxBQQZ4g2g5Mz/G4l5Iukd4VQH+7P"
    "qY3Dl/x5uKqVtCteq5GRfA/0mWUPJp9hV94zF1/hRXFv37I5aKXbk6o0br+SlFmgE9N8z7"
    "R8O3ZjWIm0ti06PQEezlseTnv19hO7V4nwncJf1iRRyBeqGC0DG7x7HJiYrh0C4t45QRKe"
    "ycJybHZF/g0pseZ/fUGEG6zWGKlOHf4bA96Ph9E4VLU+TStVf4YwE+efjowsOO79rsL91z"
    "7Z0l99H0THgKnEa5srzlJiAmMfY9B74l99EVKHrFCRbYD2bues+dK8XqJr6n/piRPTXYZw"
    "NZutN7vmuGrj8zDfrBnuBFtzqld9J0u38ysEa5xlZ0hRl3+wL1JbqLpitqSYKZRxHYX4X4"
    "Kwm+RTfSdT1Z2DP8sAVt61N6I12h8rHp+tbMx/QrB/vCdcVvdhXdS1fEFsYf1OqhN9p3v/"
    "ps/HFG77PRFag5se0ZCfFqT5xO6H3O6W003dg9Y8NpCPrmUMV0T10hutclu5WuyypYe57r"
    "h7OQmPd7U17X0c1u+L10RcziCuS+RyG/id4QzQJzia21ve/OHmF1Hd9Md8zoFt8OXsyJrR"
    "FWzJ3mTt2cG63gYCteqmpkrruqR/XSwTcu/UdaJ4vvpuH5mZwH9Bn3bQAWHwmf4ttpghhb"
    "eqvpqrQYV4ZDLWYrvh0TFrkfBZmOZfdkfbojd4bOjNxQyHnsazVAziNkv00g5xFmHXIeny"
    "SucOBzXH21Ieexw5zHdYB91QSLvMxwU7DkIe04ucIigWcbG+U8lrKcdjH+7UPtGUHwyAzV"
    "pREo5riVBIecZ7oj3J2kVPiukJiqD+RPBfYK499tWf95sXZMBiKar4kdEid4xZ73l66We9"
    "/R/at1EM7MpeHc4VmyogXsQ2N+S80tesxvSfb+8aa3JJtJhOMu6mnNLXrRU5+CG9JDUSUB"
    "A1n1lcuLQRqZwntmG3Svst07RuUpv2EVYXi3hvxu7ZaZDBnJe2Qkc/Bmc2J9V9KkC1Id4a"
    "6TechKLyrxGplAf+UiBs5oNGRjUrSq2HaYijk0eGVzMbNVtUciZuL29LFn7x2KFsW/XNFb"
    "yUSjDXOzbs0Bb6WRLvu6kqVjZsaEqIIX+YvX4ELOLk6a/McrT8l5fHCMfsX0yAzRijjkB8"
    "9373xjhRiPOkH3VOVx0HyDXA87xEIvDMdCFHSX/fK4xA4KlxjR74KWRoDo4fry1UEJsC7u"
    "D27tYbm1o9lT0cQyCSDpt2ph8Quh5AbJREDN3a7mGrMdlnBeSAcbrmuUWVoc/Uqze7xRNp"
    "ZLsjrA3bfJDAxgvwwgxHrV7zTjjPqRifUC3ldv3rfC5shQDz5e0McuqcFyj/ct03AV3euG"
    "3WqEr75aSYv9oFKpaDHM16QZJmo701NiYazI/oTWZ3YXbTMrOUabGX5gGc6zlSEq6a2O1t"
    "mDvuV3iogZ871LpugPWRAVuH/YP70rwuqc30rXV3LNSqQ8BVpjXFrx27jCqzn2gyXxWoHs"
    "C7+drgvszjfY1uVjE5MHodmrANjP7GaaI3VHYdpT49IaJsM0WWGngAXti6KllYE65jfUHi"
    "5qQQFcElUt2ihVJF+naIzHIJS92o4Rsej88zZOS2ze7wnVeXyzU3YvXd88qOg0ogo8Y3wl"
    "oQCPKmLs6v6H4Wl0F6Y3eGkMnY5wxYVl2CD68DaKwkeBWKe5G+qK3cK1bfcRW7MWiz595v"
    "fUCTGlyEDFoLeCR0MQ91b2eDSGvhVcLXz01gC4SwcjEgRrbKFYGnHpn6L/BMhdsNAzxB1z"
    "aOH6K2SgiJFhv1GhdYCRhUPM8/eqEXBdPGCPELh/haS6yOvjXOLh2sVpvX0vEeDytuxfzD"
    "WvfP9yS1jcIvWpyGKdSfTW0HJ0eOdaBHz3CH2bdnC0FyU1jLAYu5u94inYoXZOAKmpo5hf"
    "Hz/QY3CXKS5KwiwPeZYhHK7+nNQ3HC7ORFFLIiwKQSLh9kTCXMLPnsmEhSSjkYEsm05YXF"
    "+FlMLT4+vT409nTRmFXZrC3MY981xzeSAwhHNXJ01mMLcqZzgduNUCPnvA/iYyRpktaqBg"
    "Pf8XNTYTq3WOqRlKbdgwQObaZ30xEV1HK49ep2apYaEXJr3+Y4xr8GNk1r7yNoJ0sA6fde"
    "vcOszW9t1H5GE/vXPIss8ejQBh+mwUKw3oxe3Byjt6M72lX/E2Czk8Orw9ePkTzzuLnuvS"
    "jfnWuaM3DV6hK2zR72Ea5hIH9DuycfR39kD6HyZD11u4nKDApX9ZNNh2g4A9lDxQEcelAs"
    "7dviZ8/JepmJY5Ee1M+XevJUzLd69rTUt2qdmU50tBQA2Su9pTLBXp7wB73e3p9afp9O3b"
    "D9PXb99/PHz34cPhx9fpMVa91HSenZz/zI60wmwIEih2rlDUemGioZ10I9UYBYZCyi5LBt"
    "V3efoery0S/pUiKzp8s4uNZ6/Bhs2WybitR+81nWY7OrKWrm3R36JjhHjsdGQ/0sVMnAk9"
    "Rkx2aj0uic0zorHDB9ODhp1M0ShE/8d9stVjt8PnQDb2sLKxA/yH4kkVCcA5tds5pVrPs/"
    "8ynqOtmboyTBVk4+EArBDYIZ2yF+5d7SHLrkmcsXY8bDDdMZq2WM3Orl522KGecM9mAnL8"
    "orIJpq3pNV5TS8TOs7AxPjsKp2xRSsNi5G9kIhXe1EcqvKlEKkSQqdWXycvoUO+ka10xwk"
    "u1kUFRCjTHrTD3XRJ0YJWoWm5xYphJPKnCghVHoGoQItb+ag0Nnyr3ykdcSQy2BVmg1Y64"
    "ghCAvBXkyDdaRbi+o0kmsVdLk4GpEg24dtK7xFiEWFDfth72VABQ3x11InC41u8lRORrhU"
    "2kuonEeY6KW3VRCmDerievQ9NVs0VyImBVS1jVno8f1Lup5YU0hLn9lcyc2TNFT0xeBjaL"
    "7RAP3oU4svU7FF8XK4ASsPz2Y8+ziWnE2FQdX8KBk0YvWCoyM0oy22v+sxCOICThmnccZP"
    "IbHhLiojlmZxAy6KfpA/KDJ+iRhEtkhKFhLtnFQFDyv/XbQ4zJsGJMIJujHvpxxuZBI/vn"
    "OOt1EZmF8iWhEa4FdREaYs1TiR51v2A9X5EwxMnXGZ05w1DDKyxK47nB3+ujzDMhDTTtpv"
    "emi64IOUVDieArikG/6NbZP7qfBmqesUxCg/eguNkcvpbJcKGjarcbfq2M8APBrPLNfKPm"
    "0a0KduTZHV2KphDenfLa86KQ2D4c7aiqFEOP1P3fm4bUZuiRiqSSmvfokdoTAxYEdMq4qt"
    "pMgGXjJrL8V1FkK/3165KYyxoCCgXYZ5m6BuIJxhv0wvV5da7cmJcsAYoO2NDt5ge2LliW"
    "FLvPo7GpsmGdP01Ajv0ex1Yc/BNoMqDJhrivjZQwAZrsOc66DE0WHUI7mFNVQTCnBJGy2X"
    "GvrHELZUH5FqDcEMZZi25TFOfzRbXBpIlVM7Bqtls1hbUlrtRUv0kAwjLFsER746BMyBPD"
    "iroqHAjsxuziRNJYnBus10MqstVYvF2/w6+t2/XH6fsF/Xc+f327PlwcHiKyYoX4WcmqDS"
    "+g4fnuA6GraYLoAvBJdCFnxwkCJVq+N0RJgPk3ku1ppIYAmH/PcdZlzD/X5OUK6VkncFqy"
    "aa9xBhTFmuZ8hPPdML9szsoF3+gfduf6ShXz8zIQDSsRapz/WhWc6+NMSmIaeNj7jjQJ3L"
    "VvKuWDZBIawF2Knpp+lAmfmn6sj59i10r5IEkNVzX+oiwGFMZ2CiPFrAUb+1v+XiODWdbK"
    "Lq+xIRWdPsV+SBYsfwAfCCzs/OWJpI1tlmQGU6MLTNq9i0v6xLCVTrFUQru602+nEofY22"
    "l9S6Np+QiLiqDvYDoWBMFyHIrlKMMXYMd3bb5tKu1YZTF9itu1q7SoHKqCSanOyKWDb1z6"
    "j6R6c5a/06imQ1a5Ka9EGe/BfhrLJnpLq7oKvyCtpaSjtydMsoYSxLWI+UMukIvf4Cfeqy"
    "LAYUixDJBNHlj0FnrAfsCI+Qla+O7/sGYXdJXQocj1sMgV0MkTQHsalvYEDoHneMCDQ0C3"
    "WZdxCJhx3IA0kx2PBytpq5WkWuSz//KeI3YQNKX7njnrVUXtffrUX8s3FqEicX3w6er488"
    "0R4rK3zuW3s69HXHO6dU4vLq/PPh0h03aDOJ346ZODY+1vFmt9CsqZSFSbXh+tRT6yqd/p"
    "jC4IQqrecE7kqiIWvdC7aN95QZjjoc2xAueTLYbEfK6uhZNY8vPfr7Bt1Li884zDdbzDjl"
    "CbqON4xAzlnmDtRYWNAai5vcaeT/YG6iS5j05AderDLLyGdcxg/j2VZwhnQV6sVVfm7wcp"
    "B5koZ5Cw+ZQEnbp2/SRK9eARrhouVUjrq+vkZfovrfM0ilYnRXQS1lg1JbEiBxmJgv7EQO"
    "ZrRuvKkPmRSqD2NuVE4IzYHlyY6kR7Bham3uCRwSvrd8+vqyEFFGZmnkARL9iAUkp4IRRD"
    "ylWfBFvmCqccIQrngvgrI6oyvCA2nYIJikptTRD+bqyQ4Vj0g4BOJu9w7fB+2UJXfbtPuH"
    "VunZsljociXtMRkQDduVS7dKJkP5Ou/h8zVH7kg4JX3uYnniDoMpMCRXtOcOsYPmYBA0n6"
    "IKsyQ0yMjID/urDdR2RYD+z1qQ0UyNkmWbRv2TrJDcplIx5Ea5qBQdcHFckNyz6vyvC/iT"
    "/Qd01sraPONRFe/CAw7vGa9/lgYM4CM+5tE32e/Z77voVni+9f+42KwtnXkBTIvq2kQCGo"
    "ul4GLEII2RjEOaWxlgchG7rNulzIRm7PLbG3rmtjw6kL3cjJlaZ8TgW7muX0k36pipPLy4"
    "vCjJ6cl/Pffvlycnb14g2fSjqIRHqpwIZmKohtqyOelwPEFRAvqD6yATQFIf2aEXdUy10F"
    "4Uw1HXbYzGBiwCLzSoVVziSGUa6dPVabcu1p94UdVKayLARYDEdHqqrGthGEM/Xq/CUx7T"
    "LaOynRX6Q5SnSo7Rp1qWEFsRLUCyan1Sv06fKXk4sz9O3q7PT8+jze3NJ3hl8sakVXZ8cX"
    "JaQzskZ2QWcSPa5lx3VwP+u5fZ2ozNJJL+cKvQcLevuCzuhK2QWdSYCGv301R2jt1NwjJw"
    "iqzpBVnWHUHB7YBLceRgEO9dYxzfmL1JCtCgK+IhINKk1BMMhIgkGyAgzCFdwCtM++gJcY"
    "4lJww54g61+JvHr2SID8hBXfB6aXycK8veA7/Sbo6y8XF03xY+U+h3smvFzxmxybyShNln"
    "hxyzU87O+J0zd2D33WplpOUE4pKNYXFOOZ1GmSSOIr3k4jbBWiNrNTXBC1WTji66M2C1oF"
    "VH0clQ4+QRAE93zCoSAI7jnOukwQXKQH7jLrRcleqO0nKIc4wjmuvtrJVKkmBlbkgNGuso"
    "NDK0/1dKW/2q9ORayZs17NIyOoCPCZY/objwJVp+vlJLWoBNa0IXXRwSJFcDYn1neVFV6V"
    "1K7KXftL3VvGwR5KyzyV0sGJ3/cK5+Apr+6iVEe4a7WyGS1ATDzbpeOTULjHECzWs/Htu9"
    "v1If5oHPQyAe0HTwceNolhh0rAF4S0i99sf5XbdJE6AaY6uArKRaneVMKeUG5/KXtGEDy6"
    "vjVbGsFSaR8pC+pwYBbRnh4eSsBNR9Xiza+VwjjXQTgzl4Zzh2cJhgISvil7q+4WPSZyJS"
    "/AaPO4IMSnWyN+5c0M03TXqm1ZKnLAkGyN8YFIiR4iJbKF2QLGX7zj7F7jWsuyIFde5D1i"
    "JLKe8/sWBs23u9dkdRcznqDUrBxQ9IoTLPYPKEk89jfx/XTFy8dz+vVmrMvG3rFK7E6neh"
    "0xxdxq48Fd+1T13BOpz8l9dAWqz5CucQKUkHV0c3ncH6r4bsf8Zrpi9ui7zt3Mcfd+/X5l"
    "N/rq6vv6LQxGA9Mh++sLn+mtTqM7aY1WW/oVw0tLHUspInXXEMtU2WoKtcxrZBIhl7MwP3"
    "5rmcy/kiB0/Q1yF7wkZM6kREauvuUc2y5rOhm61TqYu90CYjuHFdupXspD4yoenTDm883M"
    "sFZEkactSQGNWOVo1UMUISB1WMGKMmHIC99dzXZ2d9RIg88D0pp7xZYu8J3XsFAWUN7uWI"
    "Is5xaznNOuAk2bM/jvJGCuOZMknHjFnQDAlgBbuHnWQF3vy+uSFsg5FAR8QNHdIEME5Fwd"
    "clzAMetE8QPTfBETQryvRWbM35EHHBRM+selG2D0K6Y2YojYw+hEIRbVg1buA6aWfoUraP"
    "8Rt47hRF0vYjftEWchkngiZNisvYZpOHQUCo17jFg3DfqMOR1sZU/i3TeY5kwv3eMNthAL"
    "CGPtN+6xF0bdNfhXpp8ES/eRte0wMf1+mP4JQbDGFuvt4RGq8E54fw86bh3Q26y9Wyfuv8"
    "G+P/2B/iUeHcbYN0TCV+icirM/y0AOfoweYvmuFzXpSL/g/6H3c/gd6R9U264DOJSnzI+l"
    "U6ccgFgQ0iIhpeuI2vg12yE1sSipof0/Ens/waQ573i3Jt1raNE9jvmNTk3l3NOyGDCi0J"
    "MSGNKi6g+8HTBKg7K+5Rilp7K7c0XHhJZ3sSiZVLfKqBzazMikuiyD9PtBsTtm9tQQGgX2"
    "awPa+AHbKvZfKqCh7dd+vfVsacvim0loCHAHDZUYKa3ct6ooBUBLAE0VOWWY8zIAsgTIEN"
    "XUdW8iur26fgSS2qack9JwKXdy8lHI1JpP5ESAJoHAsedJi6SmkdrLUxYDWmQ7LVKwQvek"
    "RXRMK5iUaJHyGhsSLfLZWBG+HVQIkfjKpIkKWWRjJOIOotGv0HkYoADTKXRCYtiIcC+6gy"
    "OH/aOxQcQ5Qh52PRujf7nEQY8kXEZBBA8k5LkqKHTvsYNcn3nPD0qz1eGjbh3fcCx3FQ1m"
    "Tt0JelwSc4lcFlSwwqzuHXsk5tEBzLXvPtJFzUITkI892zAxOPUHSOiAL+U5Kg1Q9Fq3WR"
    "f4pCu5kUMr2atV2A47GNNoRFmEC0KtlGYbULHY9kkCiwSBaz/sVre9JAvRM8PZqaoHFFce"
    "1SzavAhYs9utWY5XC5asSpWsoUEsa8nm15ZyVH2OQHhooyYBs/DOHvSiDoqhc8wG3b8sD8"
    "PpnN9KV6Bis7sNoL7gpGuAjkDd+cbeL97P7B46AdQ9vRbtUrUcW7qJbSPaZjgduZVu+5Ul"
    "oERldy1EWJGO6B7oBVO2gwmysfHAsliiNTFBS2zY4RIxhuTlBC0ivisRWrorXK0J0tEzZC"
    "KhcsyjavDTCbl7LnTZn6bTt28/TF+/ff/x8N2HD4cfX6fKU/VSkxZ1cv4zU6QKevB2Uu2e"
    "/vEqZmAyXkNDu/2gBwuHBhHEoP3t+vJrjemXSpSNPmKG6N/IJkFnG/vBnxdrh8doofma2C"
    "HdHl6xx/7loNvtXgQ3Q6hgAFa6iZQbh0yKlh27QbmbCHiZx04dyhDGEJ7RenhGrNqo1XnJ"
    "ywDJIUA1WM//hU3FYIiiECzWrdxRpoXuSR5lzvaRrVvpKhj5N3Z7pRG+afZMyg1s6coimz"
    "9faqrWCzYGwFYG2+KGqNwToHtmIeb1aqmFjPfbyi2QbOj2WJ58gAyFzuXVPFgJjqjz44SF"
    "yxgooJYepmaFc49+RCvikB88373zjVVSFmTDRFbGhtXQQHQlERuRMCmwUeUb+nsshOcMKz"
    "yHx2ApF90oSkEX0q3Oe2iJ2QvMfo5kl89YqSXmx5+z0n6IBFSP2ab8DJ2OkYqPgOoxes+v"
    "jx/oGb7LFBclYZaHPMsQfF1/TurLpbOa97s03azIAQEMtHpPqHLFQbWWWVEIaHWg1Z+KVs"
    "+2zp7537HiWzlrtmMcv+1AsMvgW9waB0iwx/GgtQR7Fi+6lWBfZUNlCPZ43eXj6o4i+psV"
    "h/YRfZ69YQWlX3iYF8x+OUGsCtID5jT4HeO4X9h4EaIfkY9ZHW2L/7RgmL8Ukus9PFJArB"
    "eC+eIF/09g2yEZdogHh8b2GCTD6jbrAvKl2irbtZVSNZPxPfogsoOze0/ERwlHxMdaP8TH"
    "shtCufbbExR+O4gP855cPTKB0G/qA6HfVAKhH4ihgnA8vEd8udo0yuULjsrOHZWOq7ZBJO"
    "O1g3YqVbdw2lC3cFqtW8jykHZSaQqC4D0ajgJT1Vvp6bXTFOflYIaHPMM7uYnARwQ+ot5Q"
    "BWfGU+QIgCdDJU1guxvjaYj2qKCAgGFPKw1spdbv0pFbmfX/5mNd/78R/fMDFP2K8X/zmo"
    "0vGMlthsh1XrL+iygwXQ8jd8HT1Bldmvwc32TC60UShw+Oa05WiPVeniiTMx8/mC/y6G7s"
    "R/5E6B/SL8MegV7BtYEXSgQ0zI2fygRYT+sDrKeVAGvTcFhTnirAJ65rY8OpcV5kUiWU51"
    "SsK5jTT/o1Ak4uLy8K+v/Jeam+w9dfvpycXb14w3Gng6JEI4EaOaBYazDCIBQXZhlCccEJ"
    "qOT6BSKgPaWvVG0NYzVYi0KAax2uqmVYikKAKxBXT0Zc5YxvIK62glt8cSXRxQLjGtCtQz"
    "c9blRpwQIZi1lfXIHJrVpb9JjfSiPMS2aU6VIYfdaUJti3FusVv9lVdK/RGk79lmTNr7E6"
    "0jlbgnLU88zIBLYy0JcORtF4tDIsVoDE4u2I+J0mKFi6j6zpUJ71PUKPSxfZLjOjkRGi1Q"
    "ZF60hQJKX920tzy9GZBgVZ63W1Jy7ICrRzp7QztK3uupuy4dM9KAJJAeWSmHahc50BLdqt"
    "t8Is3LLHD3L7ZYCgZPBz4FYjBVGdqwKmCphVYFbHi2sDs5qGK+1JUOnWimUiIqeAVgVadZ"
    "zo7kyrdkl/fTNCUtONKLk0aaK9vNwgiZ7fHvYD12EdtZPiAlQgYK1/fuIMFNX77B/Y90DE"
    "Yk26w00S8JgWIwgDbC9Y327eTdvBUY9uEszY54I6Bv08EyoEDyuiEgJX6qHX17iCmgW6zb"
    "ogSq3iQ4sO0526HxckewlF7HOTHe8cV1/tZKpUq+1V5KDgXtXQT1ray1K7yXgNvRTt87rE"
    "mkX9KKoInzmmv/EoUnXKXk5SC6ybdqSz324Km1GlDV+6IV1cfv05GV7uzVeDvXIXg6pkVx"
    "OgUysD3vtBeZ2nUh01i9B6iUOTjn528cjYr2LcmEOWk4IcMoUcshFVGrpdv/8wNW/X7/Dc"
    "OOhlcbdfdeiOFT8R6Cf1YGcS2nn2ZbaO+p2jsnHMiR8uZ5aw8BuzTsX4FqWaLFOtTkhmap"
    "bruWGf0KG7mPclUUg1HLKB/1RVfQY2pR37mp+mSsrAMG6hSIpMOfK8GRo5lmbmEpv3e0b5"
    "n8c3O2X3Gi8HMOC8iNEg1qVn+NgJHsWl7uMrkya/MP5urGZGNnCbb7geC2GJ+AAHQTzlfF"
    "Lpz+wt3atOPOQdsGt95B3kp0z+rC9JQWSZwG7O3rgiqH+7vvxao0GlEmX1mJgh+jeyyZi3"
    "TBFqDItmFq5MuJW0XXaDMgu3Mvx7LNpUmtihTAjIIQVyKMB/qO3esYBOO0YvO3je+/pATC"
    "UXYSahHUHUPrkcGA87ERx5OQ1jVnSiNzyX/1WVCf5su0bNtpWJlOZ2wWRGa3YLeb/LX04u"
    "ztC3q7PT8+vz+HxO549fLJ4KV2fHF5VjgdsEakplUUinE6IrBilneu3JIJ1RG/E6u9vIYJ"
    "YlkYorbEix3yf2Gns+EUd/ZxcnW+38eWFsy6a+uTGjFkOBh01i2OEG2sFBaPUw94SRBtlC"
    "aPVznHWZ0Opsz61MekOVkLyQFmGLXdt/EH+bawgn07SMjmpoCVdpXMY2lplNViScrYizDk"
    "WFyWr1ArEwmAoCmsgzgmDGWE01OzcvtaOpOzRkO7Z1/bUtWsP1NH8qACz/Piw//fZk5hl+"
    "SM83VbK/LAucvwLnv/Dd/8EC0qER8kwIsFbAmlvcajRaXgROxu0kWkpq7EmhnSb3GRm8su"
    "RZfl0VqLMratlcnZ/eyMVfeQYrAiDYPRSCiL6xe2gEdafBQ3lqV0AulpjfLfRijnFul1wE"
    "GhFoxCG+siMllIBGfI6zLkUjhtTs2S3CoSCp4ayPd5arL7dFF7BNRAnA28pwZHL9TDFU4d"
    "hthoP1fEXCHV/lkiykY41jpudqzp+SnA4p/V2n37Ky7w94ph5kWRHU0CHUvrctgmuGPddc"
    "Khh2ZbH+eK43XQHdsvsnMF1fxGrVu35SCYhwlPD6MEeZcpJBJrQbCT4eiFukwB9cYikjnQ"
    "mBu0EF6zhLXxXtnBjgreLeMbxw7eNZYC6xtRa5IerdyCLZvTzK49ldOnEoc8eEmqstL9KO"
    "CjJ6mrniaJPxCUWJj3s6hbJU6JHp2FJJ+PHbvidGp9FddAUJP2BhYo8KRLEv7OwBj9JZLo"
    "UTPa/Z0bAnUv+I7qIxSFSpMTkI+yOV3uo4DPHK0wq1qve6dKpW0bt08I1L/5GMrdjZ4f+k"
    "56lsZEVejZCJrKjF2ndN1jjENAKBJpks2AR6iTCL6H6n8e1GqT6KV6tC+MRn48Fd+5EGXw"
    "meyC5OtoZOLApjW87M8pabgJjEaLcMCwRW7BlYAdVVuuI3IWSlHupxBi/IhKyk25yinV4S"
    "gzdqe1hs4UTZMzT2W/5eI4NZWokrrbEhZZdH6rNAf0n16i26S6rFb28sdrPEKDnAAt6gK0"
    "UGUY0lmCDiRL27fAv7yHAs5HLh+AN6aYMCjKvtw1q9M4SgDktTgvP8OZ7nEIKq26zLhKDe"
    "U0ir810fWpOM77F6GTv1Drqa2UJMjUyKdX2CdSW9mp5vivVUEwmdlOKeS/KREK+UUoBTAU"
    "gB3sNjG7qhYc92qOZWFoREd6mibqGwcUZD/Gki0Fu7Ln5obvrZuNuPPU1rd6mxG2UxnTby"
    "1vhC7PiuvcKq2JbFoK2FoNIIkHJ9kXKF6n57knKFqoIjg1mWlCtvjTXeVeFqBt5zf95TDH"
    "G6qbYA8Vn+XuPah2URLp9Bys1vlKhlieqy6pEEauVlRzJPqpEE3xhxTkxc382lNGKynZeP"
    "BVTau7DYGxSNR3fkATuMNk9uhFwfGWjlmveIPeAnesFlJliASIB4ByZsoYXvrhibHmDku4"
    "9Blanv5AnbGftSGIRJV9id628O6LDSJWre/VOJ34eGNO1yJxAy8QQpYVBA9KCHlMZ021FA"
    "OS8DIMuA7Po+NgUKZGOeUk6qxzSlp2H8WsxSYtqHympOxvfor0m0i1H6bNS9n+D1HJbXE2"
    "LXBkWTAYejT+za/401+wOBvZxem2y1lP/ID5UykROJV+iSLhBqs/IgOLQOMDVVwwn9P7NY"
    "HfxAP8QWYWYrM3Ntw8RH1Prlnwkt4zZufOusjHs63qDjHhEdyagV9CKg+FADm9wR5yUPgP"
    "PpQUC3sCgszrZY1ByEv0H425g2MY1VAgh/023WZcLfoqN1l1kvSvZStA2q8+1afzGaqvlG"
    "Td2vyEHEQZWQ+IOjUQG1npFIBXqLROqNW2uZi6DvAQmFXr/rlWHb9WZqTq4/E/V1twv27f"
    "TD+3Stsl+alun1l+OLCwHrHuJVFcwb/L0uHDcerwUN3LSjn/12U9jMKxGh6YZ+cfn152R4"
    "OUy0CHaU76MUipsTgepJu8fiZg5oWeAzCQiC3gN4/N2zDccQ79n120xJTIPG8H3vNcN1pz"
    "6dMvJ8vKk6YWyRxYKYa+FSbtb6ipJd6X0VrN8OX+2LSFg1268g05HdNz7StFCRSxyQWIto"
    "TgJKRJfhjHwDqrVec1KdxVBUFmkK8mhjKNbq1aLXe9WK3mnpjh/nO99de2rbbl4E2Latzn"
    "UOVxVeZcd64rz9ObnfuFCW9a3nV5dy28Q+HOsR/g3e9XSCJF3ss3SFbHe0H7/98fjdETJQ"
    "QLV5bCFWuhAxCgw9Ll3243r+Q1bzhS6pDUp81ty/TeLiLtUY9NbufOucvMndJy4pw9iJOM"
    "adfjhnhWWosmHYWYUa8LODn31MxNVIPa7gZ3+Osy7jZx9+mZmxOgmH79PSh2XmWsdsB8dW"
    "VRL8W7u7WYDtr+4qwPaPEeOhs/3VbQTofqD7ge7Xl+7XhYeukKb1xF41333PFjP5VJhRan"
    "IybWXaIz9/9V3n7qsr7uqRXZxsJT0f2VhqgUq29eBFrLnMD3GBDCZKX6V7RjEma4HTkQFa"
    "OyGxM5KRHhfLEH1FjGkIGD9psOIY4jrZ7T8C2o4MbWuHGhr9H6LR687L1CggW5IC3aQaJO"
    "1j417VHsmkIOI8H4prWTtx3Xk5YLqHwnTL+DdsIwh3mPCcGMz3UOZbxrNBn8i53R28mAXJ"
    "XjIIh0ILD3ySq281FAyBgiEDscUnIyoYkvS4Fhj2ufbX9WZ91kU1G7w9jgl5Szd0UWjcYw"
    "dZa4YyL7oR1bik39XeBNTAtula8Fm4kIEeXf9eGLi0162EZnqukiu/9+web8BEf1ITPZuH"
    "Crb1rq6CkIZhCu07u/hLtIOelJfrRzeGQgu7aUk+NjF52EkZLomCDTSUiZexeaNzkAjcJv"
    "X7Z16mv540HnYsNkm9bKHtd6VZGCYWoNxMzaVCGiVUtMHNWSQzH0p2Rn27qrzQjq2qBoZo"
    "A3BtdKqycGgQu4pxfbBcJgFBcrsHydnCBmGN8QWJCAQXKCS5JTbgLiR/URQYwCHrtrHdrs"
    "b/FYWA/dvO/tU2ulHvRqTU52ZoMMuyf8UVNiTu7zNVO0/p18f8u1f4v/zliQwHyNRYjkci"
    "sY0IrMcaMgGHRcCF+Hs4qw0xrbchy3Ia0nBvpxI25NtprQ3JLpXbdfBXaDeXZUlWQ5pGJ5"
    "3lkYRLix4Xu7CuZVnQToc800RQBaJ+34xGa5AB2LXLAtz+4PYfqOI/ZLc/0+2zZrA1yn+h"
    "W6yk+l/oVisX4O/jBfYxa+6xiJp2oDfTjz9YiH7kMlcALzDCXPoBfQq2Yoc/CZHJ+new5p"
    "fiqP6W7gumyLBMEYgF6OVgTd4SFb9AXgbKFO+TP++ufZHbqyF5PpXoUWnMBX2N0Vf7x9qw"
    "iSixu36F50T6X+AHf16sHZPno83XxA6JE7xij/1LVxPQ97JnXSkfVH1imVB/FTaTD0brE4"
    "PKXvW7jr5RQGAsg7EMxrKysfwtMnBPjQAfCEzl/OWJXKx8IBso7/A4dhT7EJERoPgmAf0M"
    "U2P1KC7QadBdi9muc2y7zl2AQneClu4j8klwv6EXgoqJ3OK9b51YEwy4TY0fqP0fINZzk7"
    "foZJ89UtOZ/Raw9ptcV2Kr3gpYW0+MWEfP+HtMbh3Xo2uciziRfR5/Qyrhh8EEBS792KB3"
    "MOnIqHGn4dxzi54+w7PpMkPxcr91FlRRwn70xRw3ZPH/hn1Pb+C767tl1E10glLago9LF6"
    "MkAfA7/SUISbhOakrQbxoF6jCIDujo3w+MgP0Z7BEz178TDAIWoU8WgWNe3ZrrwwoTgR1D"
    "Cnfal7tKn+44oDCgp5thq5Xfy0TArmqfTkh2Gmk2IRHokUxgu34/TML0tQSTMH1dyySwS6"
    "V+BVAyVzNzSuDTrSSWF490NZtKKKtR+H9rxU5ympUawlVBsFtFxWSGEjU7enWzgQ0omQd7"
    "8gGX/t1X+tMIF68sG1B9d2uagdRvx73iPLA9WBZm4SFUQJp+E/T1l4sLNepFIlicWv03Lv"
    "2nn1DxJ91bOgsU34vUitE8e6gJAClcn8jQWsn3xw8Q/z3G82vSQJdAd4gO4713yEuDUgsD"
    "Mw6rzjZIq30ismsoBs1T71qQBjhq7a439+Y/IoecSAlMLknpfw+5wRIlwBI/IK/JFd8DMT"
    "9k4u/7CZlLbITMr+dgbAX8CsXZSkeHLqK/L4gviADu4gGglQ5LK82tOFnFNCeioW7afoyk"
    "j41ALeUzk9AufenwtYzniI6qBZhfKyI831CtcqXaDqckBRqLsE46PfAU3Z53fbs96eESaf"
    "Vj3B3iwxGr9skpyO0WtjseK6fNUjaDZgrAr7ydOpAJ0wULFixYsGDVLFiyICZv+nUchnjl"
    "1VmzlWETScs2FQTHhlYm5BNlkw5Me+k6mdRdh6a7UtLFcyJgqEuo4lArtY/Q5nBJ1bylaw"
    "u24gaYC1KAswTOQDvl45UPD2UClg8P6yOW2bWh0E4DW8lts05go4ONDjY62Ohgoxds9E/E"
    "DM+pzX0gMMzTa5Mma5z57WYkGdaqCf57GrBmsoBfaPb0lCY51KZ4jgcqpNDpNusyKXQQV9"
    "xpHWlLiXJLxgO4EuDSvxsLonvr0U0FNIS3fcY4cH3BQVBvWcXDtWlt3x4dMdCaalVER19U"
    "DX+nj6wi3VAvMxGAmheFKdg1DaBCJDyRqYtt+vb4mwORqZtcmzSZuo4bksWGGe/Z4K0h1a"
    "yQkhG5tVngsrcOlshAKxwE9Gsidx0GxMK8oBJ9MHrxKz7lRZTWc3aXOU5GTtD1l+uX1YDq"
    "9m/fsi/8hNw9F9v7T9Pp27cfpq/fvv94+O7Dh8OPr9Njonqp6bw4Of+Z7WOFV0zCQl8ajq"
    "Om/eRENNR/2nfngse8e495TYJePcK1CXrgYxT6GMEVNnYOR4a5iw92oSus6UwuyunkDevh"
    "eG7wmcW4tuAz+5LdaWQTIesvK67BIfnLEuwFNkRuWraaELnF0GnU6u8Hhmm66+itZXsdo+"
    "P/yQqfxrV40s9Apx+kTg9MfIdkcUhCW0mXTwU0hPfN9KOMKj/9WK/Ls2ulcDbXUgrhTsZr"
    "p8i/eS2VpMqG1eP7upqmahNHUDC5wd0Rj9cO4E4speR0rADcbC7lxKD753Dc3FUbaWk4lr"
    "1TdENREmZ5yLMMkUv1e6i+/Eds+CjWfy4IQRx91ZuqXFIb6mgrBFbnrPV9SSLvOLvXuDCW"
    "ZYmKL6uYJSot3RaA1b78cE3NYQniLe/E4S5yggXtRk5i2c9/v8J2mrwtBjvvlx/Z0VoH93"
    "+6pCf/SoJja0WifAoBR1m4PmkiKpck4Dll2VDIrh/TITNpIBUfSEBCqjipEAd5GQ3Zr/bJ"
    "RQt7hh8mPdflfdl5KQ2Bbj8mle1SIbPSRAlpzL6rUfWLYk3G3QhBb0oEp8ZZtUqBSZfknT"
    "KIFcE9YRymyiSNonHnuAER6DwNL3xeSD9WVor1njaQ3tMq52345pJqharV7fJiPcZPp5+M"
    "NoDao0o6VmVSikI6hZF01ps4QqwFE5Vq+d+ym40MZVkztbjA9jBVXXPN9K09LVWK+af4Th"
    "qB3rWxmkImtlXziDabqlZ+pESZczpibbLeyBZKzgWU3OMn5GPT9S1kuh5hzZN9jNL5RAvf"
    "XbF4+gCLqpu3dl+wmYdlM0MgDgTiaBeIU58DVxOI00MK3NOYc530vHn0GcPg7OB4Lkpq6H"
    "geiaNZKr4gpckVfc0lMbCRJPyjeY/E/lZSwRcyMqSlvaSlZTakaPqcoSo2AHJmbLP+nzOe"
    "265BVeoSvPIdqET1pKo4mwEFXTEerqGm2L4izv+rgG0yXkNw23dUEWvmrFdz7FcRPnNMf+"
    "NRpOp2hpykFlg36X9nv900q+Kp+ndx+fXnZHhZP6/BfjYn1neVJV6V7GoCet2jO17rFA1L"
    "tNDrcc4ktPOCyaBbD24F2znxw+Us8ajKumqLUs/ZT5tT6NQstqog2GzbbbaS/txb+OXQYJ"
    "Y12KqrbHfnVmr87e/d0tFW7tS99SkL5RJWnMoHetUbt5HLaFaMC+vYxIVqy09u40LOUj30"
    "+uYsQbVl3WZd4ECoVFuOzvZdZr0o2UsWap+b7HjnuPpqJ1M136jZHBU5yKKrRihCSW3ghM"
    "fJk0Ed6N7CmIH2AdpnQNzDpEPax4oaJAfmEltre+8kXH636/hmGk1BUUGLMaP7Rzt4kTEn"
    "jvVLlZ1b2KGLf3O6xOb9gYAtKw6YSBBmJJaYmamIVKn2RA5xOeQukIF8TKcmCLF/xAupLw"
    "wTI+POYG8s/+D80w8mxQDxBtQTZDhW/DGKPIf8E/YXicu3d/9ICCYfFrsXda5X84/mZXr0"
    "kLKV14+XtH3LBaq1d16tHTpCd12DkFgzvsnP7rFSKc2y3E5oD4036tgaZ5vdbmhXJQHv7X"
    "hbJLP7Sgai7Rp1jCipNRYXTGp8MDeFr1z+cnJxhr5dnZ2eX5/HOSopsc0vFnmPq7Pji3J2"
    "1dLHwdK1BZpcA8wFKcBZAmfoqzF2b92Q60oObopb9uFAlQmNK0wODWTp5CnFEpPt1fCAAh"
    "6yZHdMle1J2l5x2vAqutdoVZt+adsiZgLatgLqVtrWz42VKOMRD0cL10+qajD6NKm8QZx4"
    "kcWVN4KfEAkDRN+9EFMZ23YfAyrn4x/j6z/yS8ErbyMq7tHx02Ta+ZS8avwG7Idc1N8/WX"
    "uflD/ORqm1+AGOFyI4wTqACM5nP+syEZx1aZ0NQVItp3M+7VZaZMFlaMJpPU04FVZ4rcti"
    "qS9hU5SCQjZ7FLLx1j4douRIy4lo6Ehr31dJHxeKqxDWr/C8DKzvPda3lWszILvA8zI9ej"
    "It99GxXSP5PqNzGCewzer6fNcvd4Fo/6v+4M+LtWMyVNF8TeyQGmSv2GP/0tWE9P0upCal"
    "7IuQCvT4FgTreVS9fayvAcRN5OA9lKoSfthQJfywWiV8gfHMFJ+otdxGQaY/b8LrrlBu3U"
    "VDdrFsc2LQKHE4VmyVvEgKFasGv5TlIPRFIvQlwSxw174oAkYC7kxUuyOhkxPX2uzYzHcD"
    "29cIti/83SP0djvMcVESZnnIs5wYwLOaOIb6TOqKIGh4ZQ3Pxw8EP+6Qpl4VhDz1Krx3vq"
    "Ea4ZQXAUgFWb2FPC/FxF6RLIAMqdMQ+6gHrmkUjOphVhQDbCHdv+3oxy3p/ldUT746P705"
    "EK/nFiB+DuG75RdZAmKI4G0lglcMLldmW4D25+Q+41LLZHHN6/wFVOkXQF9/ubg4aFCBW4"
    "C3Um1BT5iF6n8N3jKB6Phh/zaShYjpswe99o/+gtEj5LZFpKf4yoalz3AqsTU4/WaJERty"
    "T5FCjDa0iYMLxT2OEGbhDHGAuLk0nDt6n/kGPS7d1QQ9knDJA8gdNxRUDung/lAmZFgh5K"
    "wl6Ew5HqMoBZ6hrZ6h0FUHOS+jYXxj+yAbvLoWx0gB5qIUAC0NtGJ2ciYC9GeVRmIHpMqq"
    "TcZrt/d2EqgFZRPGniIjkxiVaNC7ELFAw0rTsLn82T1JANWE6KEBrcgRDrA7ajwDrrs6qL"
    "dk2dWJjAWbDNxquP7VfUQuK0uZMdTIXztBnNUcZz4focjlj9gjJ2iBcVSF8nFJzCX66/k1"
    "MizDC3klyuAR+0HVgu3yQWDKDsuUhWzo53joQza0brMuCNGrZENjh2Eu2EUbmxrkpKCrgX"
    "xXg+hwnK0UO6CUxHq0VKm6szbsfuzVjxLW6sdaW/UjpBR1Tq0sSTC7p3+IytrNy/SZeYtX"
    "bj/Ltv3scgYZfeSC3FWBrk+4LUpBrm1hy24j15Yl8FNbjBUOdhQbWJUEtaMaO+hj5YZElG"
    "h1g7/X7N2ZhAbwNimYZ7/dNK/tVL+8uPz6czK8vOAHHjM8evu6Qvup0FKSkZqXDr5x6T/d"
    "x2k+6XS0FKUpJgj3Iv0+G3+cOaG/ORBQfum1SRPhtzD+mOF0WKudoksU2u8H3npOFYBlZL"
    "YZa4tgtlyg0iBwa8CyALcGsw69ons+0Uc4x9VXG3pFd9krmv7ld65arbe8TFem4NMV7Gzf"
    "1OYedaF9UY9xXkbDQL+pVOjUtCF0aioIneIebxVKI5PQAuO+SY3A9VVKTiTDgfcv78KprS"
    "jcIc6c9arCQBTXcU6+R3LOsFU9VwfechMQkxjOEUp/vE06BdDPoh9uHXrrI5Tc/8mjiAuG"
    "vYIXtyDXox83/WS0jtwUuV0q7JVkoYLRkNV7179T0+szAQiB3R4CS9GqYgsVCCrcdraqaj"
    "K3nybqlSdlXq7Dufv9QMCB5y9Pmmhwnqo5c7OREu2ELHdFAUNcFD36rMKwk+VJRhmUPPjU"
    "x7axwRYKXXSFLRIgY8EiUFkLdtNdrUhYPsVbv3nLAa4n5O658PB/mk7fvv0wff32/cfDdx"
    "8+HH58nW5A1UtNO9HJ+c9sMyqcI9vZev5fodZb44Q2tG1H3n5V1dD1iKmCbiqgX83aN1OZ"
    "8Dc6qt4smFZC4Dxjk3QfkI0iyolAk4p9goXAzaeZw0cub44rAzsVLs5LgsNnYBbhXtE87a"
    "nb16vglNk5AlU7udSoZgcrFiMaj9qqYl86GD1gnyyIyQvhICaKAqYRU23XQDyekffXZP+N"
    "u+9ypZj9HveUqmaStXdbqaAXdrfZnFjcrih33iy2DM5fBYV8kAo5NHTvqKgpNI3r2s9aEz"
    "d+5pj+xqMo1aDcf9C4Ri7A4u4vvbILUloA37Utz87w2cpQMufzMgCyBMgD6pkxNOjHbmAU"
    "a+yEeOWJEhevV4Zt16s5OTltghjeTj+8T5Ub9kuTXnP95fjioqrcrIPdQm8D8NGO4oUZRx"
    "dM7FhsQno5e1rOpb6jYDwaSlGYORENz/YOYnh894FYNc0PGlTVopgGqY9dK1EpYqZiFYaK"
    "IIC93SwAN8gzcYMMhCGnr2/4BQeBcSdkyfOXJ01MOZ2sB+wHnKCerXISUqx5LICMkIeLBK"
    "xqnWNi+mVXc+z/hKI1iDzsM97b4uXQLGTaLLgUEQu9YGXB2RVEeMVvFISujy1k3NHl81JM"
    "qffwTAHf/nsBKTaIPjji1qsX2FPTYiDxrzHzbie9Kf4JgTFj4OHZLCvBHwvoRL73MgV5yA"
    "vvj7StUxQDZVxCGS/sTbLpI3kZbeiX9jL57NqmeQ0MsV3fNE+Hldu+wq26O2i8LbTMgcxd"
    "S0CAbPHeJUJawNu38w6Mx/qVrpfxWIyhMw3b3jGIriAKpP2QSfuCha2kaQkkdTIrukq1Kt"
    "vje+ZcnZZuNzKwZROvBIttUBlYhWkQMV6laZKjvOSormOUl/kJ2UYQzqihzxgkxkEllBSP"
    "vsP+BIXGPXbQmrNPLEPKdx+R7Zr3rBMe+50lWvEOeb7hBAYvJlolu3p7qpDuShRmHy+iNy"
    "L+eV/q6rnwVp0VVgPLp0NCJL/aZQHOy+iXsNV+fGi8iygivAc3Mmh8O0g3JKGt1jYyEQBH"
    "71ZwRxGC43rY6QfglrmnRMVRc7nkpbQhpHt2unAM1ZmInBjk8g2ZhACK8RlSjKbt7hYRXB"
    "AEenHQbzabqhldw4FaZcuynHa6XzuGi0K4V46SipgZQWLDSSz5+e9X2E4ZqBrisRjDNbJt"
    "tY53LBXu8ENiEs8Qtq9SAetbdiedwOqSUc1DJiBUS4hKhhB6JSkJbpWJbBBxkFEgPLMqVP"
    "SJhH7MYvR4ISrDQubaD1xR+9b9bycV/McfksUa8d8EzOjvjQOBM+2LMy3OgnQgfHHugD+V"
    "yO5IFrj8Gs6LgHtT1EzTVaPzkvGwYCUW7PAL342WKl24/iwuJK22I1QFoWVEdVu486mONQ"
    "tMV81bVRLTz6HSvsPKNJwZ850LcG4sO16Qg/bR8lXH/+USZyfeqiAIXOVQiCwZrtLGi50c"
    "EJkY8JRD5ilTq1vdv1cRBSffbk4+tnuow5+XAuR3Qx6CgCEI+OkPktEHAZ8Q2z4P8epAwF"
    "en1yZNZLVnbFbMrpzT0TOSDJdKdrepbslCaVn+OAXKJDbhQB2xWq7RbZHr88uLtWNN0MoI"
    "zSW22IeOG04iBnru0n+MFYvZFdDXHT5Hpoisj724OZi7Dk13BV2TIbhXk7TGZEErgJsT0R"
    "Df9rlUiteMPs7C1AhQxLkgpx232j4lxSCLtv8dsC4Iagd2BwHVWb6MYuB6VVI7uNtf21Q7"
    "If5sgQV6e61+UZABb0HVAHXXqpDmJADQKqBU01ZzHLq9pwH0swF00tGp726Umi/WyK5TQ7"
    "QgA5TTdsopM573JJsYk3GV3mxkIMtSTYXlVSCZTo+vT48/nR2UN4QWkJXvnzqwDUEW1Zr2"
    "qfTx6OsvFxdPydvFK7qGucvWuyR3l71t29m7G5YMX+DSGL/GuixZxibJjv8Vs4Br9I1+wo"
    "1RxB4TVYUMQkS1oZR8Y7fyLQF71+FzWu6sCkTdnkQdJFTVQ69vkMLas3ac9aIkzPpQZl0Q"
    "u1DJUuHnjSXM+2aTLp7wglDTfO8y10+6tTbMLJutESbMj5hz58ts4a5FbqPG4MSiIEQnyk"
    "cncuSCpfFGZVUXhLTjgN69lljX717Xrmt2SQCy7z4K0gJrddeCjDaRSq2RQHGYgAKgOQmA"
    "swInCQL6vBm12FQWaVkMgK0Dlvt0doE2EwRwy+BGEUEzChV/uRXQFUgCvGV4Iz+kZxBrJw"
    "dmXhDAFYMbRS/g3QAuCwPIIkfxDuu3LAbAioDdce2KRAHgipNz7czmmwiRCrYN6dJFsT47"
    "ZW6COAB5jMxDjJuaTzkvA476GpeyTIkhFrq+Z8mcfMD8yFi1J6qXw91yX92QmPhAWDEnP2"
    "Ai48p0srESlXJyrkMmuCBm5GQM2aeeEQTYinrikTvHCNc+RtR8N+8n6B57IXJZlzzWFq8g"
    "SyxREZ2OnnTr3DrHxU8D5unk3k+0oKspKm3OKpe/8LGHDfpLVN/cehn18Vsazh3mjfuW9N"
    "uCb3SAvtFoUSuGyhaE2jmEnxbkjoOS8QPbP1SVnaKUhh6WbkLtIasBshp0y2qAhKgeOh1w"
    "DUbFQMokwMCvRjGbmDzs2jEtLwrxN0OJv5EqDcOKzEdvxq4l6gvSUChmOMFW0WwrUCA9WP"
    "iXvsWtyDoDP7o+kbHv3XSoVImBJPLXCO5ZPv8iyvjn7bx8d323zNnlP0X2NwuWQgvXtt1H"
    "Zin7+Mf4HsGP/FrwytuIywx0+CyZUgNpmBf+7hG6fNi7SQf9nkT6p9dz8bL8OvcysF/AqI"
    "eA50HsvhofvRDwrNusywQ8D4vyGBCN10kzPOzjOGlN2mWZF+rKEteJLGUN0WY7QV2VbKVi"
    "7oDWdPto57+WAtQlMQ0ZpjfTJh0sS5X/0JAq/6FSnXhpOA62VZDOieiIcuuhDtTOU3NmpQ"
    "IawtsB7U/3WDV8MwkNAW5/Q45Dd9WCzopCUABCSEjvFM4HoXzbgB1D0mDCa/Tj/5vKbArT"
    "+k1hKqpqRg01ZaRLYto5WjvoieRjzxAHSjb0nsoL6deko/0zLgZMnagqCIJraDi0VJWNzL"
    "kKFCe5KKkhG6nTND95vc0BszXtW1+JP01128zEYNMc8tsETcCfyRxDE/A+9My+K5MOTdFo"
    "29TnMSeqHWMzEUgi21qXtO/SmUNbsXXJYhO52plZz5vKsm0B1i/esckTnMa3bGVxzb+uyl"
    "VJy2TrnjmPcQTfFb+XRmu5j8THGLT6uMgM1e2BkX42VioyMhrPwhRfsIbh9IeXPGCRsLZH"
    "FvZ/QoUcELQy7nHAeyRRQLGVyLMCrAH98vHv4sjIDp+lFBmZC6HikY/B2jQxtjCEP3allk"
    "D44/MJhIPwx+c467Lhj0NKQxwQ/di+PR3jpcbzFoT08461T/JCBEhXESCqlJvGZNtHmSqw"
    "H+urwH6sVIEdRRyIhx2LgdQLxh0EN9KTcEXNZlNgWTcVkC7I9Vg/Ov1ktAWkfUz/2oBph7"
    "uUKxMJQ9Ey2aJlefQU22FVJIF7rq7thUHsta+0onMi2h2JnTTHWweY1YNMKhpk/LEs4rU3"
    "0A7/9u2VAglXwbyZFCjLglN9OCxAlfzhXK+qr9fazzOpo73U6Jq0WvGilQszjAxleQ+lJf"
    "akZT7Kpymccb32WDe+Tzi4PxD4h/KXJ03eoSAaSP+yeKREUcylG3gkNGy0xLbHa0Qu6B7L"
    "/i7EbnOEWLIQCl3kUWOFFatALi9MOUH0FHwgJqZ3WPvBBHl0YdEn0C2Ebr5xaclSWcxOnw"
    "VlLMHlM5INa6TkP7h8nuOsy7h8sMMwV+2hlpMCAkyBAFuKeybVG6zLmm5JYKAKEqGYaqEC"
    "biqgHbjt+9Eesa1aNDUnoh3A09cyLh86qj4v9XXF6cP6YJNwXZv+U6/YVgTbscFHr+VWLH"
    "AVK1E4MdVZuXTwjUv/6T6ceAjNb7ea6tW1WDDYT4+vT48/nZXs9TZs8Bti3uPwoN4KjwdM"
    "ZOzwMBsrYYmntnAkFrV2mG+QgVbEIT94vnvnGysU883MTDZSi1pkbe99P5loy9KiTh3IvG"
    "wsSyV8IOEmDcHMceXVAWCeg3kOhhqY5zDrbZvnJp2FO9ffiPXuM2e9qqgdxTc+Jz/kilF8"
    "SunAIxT/cOvECRNHSb3mW8fHputbwRGKf7h14lPpKDkKb52VYS/WDk+EP0K5X27pXe/ucB"
    "BdyH6+Zf2UsH+E+H/KZ/HTxGrQx4VY5Ng+c0x/49G5qtneM7khz3UrPtWz324Kr3CC54sv"
    "x7+9LLzGF5dff06G5/A/vbg8KdtfK6pgCuiZv11ffq1RWVKJ8rZKzBD9G9kk6Mz5efDnZG"
    "2j+ZrYIdXnXrHn/aUrC7hhOhhCzdNRRr60VbIblKejIQZy+8b3FPGQzAemCD6XibxnbH/z"
    "bIIttr/xH26dqBIB3RT5f3fZnWSicOpjcCoRONE3U2zskkhAubdK0Bjxox4d9i4FnKrSEF"
    "czHF2uqsJXDGfF+RbJa6jO6zTlUIPm2czxvMZIa5zfec+W2WhrScYGnppfpCgEcYkCDWRw"
    "PicN8G2I+2z0JEFpGlVvkrhETW1iQKdFasYKcXGTVI6uzVWvXDIetoq6SpmayEd3xUwajS"
    "DvtEhNHjKB87OEqKzrMzIr5RygrHQMdkJ/EzXTi52W0XI4iqrBYDohPqJKFYWP+StJOGER"
    "wuxaGlpsOMEj9oUByJ08AcKOh+XXpEr20hUkRcgRfpn0kLnvg2idHsXr9dZxPfatXJ9zgP"
    "ynAbB84IAABwQ4ICDQQjuXu0ygRbIPKyZAFqUgQ75KNcSKpRKsBRkgGLYTDFng4p6mbyVo"
    "cmQ4y5q/hRUmQS7k1bQ9IT62VsTRvgpuaWccVPruKf3yVGGlc4C9aLIEFnR10KTJjqbIsb"
    "/WjKRYkYm8mEQ0cZxCm4b3RndgreqpFfyA/YBpXNQOZqYtcRauv6LX4seJoon3vp/AUC4E"
    "BMf3iOKAwXx+IvM5mQV5ZHMScLQKFJbkRdnBACiJggUwJgsAfI29qKrgplFRoxrcNOKcqr"
    "6VqH/Ep0m9BvWP7LyRVp9yZ5ScI8Jbz20SLKkKs0W1QS9u1x8+4MPb9fvXJv338N1rk/78"
    "5vXidv0Ov3//8ogVMCEmq3Af1TsJxI6Jzp8IjgrQtPTDN89ZhLZaK95EQAsvQ9d1EeauJQ"
    "hNu8HfaxZrMl4LcPt24bBNWwXsZDyAvQPY6cm7SxvPkiyYaGMy0bLZUy1nLJAEZ00L1TLa"
    "syc+cQvgQGBHxFck7AdZrjUanSnsIfYdHKYRQxPkPjpUgZ9vioFE8XiegIM89hBW4jAgIR"
    "YRsN08RKbGQ65OV2QuQget/s0FCCN4jicU1GvQbdYFyUCVeg25XVZx1ouSvWR8PUH5qBHO"
    "cfXVTqZKVfWsyIHiWSWD+H8rmNZzQcl4LQzorqs4NjBt2yOsR8G6HZhLghdHiP/n1jGCwD"
    "UJ/Vaz+PPSB3REGEZtrOi15EdWiiEgFq8+k/xU1utlJnAqw+VN67m8abUJh4fpt7dDYQ2G"
    "hu5gRTHt8k0PpcpxHjaU4zwUleMMfddam+JkvXpKryynAdq9E3tLl56/91gppbogpF9vzP"
    "YdA1D7u9fmdwZreDEL1isFlbEoBAV0akCtCSTZBmtd+y8A9iCkx9vMEhZUrw/Wz8sApGVI"
    "H6ge6apiWhQCUKF+Re8xsE8SC1lWxUbvIYCiIP0XBZGpWhHXm+V1KQQ2tUrxisg9eZq7oU"
    "aTUIxycW3bfcSiXjbqgH3mN9MVqsBcYmtti/gadaiu45tpC1bULLAdrKJ7aQsVNTTbwYmE"
    "WoFUDU2RSDlQbOKyZ+bmKBq5NCQc0K+Avv5ycdFmFxfB4VkbAVQ+YqWyCQoCW0ODfl0aIQ"
    "+/MY3QsN27NUb3GHsBi8pheZP5OyLenvYIPS7d5HNssd9WPI7/cYmdCftXVGG+swfdOiRE"
    "j0ZAB6487nfkY0gYoIj9eIVY8oLvPiIP+9Gd0cq4xwHCD9jfIPpt7A2i5ufKc8OGVNBK0F"
    "HuJYNgo76DjQbRu1sDhDNE7+mfsavLNJEdtMeU0XZ0iui/tw6nm44Q/88uHs8OCr+q597q"
    "GjelUwxNeirtEhZZkoXy2EOe6cB0fQHjfb2i+kXtmZQKaRQi9Xb64X16GLFfms6h6y/HFx"
    "dCf9dOr0xeDl6XIb8uUHygGzUutgTVAjbzMoDqdk9GlnyzpxMjy/QZGcCy7EphaYmrOUBJ"
    "c/1qZRQ8HrX8VuYR2cpsLbKhO5QWi6QDZMQ5ajLlw4Qy20qExRsDVAiDRLRB7iwjTUmCal"
    "agUI4f1QaFEvSetvWe6hIGdb0Vdf0pFco0LqRWpcxHjmxVKoP8YLmqa9gnrpX4LC1jk6qH"
    "iAT0M2StQ/pZyC/HhQ0KJQ0CVhzt/ds/TW/XH95i62VNqbVOHiNUXrN3gz6Gr3z+7IoKS0"
    "diz/DDVZIjRkeDzxP02mHsbxrrtVBgQbdZF/Dj1QILhiAnkE13jcJtiLIBC3M8wvltmE82"
    "R+VkyujgqqAmF8KQSQ86iGHl+g5P4o5/uHWMBauz5LrOEUp/vHXwA47GxT+U1YynCXIwDc"
    "8wSShY2s1u0rycTuZkG67STC1TrdJRktMJWGA/Bo0qZLOBu3Ks/Id4720D3MLNdAW4fOpI"
    "tKKCvMHe8wZ7oPLitKV6Ji/La9pO5OXGSriH4+EZqeYuFtgPJjxrwPPZJeKgBXbSVIJCds"
    "IjnX/3UeRDbu/GW7g6HnANXmZg4wa5UY2UlwE27jnOugwbB7kxT0ob8ZNzRo9NhWOsIANG"
    "osAIj7SN2dJdi+obNBNyZdn+AOZ/9sApOSg412fBOaDo2todgEJ6BiE00XtUZ3THRTK2W9"
    "zJQJnmIynnw5L2/Zx5HMWsBFG4yuGf3hi36w+v53+6Xb+fvv/AmgW+MY6oUf1A1wmdESNM"
    "fk6bhwSCAJo+HrgtlCaj8sBIf0ojnWqBK8MX+BsbT+KcFJzECidx4PoCs3hLBmwso03JR/"
    "DpDnOTAIURfLpjwxcUcvDpjgBg8Ok+d5/uMfaJuTwQ2JXxlUmTTWlkY7aZk/XAQvf4YZle"
    "td3j6zub1LePH5S3RB7iYpekw0MJxwgdVd8niV0rlQ2jL5UCwvFwDdF9I9Ua6U1Da6Q31d"
    "ZI9ImhUBH42/Xl1xrnfiZS9vESM0T/RjYJRqwMiMBlYBQYhEprpHIXpEnRQ8tucPLUjZn/"
    "8/8Begjv3Q=="
)
