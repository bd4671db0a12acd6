from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "assessment_cycle" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* DRAFT: draft\nOPEN: open\nCLOSED: closed */,
    "settings_version" INT NOT NULL,
    "opened_at" TIMESTAMP,
    "closed_at" TIMESTAMP
) /* A periodic-assessment cycle; its settings live in versions, frozen once it opens. */;
        CREATE TABLE IF NOT EXISTS "assessment_application" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "statement" TEXT NOT NULL,
    "attachments" JSON NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "reviewed_by_id" INT,
    "reviewed_at" TIMESTAMP,
    "org_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE RESTRICT
) /* An institution applying to become an assessment institution, with attachments. */;
        CREATE TABLE IF NOT EXISTS "assessment_assignment" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "assigned_by_id" INT,
    "assessment_org_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE RESTRICT,
    "target_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_assessment__target__8589b5" UNIQUE ("target_id")
) /* Which assessment institution serves a county (or one institution) in a cycle-independent way. */;
        CREATE TABLE IF NOT EXISTS "assessment_bad_record" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "occurred_on" DATE NOT NULL,
    "category" VARCHAR(64) NOT NULL,
    "description" TEXT NOT NULL,
    "source" VARCHAR(128) NOT NULL,
    "physician_id" INT NOT NULL REFERENCES "physician" ("id") ON DELETE CASCADE
) /* 不良记录 imported by the province, queried by institutions. */;
        CREATE TABLE IF NOT EXISTS "assessment_cycle_settings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL,
    "settings" JSON NOT NULL,
    "created_by_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "cycle_id" INT NOT NULL REFERENCES "assessment_cycle" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_assessment__cycle_i_683c1e" UNIQUE ("cycle_id", "version")
);
        CREATE TABLE IF NOT EXISTS "assessment_enrolment" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "confirmed" INT NOT NULL,
    "cancelled" INT NOT NULL,
    "procedure" VARCHAR(16),
    "state" VARCHAR(32) NOT NULL,
    "filing" JSON NOT NULL,
    "submitted_at" TIMESTAMP,
    "last_reason" VARCHAR(500) NOT NULL,
    "exam_score" REAL,
    "makeup" VARCHAR(16) NOT NULL,
    "makeup_score" REAL,
    "result" VARCHAR(16),
    "result_at" TIMESTAMP,
    "assessment_org_id" INT REFERENCES "org_node" ("id") ON DELETE SET NULL,
    "cycle_id" INT NOT NULL REFERENCES "assessment_cycle" ("id") ON DELETE RESTRICT,
    "institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE RESTRICT,
    "physician_id" INT NOT NULL REFERENCES "physician" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_assessment__cycle_i_b0634c" UNIQUE ("cycle_id", "physician_id")
) /* A physician in a cycle: confirmation, filing, review, exam and result in one row. */;
CREATE INDEX IF NOT EXISTS "idx_assessment__confirm_a7be9e" ON "assessment_enrolment" ("confirmed");
CREATE INDEX IF NOT EXISTS "idx_assessment__state_686a5a" ON "assessment_enrolment" ("state");
CREATE INDEX IF NOT EXISTS "idx_assessment__makeup_9228f2" ON "assessment_enrolment" ("makeup");
CREATE INDEX IF NOT EXISTS "idx_assessment__result_b12625" ON "assessment_enrolment" ("result");
CREATE INDEX IF NOT EXISTS "idx_assessment__cycle_i_7b2cf7" ON "assessment_enrolment" ("cycle_id", "state");
CREATE INDEX IF NOT EXISTS "idx_assessment__cycle_i_774f72" ON "assessment_enrolment" ("cycle_id", "institution_id", "confirmed");
        CREATE TABLE IF NOT EXISTS "assessment_certificate" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "serial" VARCHAR(32) NOT NULL UNIQUE,
    "issued_at" TIMESTAMP NOT NULL,
    "enrolment_id" INT NOT NULL UNIQUE REFERENCES "assessment_enrolment" ("id") ON DELETE RESTRICT
);
        CREATE TABLE IF NOT EXISTS "physician_transfer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "by_admin_id" INT,
    "at" TIMESTAMP NOT NULL,
    "from_institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE RESTRICT,
    "physician_id" INT NOT NULL REFERENCES "physician" ("id") ON DELETE CASCADE,
    "to_institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE RESTRICT
) /* History of the institution a physician belongs to. */;
        CREATE TABLE IF NOT EXISTS "assessment_review_action" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "level" VARCHAR(16) NOT NULL,
    "action" VARCHAR(16) NOT NULL,
    "from_state" VARCHAR(32) NOT NULL,
    "to_state" VARCHAR(32) NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "actor_type" VARCHAR(16) NOT NULL,
    "actor_id" INT,
    "at" TIMESTAMP NOT NULL,
    "enrolment_id" INT NOT NULL REFERENCES "assessment_enrolment" ("id") ON DELETE CASCADE
);
        ALTER TABLE "org_node" ADD "may_apply_assessment" INT NOT NULL DEFAULT 0;
        ALTER TABLE "org_node" ADD "profile" JSON;
        ALTER TABLE "physician" ADD "must_change_password" INT NOT NULL DEFAULT 1;
        ALTER TABLE "physician" ADD "password_hash" VARCHAR(255);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "org_node" DROP COLUMN "may_apply_assessment";
        ALTER TABLE "org_node" DROP COLUMN "profile";
        ALTER TABLE "physician" DROP COLUMN "must_change_password";
        ALTER TABLE "physician" DROP COLUMN "password_hash";
        DROP TABLE IF EXISTS "assessment_application";
        DROP TABLE IF EXISTS "assessment_certificate";
        DROP TABLE IF EXISTS "assessment_cycle";
        DROP TABLE IF EXISTS "assessment_review_action";
        DROP TABLE IF EXISTS "assessment_bad_record";
        DROP TABLE IF EXISTS "assessment_assignment";
        DROP TABLE IF EXISTS "physician_transfer";
        DROP TABLE IF EXISTS "assessment_cycle_settings";
        DROP TABLE IF EXISTS "assessment_enrolment";"""


MODELS_STATE = (
    "eJztXVtz2zYW/isYPSUzahrLseN1d3ZGdpStt7aVsZW227rDgUhIwoYkWIK0o+3mvy9Aiv"
    "eLCEmkSRoviUXgQNSHA+Dc8dfAIBrS6Zupvbxlfw3OwV8DExr8j3TTEAygZUUN/IED57rX"
    "l9hLxQx6zaljQ9VhzxdQp4g90hBVbWw5mJjsqenqOn9IVNYRm8vokWviP12kOGSJnBWyWc"
    "Pvf7DH2NTQV0SDj9YXZYGRriXeFmv8u73nirO2vGdXpvPR68i/ba6oRHcNM+psrZ0VMcPe"
    "2HT40yUykQ0dxId3bJe/Pn+7zS8NfpH/plEX/xVjNBpaQFd3Yj93rkTPBopyO50p95OZog"
    "wEAFKJycFlr0q9X7/kr/Dd6Ojd+3dnx6fvzlgX7zXDJ++/+V8dAeMTevDczgbfvHboQL+H"
    "h3EEqmojjoQCnSy4H1iLgw2Uj3CSMoW0tiF9E/yRxj1AuQz44EGEfMRtTUDPfqA2NfX1Zs"
    "pLcJ5d3UzuZ+ObT/zrDEr/1D38xrMJbxl5T9epp69OX/PnhC0kf4WFg4BfrmY/Av4R/Da9"
    "nXjwEuosbe8bo36z3wb8naDrELY0nxSoxbgzeBqgxnpGs+5a2o6znqSUs96WWQ8wik375u"
    "2jWWd7Otpt1pOUB5j1DZOWTHqTm2x35zi7tIOpmq8VoQMzQ7f97NxpXptdzAc5PSNwvf8z"
    "mF6uoJ0PatA/hSV7xS7ujAb8qujIXDor9vFodFYC3c/ju8sfx3evWK/UWrjdNI38tiS+X9"
    "hPy8d3YrqGh/EVeydoqiiDdUDbZqwHn+6mP1/dXk7OgWWTR8x+B/sFhoEpZR0ezMur2b/P"
    "gYqddfLx9POt10BcM9V0M/lwdTm+PgcG0rAKdQUzfLDjOl7r+P5+cn9/M7mdnQNIKaLUQK"
    "aT7HN1++Hz/eyODc9+q8vgWitM1ocmptB76x1443hUgTWOR4WcwZuSjKFuNI+qCy/ofxhm"
    "qEMDYHLGkv0FiA2YJK1hBwTv/PxoW5ANLIB20L+upZeBezBoZI8bnZxUgJb1KsTWa0uCq6"
    "NHpGfRvTegrheeziHRTqfyTrvb23rP5OPR+9PwOOYfyk7i+5vx9XX2OGYjO1B1FNFjOU3X"
    "3JHREOOevqvAt6fvCtmWN+VDbTGgcrCemKq9thhW5YCH1Dsh3jLhskxrmPw6SygMAbSvbs"
    "a/vk4oDdfT238G3WNTcXk9vUhNAVMCmJ5ARRg9RtI7Hq9lczbgWoGWpbN/Q3EpC/gFITqC"
    "Zj7mRUOkJmDOxqhrBsInzXL9xXR6neD6i6s0W3++uZgwrcCbEtYJO75SmtnZmXS8wHrORv"
    "Ov++ltgRASkaQNFFh1wP+AjmkHVdgSvDkW5btMekMZJu0NfID0LmNB21MRRGwHCRppN/DZ"
    "mfsxFl9yje4+XlmAPxIb4aX5E1pnVN0UqlnPTbcA/hawUPA0ekUbPoXOnyRnsd/vW6l4y9"
    "2EKa1XlwxpDvQcql+eoK0pBYirK6yzo9DM2cs3lB9/ukN6qPG+ELhT8oWBzRzxQgShMR9j"
    "rHqGivaYXQ6MU2RI4ec8Vj1M9gUuHHQcjdljBNk2hxhS0F4i53DQeeMGAldPkQt5L/FjJX"
    "zV4WOMh0yb6PyX7sl7k2Ccnp4Jz4FTJznLWq0pVjHc9xz4FIzTV6BYi0kXyKYKcffcuUKs"
    "Zpsx+48Z3lOC7TVkXBEgIxJTABKqQbbJGBnpJ9CES+8n8e/m35Qn2ObE0KUF3+JAOk/MVm"
    "Csq4yma4p1ZDSdjKsaymg6Oesymk5G08loumeOpnMpskVd93Ga9gb3tMZtr2Fq6XAtHCGR"
    "puud9/jwUFuQ0ifC9IwVpILRUynCNkcwtslZbxMd5Zhbil3EIcFeDuLd2PrvC9dUOYhg7m"
    "LdwSZ9w7/vH3Wxe9N+Y8OljqKuoLlESsDRObaK0siJgiEajJwI9v7uBk4Em4mP4y7iacEQ"
    "jcipbQmt6J6giikHWXTJxclkgJLAOtMh26t0suSmPOEVliGWa6vNa2u3mFcZ67pHrKsHnj"
    "LH2lchSTpBVRPufVIPeVK/kF0jImguEaHlFo2SOD+GVhbbGoP82gZv1Si/iKuEQ/zq9Pnd"
    "WCUOv6hxWObtMywhV99gDH5BbINzgIFN/J1lk6UNDcCtXkPwhR1QTH1cA2IhE2vgFTQ1wO"
    "aa8A9PK2QCZ4UAexewghSwrfD1m0FqnuoYXzoh2+WE9GdP5NyMKKRJdeuZuVkQQkbriEQK"
    "JVsB5iF67JWUL2gtLHSnaKXoLS56S0tCs5YEGTNSvNN0M3qgSsyItB/1236U0QqrZCnZaM"
    "G+dsVE6S9o30DiO3+sGR+qg0tfLOh6P6hEYq7buUy2wMR+//4h/J/8UXqEUZ22g8TyyzEf"
    "pJdnqQUhsS9UsyNMTQQwpS7SwIYaeNQ/+P8x9X3BNXjgnSJgQWwDQDaWgfU1/8SIXIqAhh"
    "zkOa2zhoQ6vmAPS8J/HCyikW26907dPT6tUgsofRjGagGdvt5iXfCnUATriKKx+kCdwzuW"
    "cfXVwmw17SAVJil7qA50XSZMxT7uFDBOZTxGJ+bXRo/sGNxlipOUcpbbPMvSdlN8TvbXdr"
    "Nx6Il5zpNE0nu+3Xse85vu6UFP+Go7BnJVH3qSvxJ+9Mvx/eX4w+S53OhjV8POj2w3GOTl"
    "zYaNw9KkWd5NWQX9tqq/9wxSHQGbPIEV0TX2yfNdO9jiein/U10xMIdMPVXZYQueVlj3XN"
    "vI9DpTwmmp3wtgXqZVQ3ZWC67xe6RbvV1udYr+zDGg4WUhsBuC3lRs/dtodHz8fvT2+PTs"
    "5N379ydnb0OIs01lWF9c/ZPDnTi+s34x0TSa5rNnOpWqJOCQqP0wuCbLwrOAt1U4CvRNt9"
    "bUTijbCXq2xTayEbR1I34xExATxIW1295qtR3RYisZL9i2SWx/dgSO2SRVD1NVj6qY9I+K"
    "TfpHGZO+D5lYyGCcpg9RbHUHDfp4iaa5J6mk5LgV5qYTRloW+XrgAhhQDUIuBBg2P0ijB7"
    "7Uw3OrX15W+IhLkcltoSrQYkdcgkiCvBXkOVoQW+hKhIhC3oiwe2ULuHD8OplVYQ8JJOq7"
    "o44tkb3E7y03ka2biI3Yj6SiW3WSSsK8XU52HZWI6SIxEqlVV9CqLRs9itfaihP1EObDc3"
    "L73TAdA7ctjpjcC0fyvDJFN5OUuGhyb0ip5K8ZjLkbPLyeFng3qXludQLmiG+QAJqxu2zj"
    "nYfgCTsrAB0Hqivv0oKc/PeDDy/99O3y08uYvGLo+xuTJ2tw923Wc3xYmcw26kDHFboRNa"
    "JoUIuh7tzAjoOC1+mcrM1RQ/lXTc3Q1yK3e5yoBzpj04UYYoKGkPUpSSZL3R7cNMX2Uyrm"
    "tokoerAOkpvNydu3FXYb1qtwu/Ha0gg/YvS0Q939LKEsvJ/1O4Yo7ZSdFCeV6UntkY6yQr"
    "Es77j/uilJUJHlHUGl1JSWlnfMvfi03ACWuCC1mv0rSbLV/PXLCqurAgMUoMh+RBRA4KX6"
    "rMErYns1FmJ9XvMkEtZhzbab7zhf8EwTPs4TXGetYbV/W45x7PeN43/whzSTSTNZG/e1jh"
    "pMpJnsJc56FTNZeN+6qDqVJZTqVE4YZ3TcC0vcubRS+M5BuSTGsBDdshDDl4tqiUqzEc2k"
    "VrNdq0nwVn6+ffEmIRGuUtIgb29slQp5AbU7pPJrynL0xqhxWFFZnENNsSOSrcrig/sOvd"
    "Ue3LPR6YL9O5+/fXBPFicnABsWsRk/8GL+vAiBZZNHzLhpCBgD2NhviOlxOYESBx5bRklI"
    "9a8j21NHFQGp/r3EWa+i/hFVdW2bTV6e05JPe4EzIElWNucdnO+S+eVzli7Sz37YkthCdU"
    "/jNDIatspl1bHXyuBcHGeSIuuBh73pSBNKXFsVSlaIKHoAdyp6anRWJXxqdFYcP8Xb0vcZ"
    "bkrMi9kv0mTShLHdhFFyKYCwji1yM0DbYK6qZad5rE2lAy+R7eAFzx9AgxwNO948rKhjqy"
    "ma1hSQkirt3gX6bAx1oVMspOjfRQCjCofY8ai4MP0ofYT5lz3soDomCKXm2BbNsYq9AJk2"
    "0b1tU2jHSpP1p/LaYYUWkUM1Z1KyMzI10YywfyqKN5P4SJ2ajqrCTZoTq3gP9pNY1v4qzc"
    "oqXkNlKSXsXeHGYIsdY0TD6nexQC5vgB8AdiigyHEYlhTo+JFHb4FHZPNLMukQLGzyX2QC"
    "wriEdfXu/c3LmazjG6T01C7pSToEXuIBLx0CfZv1Kg4BdRM3UNmSvekvtaStWpJoBcrma0"
    "922EFQlu47MV0jI/Y+f+qvZsOFI2i4Hny4G3+cnQOP9sGcfprcnnuS04N5eT29n3w4B6pO"
    "6Cad+PmTgzfSn7KR+gSEszzS3tyXcLDIRz71O53RCUKZqteeEzkriPkLehfpO04o57htcy"
    "xg84mYIVCfs7wgcmGzZ3G43+ywHZQmimw8+RbKPcHayxTWVqBqdc0luKvI4BVnv+qGL4XG"
    "yQ7qoft9EJrWAplD5iE+p91JXGh8Flmx9Qhn5fEspMVFY+I0zVeMeR75oZbaMIExVDTTLk"
    "MnE+2ynC1t1MVQd9NaWcVG7YsEYqspRiLPiO0xc6FMtGe8XOjk7Bi8Vd3Jcb5qU5xcpL3k"
    "COIJ1aaSEJ6IMKjkgQ5iCGP1QM4Bg3OBbQP6xXMXWGdTMAR+BakhQF+hAaCpsQeUTaZ3+a"
    "3pXaWb64E+7Dc8mA/mbIU2XYFXqhBgCpaESZemn8OmMu7/PkLle68TfWOtf/Dy3ghXKYC/"
    "59AHE9qI+8GDrDhePAWrCEDqfVzo5AlA7ZEvn0L/d0w3iYJY09pJrJP3QgPWHnsWS7wb+H"
    "zOAWI884dUa6Q7vRWbbY9FFelO79usV3OnB5tsZtIvCNERNIvc6jG61JTPGeFhZjmzq4bT"
    "3qy6fTGdXicm9OIqnZr0+eZicvfqyJtJ1gn7slWOHsiPUV0XBzxOVxvg2WXVfcQtm6hIc/"
    "OuHyu7bCVG1L9LTGsqsy2CcEjQ2G2QOwU0tCY6x9cQRAyjEUU7Cmnzr+1NIe2wLv4OAlOa"
    "Vrq+2yMhZQVjHVJHEa+bniLrXa5xLcXTudlDoWruXaEfdQKLknYSZCmoF5yuV0vow/Tzxf"
    "UEfLqbXF7dX202t3DNeI1JoehuMr5OIW3AL8gVuqcyomjuxDaJiZph58NLRD5eO3BzmlDy"
    "cwV+9u2kIvwcUdQk3z9fbPjhmdkHa6dLF2KEUtBps6DTjlqwLZvgg8cBSI/wwTGNOY7EkM"
    "0SSnzzLGiyApCMZuhINEOUGJ/LwQeA9sUXVsqHOOW93xPk/leIzp49FUB+xkrcLZPLqsK8"
    "vRA3exNw+/n6uiwAKn3/3J4ZG3feIGM16NUTFhdL2ogdesm6Zvm4BvVhKiQPJYfrB19/Ew"
    "yri06pnLC6xBFWHFaXODVltblOyZhDIAO8Xk6ojwzweomzXiXAy5dzdpn1JGUjpttnKMPW"
    "wTnOLu1gqkQztzJ00mKbtX7Jsjg1lsXBmmK6xhzZWYQnpmqvLYZUkbAXo+wF1mU7Uh2l80"
    "MElTnWvoqweJayd+W1Ds/q1moTzCDE5iFVH4JQm+ZwDzxh7k5S9S44oAbO5nYBrCJll6tm"
    "cokbjJbjl8Udv3twT9AZHDQyAYePDaYWUjHUHSHgE0S9C088PJfrjElNipgQLoJykqq5yL"
    "musrIFKX0itqasIF0J7SNpwj4cmEm0RycnFeBmvQrx9tpSYYoudRR1Bc0lUgIMc6zwZblJ"
    "RUM0mKYULIDOZinJGJZ6tXjDUqCqElf0PogMnTSRbA1ikaEADYQCRIx5AIxvrHE0Vrd4uS"
    "rImYW8RxBAdNn1noEAiXu2e8LdyYQeWeOyGlCsxaQLZO+JU+jZn23G6xNedZYhygJXFjcR"
    "R7dC/ITixPtvLUr0I6YOsdeALLwCPLHjAcBYNaE50gm/ucYh2apDuw0hAzXaFaghnnXa44"
    "TTWrTf+VqBmoEFda4UlVQJsvqWeLyBjC5pV+RBlZiihU0MZWfTRQG1tF/IHJxGsWUMvjMP"
    "59JKlOVd54e2X1S767xsc5a2uAowF5xJFQxyyZ1Agl0B7NzNs8o9t41VJ05k6uRYBNKZPJ"
    "VqFPs5RAqMqGRuRZdOtWGJyq6jR6QLBQgEBL2IYay7Dkm0ZqriG1FIgCsA7J1/wsUck1Q9"
    "BPrwgS7s7BOGOU4jQa4AsjSg1l2xj22vxPZBEtuUY1Q9ZOVaTj4GmVhRphiJtFFLG/XLtF"
    "GHIQhiiydNJm162216ict39rR+9DHiY5iyf6R5rE33Mn2CDi64lSloGpYGP8Q6SfNGlxb4"
    "sMS8IUtHvMQjVJaO6NusBxjJ0hGydIQsHSFLR3QwH1OWjpClI9pyIsjaEb1jcVk7ohHO3i"
    "kpU2ZkChrmZKagSMng/dIE6zTKjZGN1dUgxya3aRmWhiBFfaRFrksre1hikXtENhUMiYmR"
    "9EL6bSBPiC8qAYQ33XuI7lGlIIKjkiCCo2wQAftGJ9drVHy5aYyk+dtNn0fMPdg9phlBoc"
    "nD7Nv/AT8XiMQ="
)
