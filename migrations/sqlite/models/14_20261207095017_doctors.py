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
        DROP TABLE IF EXISTS "doctor_follow";
        DROP TABLE IF EXISTS "doctor_site";
        DROP TABLE IF EXISTS "doctor_consultation";
        DROP TABLE IF EXISTS "doctor_consent_version";
        DROP TABLE IF EXISTS "doctor_consent_acceptance";
        DROP TABLE IF EXISTS "doctor_schedule";
        DROP TABLE IF EXISTS "doctor_service";
        DROP TABLE IF EXISTS "doctor";"""


MODELS_STATE = (
    "eJztfW132za27l/B8pebrKWmiRwnqTtr1rJdp/WMY+fa7nTuqbt0IBKSMKZIlaTs6JyZ/3"
    "4B8J0EKUAiaZLeH5raIjYpPwCBvZ/99r8HS8cklvfm2p1fsZ8OjtH/Hth4yX/IXxqhA7xa"
    "JRf4Bz6eWmKs484ndjRq6vkuNnz2+QxbHmEfmcQzXLryqWOzT+21ZfEPHYMNpPY8+Wht0z"
    "/XZOI7c+IviMsu/P4H+5jaJvlGvOjX1cNkRollZr4tNfmzxecTf7MSn13Y/mcxkD9tOjEc"
    "a720k8Grjb9w7Hg0tX3+6ZzYxMU+4bf33TX/+vzbhX9p9BcF3zQZEnzFlIxJZnht+ak/dz"
    "pJPjuYTK6u7ya353eTyYEGQIZjc3DZV/XEXz/nX+G78bv3H99/Ovzw/hMbIr5m/MnH/wSP"
    "ToAJBAU8V3cH/xHXsY+DEQLjBFTDJRyJCfaL4P7Ervh0SeQIZyVzSJuh6JvohzzuEcpVwE"
    "cfJMgnq60N6NkfaF7b1iac8gqc7y6+nN/enXz5yh+39Lw/LYHfyd05vzIWn25yn7768Jp/"
    "7rAXKXjD4pug3y7ufkH8V/Rf11fnAl7H8+eueGIy7u6/Dvh3wmvfYa/m0wSbqdUZfRqhxk"
    "Yms75emTvOelYSZr0rsx5hlJr28Nsns872dLLbrGcla5j1cJFWTHqbm2x/57j4akdTNd1M"
    "tA7Mgtz2s3OneW33Za7l9EzAFf8vYHq2wK4c1Gh8Dkv2Ffu4My7xt4lF7Lm/YL++G3+qgO"
    "4fJzdnv5zcvGKjcu/CVXhpHFzL4vvA/jQ5vuf2eikwvmDfCdsGKWAdyXYZ64OvN9f/uLg6"
    "Oz9GK9d5pOzvYH/Bckk9jw24t88u7v7fMTKov8l+fP3rlbjgrO3cpS/nP12cnVweoyUxqY"
    "GtCWX4UH/ti6snt7fnt7dfzq/ujhH2POJ5S2L72TEXVz/9ent3w27P/tY1g2szYbo+tqmH"
    "xbfeYW0cjhWWxuG4dGXwS9mFYYSWh+qLF42vZzE0YQEwPWPOfkKOi5gmbVIfRd/5+dFeYX"
    "ZjDbSj8U29egW4Dw5a2ePGR0cK0LJRpdiKa1lwLfJIrCK6t0tsWaWncyy006m80+72ttkz"
    "+XD88UN8HPNfqk7i2y8nl5fF45jd2ceGP9E9lvNy7R0ZLS3cD+8V1u2H96XLll+SQ71iQE"
    "mwPrcNd7NiWFUDHkvvhHjHlMsqq+H8n3cZgyGC9tWXk3++zhgNl9dXP0fDU1Nxdnl9mpsC"
    "ZgQwO8HTWegpkcGt8UY25yXeTPBqZbF/Y3WpCPip41gE23LMy26Rm4Apu0dTMxB/0u6qP7"
    "2+vsys+tOL/LL+9cvpObMKxJSwQdQPjNLCzs604xm1JBvN326vr0qUkEQkT1BQw0f/Rhb1"
    "emjCVuDNsajeZfIbyijLN/Ab5HeZFXaFiaDDHWRkgDcIljP3Y8wepKR7gFcR4M+OS+jc/j"
    "vZFEzdHKpFz02/AP5PtISiT5Ov6OKn2PmTXVns7w9YKn7l5pwZrRdnDGkO9BQbD0/YNScl"
    "iBsLarGj0Jbs5aHk57/fECu2eF8I3Dn9YkltiXqhg9AJv8eJIYiK7tAuNeOUECn8nKeGwG"
    "Rf4OKbniT3HDCCbJsjDCnszolfH3TivpHCNVDk4rWX+WMBPnX42MIjtutY/C/dc+2dR/cZ"
    "6JnwHDj1cmWtFhuPGhTvew58je4zVKDYFdubEdebOOs9d64Yq7vwnsPHjO6pwb4YyOKdfu"
    "U6hu+4EwOzD/YEL7jVGbvTQLf7ZwOrl2tsyVYYnu8L1JfgLgNdUQvqTVYMgf1ViF+o9zW4"
    "0VDXk0lW2PVr0LZ+im80VKhcYjiuOXEJ+8revnDdiJvdBPcaKmIz/CezetiN9t2vPuM/z9"
    "l9NkMFyhTn1r5voLjJsCGaeMaCmGtr3wUVYHUb3mzomFG/Jry472xAWHEW3xk7KfY+w+tn"
    "LxUPAsdZlqN6bZM7h/2jfBSEdxuIPsaBXI6XOWiX2GZqpxnejgvLOHxJulCe4y/PGRIehQ"
    "lODYXEobZWAyQOQQrJCBKHYNYhceh5QgC7PcfFVxsShxpMHFp7xNWNUk7LdDePYcfozfoj"
    "lE3qrSy80Q4Gz8sNLlC2fqhX2POeuNm1wJ5mokhOsMvJWjvC3UhcsutIaZbyaNhYYK9Y2N"
    "2W9V9ma9vgIKLpmlo+tb03/Hl/bWq5tx0iu1x7/sRYYHtOJtGKlpAPlUHiJbdoMUg82vv7"
    "GyMebSYBjruopyW3aEVP7UoUef8UVepxkHVfubQY5GJovGcWZnuV5cw5laf9hhWE4d3q8r"
    "u1W3ofpPXtkdYnwJtMqflNS5POSDWE+5DMQ16/TIvXSATay7nuOKNRkdLE0Cpi22A+U9fg"
    "VU1oSlaVdjbTjh5SMw5F2Nc5qhzU0M0dfW/H6JdVhVc0uTiqcokuV1r+0IMT9Bthp4CPlt"
    "Sm361cZ+7iJeLU4Ag9sFOc2dgb5KyITU30CtsmYqA7/JenBbGRvyCIfRe0wB5i58XrNwc5"
    "wJq4P3hqu+WpDWZPR7lIJIB33qpYhC+EFrOfiIDmthVgHsjPvtLkgWy0LZOcLNgn+vYJ0C"
    "3t0i0QWFO+0/QzxEIlsAZItmGTbAXTWaVqhUtm7LELpko/kH0TS2+Ce93xW/Xw1ddLwt0P"
    "Kp0c3G6+JtUwMauOnRIzvKRWDdkg7C6DzQURGG0m5JHnZE2WWFaEVB+t88fhFgzIIoaney"
    "d5Dx8yLyjJ+7h/ZkiA1YW41VBfyTVP6n4OtPq4tMK3cUmWU+J6C7qqBbIv4nZDXWBzF/Ot"
    "yyUGoY9Ss1cDsJ/5zQaO1JzBtKfGNWiYsGHwUhQej5CWhaZqA3Uibjh4uJgFBXBtt3lqKa"
    "6gXlmhj8cgFOrYjhE12fyLxhMLYjzsCdVFeLMzfq+hvnlQg0IXMX51/73qLLgL39ZXcTzJ"
    "EOEKSwbwQezhdVQZDSI4zlI3HCp2M8eynCdmKtZYzuOzuOeQENMKKdKMlskQzpKAmTwhXR"
    "kzk2HCxeitkTPXNkHU89bERKE0EtI/Bv/zkDPjMStI+E3QzHGXCKPAYOa/MaG1R5BJfCJy"
    "WYqhM008YI/YmX/5VCcGIRw+uACPww8K8QeHefdPqhvSh9db4mlmMeWtinUi0VqHpN7hna"
    "o5+21F2du0gx80KzlAB3jfvaAFIneHOhIepGn1Yn5d8siOwV2mOCsJs9zlWYZopfJzcrjR"
    "SmEIu15CTVYIkmq2J9WkMgX2TKzJZCf0DGTV1Jrs+sqk15yd3J6d/HReW3aNpiksbNzzlW"
    "MsDiSGcOrqqMoMFlblhMQDt1rA54/E3QTGKLdFMfLW038xYzOyWqeEmaHMhvU9ZKxd3mgJ"
    "sXW0XLHrzCzFJnplsOvfh7h63wdm7ZvVRpJH0uCz7u17m9varvOEVsSN7+zztJUn7CHCno"
    "1CpQG9uj9Yro7fje/ZV7xPIsKOj+4PXv8oElaC5zpsY7635+ym3ht0Q0z2PQxsLIjHviMf"
    "x37nD2T/4zJsvfmLEfIc9pcFgy3H8/hD6SMTsR0mYM/3NeHDv0zHtEyJDM6Uf/9WwbR8/7"
    "bUtOSXqk15sRQk1CCdl55ischgOvH+MB4fHn4cvz388Ono/cePR5/exsdY8VLVeXZ68TM/"
    "0jKzIYlv37laR+1FOrp20vVUY5QYCjG7rBjz3OTpe7I2qf8LQ1Z2+CYXK89ezIdNFtG4rU"
    "fvLZtmKziyFo5lst+CY4Su+OnIf2SLmdojdowY/NR6WlBLpFISWwxmBw0/mYJRiPI28SZx"
    "i8dug8+BNM5upXF65E/NkyoQgHNqt3NKt7Zd+yXtels/cIkNHWTD4QCsFNgunbKXzrz0kO"
    "XXFM5YKxzWmUrxVVvswM6uVnbYrp5wL2YCUvyitgk2WNOrv6aWjJ3nYWNidjRO2azUAAvz"
    "vlOJVHhXHqnwrhCpEECmV/sjLTOEchRN64oBXrpFvbNSoDluhbnt8ngdK2FTc7l/bETxpB"
    "oLVh6BOoAQsfpXq49dptxrH3E5MdgWVIHWO+IyQgDyVpAD32gR4fLq/onEXuX9O6ZKVODa"
    "SB1/PPOJpDBmOeyxAKC+O+pU4nAt30uozNcKm0hxEwnT0DS36qwUwLxdT177hqNni6REwK"
    "pWsKpXLnnU7yyUFhogzPWvZO7Mnmh6YtIysFlsh7jzLsSerd+u+Lp4fQpvyZOQVyuLGjjE"
    "puj4kg4cVXrBYpEJzslsLxbOQzg8n/pr0X2Ly29ESIiDpoSfQQizT+MHpAeP0BP1Fwj7Pj"
    "YW/KInqRVe++0hxqRbMSaQzVEOfT9j86Cp80uc9bKIzEzZQR/7a0ldhIpY81iiRd3PW0+X"
    "1PdJ9HV6Z85w1MiSyNJ47si38ijzRGgAmnbVe9NE0fqUoqFF8GXFoHdq7ewf2089Pc9YIj"
    "GA9yC72Ry9VclwYaNKtxtxLY/wIyVPOzRyLwpCJ/eiazdGaae89rQoJLZ3RzsqKsXQL3D/"
    "96YitRn6BSKlpOa2+gXuzoB5HpsyoapWE2DJuJEq/5UV2Up//bagxqKEgEIecXmmLkYiwX"
    "iDXjmuqM6VGvOaJ0CxARu23XzH1wXPkuL3ecKbIhvW+NMk5NjvYWzFwR9AkwFN1sV9raeE"
    "CdBkL3HWVWiy4BDawZwqCoI5JYmUTY57bY1bKgvKtwTlijDOUnSrojhfLqoVJk2omoFVs9"
    "2qyawteaWm8k0CEFYphiXbGztlQp5iMyh6fyCxG5OLI0VjcYp5Kf5YZKuxeL9+T96a9+tP"
    "4w8z9u90+vZ+fTQ7OkJ0uXJcn5es2ogCGivXeaRsNY0QWwAuDS6k7DhJoETN94YoCTD/er"
    "I99dQQAPPvJc66ivnnGKJcITvrJE5LPu0lzoCsWNWc93C+K+aXz1m+4Bv7w+aOq1UxPy0D"
    "0bAKocbpr1XAuTzOJCc2AA9725EmnrN2Da18kERiAHDnoqfGn1TCp8afyuOn+LVcPkhUw1"
    "WPv8iLAYWxncKoaKCubWPrdFHvGsyqVnZ+jXWp6PQZcX064/kD5EBiYacvjxRtbCMn05ka"
    "XWDS7l1c0qXY0jrFYonB1Z0+HCscYofj8pZG4/wRFhRB38F0zAiC5dgVy1GFLyC261hi29"
    "TasfJiwyluV6/SonOoSialOCPXNrlz2D+K6s15+k69mg5V5Sa/ElW8B/tpLJvgLS3qKuKC"
    "spYSj96eMMkbSlDHpMZ3qUAucYMfRa8Kj/g+w9JDFn3k0VvokbgeJ+ZHaOY6/8ObXbBVwo"
    "YiZ0VkroBGngDaU7e0J3AIvMQDHhwCQ5t1FYeAEcYNKDPZ4XiwkrZaSbpFPtsv79ljB0FV"
    "uu+5vV4W1N7nT/01XTzzNYnrg59uTj7fHSMhe29ffz2/Ohaa0719dnl9e/7TMTIsxwvTiZ"
    "8/OTjU/iah1qehnMlEB9Pro7bIRz71O53RGUFI1evOiVxUxIIXehftOy0Ic9y1OdbgfJLF"
    "EJnPxbVwGkp+/vsNsXCJyzvNONyGO2wPtYkyjkfOUO4J1l5UWB+AmlprsnLp3kCdRvcZEl"
    "CN+jAzr2EZM5h+T9UZwomXFqvVlfn7QcxBRsoZJGw+J0Gnr10/i1LdeYSLhksR0vLqOmmZ"
    "9kvrPI+i1UgRnYg11k1JLMhBRqKkPzGQ+QOjdVXI/EAl0HubUiJwRmwPLox1oj0DC2NvcM"
    "/gVfW7p9dVlwIKEzNPoohnbEAlJTwTiqHkqo+CLVOFU44Rg3NG3SUOqgzPqMWmYISCUlsj"
    "RL7hJcK2yT7w2GSKDte26JctddXX+4R7+96+W5BwKBI1HRH10Nxh2qUdJPsZbPV/n6DyvR"
    "jkvVltfhQJgg43KVCw53j3NnYJDxiI0gd5lRlqEIQ98evMcp4QNh/561MaKJCyTZJo37x1"
    "khqUykY8CNY0B4OtDyaSGpZ8XpQRf5N4oOsYxFwHnWsCvMRBgB/IWvT54GBOPCPsbRN8nv"
    "ye+r6ZZ8vvX/qNssLJ11AUSL6tokAmqLpcBixCCNnoxDk1YC0PQjaGNutqIRupPTfH3jqO"
    "RbBdFrqRkstN+ZQJNjXL8SftUhWn19eXmRk9vcjnv/365fT85tU7MZVsEA30UokNzVUQy9"
    "JHPC0HiGsgnlF9VANoMkLDa0bcUC13HYQT1bTbYTOdiQELzCsdVjmR6Ea5dv7YwZRrj7sv"
    "7KAy5WUhwKI7OlJRNbaw50/0q/PnxAaX0d5Iif4szZGjQy0Hl6WGZcRyUM+43KBeoZ+ufz"
    "29PEdfb87PLm4vws0tfmfExaxWdHN+cplDOiFrVBd0ItHiWrYdm7SznuvXifIsnfJyLtB7"
    "sKC3L+iErlRd0IkEaPjbV3OA1k7NPVKCoOp0WdXpRs3hjk1w7WEU4FCvHdOUv0gP2aIg4C"
    "sj0aDSFASD9CQYJCnAIF3BNUD74gt4ySHOBTfsCfLwK5EXzx4FkJ+x4nvH9DJVmLcXfGff"
    "BF39enlZFT+W73O4Z8LLjbjJiRGNGsgSz265eEXcPXH6yu8xnLWplxOUUgqy9QXleEZ1mh"
    "SS+LK3GxC2GlGbySkuidrMHPHlUZsZrQKqPvZKBx8hCIJ7OeFQEAT3EmddJQgu0AN3mfWs"
    "ZCvU9jOUQ+zhHBdf7WiqdBMDC3LAaBfZwa6Vp3q+0l/1V6ei5sReL6eBEZQF+Nw23M2KAV"
    "Wm66UkB1EJrGpDaqKDRYzgZErNbzorvCg5uCp39S/11SIM9tBa5rHUEJz4ba9wAZ726s5K"
    "NYT7oFY2pwWoQSa7dHySCrcYgsV7Nh6+v18fkU/4oJUJqD942lsRg2LL1wI+IzS4+M36V7"
    "nFFqntEaaD66CclWpNJWwJ5fqX8gp73pPjmpMF9hZa+0hecAgHZhbt8dGRAtxsVCne4lou"
    "jHPt+RNjge05mUQYSkj4quytslu0mMgVvQC9zeOCEJ9mjfjlaoINw1nrtmUpyAFDsjXGBy"
    "IlWoiUSBZmDRh/WZ0k9+rXWlYFufAi7xEjkfSc37cwaLrd/UBWdzbjCUrNqgHFrtjebP+A"
    "kshjfxfeb6h4uWTKvt6Ed9nYO1aJ3+lsWEdMNrcaPzprl6meeyL1ObrPUIFqM6SrnwBFZB"
    "3bXJ72hyq824m42VAxe3Idez6xnb1fv9/4ja6c4b5+M8xpYDZkf33hM7vVWXCnQaNVl37F"
    "8RqkjqUVkbpriGWsbFWFWqY1MoWQy4mfHr+1TOYv1PMdd4OcmSgJmTIpEU7Vt5wSy+FNJ3"
    "2nWAdzt1tAbGe3Yjv1S3kMuIpHI4z5dDPB5pJq8rQ5KaARixytfogiBKR2K1hRJQx55jrL"
    "yc7ujhJp8HlAWnOr2LIFvvMalsoCytsdS5DlXGOWc9xVoGpzBv+dAswlZ5KCEy+7EwDYCm"
    "BLN88SqMt9eU3SAimHgoQPyLobVIiAlKtDjQs44Z0ovuOaL+JCSPS1SIz5OX0kXsakf1o4"
    "HkG/EWYj+og/jE0U4lE9aOk8EmbpF7iC+h9xb2M76HoRummPBQsRxRMhbPH2Gga22Sjk4w"
    "eCeDcN9owpG2wmTxLdN7jmzC49kA0xEQ8I4+03HsjKD7priK/MPvEWzhNv22EQ9v0I+xM8"
    "b01M3ttjRZnCOxL9Pdi4tcdus17d22H/Df792Q/sL1mxYZx9Q9R/gy6YOP+zMLLJU/AQ03"
    "VWQZOO+Av+H3Y/W9yR/UGl7TqAQ3nO/Fg2ddoBiBmhQSSkNB1RG75mO6QmZiUHaP/3xN6P"
    "MKnOO96tSfcaWnT3Y36DU1M79zQvBowo9KQEhjSr+gNvB4xSp6xvNUbpuezuVNExqeWdLU"
    "qm1K0yKIc2wYlUk2WQfj/IdsdMnupDo8B2bUCLPBJLx/6LBQZo+9Vfbz1Z2qr4JhIDBLiB"
    "hkqclNbuW5WVAqAVgGaKnDbMaRkAWQFkiGpqujcR214dNwBJb1NOSQ1wKTdy8jHI9JpPpE"
    "SAJoHAsZdJi8Smkd7LkxcDWmQ7LZKxQvekRYaYVjDK0SL5NdYlWuQzXlKxHRQIkfDKqIoK"
    "mSVjFOIOgtFv0IXvIY+wKbR9ii1EhRfdJoHD/glvELWP0Yo4K4ugfznURk/UXwRBBI/UF7"
    "kqyHceiI0cl3vPD3Kz1eCj7m0X26azDAZzp+4IPS2osUAODypYEl73jj+SiOgA7tp3ntii"
    "5qEJyCUrCxsEnPodJHTAl/ISlQYoej20WZf4pAu5kV0r2TuosB1+MMbRiKoIZ4RqKc3WoW"
    "Kx9ZMEJvU8x3rcrW57ThaiZ7qzUxUPKKE86lm0aRGwZrdbswKvGixZnSpZXYNY1ZJNry3t"
    "qPoUgfBYR00CbuGdPw6LOsiGznEbdP+yPBynC3GroQIVmt11APWFRF0DhgjU3MV7v3g/83"
    "sMCaDm6bVglyrl2OJNbBvRNiHxyK102288ASUou2siyot0BPdAr7iy7Y2QRfAjz2IJ1sQI"
    "LQi2/AXiDMnrEZoFfFcktHCWpFgTpKFnqERCpZhH3eCnUzp/KXTZD+Px4eHH8dvDD5+O3n"
    "/8ePTpbaw8FS9VaVGnFz9zRSqjB28n1R7YH69jBkbjB2ho1x/0YBIfU0kM2t9ur69KTL9Y"
    "Im/0UcNH/0YW9Rrb2A/+MlvbIkYLTdfU8tn28IY/9q8HzW73Mrg5QhkDsNBNJN84ZJS17P"
    "gN8t1EwMvcd+pQhTCG8IzawzNC1UavzktaBkgOCareevovYmgGQ2SFYLFu5Y4SLXRP8ihx"
    "tvds3SpXwUi/sdsrjYhNs2VSrmNLVxXZ9PlSUrVesjEAtirYZjdE7Z4AzTMLIa9XSi0kvN"
    "9WboEmQ7fH8qQDZBh0jqjmwUtwBJ0fRzxcBiOPWXqEmRX2A/oeLalNv1u5ztzFy6gsyIaL"
    "LPGG19BAbCVRC1E/KrBR5BvaeyyE53QrPEfEYGkX3chKQRfSrc57aInZCsxuimRXz1gpJe"
    "b7n7NSf4gEVI/Zpvx0nY5Rio+A6jHDnl+XPLIzfJcpzkrCLHd5liH4uvycHC6Xzmve79J0"
    "syAHBDDQ6i2hKhQH3VpmWSGg1YFWfy5aPdk6W+Z/+4pv4azZjnH4tgPBroJvdmvsIMEexo"
    "OWEuxJvOhWgn2ZDFUh2MN1l46rOw7ob14c2kXsedaGF5R+tSKiYPbrEeJVkB6JoMHnnON+"
    "ZZGZj75HLuF1tE3x04xj/lpKrrfwSAmxngnmCxf8H8C2QzJsFw+OAdtjkAw7tFmXkC/FVt"
    "mOpZWqGY1v0QeRHJzNeyI+KTgiPpX6IT7l3RDatd+eofDbQXiYt+TqUQmEflceCP2uEAj9"
    "SLEOwuHwFvEValMvly84Kht3VNqO3gYRjR8ctGOluoXjirqF42LdQp6HtJNKkxEE71F3FJ"
    "ii3spOr52mOC0HM9zlGd7JTQQ+IvARtYYqODOeI0cAPBk6aQLb3RjPQ7QHBQUkDHtcaWAr"
    "tT6PR25l1v9bjHXc/0bsz/dQ8Csh/y1qNr7iJLfhI8d+zfsvIs9wVgQ5M5GmzunS6OfwJi"
    "NRL5LaYnBYc7JArLfyRJWc+fDBYpEHd+M/iidC/5B2GfYA9AKuFbxQJDDA3PixSoD1uDzA"
    "elwIsDawzZvyFAE+dRyLYLvEeZFI5VCeMrGmYI4/adcIOL2+vszo/6cXufoOV79+OT2/ef"
    "VO4M4GBYlGEjWyQ7HWYIRBKC7MMoTighNQy/ULREB9Sl+u2hoherBmhQDXMlx1y7BkhQBX"
    "IK6ejbhKGd9AXG0FN/viKqJLJMY1oFuGbnzc6NKCGTKW8L64EpNbt7boibjVgDDPmVGGw2"
    "B0eVMab99arDfiZjfBvXprOLVbkjW9xspI52QJqlHPE5wIbGWgr22CgvFoiU1egMQU7YjE"
    "nUbIWzhPvOlQmvU9Rk8LB1kON6MR9tFyg4J1JCmSUv/tlbnl4EyDgqzlutozF2QF2rlR2h"
    "naVjfdTRm7bA8KQNJAOSc2uNC5xoCW7dZbYZZu2f0Huf4yQFAy+CVwq4GCqM9VAVMFzCow"
    "q/3FtYJZjcOV9iSohtaKZSQjp4BWBVq1n+juTKs2SX99xT4t6UYUXRpV0V6r1CCFnt8r4n"
    "qOzTtqR8UFmIDHW//8KBgopvdZ3/HvgajJm3T7myjgMS5G4HvEmvG+3aKbtk2CHt3Um/DP"
    "JXUM2nkmVAjuVkQlBK6UQz9c4wpqFgxt1iVRagUfWnCY7tT9OCPZSihim5tsf+e4+GpHU6"
    "Vbba8gBwX3ioZ+1NJeldqNxg/QS1E/r0vNSdCPoojwuW24mxVDqkzZS0kOAuuqHen8n3eZ"
    "zajQhi/ekC6vr36Ohud785Vgr93FoCjZ1AQMqZWB6P2gvc5jqYaaRQx6iUOTjnZ28cDYL2"
    "JcmUOWkoIcMo0csh5VGrpff/g4Nu7X78kUH7SyuOuvOjTnxU8k+kk52InE4Dz7KltH+c5R"
    "2Dim1PUXE1Na+I1bp3J8s1JVlumgTkhuaubruRGXsqG7mPc5UUg17LKB/1xVfTo2pQ37mp"
    "+nSkrHMK6hSIpKOfK0GRo4libGghgPe0b5X4Q3O+P36i8H0OG8iN4g1qRn+MT2nuSl7sMr"
    "oyq/MPmGlxOcDNzmGy7HQloi3iOeF065mFT2M39L96oTD3kH/FobeQfpKVM/63NSEFkmsZ"
    "uTNy4L6t9ur69KNKhYIq8eU8NH/0YW7fOWKUONY1HNwuUJt5y2y2+QZ+GW2H0gsk2lih1K"
    "hIAc0iCHPPKn3u4dCgxpx2hlB097Xx+poeUiTCQGRxDVTy57+HEngiMtN8CYlSHRGytH/F"
    "WFCf5sObhk20pEcnM74zK9NbulvN/1r6eX5+jrzfnZxe1FeD7H8ycuZk+Fm/OTy8KxIGwC"
    "PaUyKzSkE6IpBilleu3JIJ0zG/E2uVvPYFYlkbIrrEux36fWmqxcKo/+Ti6Ottr508zYmk"
    "19Y2MELYa8FTEotvwNtIOD0Opu7gk9DbKF0OqXOOsqodXJnluY9IoqIWmhQYQtNm3/Qfxt"
    "qiGcStMyNqqiJVyhcRnfWCYWXVJ/sqT22pcVJivVC+TCYCpIaKIV9rwJZzX17Ny01I6mbt"
    "eQbdjWddeWbA2X0/yxALD8+7D87NvTyQq7PjvfdMn+vCxw/hqc/8x1/odISIdKyBMhwFoD"
    "a2Fx69FoaRE4GbeTaDGpsSeFdhbdp2fwqpJn6XWVoc5umGVzc3F2pxZ/tcK8CIBk99AIIv"
    "rK7zEgqBsNHkpTuxJyMcf8bqEXU4xzveQi0IhAI3bxle0poQQ04kucdSUa0Wdmz24RDhnJ"
    "Ac56f2e5+HKbbAFbVJYAvK0MRyLXzhRDFY7dZthbT5fU3/FVzslCOlY/Znqq5/zJyQ0hpb"
    "/p9Fte9v2RTPSDLAuCA3QI1e9tC+CakJVjLDQMu7xYezzXu6aArtn94xmOK2O1yl0/sQRE"
    "OCp4fbijTDvJIBHajQTvD8Q1UuCPDjW1kU6EwN2gg3WYpa+LdkoM8NZx7+CVv3bJxDMWxF"
    "zL3BDlbmSZ7F4e5f7sLo04lIVjQs/VlhapRwXpPc1ccLSp+ISCxMc9nUJJKnTPdGylJPzw"
    "bd8To7PgLkMFiTwSaWKPDkShL+z8kfTSWa6EEzuv+dGwJ1L/CO4yYJCYUmMIEPZHKr7Vie"
    "+T5WpQqBW917lTtYjetU3uHPaPYmzFzg7/Zz1PVSMr0mqESmRFKdauY/DGIQb2JJpktGAj"
    "6BXCLIL7nYW366X6KF+tGuETn/Gjs3YDDb4QPJFcHG0NnZhlxtacmbVabDxqUFxvGRYIrN"
    "gzsAKqqzTFb0LISjnU/QxeUAlZibc5TTs9JwZv1Paw2MyJsmdo7Nf0vXoGs7ISl1tjXcou"
    "D9Rnif4S69VbdJdYi9/eWOxuQVB0gHmiQVeMDGIaizdC1A56d7kmcRG2TeQI4fADdmmDPE"
    "KK7cNqvTOEoHZLU4Lz/CWe5xCCOrRZVwlBfWCQFue7PLQmGt9i9TJ+6h00NbOZmBqVFOvy"
    "BOtCejU73zTrqUYSQ1KKWy7JR32y1EoBjgUgBXgPj63v+Nia7FDNLS8Iie5KRd18aeOMiv"
    "jTSKC1dl3i0Ny0s3HXH3sa1+7SYzfyYkPayGvjC4ntOtaS6GKbF4O2FpJKI0DKtUXKZar7"
    "7UnKZaoK9gxmVVIuvzWWeFelqxl4z/15TznE8aZaA8Tn6Xv1ax9WRTh/Bmk3v9GilhWqy+"
    "pHEuiVl+3JPOlGEnzlxDk1SHk3l9yI0XZePhTQae/CY29QMB7N6SOxOW0e3Qg5LsJo6RgP"
    "iD/gR3bB4SaYh6iHRAcmYqKZ6yw5m+4R5DpPXpGpb+QJ2xn7XBiEwVbY3HE3B2xY7hIz7/"
    "7Q4vehIU293AmETDxDShgUED1oIaUx3nY0UE7LAMgqIDuuSwyJAlmZp5SSajFN6XkYvxqz"
    "lLj2obOao/Et+msi7aKXPht97yd4Pbvl9YTYtU7RZMDhDCd27f+Gmv2BxF6Or422Wsp/po"
    "cqmciRxBt0zRYIs1lFEBxae4SZqv6I/cctVps8sg+JSbnZys1cCxvkmFm/4jOpZVzHje/t"
    "JX5g4zEb94TYSE6toFcew4cZ2HRO7dciAM5lBwHbwoKwOMvkUXMQ/gbhb33axAasEkD429"
    "BmXSX8LThad5n1rGQrRdugOt+u9ReDqZpu9NT9ghxEHBQJiT8FGgVQyxmJWKC1SKTWuLWa"
    "uQj2HlBf6vW7XWLLKjdTU3Ltmahvm12wh+OPH+K1yn+pWqa3X04uLyWsu0+WRTDvyLeycN"
    "xw/CBo4Kod/fyfd5nNvBARGm/ol9dXP0fD82GiWbCDfB+tUNyUCFRP2j0WN3FAqwKfSEAQ"
    "9B7Ak28rC9tYvmeXbzM5sQE0hm97r+muO/X5lJGX400dEsYmnc2osZYu5WqtLyvZlN5XwP"
    "qw+2pfQMLq2X4ZmYbsvv6RppmKXPKAxFJEUxJQIjoPZ+Ab0K31mpJqLIaisEhjkHsbQ7HW"
    "rxa93qtW9E5Lt/84z11nvdLbdtMiwLZtda4LuIrwajvWI+ftz9H9+oWyqm89vbq02ya24V"
    "gP8K/wrscTpOhin8QrZLuj/eTw+5P3xwgjj2nzxES8dCHiFBh6Wjj8x/X0u6TmC1tSGxT5"
    "rIV/m4bFXYox6LXd+d4+fZe6T1hShrMTYYw7+3DKC8swZQNbSYUa8LODn71PxFVPPa7gZ3"
    "+Js67iZ+9+mZm+Ogm779MaDssstI7JDo6toiT4t3Z3swDbX9xVgO3vI8ZdZ/uL2wjQ/UD3"
    "A90/XLp/KDx0gTQtJ/aK+e57tphJp8L0UpNTaStTH/n5m+vY8ytH3tUjuTjaSno+8bHMAl"
    "Vs6yGKWAuZ78ICGVyUvUoPnGKM1oKgIz20tn1qJSQjOy4WPrpCnGnwOD+JeXEMeZ3s+h8B"
    "bUe6trVDDY32D9HgdRdlajSQzUmBblIMknYJftC1RxIpiDhPh+Ka5k5cd1oOmO6uMN0q/g"
    "0Le/4OE54Sg/nuynyreDbYEwW3u4MXMyPZSgZhV2jhjk9y8a2GgiFQMKQjtvioRwVDoh7X"
    "EsM+1f663KxPuqgmg7fHMaHVwvEd5OMHYiNzzVEWRTeCGpfsu1objxnYFlsLLg8XwujJcR"
    "+kgUt73UpqpqcquYp7Tx7IBkz0ZzXRk3koYFvu6soIDTBMoX5nl3iJdtCT0nLt6MZQaGE3"
    "LcklBqGPOynDOVGwgboy8So2b3AOUonbpHz/TMu015NmRWyTT1IrW2j9XWlm2CASlKupuV"
    "hoQAkVdXBzJk3Mh5ydUd6uKi20Y6uqjiFaAVwdnapM4mNqFTEuD5ZLJCBIbvcgOUvaIKwy"
    "viASgeACjSS3yAbcheTPigID2GXdNrTb9fi/rBCwf9vZv9JGN/rdiLT63HQNZlX2L7vCus"
    "T9fWZq5xn7+kR89wL/l748UuEAuRor8IgkthGB5VhDJmC3CDiffPMnpSGm5TZkXm6ANNzh"
    "WMGGPByX2pD8Ur5dh3iFdnNZ5mQHSNMMSWd5ov7CZMfFLqxrXha00y7PNJVUgSjfN4PRA8"
    "gAbNplAW5/cPt3VPHvstuf6/ZJM9gS5T/TLVZR/c90q1UL8HfJjLiEN/eYBU070Lvxp+9M"
    "xD5yuCtAFBjhLn2PPYWYocOf+sjg/Tt480t5VH9N9wVTpFumCMQCtHKwRm+Jjl8gLQNliv"
    "fJn3fWrsztVZE8H0u0qDSmgr766Kv9c40tKkvsLl/hKZH2F/jBX2Zr2xD5aNM1tXxqe2/4"
    "Y//a1AS0vex5V8pHXZ9YItRehc3og976xKCyV/muM9woIDCWwVgGY1nbWP4aGLhn2CMHEl"
    "M5fXmkFivvqQbK2yKOHYU+RIQ9FN7EY58RZqwehwU6Mdu1uO06JZZjzz3kOyO0cJ6QS72H"
    "DbvgFUzkGu99b4eaoCdsavLI7H8P8Z6bokUn/+yJmc78N4+33xS6El/1psfbehLEO3qG32"
    "N0bzsrtsaFiB3Y5+E3ZBKu742Q57CPMbuDwUYGjTux/SAsevaMlcWWGQqX+709Y4oScYMv"
    "Zjs+j//H1gO7geus54ugm+gIxbSFGBcvRkUC4Hf2i+dTfx3VlGDfNAjU4RAdsNG/H2CP/x"
    "n8ERPHnUsGAYvQJosgMC9uzeVhhZHAjiGFO+3LTaVPNxxQ6LHTDVt65fcSEbCr6qcTop1G"
    "mU2IBFokE/iu3w6TMH6rwCSM35YyCfxSrl8BlMwdmDkl8ekWEsuzR7qeTSWVHVD4f23FTl"
    "KalR7CRUGwW2XFZLoSNdt7dbOCDciZB3vyAdfu/Ir91MPFq8oGFN/dkmYg5dtxqzh3bA9W"
    "hVl6CGWQZt8EXf16ealHvSgEizOr/85h/7QTKv6se0tjgeJ7kVohmuePJQEgmesjFVor+v"
    "7kEeK/+3h+jSroEugO0WC89w55aVBqoWPGYdHZBmm1z0R2dcWgee5dC9IAe63dtebe/Efg"
    "kJMpgdElJf3vMTVYoQRY5AcUNbnCeyDuh4z8fT8iY0Gwz/16NiGmJ64wnM14tO8g9vuMup"
    "II4CYeAFppt7TS1IpTVUxTIgPUTeuPkXQJ9vRSPhOJwaUvHb1V8RyxUaUAi2tZhKcbplUu"
    "ddvh5KRAY5HWSWcHnqbbc96225MdLoFW38fdITwciW6fnIzcbmG7/bFy6ixl02mmAPzK26"
    "kDlTBdsGDBggULVs+CpTNqiKZfJ75Plqsya7YwbKRo2caC4NgYlAn5TNmkHdNemk4mdda+"
    "4Sy1dPGUCBjqCqo41EptI7TZXzA1b+FYkq24AuaMFOCsgDPQTul45aMjlYDlo6PyiGV+rS"
    "u0U8dWct2sE9joYKODjQ42OtjoGRv9J2r4F8zmPpAY5vG1UZU1zv12ExoNq9UE/z0OWDN4"
    "wC80e3pOkxxqU7zEAxVS6IY26yopdBBX3GgdaVOLcovGA7gK4LK/m0iie8vRjQUGCG/9jL"
    "HnuJKDoNyyCocPprV9fXRER2uqFRHtfVE18o09soh0Rb3MSABqXmSmYNc0gAKR8EymLrHY"
    "2+NuDmSmbnRtVGXq2o5PZxtuvCeDt4ZU80JKOHBr88Dl1dpbIIyWxPPY10TO2veoSURBJf"
    "Zg9Oo3ciaKKK2n/C5TEo0codsvt6+LAdX1375mX/gpnb8U2/uH8fjw8OP47eGHT0fvP348"
    "+vQ2PiaKl6rOi9OLn/k+lnnFFCz0BbZtPe0nJTJA/ad+dy54zJv3mJck6JUjXJqgBz5GqY"
    "8RXGF953BUmLvwYJe6wqrO5KzckLxhLRzPFT6zENcafGZfkjv1bCJU/WXZNdglf1mEvcSG"
    "SE3LVhMitRgajVr9/QAbhrMO3lq+13E6/g9e+DSsxRN/Bjp9J3V6YOIbJIt96ltaunwsME"
    "B4340/qajy40/lujy/lgtnc0ytEO5o/OAU+XdvlZJU+bByfN8W01QtaksKJle4O8LxgwO4"
    "EUspOh0LAFebSykx6P7ZHTd30UZaYNu0dopuyErCLHd5liFyqXwPHS7/ERo+mvWfM0IQR1"
    "/0pmqX1IY62hqB1SlrfV+SaHWS3KtfGKuyRNmXVc4S5ZZuDcAOvvxwSc1hBeIt7cQRLnJK"
    "JO1GTkPZz3+/IVacvC0HO+2X79nRWgb3f5qkJ3+h3om5pEE+hYSjzFwfVRGVC+qJnLJkKG"
    "TX9+mQGVWQio/Uoz5TnHSIg7TMANmv+slFk6yw60c919V92WmpAQJdf0wq36V8bqXJEtK4"
    "fVei6mfFqoy7HoJelQjOjLNilQKDLcm5NogFwT1h7KbKpIwintuORyU6T8ULnxYaHiurxH"
    "qPK0jvcZHzxq6xYFqhbnW7tFiL8dPxJ70NoF4xJZ3oMilZoSGFkTTWmzhArAYTlWn5X5Ob"
    "9QxlVTM1u8D2MFUdY831rT0tVYb5T+GdBgR608ZqDJncVk0jWm2qmumRCmXO2Yi1wXsjmy"
    "g6F1B0jx+RSwzHNZHhrChvnuwSFM8nmrnOksfTe0RW3by2+4LN3C2bGQJxIBBncIE45Tlw"
    "JYE4LaTAPY8510jPmyeXMwz2Do7nrOQAHc89cTQrxRfENLmmrzknBjaSgn807ZHY30rK+E"
    "J6hrSylzS3zLoUTZ8yVOUGQMqMrdb/U8Zz3TWocl2Cl64NlaieVRXnM6ChK4bDB6gp1q+I"
    "i/9rYBuNHyC49TuqqDmx18spcYsIn9uGu1kxpMp2hpTkILCu0v/O/3lXrYrH6t/l9dXP0f"
    "C8fl6C/WRKzW86S7wo2dQEtLpHN7zWGRqmbKGX45xIDM4LpoJuObgFbKfU9ReTyKOq6qrN"
    "Sr1kP21KodOz2IqCYLNtt9ly+nNr4Zddg1nVYCuust2dW7Hxt793a4i2cqPurZ+SUC5pxa"
    "l0oFe5cRu4jCbZuLCGTVyotvzsNi7kLJVDP9ycJai2PLRZlzgQCtWWg7N9l1nPSraShdrm"
    "JtvfOS6+2tFUTTd6NkdBDrLoihGKUFIbOOF+8mRQB7q1MGagfYD26RD3MGqQ9jGDBsmesS"
    "Dm2to7CVfc7Ta82YCmIKughZix/aMevGifE8fapcouTGKzxb85WxDj4UDClmUHjBQIMxpK"
    "TIxYRKlUeySHhBxyZggjl7Cp8XziHotC6jNsEITnmL+x4oOLn74zGAZINKAeIWyb4cco8B"
    "yKT/hfJC/f3vwjIZi8W+xe0Llezz+almnRQ8pXXjte0votF6jW3ni1dugI3XQNQmpOxCY/"
    "eSBapTTzcjuh3TXeqGFrnG92u6FdlAS8t+Nt0sTuyxmIloPLGFFaaizOuFT/YK4KX7n+9f"
    "TyHH29OT+7uL0Ic1RiYltczPIeN+cnl/nsqoVLvIVjSTS5CpgzUoCzAs7QV6Pv3rou15Xs"
    "3BTX7MOBKhMDrjDZNZCVk6c0S0zWV8MDCniokt0hVbYnaXsjaMOb4F69VW3apW2zmElo2w"
    "KoW2lbNzVWoYxHOBzNHDeqqsHp06jyBrXDRRZW3vB+RNT3EHv3fMJkLMt58picS74Pr38v"
    "LnlvVhtZcY+Gn6bSzifnVRM34D+kov7+4O19Yv44GaXX4gc4XojgBOsAIjhf/KyrRHCWpX"
    "VWBEnVnM75vFtplgVXoQnH5TThWFrhtSyLpbyETVYKCtnsUchmtXbZEC1HWkpkgI60+n2V"
    "7HG+vAph+QpPy8D63mN9m6k2A6oLPC3ToifTdJ5sy8HR9+mdwziCbVLW57t8uUtE21/1B3"
    "+ZrW2Do4qma2r5zCB7wx/716YmpO13ITYpVV+EWKDFt8BbT4Pq7X19DSBuIgXvkVKV8KOK"
    "KuFHxSrhM0ImhvxELeU2MjLteRPeNoVy7S4auotlmxKDRondsWKL5EVUqFg3+CUvB6EvCq"
    "EvEWaes3ZlETAKcCeigzsSGjlxzc2OzXw3sH31YPsi31aU3W6HOc5Kwix3eZYjA3hSEsdQ"
    "nkldEAQNL6/hueSRkqcd0tSLgpCnXoR37mLdCKe0CEAqyerN5HlpJvbKZAFkSJ2G2Mdh4B"
    "pHwegeZlkxwBbS/euOftyS7n/D9OSbi7O7A/l6rgHilxC+m3+RFSCGCN5aInjl4ApltgZo"
    "f47u0y+1TBXXtM6fQZV9AXT16+XlQYUKXAO8hWoLw4RZqv6X4K0SiE4e928jmYmYPn8c1v"
    "7RXjB6gNy2iPQYX9Ww9AmJJbYGp98tCOJDHhhSiNOGFrVJprjHMSI8nCEMEDcW2J6z+0w3"
    "6GnhLEfoifoLEUBuO76kckgD94cyId0KIectQSfa8RhZKfAMbfUM+Y4+yGmZAcY31g8yFt"
    "W1BEYaMGelAGhloDWzkxMRoD+LNBI/IHVWbTR+cHtvI4FaUDah7ykyKolRkQa9CxELNKwy"
    "DZvKn92TBNBNiO4a0JocYQe7o4Yz4DjLg3JLll8dqViw0cCthusvzhNyeFnKhKFG7tr2wq"
    "zmMPP5GAUuf8QfOUIzQoIqlE8LaizQLxe3CJt45YtKlN4Tcb2iBdvkg8CU7ZYpC9nQL/HQ"
    "h2zooc26JESvkA1NbI65ZBetbGqQkoKuBupdDYLDcbLU7ICSE2vRUmXqzhpb7dirnxSs1U"
    "+ltuonSClqnFpZUG/ywP4QnbWblmkz85YsnXaWbf3Z5Rwy9sgZnReBLk+4zUpBrm1my64j"
    "15Yn8DNbjBcOtjUbWOUEB0c1NtDHyvGpLNHqjnwr2bsTiQHAW6Vgnv/zrnptx/rl5fXVz9"
    "Hw/ILveMxw7+3rAu2nQ0spRmpe2+TOYf80H6f5rNNRU5SmnCDci/T7jP88t313cyCh/OJr"
    "oyrCb4b/nJB4WK2donMU2u8Hq/WUKQCLwGzDa5MSvlyg0iBwa8CyALcGsw69ols+0Xs4x8"
    "VXG3pFN9krmv3lc0ev1ltapilT8PkKdtZvaguPutS+KMc4LTPAQL+xUujUuCJ0aiwJnRIe"
    "bx1KI5EYBMZtkxqe4+qUnIiGA++f34VjW1G6Q5zb62WBgciu45R8i+QctnQ9VwerxcajBs"
    "X2MYp/vI86BbDPgh/ubXbrYxTd/9mjiDOGvYYXNyPXoh83/qS3jtwYuV0q7OVkoYJRl9V7"
    "x53r6fWJAITAbg+BZWgVsYUKBAVuO1lVJZnbzxP1KpIyr9f+1Pl2IOHA05dHVTS4SNWcOM"
    "lIhXZCprNkgCEhip5cXmHYTvIkgwxKEXzqEgtviIl8B90Qk3oIz3gEKm/BbjjLJfXzp3jt"
    "N685wPWUzl8KD//DeHx4+HH89vDDp6P3Hz8efXobb0DFS1U70enFz3wzypwj29l68X+p1l"
    "vihMaDbUdef1VV31lRQwfdWGB4NWvfjVXC39iocrNgXAiBW+FN1H1ANYooJQJNKvYJFgI3"
    "38AcPmp5c0IZ2KlwcVoSHD4dswj3iuapT92+XXpn3M6RqNrRpUo121vyGNFw1FYV+9om6J"
    "G4dEYNUQgHcVHkcY2YabsYiXhG0V+T/z/sviuUYv572FOqmElW322Vgl743SZTagq7It95"
    "M9syOH0VFPJOKuTQ0L2hoqbQNK5pP2tJ3Pi5bbibFUOpBOX2g8YH5ALM7v7KKzsjNQjgm7"
    "bl+Rk+WWItcz4tAyArgNyhnhldg77vBka2xo5PlitZ4uLtEltWuZqTkhtMEMPh+OOHWLnh"
    "v1TpNbdfTi4vi8rN2tst9NYDH20vXph+dMEktsknpJWzp+Zc6jkD4wlrRWGmRAZ4tjcQw+"
    "M6j9QsaX5QoapmxQaQ+ti0EhUjZmhWYSgIAtjbzQJwg7wQN0hHGHL2+vpfiOfhuZQlT18e"
    "VTHlbLIeiesJgnqyTEkoseahAMK+CBfxeNU62yDsyy6nxP0RBWsQrYjLeW9TlEMzkWHx4F"
    "JETfSKlwXnVxAVFb+R5zsuMRGes+XzWk6pt/BMCd/+ewYpPog9OODWixf4U+NiIOGvIfNu"
    "Rb0p/oDAmD7w8HyWteAPBYZEvrcyBWnIM++Psq2TFQNlXEEZz+xNqukjaZnB0C/1ZfJZpU"
    "3zKhhiq7xp3hBWbv0Kt+7uMOBtoWYOZOqYEgJki/cuEhoEvG0778B4LF/pwzIeszF0Bras"
    "HYPoMqJA2neZtM9Y2FqalkRySGZFU6lWeXt8z5yrs9ztega2auKVZLF1KgMrMw0yxis3TW"
    "qUlxrVdYLSMj8iC3v+hBn6nEHiHFRESYnoO+KOkI8fiI3Wgn3iGVKu84Qsx3jgnfD47zzR"
    "SnTIc7HtYVFMtEh2tfZUKd0VKcwumQVvRPjzvtTVS+GtGiusBpZPg4RIerWrApyWGV7CVv"
    "3xoeEuoonwHtxIp/FtIN2Q+pZe28hIABy9W8HtRQiOsyJ2OwDXzD1FKo6eyyUtNRhCumWn"
    "i8BQn4lIiUEuX5dJCKAYXyDFaFjObhHBGUGgFzv9ZvOpmrA17OlVtszLDU73q8dw0Qj3Sl"
    "FSATMjSWw4DSU///2GWDEDVUI8ZmO4eratlvGOucIdrk8NusLS9lU6YH1N7jQksJpkVNOQ"
    "SQjVHKKKIYSrnJQCt8pFNojaCGcIz6QKFXsiZR/zGD1RiAqbyFi7niNr37r/7ZSC/8RDkl"
    "gj8ZuEGf29ciBwpm1xptlZUA6Ez84d8KcK2R3RAldfw2kRcG/Kmmk6enReNB4WrMKC7X7h"
    "u95SpTPHnYSFpPV2hKIgtIwobgtzl+lYE89w9LxVObHhOVTqd1gZ2J5w37kE58qy4xk5aB"
    "+tXnX8Xw61d+KtMoLAVXaFyFLhKi0y28kBkYgBT9llnjK2uvX9ewVRcPLt5uTju4c+/Gkp"
    "QH435CEIGIKAn/8gGUIQMK+femIYZBXMmDwSODdoVEVfM/R8xxXYcIMTZ8WU+GthqiYVXM"
    "UdSFDGlcPJ2ecwBJfazLhdsmvh4+QE9p73kzLY4d349fAeEMf7rJx0NAvqyKYk4AiQtW8L"
    "X5QdzIicKJiOXbEtVExHqJXcikqVOkH21Ka+rE6Se/UMZFVVKru+MlrU2cnt2clP58+sRP"
    "0jPE3KNah/JOeNsvqUOqPUSgjFXQK3qTbo1f3640dydL/+8NZg/x69f2uwn9+9nd2v35MP"
    "H14f82o+1CCe8OvPCJGEB7TyxJq7YIGm1X9NawD49ivBpMf5O/ICHOXds6H2xh61N/imrQ"
    "N2NB7A3qVLQbe6CXdtOgZsoiWzN9UNDytKQjRIia32PPbET8ICOJDYEeEVBftBlWsNRicK"
    "u09cm/ho4Xgr6mOGs/NkMwV+uhHXo4+j8TPqej5a8YcwrR151Je07WrqISpNvIjNYQleAm"
    "Eu7tCjC8yFPc0FyJV7iSfUemXuOOtZSZj1rsy6JCylkICU2mU1Zz0rCcnPnZljaeiRmCpd"
    "1bMgB4pnkQzqfgB9jyOPK5i2c3u9LLhb+se6HRgLSmbHSPzv3sae5xiUfatJ+HnuAzbC94"
    "MGQ+xa9OO9zXYLahLbP0bRT3m9XmUCxypc3ricyxsXy8WsCPv2lk9lLFNF0Zis2OCSTY7e"
    "vlVAmo0qhVpcy2LNHuU65tqQh3yVU3p5uQGg3Tqxt3DY+ftAtDpnZYSGl4fSQFvMhB3QyE"
    "JJSbWYgxJ/0tskFIYI+xITb73UUBmzQoOJlq4vlzXApySQZBussRgAW/DJsuNtYkobb5ei"
    "mpEBSPOQ8iZ4ji6mWSEANQ8qZXen/lo/D6IoCDF78hjYZ4mFzKtivfcQVARCppZiEWTtYM"
    "hrd34VNtrs2dpVDYUsvrraSSWZxB6P/RUiRWXPmlGBe/IsdcMBTUKuFINlOU/ErQWwz+Jm"
    "Q4XKMxbEXFv7Fm8LoLoNbzZYsIj7yONfa8EquNdgoWKGZj04hQUlhgJSMTRFIeXg2iZ3Dv"
    "tH8Yw9MZfUVs856JQyU0PCAfsK6OrXy8vcCVtD1E/m8CyNAMofsUrZBBmBraFBvy2wL8Jv"
    "DOxjy5mvCXogZOXxqByeN5m+I3Jck7jH6GnhRJ8Tk/+2FHH8Twtij/i/IkwnN0eNPejepj"
    "56wh4buFwJv6MYwwsWBuzHG8STF3hPF97aWNwZLfED8RB5JO4GsW9jbRAzP5crx69IBS0E"
    "HaVeMgg2ajvYSMyjnrWWFoHshIIFXF7lcbvLtA+1HgVtx6aI/XtvC7rpGIn/7eLxrL+g3g"
    "65t0ONmxpSDE18Ku0SFpmThUJNXZ5pz3BcCeN9u2T6RemZFAsNKETqcPzxQ3wY8V+qzqHb"
    "LyeXl1J/124dXuuNKO0YwEN6XaD4QDNqXGgJ6gVspmUA1e2ejCT5Zk8nRpLp0zOAVdmVzN"
    "KSV3OQ7Ao1IAu1Mp6zVkbG41HKbyUeka3M1iwZukNpsUDaQzjMUVMpHyaV2VYiLNwYoEIY"
    "JKJ1cmfpaUoSVLMChbL/qFYolKD31K33FJcwqOu1qOvPqVDGcSGlKmU6cmSrUumlB6tVXS"
    "MudczIZ2niTaweIuqxz5C59tlnvrgcFjbIlDTweHG0D4c/jO/XHw+J+bqk1Fojj5Eqr8m7"
    "wR4jVr54tqQlm0l4y6lllCPGRoPPE/TabuxvA9ZrocDC0GZdwo8XCyxgSU4gn+4ShRvLsg"
    "Ezc9zD+a2YTz5H+WTK4OAqoKYWwpBIdzqIYem4tkjiDn+4t/GM11lyHPsYxT/e2+SRBOPC"
    "H/JqxvMEORh4hQ3qS5Z2tZs0LTckc7IOV2milulW6cjJDQlYYD86jSpks4G7sq/8h3zvrQ"
    "PczM2GCnD+1ClJaSvZLWqAGfIGn7kZVTZtqZzJS/KathN5qbEK7uFweEKqObMZcb2RyBpY"
    "ufwStdGM2HEqQSY74YnNv/Mk8yHXd+MtXJ0IuAYvM7BxndyoesrLABv3EmddhY2D3JhnpY"
    "3EyTlhx6bGMZaRASNRYoQH2sZk4axl9Q2qCbm8bHsAiz+745QcFJxrs+AcUHR17Q5AIb2A"
    "EJrgPSozusMiGdst7migSvORmPPhSftuyjwOYla8IFzl6Id3+H798e30h/v1h/GHj7xZ4D"
    "t8zIzqR7ZO2IxgP/o5bh7iSQJo2njgtlCahMoDI/05jXSmBS6xK/E3Vp7EKSk4iTVOYs9x"
    "JWbxlgzYUGYwJR/Bp9vNTQIURvDp9g1fUMjBp9sDgMGn+9J9uifEpcbiQGJXhldGVTYlTs"
    "ZsMyfLgYXu8d0yvUq7x5d3NilvH98pb4k6xNkuSUdHCo4RNqq8TxK/lisbxl4qDYTD4QNE"
    "951Sa6R3Fa2R3hVbI7En+lJF4G+311clzv1EJO/jpYaP/o0s6vVYGZCBy8HIMAiF1kj5Lk"
    "ijrIeW3+D0uRsz/+f/A7yyQQI="
)
