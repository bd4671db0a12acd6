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
        DROP TABLE IF EXISTS "doctor_service";
        DROP TABLE IF EXISTS "doctor_consent_acceptance";
        DROP TABLE IF EXISTS "doctor_follow";
        DROP TABLE IF EXISTS "doctor_consent_version";
        DROP TABLE IF EXISTS "doctor_site";
        DROP TABLE IF EXISTS "doctor_consultation";
        DROP TABLE IF EXISTS "doctor";
        DROP TABLE IF EXISTS "doctor_schedule";"""


MODELS_STATE = (
    "eJztfW132za27l/B8pebrKWmiRwnqTtr1rJdp/WMY+fabjv31LN0IBKSMKZIlaTs6JyZ/3"
    "4B8J0EKUAiaZLeH5rKIjZIPQCBvZ/9gv89WDomsbw31+78in06OEb/e2DjJf+QvzRCB3i1"
    "Si7wL3w8tURbx51P7KjV1PNdbPjs+xm2PMK+MolnuHTlU8dm39pry+JfOgZrSO158tXapn"
    "+uycR35sRfEJdd+OOf7Gtqm+Qb8aI/Vw+TGSWWmXlaavJ7i+8n/mYlvruw/c+iIb/bdGI4"
    "1nppJ41XG3/h2HFravv82zmxiYt9wrv33TV/fP504S+NflHwpEmT4BFTMiaZ4bXlp37udJ"
    "J8dzCZXF3fTW7P7yaTAw2ADMfm4LJH9cSvn/NH+G787v3H958OP7z/xJqIx4y/+fif4NYJ"
    "MIGggOfq7uA/4jr2cdBCYJyAariEIzHBfhHcn9gVny6JHOGsZA5pMxR9E33I4x6hXAV89E"
    "WCfDLb2oCe/UDz2rY24ZBX4Hx38eX89u7ky1d+u6Xn/WkJ/E7uzvmVsfh2k/v21YfX/HuH"
    "vUjBGxZ3gn6/uPsF8T/Rf11fnQt4Hc+fu+KOSbu7/zrgz4TXvsNezacJNlOzM/o2Qo21TE"
    "Z9vTJ3HPWsJIx6V0Y9wig17OHTJ6PO1nSy26hnJWsY9XCSVgx6m4tsf8e4+GpHQzXdTLQ2"
    "zILc9r1zp3Ft92WuZfdMwBX/L2B6tsCuHNSofQ5L9oh9XBmX+NvEIvbcX7A/340/VUD328"
    "nN2S8nN69Yq9y7cBVeGgfXsvg+sJ8mx/fcXi8FxhfsmbBtkALWkWyXsT74enP928XV2fkx"
    "WrnOI2W/g/2C5ZJ6Hmtwb59d3P2/Y2RQf5P9+vrXK3HBWdu5S1/Of7o4O7k8RktiUgNbE8"
    "rwof7aF1dPbm/Pb2+/nF/dHSPsecTzlsT2s20urn769fbuhnXPfuuawbWZMF0f29TD4ql3"
    "mBuHY4WpcTgunRn8UnZiGKHlofriRe3rmQxNWABMz5izT8hxEdOkTeqj6JmfH+0VZh1roB"
    "21b+rVK8B9cNDKGjc+OlKAlrUqxVZcy4JrkUdiFdG9XWLLKt2dY6GdduWdVre3ze7Jh+OP"
    "H+LtmP9RtRPffjm5vCxux6xnHxv+RHdbzsu1t2W0NHE/vFeYtx/el05bfkkO9YoBJcH63D"
    "bczYphVQ14LL0T4h1TLqushvN/3GUMhgjaV19O/vE6YzRcXl/9HDVPDcXZ5fVpbgiYEcDs"
    "BE9noqdEBjfHG1mcl3gzwauVxf6N1aUi4KeOYxFsyzEv6yI3AFPWR1MjEH/T7qw/vb6+zM"
    "z604v8tP71y+k5swrEkLBG1A+M0sLKzrTjGbUkC83fbq+vSpSQRCRPUFDDR/9GFvV6aMJW"
    "4M2xqF5l8gvKKMs38A7yq8wKu8JE0OEOMjLAGwTTmfsxZg9S0j3AqwjwZ8cldG7/nWwKpm"
    "4O1aLnpl8A/yeaQtG3ySO6+Cl2/mRnFvv9AUvFr9ycM6P14owhzYGeYuPhCbvmpARxY0Et"
    "thXakrU8lPz89xtixRbvC4E7p18sqS1RL3QQOuF9nBiCqOgO7VIzTgmRwvd5aghM9gUu7v"
    "Qk6XPACLJljjCksDsnfn3QiX4jhWugyMVzL/NjAT51+NjEI7brWPyX7jn3zqN+BronPAdO"
    "vZxZq8XGowbF++4DX6N+hgoUu2J7M+J6E2e958oVY3UX9jl8zOieGuyLgSxe6VeuY/iOOz"
    "Ew+2JP8IKuzlhPA13unw2sXs6xJZtheL4vUF+CXgY6oxbUm6wYAvurEL9Q72vQ0VDnk0lW"
    "2PVr0LZ+ijsaKlQuMRzXnLiEPbK3L1w3orOboK+hIjbDfzKrh3W073r1Gf95zvrZDBUoU+"
    "xb+76BopNhQzTxjAUx19a+EyrA6jbsbOiYUb8mvLjvbEBYcRbfGTsp9j7D62cvFTcCx1mW"
    "o3ptkzuH/aO8FYS9DUQf40Aux8sctEtsM7XTDLvjwjIOX5IulOf4y3OGhEdhglNNIXGord"
    "kAiUOQQjKCxCEYdUgcep4QwG6PcfHVhsShBhOH1h5xdaOU0zLdzWPYMXqz/ghlk3orC2+0"
    "g8HzcoMLlK0f6hX2vCdudi2wp5kokhPscrLWjnA3EpfsOlKapTwaNhbYKxZ2t2n9l9naNj"
    "iIaLqmlk9t7w2/31+bmu5th8gu154/MRbYnpNJNKMl5ENlkHhJFy0GiUdrf39jxKPFJMBx"
    "F/W0pItW9NSuRJH3T1GlHgdZ95VLi0EuhsZ7ZmG2VlnOnFN52m9YQRjerS6/W7ul90Fa3x"
    "5pfQK8yZSa37Q06YxUQ7gPyTzk9cu0eI1EoL2c644zGhUpTQytIrYN5jN1DV7VhKZkVmln"
    "M+3oITXjUIR9naPKQQ3dXNH3dox+WVV4RZOLoyqX6HKl5Q89OEG/E7YL+GhJbfrdynXmLl"
    "4iTg2O0APbxZmNvUHOitjURK+wbSIGusP/eFoQG/kLgtizoAX2ENsvXr85yAHWRP/gqe2W"
    "pzYYPR3lIpEA3nmrYhG+EFrMfiICmttWgHkgP3ukyQPZaFsmOVmwT/TtE6Bb2qVbILCmfK"
    "XpZ4iFSmANkGzDJtkKprNK1QqXzNhtF0yVfiD7JpbeBH3d8a56+OrrJeHuB5VODm43X5Nq"
    "mJhVx3aJGV5Sq4ZsENbLYHNBBEabCXnkOVmTJZYVIdVH6/xxuAUDsojh6d5J3sOHzAtK8j"
    "7unxkSYHUhuhrqK7nmSd3PgVYfp1b4Ni7Jckpcb0FXtUD2RXQ31Ak2dzFfulxiEPooNXs1"
    "APuZdzZwpOYMpj01rkHDhA2Dl6LweIS0LDRVG6gT0eHg4WIWFMC13eappbiCemWFPm6DUK"
    "hjO0bUZOMvDp5YEONhT6guws7OeF9DffOgBoUuYvzq/mvVWdALX9ZXcTzJEOEKSwbwRuzm"
    "dVQZDSI4zlIdDhW7mWNZzhMzFWss5/FZ9DkkxLRCijSjZTKEsyRgJk9IV8bMZJhw0Xpr5M"
    "y1TRD1vDUxUSiNhPSPwf885Mx4zAoSfhM0c9wlwigwmPlfTGjtEWQSn4hclmLoTBM32CN2"
    "5l8+1YlBCJsPLsDj8INC/MFh3v2TOg3pw+st8TSzmPJWxTqRaO2EpN7hnao5+21F2du0gx"
    "80KzlAB3jfvaAFIneHOhIepGn1Ynxd8si2wV2GOCsJo9zlUYZopfJ9crjRSmEIu15CTVYI"
    "kmq2J9WkMgX2TKzJZCf0DGTV1Jrs/Mqk15yd3J6d/HReW3aNpiksbNzzlWMsDiSGcOrqqM"
    "oMFlblhMQNt1rA54/E3QTGKLdFMfLW038xYzOyWqeEmaHMhvU9ZKxdftASYvNouWLXmVmK"
    "TfTKYNe/D3H1vg/M2jerjSSPpMF73dv3Nre1XecJrYgb9+zztJUn7CHC7o1CpQG9uj9Yro"
    "7fje/ZI94nEWHHR/cHr38UCSvBfR22MN/bc9ap9wbdEJM9h4GNBfHYM/J27G9+Q/Y/LsPm"
    "m78YIc9hvyxobDmex29KH5mI7TABe76vCR/+Mh3TMiUyOFP+/VsF0/L921LTkl+qNuXFVJ"
    "BQg3ReuovFIoM5ifeH8fjw8OP47eGHT0fvP348+vQ23saKl6r2s9OLn/mWlhkNSXz7ztU6"
    "ai/S0bWdrqcao8RQiNllxZjnJnffk7VJ/V8YsrLNN7lYufdi3myyiNpt3Xpv2TBbwZa1cC"
    "yT/RVsI3TFd0f+kU1mao/YNmLwXetpQS2RSkls0ZhtNHxnClohyo+JN4lb3HYbvA+kcXYr"
    "jdMjf2ruVIEA7FO77VO6te3aL2nX2/qBS2zoIBs2B2ClwHZpl7105qWbLL+msMdaYbPOVI"
    "qvWmIHtne1ssJ2dYd7MQOQ4he1TbDBml79NbVk7DwPGxOjo7HLZqUGWJj3nUqkwrvySIV3"
    "hUiFADK92h9pmSGUo2haVwzw0i3qnZUCzXErzG2Xx+tYCZuay/1jI4on1Ziw8gjUAYSI1T"
    "9bfewy5V57i8uJwbKgCrTeFpcRApC3ghz4RosIl1f3TyT2Ku/fMVWiAtdG6vjjmU8khTHL"
    "YY8FAPXdUacSh2v5WkJlvlZYRIqLSJiGprlUZ6UA5u168to3HD1bJCUCVrWCVb1yyaP+yU"
    "JpoQHCXP9M5s7siaYnJi0Di8V2iDvvQuzZ/O2Kr4vXp/CWPAl5tbKogUNsio4vacNRpRcs"
    "FpngnMz2YuE8hMPzqb8Wp29x+Y0ICXHQlPA9CGH2bXyDdOMReqL+AmHfx8aCX/QktcJr7x"
    "5iTLoVYwLZHOXQ9zM2Dw51fomjXhaRmSk76GN/LamLUBFrHku0qPt56+mS+j6JHqd35gxH"
    "jSyJLI3njnwrjzJPhAagaVe9N00UrU8pGloEX1YMzk6tnf1j66mn5xlLJAbwHmQXm6O3Kh"
    "kurFXpciOu5RF+pORph4Pci4JwknvRtRujtFNee1oUEtu7ox0VlWI4L3D/96YitRnOC0RK"
    "Sc1tnRe4OwPmeWzIhKpaTYAl7Uaq/FdWZCv99fuCGosSAgp5xOWZuhiJBOMNeuW4ojpXqs"
    "1rngDFGmzYcvMdnxc8S4r384Q3RTas8btJyLE/wtiKg38CTQY0WRfXtZ4SJkCTvcRRV6HJ"
    "gk1oB3OqKAjmlCRSNtnutTVuqSwo3xKUK8I4S9GtiuJ8uahWmDShagZWzXarJjO35JWayh"
    "cJQFilGJZsbeyUCXmKzaDo/YHEbkwujhSNxSnmpfhjka3G4v36PXlr3q8/jT/M2L/T6dv7"
    "9dHs6AjR5cpxfV6yaiMKaKxc55Gy2TRCbAK4NLiQsuMkgRI19w1REmD+9WR56qkhAObfSx"
    "x1FfPPMUS5QrbXSZyWfNhLnAFZsaox7+F4V4wvH7N8wTf2w+aOq1UxPy0D0bAKocbpxyrg"
    "XB5nkhMbgIe97UgTz1m7hlY+SCIxALhz0VPjTyrhU+NP5fFT/FouHySq4arHX+TFgMLYTm"
    "FUHKCubWPrnKLeNZhVrez8HOtS0ekz4vp0xvMHyIHEwk5fHina2EZOpjM1usCk3bu4pEux"
    "pbWLxRKDqzt9OFbYxA7H5UcajfNbWFAEfQfTMSMIlmNXLEcVvoDYrmOJZVNrxcqLDae4Xb"
    "1Ki86mKhmU4ohc2+TOYf8oqjfn6Z56NRyqyk1+Jqp4D/bTWDbBW1rUVcQFZS0lbr09YZIf"
    "KEEdkxrfpQK5RAc/irMqPOL7DEsPWfSRR2+hR+J6nJgfoZnr/A8/7ILNEtYUOSsicwU0cg"
    "fQnrqlPYFD4CVu8OAQGNqoqzgEjDBuQJnJDtuDlbTVStIt8tl+ec8eOwiq0n3P7fWyoPY+"
    "f+qv6eKZr0lcH/x0c/L57hgJ2Xv7+uv51bHQnO7ts8vr2/OfjpFhOV6YTvz8ycGh9jcJtT"
    "4N5UwmOpizPmqLfORDv9MenRGEVL3u7MhFRSx4oXfRvtOCMMZdG2MNzieZDJH5XJwLp6Hk"
    "57/fEAuXuLzTjMNtuML2UJso43jkDOWeYO1FhfUBqKm1JiuX7g3UadTPkIBq1IeZeQ3LmM"
    "H0e6rOEE68tFitrsw/DmIOMlLOIGHzOQk6fe36WZTqziNcNFyKkJZX10nLtF9a53kUrUaK"
    "6ESssW5KYkEOMhIl5xMDmT8wWleFzA9UAr23KSUCe8T24MJYJ9ozsDD2BvcMXlW/e3pedS"
    "mgMDHzJIp4xgZUUsIzoRhKrvoo2DJVOOUYMThn1F3ioMrwjFpsCEYoKLU1QuQbXiJsm+wL"
    "jw2mOOHaFudlS1319d7h3r637xYkbIpETUdEPTR3mHZpB8l+Bpv93yeofC8aeW9Wmx9Fgq"
    "DDTQoUrDnevY1dwgMGovRBXmWGGgRhT/w5s5wnhM1H/vqUBgqkbJMk2jdvnaQapbIRD4I5"
    "zcFg84OJpJol3xdlxG8SN3Qdg5jr4OSaAC+xEeAHshbnfHAwJ54Rnm0TfJ/8nXrezL3l/Z"
    "c+UVY4eQxFgeRpFQUyQdXlMmARQshGJ/apAWt5ELIxtFFXC9lIrbk59tZxLILtstCNlFxu"
    "yKdMsKlRjr9pl6o4vb6+zIzo6UU+/+3XL6fnN6/eiaFkjWigl0psaK6CWJY+4mk5QFwD8Y"
    "zqoxpAkxEa3mHEDdVy10E4UU27HTbTmRiwwLzSYZUTiW6Ua+e3HUy59vj0hR1UprwsBFh0"
    "R0cqqsYW9vyJfnX+nNjgMtobKdGfpTlydKjl4LLUsIxYDuoZlxvUK/TT9a+nl+fo68352c"
    "XtRbi4xe+MuJjVim7OTy5zSCdkjeqETiRanMu2Y5N25nP9OlGepVOezgV6Dyb09gmd0JWq"
    "EzqRAA1/+2wO0NrpcI+UIKg6XVZ1ulFzuGMDXHsYBTjUa8c05S/SQ7YoCPjKSDSoNAXBID"
    "0JBkkKMEhncA3QvvgCXnKIc8ENe4I8/Erkxb1HAeRnrPjeMb1MFebtBd/Zk6CrXy8vq+LH"
    "8ucc7pnwciM6OTGiVgOZ4tklF6+IuydOX3kfw5mbejlBKaUgW19QjmdUp0khiS/b3YCw1Y"
    "jaTHZxSdRmZosvj9rMaBVQ9bFXOvgIQRDcywmHgiC4lzjqKkFwgR64y6hnJVuhtp+hHGIP"
    "x7j4akdDpZsYWJADRrvIDnatPNXzlf6qvzoVNSf2ejkNjKAswOe24W5WDKgyXS8lOYhKYF"
    "ULUhMnWMQITqbU/KYzw4uSg6tyV/9UXy3CYA+taR5LDcGJ3/YMF+Bpz+6sVEO4D2pmc1qA"
    "GmSyy4lPUuEWQ7D4mY2H7+/XR+QTPmhlAOoPnvZWxKDY8rWAzwgNLn6z/llusUlqe4Tp4D"
    "ooZ6VaUwlbQrn+qbzCnvfkuOZkgb2F1jqSFxzChplFe3x0pAA3a1WKt7iWC+Nce/7EWGB7"
    "TiYRhhISvip7q6yLFhO5ohegt3lcEOLTrBG/XE2wYThr3WNZCnLAkGyN8YFIiRYiJZKJWQ"
    "PGX1YnSV/9msuqIBde5D1iJJIz5/ctDJo+7n4gszub8QSlZtWAYldsb7Z/QEnksb8L+xsq"
    "Xi6Zsseb8FM29o5V4j2dDWuLyeZW40dn7TLVc0+kPkf9DBWoNkO6+glQRNaxxeVpf6jC3k"
    "5EZ0PF7Ml17PnEdvZ+/X7nHV05w339ZpjTwKzJ/vrCZ9bVWdDToNGqS7/ieA1Sx9KKSN01"
    "xDJWtqpCLdMamULI5cRPt99aJvMX6vmOu0HOTJSETJmUCKfqW06J5fBDJ32nWAdzty4gtr"
    "NbsZ36pTwGXMWjEcZ8uplgc0k1edqcFNCIRY5WP0QRAlK7FayoEoY8c53lZGd3R4k0+Dwg"
    "rblVbNkE33kOS2UB5e2OJchyrjHLOT5VoGpxBv+dAswle5KCEy+7EgDYCmBLF88SqMt9eU"
    "3SAimHgoQPyLobVIiAlKtDjQs44SdRfMc1X8SFkDjXIjHm5/SReBmT/mnheAT9TpiN6CN+"
    "MzZQiEf1oKXzSJilX+AK6r/FvY3t4NSL0E17LFiIKJ4IYYsfr2Fgm7VCPn4giJ+mwe4xZY"
    "3N5E7i9A2uObNLD2RDTMQDwvjxGw9k5Qena4hHZt94C+eJH9thEPZ8hP0Ez1sTk5/tsaJM"
    "4R2J8z1Yu7XHulmv7u3w/A3+/OwD+yUr1oyzb4j6b9AFE+c/CyObPAU3MV1nFRzSET/g/2"
    "H92aJH9oNKj+sADuU582PZ0GkHIGaEBpGQ0nREbfia7ZCamJUcoP3fE3s/wqQ673i3Q7rX"
    "cER3P8Y32DW1c0/zYsCIwpmUwJBmVX/g7YBR6pT1rcYoPZfdnSo6JrW8s0XJlE6rDMqhTX"
    "Ai1WQZpD8OsqdjJnf14aDAdm1AizwSS8f+iwUGaPvVX289mdqq+CYSAwS4gQOVOCmtfW5V"
    "VgqAVgCaKXLaMKdlAGQFkCGqqemzidjy6rgBSHqLckpqgFO5kZ2PQaZ3+ERKBGgSCBx7mb"
    "RIbBrpvTx5MaBFttMiGSt0T1pkiGkFoxwtkp9jXaJFPuMlFctBgRAJr4yqqJBZ0kYh7iBo"
    "/QZd+B7yCBtC26fYQlR40W0SOOyf8AZR+xitiLOyCPqXQ230RP1FEETwSH2Rq4J854HYyH"
    "G59/wgN1oN3uredrFtOsugMXfqjtDTghoL5PCggiXhde/4LYmIDuCufeeJTWoemoBcsrKw"
    "QcCp30FCB3wpL1FpgKLXQxt1iU+6kBvZtZK9gwrb4RtjHI2oinBGqJbSbB0qFls/SWBSz3"
    "Osx93qtudkIXqmOytVcYMSyqOeRZsWAWt2uzUr8KrBktWpktU1iFUt2fTc0o6qTxEIj3XU"
    "JOAW3vnjsKiDbOgct0H3L8vDcboQXQ0VqNDsrgOoLyQ6NWCIQM1dvPeL9zPvY0gANU+vBa"
    "tUKccWL2LbiLYJiVtupdt+5wkoQdldE1FepCPoA73iyrY3QhbBjzyLJZgTI7Qg2PIXiDMk"
    "r0doFvBdkdDCWZJiTZCG7qESCZViHnWDn07p/KXQZT+Mx4eHH8dvDz98Onr/8ePRp7ex8l"
    "S8VKVFnV78zBWpjB68nVR7YD9exwyM2g/Q0K4/6MEkPqaSGLS/3V5flZh+sUTe6KOGj/6N"
    "LOo1trAf/GW2tkWMFpquqeWz5eENv+1fD5pd7mVwc4QyBmDhNJH8wSGjrGXHO8ifJgJe5r"
    "5ThyqEMYRn1B6eEao2enVe0jJAckhQ9dbTfxFDMxgiKwSTdSt3lGihe5JHibO9Z/NWuQpG"
    "+o3dXmlELJotk3Idm7qqyKb3l5Kq9ZKFAbBVwTa7IGqfCdA8sxDyeqXUQsL7beUWaNJ0ey"
    "xPOkCGQeeIah68BEdw8uOIh8tg5DFLjzCzwn5A36Mltel3K9eZu3gZlQXZcJEl3vAaGojN"
    "JGoh6kcFNop8Q3u3hfCcboXniBgs7aIbWSk4hXSr8x6OxGwFZjdFsqtnrJQS8/3PWak/RA"
    "Kqx2xTfrpOxyjFR0D1mGGPr0se2R6+yxBnJWGUuzzKEHxdvk8Ol0vnNe93OXSzIAcEMNDq"
    "LaEqFAfdWmZZIaDVgVZ/Llo9WTpb5n/7im9hr9mOcfi2A8Gugm92aewgwR7Gg5YS7Em86F"
    "aCfZk0VSHYw3mXjqs7DuhvXhzaRex+1oYXlH61IqJg9usR4lWQHomgweec435lkZmPvkcu"
    "4XW0TfFpxjF/LSXXW7ilhFjPBPOFE/6fwLZDMmwXN44B22OQDDu0UZeQL8Wjsh1LK1Uzat"
    "+iDyLZOJv3RHxScER8KvVDfMq7IbRrvz1D4beDcDNvydWjEgj9rjwQ+l0hEPqRYh2Ew+Yt"
    "4ivUpl5OX3BUNu6otB29BSJqPzhox0p1C8cVdQvHxbqFPA9pJ5UmIwjeo+4oMEW9le1eOw"
    "1xWg5GuMsjvJObCHxE4CNqDVVwZjxHjgB4MnTSBLa7MZ6HaA8KCkgY9rjSwFZqfR633Mqs"
    "/7do67j/jdjP91DwJyH/LWo2vuIkt+Ejx37Nz19EnuGsCHJmIk2d06XR57CTkagXSW3ROK"
    "w5WSDWW7mjSs58eGMxyYPe+EdxRzg/pF2GPQC9gGsFLxQJDDA3fqwSYD0uD7AeFwKsDWzz"
    "Q3mKAJ86jkWwXeK8SKRyKE+ZWFMwx9+0awScXl9fZvT/04tcfYerX7+cnt+8eidwZ42CRC"
    "OJGtmhWGswwiAUF0YZQnHBCajl+gUioD6lL1dtjRA9WLNCgGsZrrplWLJCgCsQV89GXKWM"
    "byCutoKbfXEV0SUS4xrQLUM33m50acEMGUv4ubgSk1u3tuiJ6GpAmOfMKMNhMLr8UBpv31"
    "qsN6Kzm6Cv3hpO7ZZkTc+xMtI5mYJq1PMEJwJbGehrm6CgPVpikxcgMcVxRKKnEfIWzhM/"
    "dCjN+h6jp4WDLIeb0Qj7aLlBwTySFEmpv3tlbjnY06Aga7mu9swFWYF2bpR2hmOrmz5NGb"
    "tsDQpA0kA5Jza40LnGgJat1lthli7Z/Qe5/jJAUDL4JXCrgYKoz1UBUwXMKjCr/cW1glmN"
    "w5X2JKiGdhTLSEZOAa0KtGo/0d2ZVm2S/vqKfVpyGlF0aVRFe61SjRTO/F4R13NsfqJ2VF"
    "yACXj86J8fBQPF9D7rO/4ciJr8kG5/EwU8xsUIfI9YM35utzhN2ybBGd3Um/DvJXUM2rkn"
    "VAjuVkQlBK6UQz9c4wpqFgxt1CVRagUfWrCZ7nT6cUaylVDENhfZ/o5x8dWOhkq32l5BDg"
    "ruFQ396Eh7VWo3aj9AL0X9vC41J8F5FEWEz23D3awYUmXKXkpyEFhXrUjn/7jLLEaFY/ji"
    "Beny+urnqHn+bL4S7LVPMShKNjUAQzrKQJz9oD3PY6mGDosY9BSHQzraWcUDY7+IcWUOWU"
    "oKcsg0csh6VGnofv3h49i4X78nU3zQyuSuv+rQnBc/kegn5WAnEoPz7KssHeUrR2HhmFLX"
    "X0xMaeE3bp3K8c1KVVmmg9ohuamZr+dGXMqa7mLe50Qh1bDLBv5zVfXp2JA27Gt+niopHc"
    "O4hiIpKuXI02Zo4FiaGAtiPOwZ5X8RdnbG++ovB9DhvIjeINakZ/jE9p7kpe7DK6MqvzD5"
    "hpcTnDTc5hsux0JaIt4jnhcOuRhU9pm/pXvViYe8A36tjbyD9JCp7/U5KYgsk9jNyRuXBf"
    "Vvt9dXJRpULJFXj6nho38ji/Z5yZShxrGoZuHyhFtO2+Ud5Fm4JXYfiGxRqWKHEiEghzTI"
    "IY/8qbd6hwJDWjFaWcHT3tdHami5CBOJwRFE9ZPLHn7cieBIyw0wZmVI9MbKEb+qMMCfLQ"
    "eXLFuJSG5sZ1ymt2a3lPe7/vX08hx9vTk/u7i9CPfnePzExeyucHN+clnYFoRNoKdUZoWG"
    "tEM0xSClTK89GaRzZiPeJr31DGZVEik7w7oU+31qrcnKpfLo7+TiaKudP820rdnUNzZGcM"
    "SQtyIGxZa/gePgILS6m2tCT4NsIbT6JY66Smh1suYWBr2iSkhaaBBhi03bfxB/mzoQTuXQ"
    "Mtaq4ki4wsFlfGGZWHRJ/cmS2mtfVpisVC+QC4OpIKGJVtjzJpzV1LNz01I7mrpdQ7ZhW9"
    "ddW7I5XE7zxwLA8u/D8rOnp5MVdn22v+mS/XlZ4Pw1OP+Z6/wPkZAOlZAnQoC1BtbC4taj"
    "0dIisDNuJ9FiUmNPCu0s6qdn8KqSZ+l5laHObphlc3NxdqcWf7XCvAiAZPXQCCL6yvsYEN"
    "SNBg+lqV0JuZhjfrfQiynGuV5yEWhEoBG7+Mr2lFACGvEljroSjegzs2e3CIeM5ABHvb+j"
    "XHy5TTaBLSpLAN5WhiORa2eIoQrHbiPsradL6u/4KudkIR2rHyM91XP+5OSGkNLfdPotL/"
    "v+SCb6QZYFwQE6hOr3tgVwTcjKMRYahl1erD2e611TQNfs/vEMx5WxWuWun1gCIhwVvD7c"
    "UaadZJAI7UaC9wfiGinwR4ea2kgnQuBu0ME6zNLXRTslBnjruHfwyl+7ZOIZC2KuZW6Icj"
    "eyTHYvj3J/VpdGHMrCMaHnakuL1KOC9J5mLjjaVHxCQeLjnk6hJBW6Zzq2UhJ++LbvidFZ"
    "0MtQQSKPRJrYowNR6As7fyS9dJYr4cT2a7417InUb0EvAwaJKTWGAGF/pOKuTnyfLFeDQq"
    "3ovc7tqkX0rm1y57B/FGMrdnb4P+t+qhpZkVYjVCIrSrF2HYMfHGJgT6JJRhM2gl4hzCLo"
    "7yzsrpfqo3y2aoRPfMaPztoNNPhC8ERycbQ1dGKWaVtzZtZqsfGoQXG9ZVggsGLPwAqort"
    "IUvwkhK+VQ9zN4QSVkJV7mNO30nBi8UdvDYjM7yp6hsV/TffUMZmUlLjfHupRdHqjPEv0l"
    "1qu36C6xFr/9YLG7BUHRBuaJA7piZBDTWLwRonZwdpdrEhdh20SOEA6/YJc2yCOkeHxYrT"
    "1DCGq3NCXYz1/ifg4hqEMbdZUQ1AcGaXG8y0NrovYtVi/ju95BUyObialRSbEuT7AupFez"
    "/U2znmokMSSluOWSfNQnS60U4FgAUoD38Nj6jo+tyQ7V3PKCkOiuVNTNlx6cURF/Ggm0dl"
    "yX2DQ37Szc9ceexrW79NiNvNiQFvLa+EJiu461JLrY5sXgWAtJpREg5doi5TLV/fYk5TJV"
    "BXsGsyopl18aS7yr0tkMvOf+vKcc4nhRrQHi83Rf/VqHVRHO70Hah99oUcsK1WX1Iwn0ys"
    "v2ZJx0Iwm+cuKcGqT8NJdci9F2Xj4U0DnehcfeoKA9mtNHYnPaPOoIOS7CaOkYD4jf4Ed2"
    "weEmmIeoh8QJTMREM9dZcjbdI8h1nrwiU9/IHbYz9rkwCIPNsLnjbg5Ys9wlZt79U4vfhw"
    "Np6uVOIGTiGVLCoIDoQQspjfGyo4FyWgZAVgHZcV1iSBTIyjyllFSLaUrPw/jVmKXEtQ+d"
    "2Ry1b9FfE2kXvfTZ6Hs/wevZLa8nxK51iiYDDmc4sWv/N9TsDyT2cnxttNVS/jPdVMlEji"
    "TeoGs2QZjNKoLg0NojzFT1R+w/brHa5JF9SUzKzVZu5lrYIMfM+hXfSS3jOjq+t5f4gbXH"
    "rN0TYi05tYJeeQwfZmDTObVfiwA4l20EbAkLwuIsk0fNQfgbhL/1aREbsEoA4W9DG3WV8L"
    "dga91l1LOSrRRtg+p8u9ZfDIZqutFT9wtyEHFQJCT+FGgUQC1nJGKB1iKRWuPWauYi2HtA"
    "fanX73aJLavcTE3JtWeivm12wh6OP36I5yr/o2qa3n45ubyUsO4+WRbBvCPfysJxw/aDoI"
    "GrVvTzf9xlFvNCRGi8oF9eX/0cNc+HiWbBDvJ9tEJxUyJQPWn3WNzEAa0KfCIBQdB7AE++"
    "rSxsY/maXb7M5MQGcDB822tNd92pz6eMvBxv6pAwNulsRo21dCpXa31Zyab0vgLWh91X+w"
    "ISVs/2y8g0ZPf1jzTNVOSSBySWIpqSgBLReTgD34BurdeUVGMxFIVJGoPc2xiKtX616PVe"
    "taJ3mrr9x3nuOuuV3rKbFgG2batzXcBVhFfbsR45b3+O+usXyqq+9fTs0j42sQ3HeoB/hX"
    "c9HiBFF/skniHbHe0nh9+fvD9GGHlMmycm4qULEafA0NPC4R/X0++Smi9sSm1Q5LMW/m0a"
    "FncpxqDX1vO9ffou1U9YUoazE2GMO/tyygvLMGUDW0mFGvCzg5+9T8RVTz2u4Gd/iaOu4m"
    "fvfpmZvjoJu+/TGg7LLLSOyQ6OraIk+Ld2d7MA219cVYDt7yPGXWf7i8sI0P1A9wPdP1y6"
    "fyg8dIE0LSf2ivnuex4xk06F6aUmp3KsTH3k5++uY8+vHPmpHsnF0VbS84m3ZRao4rEeoo"
    "i1kPkuLJDBRdmr9MApxmguCDrSQ2vbp1ZCMrLtYuGjK8SZBo/zk5gXx5DXya7/FnDsSNeW"
    "dqih0f4mGrzuokyNBrI5KdBNikHSLsEPuvZIIgUR5+lQXNPcietOywHT3RWmW8W/YWHP32"
    "HAU2Iw3l0ZbxXPBruj4HZ38GJmJFvJIOwKLdzxQS6+1VAwBAqGdMQWH/WoYEh0xrXEsE8d"
    "f11u1ienqCaNt8cxodXC8R3k4wdiI3PNURZFN4Ial+xZrY3HDGyLzQWXhwth9OS4D9LApb"
    "26kprpqUquou/JA9mAif6sJnoyDgVsy11dGaEBhinU7+wSL9EOelJarh3dGAot7KYlucQg"
    "9HEnZTgnCjZQVwZexeYN9kEqcZuUr59pmfbOpFkR2+SD1MoSWv+pNDNsEAnK1dRcLDSghI"
    "o6uDmTJuZDzs4oP64qLbTjUVUdQ7QCuDpOqjKJj6lVxLg8WC6RgCC53YPkLOkBYZXxBZEI"
    "BBdoJLlFNuAuJH9WFBjALuu2od2ux/9lhYD9287+lR50o38akdY5N12DWZX9y86wLnF/n5"
    "naecYen4hnL/B/6csjFQ6Qq7ECj0hiGxFYjjVkAnaLgPPJN39SGmJabkPm5QZIwx2OFWzI"
    "w3GpDckv5Y/rEK/Qbi7LnOwAaZoh6SxP1F+YbLvYhXXNy4J22uWRppIqEOXrZtB6ABmATb"
    "sswO0Pbv+OKv5ddvtz3T45DLZE+c+cFquo/mdOq1UL8HfJjLiEH+4xCw7tQO/Gn74zEfvK"
    "4a4AUWCEu/Q9dhdihg5/6iODn9/BD7+UR/XX1C+YIt0yRSAWoJWNNXpLdPwCaRkoU7xP/r"
    "yzdmVur4rk+ViiRaUxFfTVR1/tn2tsUVlid/kMT4m0P8EP/jJb24bIR5uuqeVT23vDb/vX"
    "pgag7WnPT6V81PWJJULtVdiMvuitTwwqe5WvOsONAgJjGYxlMJa1jeWvgYF7hj1yIDGV05"
    "dHarHynmqgvC3i2FHoQ0TYQ2EnHvuOMGP1OCzQidmqxW3XKbEce+4h3xmhhfOEXOo9bNgF"
    "r2Ai19j3vR1qgp6wqckjs/89xM/cFEd08u+emOnM//L48ZtCV+Kz3vT4sZ4E8RM9w+cY3d"
    "vOis1xIWIH9nn4hEzC9b0R8hz2NWY9GKxlcHAnth+ERc/usbLYNEPhdL+3Z0xRIm7wYLbj"
    "8/h/bD2wDlxnPV8Ep4mOUExbiHbxZFQkAP5gf3g+9ddRTQn2pEGgDofogLX+4wB7/GfwW0"
    "wcdy5pBCxCmyyCwLy4NJeHFUYCO4YU7rQuN5U+3XBAocd2N2zpld9LRMCuqp9OiFYaZTYh"
    "EmiRTOCrfjtMwvitApMwflvKJPBLufMKoGTuwMwpiU+3kFie3dL1bCqp7IDC/2srdpLSrP"
    "QQLgqC3SorJtOVqNneq5sVbEDOPNiTD7h251fsUw8nryobUHx3Sw4DKV+OW8W5Y2uwKszS"
    "TSiDNHsSdPXr5aUe9aIQLM6s/juH/dNOqPizri2NBYrvRWqFaJ4/lgSAZK6PVGit6PnJI8"
    "R/93H/GlXQJXA6RIPx3jvkpUGphY4Zh0VnG6TVPhPZ1RWD5rlXLUgD7LV215p787fAISdT"
    "AqNLSvrfY6qxQgmwyA8oanKFfSDuh4z8fT8iY0Gwz/16NiGmJ64wnM24te8g9veMupII4C"
    "ZuAFppt7TS1IxTVUxTIgPUTeuPkXQJ9vRSPhOJwaUvHb1V8RyxVqUAi2tZhKcbplUudY/D"
    "yUmBxiKtk842PE2357xttyfbXAKtvo+rQ7g5Et1zcjJyu4Xt9sfKqbOUTaeZAvArb6cOVM"
    "J0wYIFCxYsWD0Lls6oIQ79OvF9slyVWbOFZiNFyzYWBMfGoEzIZ8om7Zj20nQyqbP2DWep"
    "pYunRMBQV1DFoVZqG6HN/oKpeQvHkizFFTBnpABnBZyBdkrHKx8dqQQsHx2VRyzza12hnT"
    "o2k+tmncBGBxsdbHSw0cFGz9joP1HDv2A294HEMI+vjaqsce63m9CoWa0m+B9xwJrBA37h"
    "sKfnNMmhNsVL3FAhhW5oo66SQgdxxY3WkTa1KLeoPYCrAC773UQS3VuObiwwQHjrZ4w9x5"
    "VsBOWWVdh8MEfb10dHdLSmWhHR3hdVI9/YLYtIV9TLjASg5kVmCHZNAygQCc9k6hKLvT3u"
    "5kBm6kbXRlWmru34dLbhxnvSeGtINS+khAO3Ng9cXq29BcJoSTyPPSZy1r5HTSIKKrEbo1"
    "e/kzNRRGk95b1MSdRyhG6/3L4uBlTX333NvvBTOn8ptvcP4/Hh4cfx28MPn47ef/x49Olt"
    "vE0UL1XtF6cXP/N1LPOKKVjoC2zbetpPSmSA+k/97lzwmDfvMS9J0CtHuDRBD3yMUh8juM"
    "L6zuGoMHfhxi51hVXtyVm5IXnDWtieK3xmIa41+My+JD31bCBU/WXZOdglf1mEvcSGSA3L"
    "VhMiNRkajVr94wAbhrMO3lq+1nE6/p+88GlYiyf+DnT6Tur0wMQ3SBb71Le0dPlYYIDwvh"
    "t/UlHlx5/KdXl+LRfO5phaIdxR+8Ep8u/eKiWp8mbl+L4tpqla1JYUTK5wd4TtBwdwI5ZS"
    "tDsWAK42l1JicPpnd9zcRRtpgW3T2im6ISsJo9zlUYbIpfI1dLj8R2j4aNZ/zghBHH3Rm6"
    "pdUhvqaGsEVqes9X1JotVJ0le/MFZlibIvq5wlyk3dGoAdfPnhkprDCsRb2okjXOSUSI4b"
    "OQ1lP//9hlhx8rYc7LRfvmdbaxnc/2mSnvyFeifmkgb5FBKOMnN9VEVULqgncsqSppBd36"
    "dNZlRBKj5Sj/pMcdIhDtIyA2S/6icXTbLCrh+dua7uy05LDRDo+mNS+SrlcytNlpDG7bsS"
    "VT8rVmXc9RD0qkRwZpwVqxQYbErOtUEsCO4JYzdVJmUU8dx2PCrReSpe+LTQ8FhZJdZ7XE"
    "F6j4ucN3aNBdMKdavbpcVajJ+Ov+ltAPWKKelEl0nJCg0pjKSxs4kDxGowUZmW/zXprGco"
    "q5qp2Qm2h6nqGGuub+1pqTLMfwp7GhDoTRurMWRyWzWNaLWpaqZbKpQ5Zy3WBj8b2UTRvo"
    "CiPn5ELjEc10SGs6L88GSXoHg80cx1ljye3iOy6ua19Qs2c7dsZgjEgUCcwQXilOfAlQTi"
    "tJAC9zzmXCNn3jy5nGGwd3A8ZyUH6HjuiaNZKb4gpsk1fc05MbCRFPyjaY/E/lZSxhfSM6"
    "SVvaS5adalaPqUoSo3AFJmbLX+nzKe665BlTsleOnaUInqWVVxPgIaumLYfICaYv2KuPi/"
    "BrZR+wGCW7+jipoTe72cEreI8LltuJsVQ6psZUhJDgLrKv3v/B931ap4rP5dXl/9HDXP6+"
    "cl2E+m1PymM8WLkk0NQKtrdMNznaFhyiZ6Oc6JxOC8YCroloNbwHZKXX8xiTyqqq7arNRL"
    "9tOmFDo9i60oCDbbdpstpz+3Fn7ZNZhVDbbiLNvduRUbf/t7t4ZoKzfq3vopCeWSVpxKB3"
    "qVG7eBy2iSjQtr2MSFasvPbuNCzlI59MPNWYJqy0MbdYkDoVBtOdjbdxn1rGQrWahtLrL9"
    "HePiqx0N1XSjZ3MU5CCLrhihCCW1gRPuJ08GdaBbC2MG2gdonw5xD6MGaR8zOCDZMxbEXF"
    "t7J+GK3m7DzgY0BFkFLcSMrR/14EX7nDjWLlV2YRKbTf7N2YIYDwcStizbYKRAmNFQYmLE"
    "Ikql2iM5JOSQM0MYuYQNjecT91gUUp9hgyA8x/yNFV9c/PSdwTBA4gDqEcK2GX6NAs+h+I"
    "b/Inn59uZvCcHk3WL3gpPr9fyjaZkWPaR85rXjJa3fcoFq7Y1Xa4cToZuuQUjNiVjkJw9E"
    "q5RmXm4ntLvGGzVsjfPFbje0i5KA93a8TZrYfTkD0XJwGSNKS43FGZfqH8xV4SvXv55enq"
    "OvN+dnF7cXYY5KTGyLi1ne4+b85DKfXbVwibdwLIkmVwFzRgpwVsAZztXou7euy3UlOzfE"
    "NftwoMrEgCtMdg1k5eQpzRKT9dXwgAIeqmR3SJXtSdreCNrwJuirt6pNu7RtFjMJbVsAdS"
    "tt66baKpTxCJujmeNGVTU4fRpV3qB2OMnCyhvej4j6HmLvnk+YjGU5Tx6Tc8n34fXvxSXv"
    "zWojK+7R8N1UjvPJedVEB/xDKurvn/x4n5g/TlrpHfEDHC9EcIJ1ABGcL37UVSI4y9I6K4"
    "Kkak7nfN6lNMuCq9CE43KacCyt8FqWxVJewiYrBYVs9ihks1q7rImWIy0lMkBHWv2+SnY7"
    "X16FsHyGp2Vgfu8xv83UMQOqEzwt06In03SebMvB0fP0zmEcwTYpO+e7fLpLRNuf9Qd/ma"
    "1tg6OKpmtq+cwge8Nv+9emBqTtdyE2KVVfhFigxbfAW0+D6u19fQ0gbiIF75FSlfCjiirh"
    "R8Uq4TNCJoZ8Ry3lNjIy7XkT3jaFcu0uGrqLZZsSg4MSu2PFFsmLqFCxbvBLXg5CXxRCXy"
    "LMPGftyiJgFOBORAe3JTSy45qbHQ/z3cDy1YPli3xbUdbdDmOclYRR7vIoRwbwpCSOoTyT"
    "uiAIGl5ew3PJIyVPO6SpFwUhT70I79zFuhFOaRGAVJLVm8nz0kzslckCyJA6DbGPw8A1jo"
    "LR3cyyYoAtpPvXHf24Jd3/hunJNxdndwfy+VwDxC8hfDf/IitADBG8tUTwysEVymwN0P4c"
    "9dMvtUwV17TOn0GVPQC6+vXy8qBCBa4B3kK1hWHCLFX/S/BWCUQnj/sfI5mJmD5/HNb60V"
    "4weoDctoj0GF/VsPQJiSW2BqffLQjiTR4YUojThha1Saa4xzEiPJwhDBA3Fties36mG/S0"
    "cJYj9ET9hQggtx1fUjmkgf6hTEi3Qsj5kaAT7XiMrBR4hrZ6hnxHH+S0zADjG+sHGYvqWg"
    "IjDZizUgC0MtCa2cmJCNCfRRqJb5A6szZqP7i1t5FALSib0PcUGZXEqEiD3oWIBRpWmYZN"
    "5c/uSQLoJkR3DWhNjrCDp6OGI+A4y4NyS5ZfHalYsFHDrYbrL84TcnhZyoShRu7a9sKs5j"
    "Dz+RgFLn/EbzlCM0KCKpRPC2os0C8XtwibeOWLSpTeE3G9ogXb5I3AlO2WKQvZ0C9x04ds"
    "6KGNuiREr5ANTWyOuWQVrTzUICUFpxqon2oQbI6TpeYJKDmxFi1Vpu6ssdWOvfpJwVr9VG"
    "qrfoKUosaplQX1Jg/sh+jM3bRMm5m3ZOm0M23rzy7nkLFbzui8CHR5wm1WCnJtM0t2Hbm2"
    "PIGf2WK8cLCteYBVTnBwVGMD51g5PpUlWt2RbyVrdyIxAHirFMzzf9xVz+1Yv7y8vvo5ap"
    "6f8B2PGe69fV2g/XRoKcVIzWub3Dnsn+bjNJ91OGqK0pQThHuRfp/xn+e2724OJJRffG1U"
    "RfjN8J8TEjer9aToHIX2x8FqPWUKwCIw2/DapIRPF6g0CNwasCzArcGow1nRLe/oPRzj4q"
    "sNZ0U3eVY0++VzR6/WW1qmKVPw+Qp21m9qC4+61L4oxzgtM8BAv7FS6NS4InRqLAmdEh5v"
    "HUojkRgExm2TGp7j6pSciJoD759fhWNbUbpCnNvrZYGByM7jlHyL5By2dD1XB6vFxqMGxf"
    "Yxij/eRycFsO+CD/c26/oYRf0/exRxxrDX8OJm5Fr048bf9NaRGyO3S4W9nCxUMOqyeu+4"
    "cz29PhGAENjtIbAMrSK2UIGgwG0ns6okc/t5ol5FUub12p863w4kHHj68qiKBhepmhMnaa"
    "lwnJDpLBlgSIiiJ5dXGLaTPMkgg1IEn7rEwhtiIt9BN8SkHsIzHoHKj2A3nOWS+vldvPbO"
    "aw5wPaXzl8LD/zAeHx5+HL89/PDp6P3Hj0ef3sYLUPFS1Up0evEzX4wy+8h2tl78X6r1lj"
    "ih8WCPI6+/qqrvrKihg24sMLyate/GKuFvrFW5WTAuhMCt8CY6fUA1iiglAodU7BMsBG6+"
    "gTl81PLmhDKwU+HitCQ4fDpmEe4VzVOfun3GUGUK6YlhkFVgEkmU7mKjStWbDR5PKDcCqQ"
    "nOiino4dE5muHxuyjoganEPF3skbj8VC9e6oSrxNSeOe6S8HQxcTvZwZ179yfRtv9IH6Uc"
    "9hFEvkCS2TMFwkSjoI5sSgKoFRlNH74oO2w/OVHQOrqyI6loHdlzzxVfpqwQvE/bqcrUDr"
    "InXfkSqnlm51eXMvVD/ei3cDcp16B+S/YbZfUptUdt152umUITe4O2qTbo1f3640dydL/+"
    "8NZg/x69f2uwz+/ezu7X78mHD6+PUZAC4QleckaIJIu/lTtCOj9oWsPDN8VbUt/Sqz8XCQ"
    "AtrEALTx1TEu9XHiUVtR8EuG3HSPFFWwfsqD2AvQPYHYsa6dpwDNhES0ZPN0xcIgmB4jWk"
    "WNZnT/wkLIADiR0RXlGwH1S51qB1orD7xLWJjxaOt6I+Zjg7TzZT4KcbcT36Omo/o67nox"
    "W/CdPakUdlpaqbuolKhmKqrEwqAwYyFCFDsSOr1nB3KMhQHNqoQ4biC3ZYQ4ZiS2QQRAg2"
    "mJpYwbRtzzrqBet2YCwomR0j8b97G3ueY1D2VJPw+9wXrAWPRDbZoLBr0cd7m60W4oAkXn"
    "83+JTX65XSHlW4vHE5lzcucHneirCnt3wqY5nKX5Kc2AAKOrVQmp/dynXMtSHP5S2n9PJy"
    "A0C7dWJv4bD994Fo5alnhIYX0Vy/Y6BPpWr7n+LIEGEPMfHWSw2VMSsEmdQloJYEkmyDNR"
    "YDYAs+Wba9TUxpYc5SVDMyAGke0kemRzq6mGaFANQ8qJ0rtPncOkP9MbDPEguZV8V67yGo"
    "CISE0+MbOj2+3H+ZqULtsV8hTibe8/jiwD15lupwQIOQjXJxLMvhxw3VAdhn0dlQofKMBT"
    "HXloyv0YfqNuxssGAR95HHv9aCVdDXYKFihmY9OFF/UCAVQ1MUUg40K3+fmEtqq+ccdEqZ"
    "qSHhgD0Cuvr18rLO0t+SzbM0Aii/xSplE2QEtoYG/b7AflB0BPvYcuZrgh4IWXk8KofnTa"
    "Z7RI5rEveYnywffU9Mcc58eFYfsUf8XxGmkxujxm50b1MfPWGPV01ZCb+jaMOrrQTsxxvE"
    "kxdc5wmtiBv0jJb4gXi8SIu7QexprA1i5udy5fgVqaCFoKPUSwbBRm0HG4lx1C2wlYhAdk"
    "LBAi4/oGm7y7T9g5p28Jhy2o4NEfv33hZ00zES/9vF49nAie5wQPYQY2jiXWmXsMicLBR8"
    "7PJIe4bjShjv2yXTL8prB0dCAwqROhx//BBvRvyPqn3o9svJ5aXU37VbOZx6I0o7BvCQXh"
    "coPtCMGhdagnoBm2kZQHW7JyNJvtnTiZFk+vQMYFV2JTO15NUcJKtCDchCrYznrJWR8XiU"
    "8luJR2QrszVLmu5QWiyQ9hAOc9RUyodJZbaVCAsXBqgQBolonVxZepqSBNWsQKHsP6oVCi"
    "XoPXXrPcUpDOp6Ler6cyqUcVxIqUqZjhzZqlR66cZqVdeISx0z8lmaeBOrh4h67Dtkrn32"
    "nS8uh4UNMiUNPF4c7cPhD+P79cdDYr4uKbXWyG2kymvybrDbiJkv7l1QYVlLssKuv4xyxF"
    "hr8HmCXtuN9W3Aei0UWBjaqEv48WKBBSzJCeTDXaJwY1k2YGaMezi+FePJxyifTBlsXAXU"
    "1EIYEulOBzEsHdcWSdzhh3tbnBtlO459jOKP9zY/gEq0Cz/k1YznCXIw8Aob1JdM7Wo3aV"
    "puSOZkHa7SRC3TrdKRkxsSsMB+dBpVyGYDd2Vf+Q/52lsHuJnOhgpwftcpSWkrWS1qgBny"
    "Bp/57Nds2lI5k5fkNW0n8lJtFdzDYfOEVHNmM+J6I5E1sHL5JWqjGbHjVIJMdsITG3/nSe"
    "ZDrq/jLVydCLgGLzOwcZ1cqHrKywAb9xJHXYWNg9yYZ6WNxM45YdumxjaWkQEjUWKEB9rG"
    "ZOGsZfUNqgm5vGx7AIuf3XFKDgrOtVlwDii6ulYHoJBeQAhN8B6VGd1hkYztFnfUUOXwkZ"
    "jz4Un7bso8DmJWvCBc5eiHd/h+/fHt9If79Yfxh4/8sMB3+JgZ1Y9snrARwX70OT48xJME"
    "0LRxw22hNAmVB0b6cxrpTAtcYlfib6zciVNSsBNr7MSe40rM4i0ZsKHMYEo+gk+3m4sEKI"
    "zg0+0bvqCQg0+3BwCDT/el+3RPiEuNxYHErgyvjKpsSpy02WZOlgMLp8d3y/QqPT2+/GST"
    "8uPjO+UtUYc4e0rS0ZGCY4S1Kj8niV/LlQ1jL5UGwmHzAaL7TulopHcVRyO9Kx6NxO7oSx"
    "WBv91eX5U49xORvI+XGj76N7Ko12NlQAYuByPDIBSORsqfgjTKemh5B6fPfTDzf/4/+Pi7"
    "dw=="
)
