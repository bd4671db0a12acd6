from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "his_clinic" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "location" VARCHAR(128) NOT NULL,
    "position" INT NOT NULL,
    "institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_his_clinic_institu_1896a0" UNIQUE ("institution_id", "code")
) /* An outpatient department of a demo HIS hospital, with where it is. */;
        CREATE TABLE IF NOT EXISTS "his_doctor" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "name" VARCHAR(32) NOT NULL,
    "title" VARCHAR(16) NOT NULL,
    "speciality" VARCHAR(200) NOT NULL,
    "clinic_id" INT NOT NULL REFERENCES "his_clinic" ("id") ON DELETE CASCADE
) /* A doctor who sees outpatients in one department of a demo HIS hospital. */;
        CREATE TABLE IF NOT EXISTS "his_slot" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "day" DATE NOT NULL,
    "starts" VARCHAR(5) NOT NULL,
    "ends" VARCHAR(5) NOT NULL,
    "capacity" INT NOT NULL,
    "booked" INT NOT NULL,
    "fee_fen" INT NOT NULL,
    "doctor_id" INT NOT NULL REFERENCES "his_doctor" ("id") ON DELETE CASCADE
) /* A bookable period of one doctor on one day: capacity and how many are booked. */;
CREATE INDEX IF NOT EXISTS "idx_his_slot_doctor__7a5aeb" ON "his_slot" ("doctor_id", "day");
        CREATE TABLE IF NOT EXISTS "his_booking" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "his_visit" VARCHAR(64) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "id_number" TEXT NOT NULL,
    "number" INT NOT NULL,
    "state" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE CASCADE,
    "slot_id" INT NOT NULL REFERENCES "his_slot" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_his_booking_institu_a89b2e" UNIQUE ("institution_id", "his_visit")
) /* An appointment in a demo HIS: the visit number it opens and its state. */;
        CREATE TABLE IF NOT EXISTS "his_visit_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "event_id" VARCHAR(64) NOT NULL,
    "payload" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE CASCADE
) /* The change log of a demo HIS: every visit event it produced; the id is the poll cursor. */;
CREATE INDEX IF NOT EXISTS "idx_his_visit_e_institu_a7931b" ON "his_visit_event" ("institution_id", "id");
        CREATE TABLE IF NOT EXISTS "his_connection" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "assistant_enabled" INT NOT NULL,
    "accompany_enabled" INT NOT NULL,
    "adapter" VARCHAR(32) NOT NULL,
    "mode" VARCHAR(8) NOT NULL,
    "queue" VARCHAR(128) NOT NULL,
    "config" JSON NOT NULL,
    "secret" TEXT NOT NULL,
    "cursor" VARCHAR(128) NOT NULL,
    "poll_seconds" INT NOT NULL,
    "last_event_at" TIMESTAMP,
    "last_received_at" TIMESTAMP,
    "last_polled_at" TIMESTAMP,
    "last_error" VARCHAR(300) NOT NULL,
    "received" BIGINT NOT NULL,
    "applied" BIGINT NOT NULL,
    "duplicates" BIGINT NOT NULL,
    "refused" BIGINT NOT NULL,
    "institution_id" INT NOT NULL UNIQUE REFERENCES "org_node" ("id") ON DELETE CASCADE
) /* One institution onboarded to the visit assistant: switches, HIS connection, cursor and health. */;
        CREATE TABLE IF NOT EXISTS "visit" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "his_visit" VARCHAR(64) NOT NULL,
    "department" VARCHAR(64) NOT NULL,
    "doctor" VARCHAR(64) NOT NULL,
    "location" VARCHAR(128) NOT NULL,
    "visit_date" DATE,
    "step" VARCHAR(24) NOT NULL,
    "state" VARCHAR(12) NOT NULL,
    "ended_at" TIMESTAMP,
    "seq" INT NOT NULL,
    "booked_by_id" INT REFERENCES "mp_account" ("id") ON DELETE SET NULL,
    "institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE RESTRICT,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_visit_institu_00d2ec" UNIQUE ("institution_id", "his_visit")
) /* One outpatient visit at one institution, as its HIS numbers it. */;
CREATE INDEX IF NOT EXISTS "idx_visit_state_2acbfc" ON "visit" ("state");
CREATE INDEX IF NOT EXISTS "idx_visit_patient_233dc6" ON "visit" ("patient_id", "created_at");
        CREATE TABLE IF NOT EXISTS "family_vital_sign" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "value" VARCHAR(40) NOT NULL,
    "value2" VARCHAR(40),
    "unit" VARCHAR(8) NOT NULL,
    "measured_at" TIMESTAMP NOT NULL,
    "source" VARCHAR(8) NOT NULL,
    "step" VARCHAR(24) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE CASCADE,
    "recorded_by_id" INT REFERENCES "mp_account" ("id") ON DELETE SET NULL,
    "visit_id" INT REFERENCES "visit" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_family_vita_visit_i_0bd71e" UNIQUE ("visit_id", "step", "kind")
) /* One measurement of a vital sign of a patient: recorded by the person (or a granted relative), or */;
CREATE INDEX IF NOT EXISTS "idx_family_vita_patient_a1d5e2" ON "family_vital_sign" ("patient_id", "kind", "measured_at");
        CREATE TABLE IF NOT EXISTS "visit_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "event_id" VARCHAR(64) NOT NULL,
    "source" VARCHAR(8) NOT NULL,
    "step" VARCHAR(24) NOT NULL,
    "state" VARCHAR(12) NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "seq" INT,
    "reason" VARCHAR(40) NOT NULL,
    "detail" VARCHAR(300) NOT NULL,
    "payload" JSON,
    "his_at" TIMESTAMP,
    "received_at" TIMESTAMP NOT NULL,
    "applied_at" TIMESTAMP,
    "institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE CASCADE,
    "visit_id" INT REFERENCES "visit" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_visit_event_institu_7ae8f7" UNIQUE ("institution_id", "event_id")
) /* Every event the centre took, once per institution and HIS event id: applied, or why not. */;
CREATE INDEX IF NOT EXISTS "idx_visit_event_status_3cdd0e" ON "visit_event" ("status");
CREATE INDEX IF NOT EXISTS "idx_visit_event_institu_4729a1" ON "visit_event" ("institution_id", "status", "received_at");
CREATE INDEX IF NOT EXISTS "idx_visit_event_visit_i_31abe2" ON "visit_event" ("visit_id", "seq");
        CREATE TABLE IF NOT EXISTS "visit_step" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(24) NOT NULL,
    "state" VARCHAR(12) NOT NULL,
    "data" JSON NOT NULL,
    "his_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "visit_id" INT NOT NULL REFERENCES "visit" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_visit_step_visit_i_a1e70b" UNIQUE ("visit_id", "code")
) /* A step of one visit: its state and the data items the HIS reported for it. */;
        CREATE TABLE IF NOT EXISTS "visit_step_config" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(24) NOT NULL,
    "position" INT NOT NULL,
    "name" VARCHAR(32) NOT NULL,
    "enabled" INT NOT NULL,
    "todo" VARCHAR(32) NOT NULL,
    "todo_state" VARCHAR(12) NOT NULL,
    "guide" VARCHAR(200) NOT NULL,
    "institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_visit_step__institu_491120" UNIQUE ("institution_id", "code")
) /* One step of an institution s outpatient visit: its place in the order, name and to-do. */;
        CREATE TABLE IF NOT EXISTS "visit_todo" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "step" VARCHAR(24) NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "text" VARCHAR(200) NOT NULL,
    "state" VARCHAR(8) NOT NULL,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE CASCADE,
    "visit_id" INT NOT NULL REFERENCES "visit" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_visit_todo_visit_i_67012d" UNIQUE ("visit_id", "step", "kind")
) /* Something the patient has to do in a visit (pay, go in, collect a report or medicine), linked to its step. */;
CREATE INDEX IF NOT EXISTS "idx_visit_todo_state_445939" ON "visit_todo" ("state");
        CREATE TABLE IF NOT EXISTS "accompany_task" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "reminder" VARCHAR(200) NOT NULL,
    "state" VARCHAR(12) NOT NULL,
    "end_reason" VARCHAR(16) NOT NULL,
    "ended_at" TIMESTAMP,
    "room_id" INT,
    "owner_id" INT NOT NULL REFERENCES "mp_account" ("id") ON DELETE RESTRICT,
    "visit_id" INT NOT NULL REFERENCES "visit" ("id") ON DELETE RESTRICT
) /* One accompaniment of one visit, started by the patient (or the one acting for them). */;
CREATE INDEX IF NOT EXISTS "idx_accompany_t_state_2d1bae" ON "accompany_task" ("state");
CREATE INDEX IF NOT EXISTS "idx_accompany_t_owner_i_69b08d" ON "accompany_task" ("owner_id", "created_at");
        CREATE TABLE IF NOT EXISTS "accompany_companion" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "state" VARCHAR(12) NOT NULL,
    "accepted_at" TIMESTAMP,
    "removed_at" TIMESTAMP,
    "last_seen_at" TIMESTAMP,
    "account_id" INT NOT NULL REFERENCES "mp_account" ("id") ON DELETE CASCADE,
    "task_id" INT NOT NULL REFERENCES "accompany_task" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_accompany_c_task_id_bf12b9" UNIQUE ("task_id", "account_id")
) /* A family member invited into a task: invited, accepted, declined or removed. */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "visit_todo";
        DROP TABLE IF EXISTS "his_doctor";
        DROP TABLE IF EXISTS "his_connection";
        DROP TABLE IF EXISTS "accompany_task";
        DROP TABLE IF EXISTS "his_clinic";
        DROP TABLE IF EXISTS "his_booking";
        DROP TABLE IF EXISTS "accompany_companion";
        DROP TABLE IF EXISTS "family_vital_sign";
        DROP TABLE IF EXISTS "visit";
        DROP TABLE IF EXISTS "his_visit_event";
        DROP TABLE IF EXISTS "visit_step_config";
        DROP TABLE IF EXISTS "visit_event";
        DROP TABLE IF EXISTS "visit_step";
        DROP TABLE IF EXISTS "his_slot";"""


MODELS_STATE = (
    "eJztvf1z2zb2L/yvYPzLTWbU1JHjJHV3dsZx3W52k7hP7LZ7b72jL0VCFtYUyZKUXd27+7"
    "8/APhOghRAkTQJn5ndxhZ5QPkDEDjnc97+39HGtbAdvLry777Qn47O0P87cowN+6F8aYaO"
    "DM/LLrAPQmNp83td/27hJHctg9A3zJB+vjLsANOPLByYPvFC4jr0U2dr2+xD16Q3Eucu+2"
    "jrkD+2eBG6dzhcY59e+P1f9GPiWPhPHCS/eveLFcG2Vfi2xGLP5p8vwp3HP/vohD/yG9nT"
    "lgvTtbcbJ7vZ24Vr10nvJk7IPr3DDvaNELPhQ3/Lvj77dvFfmvxF0TfNbom+Yk7Gwitja4"
    "e5P3e5yD47Wiy+XN0sri9vFosjBYBM12Hg0q8a8L/+jn2Fb+av37x78/7k7Zv39Bb+NdNP"
    "3v03enQGTCTI4flyc/Rfft0IjegOjnEGquljhsTCCKvg/kCvhGSDxQgXJUtIW7Hoq+SHMu"
    "4Jyk3AJx9kyGerbQjo6R9oXTn2Lp7yBpxvPn6+vL45//wze9wmCP6wOX7nN5fsypx/uit9"
    "+uLtS/a5S1+k6A1LB0G/fbz5G2K/ov9z9eWSw+sG4Z3Pn5jdd/N/jth3MrahS1/Nx4Vh5V"
    "Zn8mmCGr0zm/WtZ7Wc9aIkzPpYZj3BKDft8bfPZp3u6bjdrBclO5j1eJE2TPqQm+x057j6"
    "aidTtdwtlA7Mitz+s7PVvA77Mndyembg8n8rmF6sDV8ManJ/CUv6Fae4M26MPxc2du7CNf"
    "319fx9A3S/nn+9+Nv51xf0rtK78CW+NI+uFfG9p3+aGN9LZ7vhGH+k38lwTFzBOpEdM9ZH"
    "P3+9+vXjl4vLM+T57gOhfwf9CzYbEgT0hlvn4uPN/z5DJgl3xY+vfvnCL7hbp3Tp8+UPHy"
    "/OP52hDbaIadgLQvEh4TbkV8+vry+vrz9ffrk5Q0YQ4CDYYCcs3vPxyw+/XN98pcPTv3VL"
    "4dotqK5vOCQw+LdusTZO5hJL42ReuzLYpeLCMGPLQ/bFS+7vZjH0YQFQPeOO/oRcH1FN2i"
    "IhSr7z06PtGXRgBbST+/t69SpwHx0NssfNT08loKV31WLLrxXBtfEDtqvoXm8M2649nVOh"
    "Vqdyq93tuN8z+WT+7m16HLNfmk7i68/nnz5Vj2M6cmiY4UL1WC7LDXdkDLRw376RWLdv39"
    "QuW3ZJDLVHgRJgfemY/s6jWDUDnkq3QnxkymWT1XD5z5uCwZBA++Lz+T9fFoyGT1dffkpu"
    "z03FxaerD6UpoEYAtRMClYWeE9FujfeyOW+M3cLwPJv+N1WXqoB/cF0bG44Y87ohShOwpG"
    "P0NQPpJ8Ou+g9XV58Kq/7Dx/Ky/uXzh0tqFfApoTeRMDJKKzs71Y5XxBZsNH+/vvpSo4Rk"
    "ImWCgpgh+g+ySTBBE7YBb4ZF8y5T3lBmRb6BDVDeZTzD5yaCCndQkAHeIFrOzI+xuheS7h"
    "FeVYB/dH1M7px/4F3F1C2hWvXcTAvg/yZLKPk0+4q+8Zg6f4ori/79EUvFrny9pEbrxwuK"
    "NAN6aZj3j4ZvLWoQN9fEpkehI9jLY8kf//EV26nF+0zgLukXG+II1AsVhM7ZGOcmJyrGQ7"
    "t0jFNGpLBznpgck0OBSwc9z8bUGEG6zWGKlOHf4bA76Pi4icKlKXLp2iv8sQCfPHx04WHH"
    "d232lx649i6TcTQ9E54Cp0muLG+9C4hJjEPPgZ+TcXQFil5xghX2g4W7PXDnSrG6icfUHz"
    "NyoAb7bCBLd3rPd83Q9RemQT84ELxoqAs6kqbb/ZOBNck1tqErzLg7FKjP0Siarqg1CRZL"
    "172nAx2I099I8CEaSNf1xLAybeIQ83CoLvg4OiPlURAOV0wpVD9HA+mM1QMJSLjAD53g9S"
    "sb7PJBY8gs7Bl+2IHZ80M6kK5Q+dh0fWvhY/qVg0Ph+soH+xqNpStiK+OPBV0QPjlUcfjR"
    "+OOSjrPTFaglse0FCfHmQJw+0HE+0mE01bA8Y8f5QPrmUAvxQKU9GuuKDaXrsgqw/0BY3O"
    "XaOHS/uo6Gulgb2u5WwdbzXD9chMS8P5ipv44Gu+Fj6YoYu0qf2sn7eBGNpfX7+EAs7C58"
    "1z10n/+VDfSVjqMrUhZnVA5VSfkgekO0CMw1trb2oRpWhNV1PJjumFFVqxu8WFSXplhxQ/"
    "rgfYqOoTVAnTAN+tMMEVZBiL0uoLqm41B9YUW04kdZcJc7d3NBXYVwr+KlKi0RawNiaK8c"
    "fOPS/0gTE3K6xRSNyETNp8+47wKwWNP/IR5OQ8Q4We86DjYTJA7FjLH2hQE1QY29sJv5pv"
    "QKbwzHuOPfkg3HhEUhhIJqJeUQw/qSJTygcWHkboW6JUOtBqhbAhUsZlC3BGYd6pb0fuRO"
    "cI6rrzbULemxbsk2wL5qknReZrxlFOQh7TlB2iKBZxs75Vz0spx2ebrdQ+0ZQfDIzPu1ES"
    "jWqSgJjrlWTEu4e0mL9l0hl16fjJsKHJSK225Z/2W1dbgNjZZbYofECV6x5/21r+U+dIbu"
    "ZhuEzHvt3OFFsqIF/ENjjnrNEAPmqCd7/3RT1JPNJMKxjXpaM8QgeupTcEN6KKokYCCrvn"
    "J5MSgFofCe2Qbdq2z3jlF5ym9YRRjerTG/W+2qC0FVoQOqCnHwFkti/amkSRekesJdJ/OQ"
    "lU9X4jUygeFKvo2c0WioqELRqmLbYzmVscErW08lW1UHFFOBvLcRRxlPEqw4+sDHnn1wWk"
    "QUXfyVDiWTGTEVuFrGwVhptOeh0QnScaNTQlQhLOGz1xCTkF2cNQUkbDylaISjc/Qbf+3R"
    "hjjkG89373xjgxgxP0P3VId20HKHXA87xEIvDMdCFHSX/fK4xg4K1xjR74LWRoCotvby1V"
    "EJsD7GhziJccVJRLOnotpnEuD12avWxy+Ekl8tEwG7ab/dZCxaLOG8kA6kQN8os1op9Cst"
    "7vFOmX0pyeoA99AcDFDKw1LKEDxYv9NMM4xMJngQHAl6OxIq9KAMl+XjFX3smhos9/jQ2n"
    "1fo7Fu2FATfPXlqg3k6xMOU+ZwnK9JM0zUdqanxMrYkMMJrR/ZKNpW+eAY7eKMwcXGEPV5"
    "UkdLNm9wimuriJixPLiOpv6QBVHXs4fDU5wjrD7yoXR9JbesbuZToDXFpRW/jRu8WWI/WJ"
    "NDc3kjyD7z4XRdYHe+wbYuH5uYPAjNXgXAfmKDaY7UHYXpQI1La5gM02TVfgOWBSIKv1cG"
    "6pwPqD1c1IICuPbbPJ1UGpUvMzrFY5Ce8Ia9YP0j+L7Oil8duK//yka8pgNqihhE0ezHiF"
    "j0jeHdkNfYvD8Qqo/xYBdsLF33KqjHOqH6mVN8JaF8JpTPhPKZ48LrcOX0IhqF6fFeGiSt"
    "I1xxscN4lXXRuS8KjLzIDagrdivXtt1HbC06LET6Ix9TV8RY5xOK15BVI6eoU7Cg2I1nOL"
    "tFaASHqvnnyWA3hlTxuUkurAQx0kGTiotoJL32LaV4ecVQ8IKfXxANXo4DaAwILwQg8Lv3"
    "hoVfORiRINhiC8XSiEt/H/0TIHfFArIRD1dBK9ffIANFfgr2GxXaBhhZOIxKDVbjwvt4wA"
    "GB4f8OSXWF10d/xrdrF7188lYi7POkHHWThX2yS83B4qs00kAW60yir1Iq08c71031T4/Q"
    "t6lF+FlRUsO4w6kHn1X85y1KFAZQAWQS8+vjB67Wq09xURJmecyzDEHi9eekvkHicX6mWq"
    "2GohDUa9hfryGXBntgzYZC6u3EQJat2lBcX4XKDRfn1xfnP1w2FW7o0xTmNu6l55rrI4Eh"
    "nLs6azKDuVW5wOmNey3gywfs7yJjlNmiBgq2y39TYzOxWpeYmqHUhg0DZG59Hzshouto49"
    "Hr1Cw1LPTCpNe/jXENvo3M2lfeTpAk3eOzbp1bh9navvuIPOynI4csJ/vRCBCmz0ax0oBe"
    "3B5tvLPX81v6FW+zQPyz09ujl9/zbOzouS7dmG+dOzpo8Ap9xRb9HqZhrnFAvyO7j/7OHk"
    "j/YTJ0vYXrGQpc+pdFN9tuELCHkgcq4rhUwLk71ISP/zIV0zInop0p/+ZYwrR8c1xrWrJL"
    "zaY8XwoCXpDc1Z5iqchwB9hxv6fXd/P5ycm7+fHJ2/enb969O31/nB5j1UtN59mHjz+xI6"
    "0wG4K0wtaFIDuv/zi2k26iGqPAUEjZZclUsz5P3/OtRcK/UWRFh292sfHsNdhti3Vy396j"
    "95pOsx0dWWvXtuhv0TFCPHY6sh/pYibOjB4jJju1HtfE5nVCsMNvpgcNO5miuxD9H3f0V4"
    "/dHp8DNUrGVaMkwH8onlSRAJxT7c4p1bLpw1dLn2xp+o1hqiAb3w7ACoEd0yn7yb2rPWTZ"
    "NYkz1o5vG00TsqYtVrOza5Addqwn3LOZgBy/qGyCaWt6TdfUErHzLHiTz47CKVuU0rDny2"
    "uZSIXX9ZEKryuRChFkalXX8jI6VAHrW1eM8FLtF1WUAs1xL8xDV14fWX3GjjvJGTXtjhsX"
    "rDj8VIMQse5Xa2j4VLlXPuJKYrAtyAKtdsQVhADkvSBHvtEqwvWN4zKJgzrHjUyVaMC1lx"
    "ZxxirEgqrv9bCnAoB6e9SJwOFav5cQka8VNpHqJhLnsitu1UUpgHm/nrwNTVfNFsmJgFUt"
    "YVV7Pn5Qb1qbF9IQ5u5XMnNmLxQ9MXkZ2Cz2Qzx6F+LE1u9YfF2sLFjAkkrPPc8mphFjU3"
    "V8CW+cNXrBUpGFUZLZ3wmHhXAEIQm3vLEzk9/xkBAXLTE7g5BBP00fkL95hh5JuEZGGBrm"
    "mqfLChrhdD48xJiMK8YEsjnqoZ9mbJ5MNsfWs1rOelESZn0ss14XkVkouhQa4VZQFKEh1j"
    "yVGFD3C7bLDQlDnHydyZkzDDW8waI0nhv8Z32UeSakgabd9N700Ssop2goEXxFsYNovnYT"
    "8JfV1uGuILTcEjukKtQr9ry/PsHE9ML+0f00UPOMZRIavAfFzeb0WCbDhd5Vu93wa2WEHw"
    "hm9aeWOzWPblWwJ8/u5FI0hfC2ymvPi0Ji+3i0o6pSDK3oD39vGlKboRU9kkpqPqAV/UAM"
    "WMDKmXNVtZkAy+6byfJfRZG99Ndva2KuawgoxCry4gAZiCcY79AL1+fVuXL3vGQJUPSGHd"
    "1uvmHrgmVJsXEejV2VDev9aQJy7Pc4tuLoX0CTAU02xn1tooQJ0GTPcdZlaLLoEGphTlUF"
    "wZwSRMpmx72yxi2UBeVbgHJDGGctuk1RnM8X1QaTJlbNwKrZb9UU1pa4UlP9JgEIyxTDEu"
    "2NozIhPxhW1DnnSGA3Zhdnksbi0rDillpyxuLt9g0+tm637+dvV/S/y+Xx7fZ0dXqKyIa1"
    "D2Elq3a8gIbnuw+ErqYZogvAJ9GFnB0nCJToeGyIkgDzbyLb00QNATD/nuOsy5h/rsnLFd"
    "KzTuC0ZNNe4wwoijXN+QTnu2F+2ZyVC77RP+zO9ZUq5udlIBpWItQ4/7UqONfHmZTENPCw"
    "Dx1pErhb31TKB8kkNIC7FD01fy8TPjV/Xx8/xa6V8kGSGq5q/EVZDCiM/RRGilkHNvbP+b"
    "EmBrOslV1eY2MqOn2B/ZCsWP4APhJY2PnLM0kb2yzJjKZGF5i0BxeX9IlhK51iqYR2dadP"
    "5hKH2Mm8vqXRvHyERUXQW5iOBUGwHMdiOcrwBdjxXZtvm0o7VllMn+J23SotKoeqYFKqM3"
    "Ll4BuX/kdSvbnMjzSp6ZBVbsorUcZ7cJjGsove0qquwi9Iaynp3fsTJllDCeJaxPwmF8jF"
    "B/ie96oIcBhSLANkkwcWvYUesB8wYn6GVr77f1mzC7pK6K3I9bDIFdDLE0B7Gpf2BA6B53"
    "jAg0NAt1mXcQiYcdyANJMd3w9W0l4rSbXI5/DlPSfsIGhK9710tpuK2vv0qb+Wb6xCReL6"
    "6Iev5z/enCEue+tc/Xz55YxrTrfOxaer68sfzpBpu0GcTvz0ycGx9reItT4F5Uwkqk2vj8"
    "4iH9nUtzqjC4KQqjeeE7mqiEUvdBvtOy8Iczy2OVbgfLLFkJjP1bXwIZb88R9fsW3UuLzz"
    "jMN1vMNOUJuo43jEDOWBYB1EhU0BqKW9xZ5PDgbqQzKOTkD16sMsvIZ1zGD+PZVnCBdBXq"
    "xTV+bvRykHmShnkLD5lASdunb9JEr16BGuGi5VSOur6+Rlhi+t8zSKVi9FdBLWWDUlsSIH"
    "GYmC/sRA5mtG68qQ+ZFKoPY25UTgjNgfXJjqRAcGFqbe4InBK+t3z6+rMQUUZmaeQBEv2I"
    "BSSnghFEPKVZ8EW+YKp5whCueK+BsjqjK8IjadghmKSm3NEP7T2CDDsegHAZ1M3uHa4f2y"
    "ha76bp9w69w6N2sc34p4TUdEAnTnUu3SiZL9TLr6v81Q+ZbfFLzydt/zBEGXmRQo2nOCW8"
    "fwMQsYSNIHWZUZYmJkBPzXle0+IsN6YK9PbaBAzjbJon3L1knuplw24lG0phkYdH1Qkdxt"
    "2edVGf438Qf6romtbdS5JsKLHwTGPd7yPh8MzEVgxr1tos+z33Pft/Bs8fi136gonH0NSY"
    "Hs20oKFIKq62XAIoSQjVGcUxpreRCyodusy4Vs5PbcEnvrujY2nLrQjZxcacqXVLCvWU4/"
    "GZaq+HB19akwox8+lvPffvn84fLri9d8KulNJNJLBTY0U0FsWx3xvBwgroB4QfWRDaApCO"
    "nXjLinWu4qCGeq6bjDZkYTAxaZVyqsciYxjnLt7LHalGtPuy+0UJnKshBgMR4dqaoa20YQ"
    "LtSr85fEtMto76VEf5HmKNGhtmvUpYYVxEpQr5icVq/QD1e/fPh0iX7+ennx8fpjvLml7w"
    "y/WNSKvl6efyohnZE1sgs6kxhwLTuug4dZz93rRGWWTno5V+g9WND7F3RGV8ou6EwCNPz9"
    "qzlCq1Vzj5wgqDpjVnXGUXN4ZBPceRgFONQ7xzTnL1JDtioI+IpINKg0BcEgEwkGyQowCF"
    "dwB9A++wJeYohLwQ0Hgqx/JfLq2SMB8hNWfB+ZXiYL8/6C7/SboC+/fPrUFD9W7nN4YMLL"
    "Vz7IuZncpckSL265hof9A3H6mY2hz9pUywnKKQXF+oJiPJM6TRJJfMXhNMJWIWozO8UFUZ"
    "uFI74+arOgVUDVx0np4DMEQXDPJxwKguCe46zLBMFFemCbWS9KDkJtP0E5xAnOcfXVTqZK"
    "NTGwIgeMdpUdHFt5qqcr/dV9dSpiLZztZhkZQUWALx3T33kUqDpdLyepRSWwpg2pjw4WKY"
    "KLJbH+VFnhVUntqtx1v9S9dRzsobTMUykdnPhDr3AOnvLqLkr1hLtWK5vRAsTEizYdn4TC"
    "A4ZgsZ6NJ29ut6f4vXE0yAR0HzwdeNgkhh0qAV8Q0i5+s/tVbtNF6gSY6uAqKBelBlMJB0"
    "K5+6XsGUHw6PrWYm0Ea6V9pCyow4FZRHt+eioBN72rFm9+rRTGuQ3Chbk2nDu8SDAUkPBN"
    "2Vt1QwyYyJW8AJPN44IQn36N+I23MEzT3aq2ZanIAUOyN8YHIiUGiJTIFmYHGH/2zrOxpr"
    "WWZUGuvMgHxEhkPecPLQyab3evyeouZjxBqVk5oOgVJ1gdHlCSeOxv4vF0xcvHS/r1FqzL"
    "xsGxSmykC72OmGJutfHgbn2qeh6I1I/JOLoCNWRI1zQBSsg6urk8Hg5VPNo5H0xXzB5917"
    "lbOO7Br99vbKAvrr6v38pgNDC95XB94Uc61EU0ktZodaVfMby01LGUIlLbhlimylZTqGVe"
    "I5MIuVyE+fv3lsn8GwlC198hd8VLQuZMSmTk6lsuse2yppOhW62D2W4IiO0cV2yneikPja"
    "t49MKYL3cLw9oQRZ62JAU0YpWjVQ9RhIDUcQUryoQhr3x3s2jt7qiRBp8HpDUPii1d4K3X"
    "sFAWUN7vWIIs5w6znNOuAk2bM/jvJGCuOZMknHjFnQDAlgBbuHnWQF3vy+uTFsg5FAR8QN"
    "HdIEME5FwdclzAOetE8Q3TfBETQryvRWbM35EHHBRM+se1G2D0G6Y2YojYw+hEIRbVgzbu"
    "A6aWfoUr6P4Rt47hRF0vYjftGWchkngiZNisvYZpOPQuFBr3GLFuGvQZS3qzlT2Jd99gmj"
    "O9dI932EIsIIy137jHXhh11+BfmX4SrN1H1rbDxPT7YfonBMEWW6y3h0eowjvj/T3ofduA"
    "DrP1bp24/wb7/vQH+pd49DbGviESvkIfqTj7swzk4MfoIZbvelGTjvQL/i86nsNHpH9Qbb"
    "sO4FCeMj+WTp1yAGJBSIuElL4jauPXrEVqYlFSQ/t/IvZ+gklz3nG7Jt1baNE9jfmNTk3l"
    "3NOyGDCi0JMSGNKi6g+8HTBKo7K+5Rilp7K7c0XHhJZ3sSiZVLfKqBzawsik+iyD9PtRsT"
    "tm9tQQGgUOawPa+AHbKvZfKqCh7dd9vfVsacvim0loCHAPDZUYKa3ct6ooBUBLAE0VOWWY"
    "8zIAsgTIENXUd28iur26fgSS2qack9JwKfdy8lHI1JpP5ESAJoHAsedJi6SmkdrLUxYDWm"
    "Q/LVKwQg+kRXRMK5iVaJHyGhsTLfKjsSF8O6gQIvGVWRMVssrukYg7iO5+hT6GAQownUIn"
    "JIaNCPeiOzhy2D8aO0ScM+Rh17Mx+rdLHPRIwnUURPBAQp6rgkL3HjvI9Zn3/Kg0Wz0+6t"
    "bxDcdyN9HNzKk7Q49rYq6Ry4IKNpjVvWOPxDw6gLn23Ue6qFloAvKxZxsmBqf+CAkd8KU8"
    "R6UBil7rNusCn3QlN3JsJXu1CtthB2MajSiLcEGok9JsIyoW2z1JYJEgcO2HdnXbS7IQPT"
    "Oenap6QHHlUc2izYuANbvfmuV4dWDJqlTJGhvEspZsfm0pR9XnCISHLmoSMAvv8kEv6qAY"
    "Osds0MPL8jCcPvKhdAUqNru7AOozTroG6AjUnW8c/OL9xMbQCaD+6bVol6rl2NJNbB/Rts"
    "DpnXvptt9YAkpUdtdChBXpiMZAL5iyHcyQjY0HlsUSrYkZWmPDDteIMSQvZ2gV8V2J0Nrd"
    "4GpNkJ6eIRMJlWMeVYOfPpC750KXfTefn5y8mx+fvH1/+ubdu9P3x6nyVL3UpEV9+PgTU6"
    "QKevB+Uu2e/vEqZmByv4aGdvdBDxYODSKIQfv79dWXGtMvlSgbfcQM0X+QTYLeNvajv6y2"
    "Do/RQsstsUO6Pbxij/3rUb/bvQhuhlDBAKx0Eyk3DpkVLTs2QLmbCHiZp04dyhDGEJ7ReX"
    "hGrNqo1XnJywDJIUA12C7/jU3FYIiiECzWvdxRpoUeSB5lzvaJrVvpKhj5N3Z/pRG+aQ5M"
    "yo1s6coimz9faqrWCzYGwFYG2+KGqNwToH9mIeb1aqmFjPfbyy2Q7Nb9sTz5ABkKncureb"
    "ASHFHnxxkLlzFQQC09TM0K5x59izbEId94vnvnG5ukLMiOiWyMHauhgehKIjYiYVJgo8o3"
    "DPdYCM8ZV3gOj8FSLrpRlIIupHud99AScxCY/RzJLp+xUkvMTz9npfsQCages0/5GTsdIx"
    "UfAdVj9J5fHz/QM7zNFBclYZbHPMsQfF1/TurLpbOa922ablbkgAAGWn0gVLnioFrLrCgE"
    "tDrQ6k9Fq2db58D871TxrZw1+zGO33Yg2GXwLW6NIyTY43jQWoI9ixfdS7BvsltlCPZ43e"
    "Xj6s4i+psVh/YRfZ69YwWlX3iYF8x+OUOsCtID5jT4HeO4X9h4FaJvkY9ZHW2L/7RimL8U"
    "kusDPFJArBeC+eIF/y9g2yEZdowHh8b2GCTD6jbrAvKl2irbtZVSNZP7B/RBZAdn/56I9x"
    "KOiPe1foj3ZTeEcu23Jyj8dhQf5gO5emQCoV/XB0K/rgRCPxBDBeH49gHx5WrTJJcvOCp7"
    "d1Q6rtoGkdyvHbRzqbqF84a6hfNq3UKWh9RKpSkIgvdoPApMVW+lp1erKc7LwQyPeYZbuY"
    "nARwQ+osFQBWfGU+QIgCdDJU1gvxvjaYj2qKCAgGFPKw3spdbv0jv3Muv/w+91/f9B9M8P"
    "UPQrxv/Daza+YCS3GSLXecn6L6LAdD2M3BVPU2d0afJzPMiM14skDr85rjlZIdYHeaJMzn"
    "z8YL7Io9HYj/yJ0D9kWIY9Ar2CawMvlAhomBs/lwmwntcHWM8rAdam4bCmPFWAP7iujQ2n"
    "xnmRSZVQXlKxvmBOPxnWCPhwdfWpoP9/+Fiq7/Dll88fLr++eM1xpzdFiUYCNXJEsdZghE"
    "EoLswyhOKCE1DJ9QtEQHdKX6naGsZqsBaFANc6XFXLsBSFAFcgrp6MuMoZ30Bc7QW3+OJK"
    "oosFxjWgW4duetyo0oIFMhazvrgCk1u1tug5H0ojzEtmlOlSGH3WlCY4tBbrVz7Y12isyR"
    "pOzYCxq/SpC/qHHlzj9yIa64oNpRFcvbPz8StZx9Fnb6wcU78wMoG9hP2Vg1F0P9oYFqvX"
    "YvHuTXykGQrW7iPr0ZQnyc/Q49pFtstYB2SEaLND0WsnqCnT/fDSVHykAkD92nrV9onr1w"
    "JL3ytLD12++24+bfh0D4pAUkC5JKZdpGFvQIt2670wC7fs6YPcfdUkqLD8HKjoSEFUp/aA"
    "2AMiGojo6eLaQESn0V0H8nm6da6Zibg8YKGBhZ4muq1Z6D7pr5+NkNQ0b0ouzZpoLy93k0"
    "SLdA/7geuwBuRJLQYqELBOSd9zBorqffY37HsgYrGe5uEuiQ9NazeEAbZXrM05bz7u4Kil"
    "OQkW7HNB2YdhngkFlccVgApxPvXQ62tcQYkH3WZdENRX8aBFh2mrZtEFyUEiN4fcZKc7x9"
    "VXO5kq1eKEFTmoT1g19Pm/FUwbkvTj+zX0UnTP6xJrEbXvqCJ86Zj+zqNI1Sl7OUktsG7a"
    "kS7/eVPYjCpdC9MN6dPVl5+S28utDGuwV276UJXsawJ06vzAW2Uor/NUqqfeGlovcehpMs"
    "wuHhn7VYwbU+5yUpByp5ByN6HCTLfbt+/m5u32DV4aR4Ms7u6LNN2xWjEC/aQe7ExCO8++"
    "zNZRv3NUNo4l8cP1whLWyWPWqRjfolSTZarVCclMzXL5O+wTemsb874kCpmZYzbwn6oI0s"
    "imtGdf89MUlRkZxh3UlJGp3p4v4Rka9iKg+B4Y4P8rG+iajjNd2785GyJxwS3MNTbvD0Tr"
    "YzzYBRtLV8SeNOFmkog9YcbNpPGKk0A6ASxaaLoi9kACcuir+CsbQ2uAFqFruV2gdEPH0Q"
    "mpPgN+Mg1CEPJTUC/25rplWg2/XSrTbYONYOvjDT2YWZSNgfggiA0S/R4HFJ3FKWfYQssd"
    "D7uJw3h4QbkoU41eizifB/ySNWg5KqHe+wNvHR97rh9GMgZau4HHR+cNZvgaR0GIvVfog+"
    "26FvKoucS+DLrH2IuCiYJdELo2MZnIg2FvWft2KyqOR4zSpXl9h5mHZLNgj2P/3tM1Xeky"
    "83s+XIvfwdZFBBA3kiFRb5yJeslcybJzyf1a+Az7Jj/5uyWglrBJNoZdwywlMmVOKRJ6FQ"
    "tPEO0mcu7y4uPn808v3s3mJQI/pUUrBeqjjasNuvNO4B0n89AVuvTPElA59ftCcr+G+0LH"
    "nUHyp2J18TayziVRDWMJdaKdA3frm2pJ8KnEgK6vxIs8uRcpUUil0Y3v186t2EMVYIhx1y"
    "zaWSbGPTbh1PxkRSFIyhSGnETmv3KEcVUQ/JBVeCPGTwnYvAhAute1m+N2DnTt5jL/JrYp"
    "yHp2i/vh/nTXlF87EFlZUn9kK1cW1vwbW+Mur9lyO8D2GQQkVI+aUbWUP3eCR3Ez+fjKrM"
    "mrgP80Ngsju3GfP6EeXSFFHuAgiF1J3LtNf2YYHtSJHRjwoRjw/JTJaxAlKdB7BYpZ9sYV"
    "Qf379dWXmqC7VKJsORIzRP9BNply7IgINYZFwTysJG6UczRmRbuPDVBO3NgY/j0WbSpNCQ"
    "WZEOQTKOQTBPgPtd07FtBpxxhkB88n7D4QNWI1k9CO/Os+HykwHlpRf3k5DYm/iRB9Uq4J"
    "z+V/VWWCf7Rdo47nS0VKc7tiMpM1jIT+0qtfPny6RD9/vbz4eP0xPp/T+eMXi6fC18vzT5"
    "VjgdsEakplUUinE6IvZipneh1o419SG/E6G21iMMua+cUVNqZyYR/sLfZ8Ii4Yll2c7bXz"
    "l4V7Ozb1zR3brdnL72GTGHa4O8zMfy42PlTjAk8lVOOCWT+oGle251YmvSHqIy+kYXRa9/"
    "YflGzKQoLnMjFL9K76oOB5JW6JbSwLm2xIuNgQZxuKWn/V6gViYTAVBDSRZwTBgrGaanZu"
    "XqqlqTs2ZHu2df2tLVrD9TR/KgAs/yEsP/32ZOEZfkiigHUVsr8sC5y/Aue/8t3/iwWkQy"
    "PkmRBgrYA1t7jVaLS8CJyM+0m0lNQ4kEK7SMaZGLyy5Fl+XRWos6/Usvn68eJGrmSHZ3gH"
    "Fwf4mY2hEdS9JibnqV0BuVhifvfQiznGuVtyEWhEoBHH+MpOlFACGvE5zroUjRgafrtZL0"
    "pqOOvTneXqy23RBWwTUc3ofZ0bMrlhphgaN7RMsN0uNyRs+SqXZKGC5zRmWpTP0eD8Kcnp"
    "UAW+76IlrFP4A16oB1lWBDV0CHXvbYvgWmDPNdcKhl1ZbDie63VfQHfs/glM1xexWvWun1"
    "QCIhwlvD7MUaacZJAJtSPBpwNxhxT4g0ssZaQzIXA3qGAdF3ZXRTsnBniruHcML9z6eBGY"
    "a2xtRW6IejeySPYgj/J0dpdeHMrcMaFa/SMT6UYFmTzNXHG0yfiEosTHA51CWSr0xHTsWq"
    "+QYKc4tEh0NIquIOEHLEzsUYEo9oVdPuhVqKN8zLOj4dAS0dEoGoNElRqTg3A4UulQ52GI"
    "N55WqFW916VTtYrelYNvXPofydiK1g7/Jz1P5YvmZGqETGRFLda+a4auvzCNQKBJJgs2gV"
    "4izCIa7yIebpLqo3i1KoRP/Gg8uFs/0uArwRPZxdne0IlV4d6OM7O89S4gJjG6LcMCgRUH"
    "BlZAdZW++E0IWamHeprBC1I1OpNtTtFOL4nBGyVR9TB/ohwYGvtzfqyJwSytxJXW2Jiyyy"
    "P1WaC/pHr1Ht0l1eL3N6O5WWOUHGABch2MUmQQ1ViCGWu7wvqw8C5hvCuLy4XjD+ilHQow"
    "5j1ZCl1nOh0ZQlDHpSnBef4cz3MIQdVt1mVCUMffdYmfekd9zWyvbSGw0HvbWJFP6LidtF"
    "I8cEk+EuKNUgpwKgApwAd4bEOX9UlsUc2tLAiJ7lJF3UIjVGvokwj0tXFXFGB+aO6G2bi7"
    "jz1Na3epsRtlMZ028s74Quz4rr1R7u9SFoN2GYJKI0DKDUXKFar7HUjKFaoKTgxmWVKuvD"
    "XWeFeFqxl4z8N5TzHE6abaAcSX+bGmtQ/LIlw+g/ptTSJRXVY9kkCtvOxE5kk1kuBnRpwT"
    "E9d3cyndMdvPy8cCKu1dePf26H50Rx6ww2jzZCDEm7JvXPMesQd8Ty+4zAQLEAkQbwKELb"
    "Ty3Q1j0wOMfPcxqDL1vTxhP2NfCoMw6Qq7c/3dEb2tdAlasj8xdwIhE0+QEgYFRI8GSGlM"
    "tx0FlPMyALIMyK7vY1OgQDbmKeWkBkxTehrGr8MsJaZ9qKzm5P4B/TWJdjFJn4269xO8nu"
    "PyekLs2qhoMuBw9Ild+/9izf5IYC+n12Z7LeU/8rdKmciJxCt0RRcItVl5EBzaBpiaquGM"
    "/p9ZrA5+oB9iizCzlZm5tmHiM2r98s+ElnEXA986G+Oe3m/Q+x4RvZNRK+hFQPGhBja5I8"
    "5LHgDn04OAbmFRWJxtsag5CH+D8LcpbWIaqwQQ/qbbrMuEv0VHa5tZL0oOUrQNqvO1rb8Y"
    "TVXaUF7ywKzIQcRBlZD4g6NRAbWekUgFBotEGoxb65iLoO8BCYVev+uNYdv1ZmpObjgT9b"
    "jfBXsyf/c2Xavsl6Zlev35/NMnAese4k0VzBv8Z104bny/FjRw045++c+bwmZeiQhNN/RP"
    "V19+Sm4vh4kWwY7yfZRCcXMiUD2pfSxu5oCWBT6TgCDoA4DHf3q24RjiPbt+mymJadAYfu"
    "i9Zrzu1KdTRp6PN1UnjC2yWhFzK1zKzVpfUbIvva+C9cn41b6IhFWz/QoyPdl90yNNCxW5"
    "xAGJtYjmJKBEdBnOyDegWus1J9VbDEVlkaYgTzaGYqteLXp7UK3oVkt3+jjf+e7WU9t28y"
    "LAtu11rnO4qvAqO9YT5+1PyXjTQlnWt55fXcptE4dwrEf4N3jX0wmSdLEv0hWy39F+fvLt"
    "+ZszZKCAavPYQqx0IWIUGHpcu+zH7fKbrOYLXVI7lPisuX+bxMVdqjHonY1863x4nRsnLi"
    "nD2Ik4xp1+uGSFZaiyYdhZhRrws4OffUrE1UQ9ruBnf46zLuNnH3+Zmak6Ccfv09KHZeZa"
    "x6KFY6sqCf6t9m4WYPuruwqw/VPEeOxsf3UbAbof6H6g+/Wl+3XhoSukaT2xV813P7DFTD"
    "4VZpKanExbme7Iz99817n74oq7emQXZ3tJz0d2L7VAJdt68CLWXOabuEAGE6Wv0j2jGJO1"
    "wOnIAG2dkNgZyUiPi3WIviDGNASMnzRYcQxxnezuHwFtR8a2tUMNjeEP0eh152VqFJAtSY"
    "FuUg2S9rFxr2qPZFIQcZ4PxbWsVlx3Xg6Y7rEw3TL+DdsIwhYTnhOD+R7LfMt4NugTObfb"
    "wotZkBwkg3AstPDIJ7n6VkPBECgYMhJbfDahgiFJj2uBYZ9rf11v1mddVLOb98cxIW/thi"
    "4KjXvsIGvLUOZFN6Ial/S72ruAGtg2XQs+Cxcy0KPr3wsDlw4aSmim5yq58rEX93gHJvqT"
    "mujZPFSwrXd1FYQ0DFPo3tnFX6IWelJebhjdGAottNOSfGxi8tBKGS6Jgg00lomXsXmjc5"
    "AI3Cb1+2deZrieNB52LDZJg2yh3XelWRkmFqDcTM2lQholVHTBzVkkMx9KdkZ9u6q8UMtW"
    "VSNDtAG4LjpVWTg0iF3FuD5YLpOAILn2QXK2sEFYY3xBIgLBBQpJbokN2IbkL4oCAzhm3T"
    "a229X4v6IQsH/72b/aRjfq3YiU+tyMDWZZ9q+4wsbE/f1I1c4L+vUx/+4V/i9/eSbDATI1"
    "luORSOwjAuuxhkzAcRFwIf4zXNSGmNbbkGU5DWm4k7mEDXkyr7Uh2aVyuw7+CrVzWZZkNa"
    "RpdNJZHkm4tuhx0YZ1LcuCdjrmmSaCKhD1+2Z0twYZgH27LMDtD27/kSr+Y3b7M90+awZb"
    "o/wXusVKqv+FbrVyAf4+XmEfs+Yeq6hpB3o9f/+NhehHLnMF8AIjzKUf0KdgK3b4kxCZrH"
    "8Ha34pjurvaFwwRcZlikAswCAHa/KWqPgF8jJQpviQ/Hl364vcXg3J86nEgEpjLuhrir7a"
    "P7aGTUSJ3fUrPCcy/AI/+stq65g8H225JXZInOAVe+xf+5qAoZc960r5oOoTy4SGq7CZfD"
    "BZnxhU9qrfdfSNAgJjGYxlMJaVjeWfIwP3wgjwkcBUzl+eycXKB7KB8g6PY0exDxEZAYoH"
    "CehnmBqrZ3GBToPuWsx2XWLbde4CFLoztHYfkU+C+x29EFRM5A7HvnViTTDgNjV+oPZ/gF"
    "jPTd6ik332SE1n9lvA2m9yXYmteitgbT0xYh094+8xu3Vcj65xLuJE9nn8DamEHwYzFLj0"
    "Y4OOYNI7o8adhnPPLXr6DM+mywzFy/3WWVFFCfvRF3PckMX/G/Y9HcB3t3frqJvoDKW0Bb"
    "8vXYySBMDv9JcgJOE2qSlBv2kUqMMgOqJ3/35kBOzPYI9YuP6d4CZgEYZkETjm1a25Pqww"
    "EWgZUthqX+4rfbrngMKAnm6GrVZ+LxMBu6p7OiHZaaTZhERgQDKB7frDMAnzYwkmYX5cyy"
    "SwS6V+BVAyVzNzSuDTrSSWF490NZtKKKtR+H9nxU5ympUawlVBsFtFxWTGEjU7eXWzgQ0o"
    "mQcH8gFX/t0X+tMEF68sG1B9d2uagdRvx4PiPLI9WBZm4SFUQJp+E/Tll0+f1KgXiWBxav"
    "XfuPQ/w4SKP+ne0lug+EGkVozm5UNNAEjh+kyG1kq+P36A+O8pnl+zBroEukP0GO/dIi8N"
    "Si2MzDisOtsgrfaJyK6xGDRPvWtBGuCktbvB3Ju/Rg45kRKYXJLS/x5yN0uUAEv8gLwmVz"
    "wGYn7IxN/3PTLX2AiZX8/B2Ar4FYqzld4duoj+viK+IAK4jweAVjourTS34mQV05yIhrpp"
    "9zGSPjYCtZTPTEK79KXTYxnPEb2rFmB+rYjwcke1yo1qO5ySFGgswjrp9MBTdHveDe32pI"
    "dLpNVPcXeID0es2ienINcubHc6Vk6XpWxGzRSAX3k/dSATpgsWLFiwYMGqWbBkRUze9Os8"
    "DPHGq7NmK7fNJC3bVBAcG1qZkE+UTToy7aXvZFJ3G5ruRkkXz4mAoS6hikOt1CFCm8M1Vf"
    "PWri3YihtgLkgBzhI4A+2Uj1c+PZUJWD49rY9YZtfGQjuNbCV3zTqBjQ42OtjoYKODjV6w"
    "0X8gZviR2txHAsM8vTZrssaZ325Bkts6NcF/TwPWTBbwC82entIkh9oUz/FAhRQ63WZdJo"
    "UO4op7rSNtKVFuyf0ArgS49O/GgujeenRTAQ3h7Z4xDlxfcBDUW1bx7dq0tu+OjhhpTbUq"
    "opMvqob/pI+sIt1QLzMRgJoXhSlomwZQIRKeyNTFNn17/N2RyNRNrs2aTF3HDclqx4z37O"
    "a9IdWskJIRubVZ4LK3DdbIQBscBPRrIncbBsTCvKASfTB68Ru+4EWUtks2yhInd87Q9efr"
    "l9WA6u6H79gX/oHcPRfb+7v5/OTk3fz45O370zfv3p2+P06PieqlpvPiw8ef2D5WeMUkLP"
    "S14Thq2k9OREP9p3t3LnjM+/eY1yTo1SNcm6AHPkahjxFcYVPncGSYu/hgF7rCms7kopxO"
    "3rABjucGn1mMawc+s8/ZSBObCFl/WXENjslflmAvsCFy07LXhMgthl6jVn8/MkzT3UZvLd"
    "vrGB3/L1b4NK7FU/gsiiERSYDGP0qNH3j6HqnkkIS2kqafCmgI7+v5exlFf/6+XtNn10rB"
    "bq6lFOCd3K+dmv/6WCqFld1Wj+9xNYnVJo6gnHKDMyS+XzuAe7GjktOxAnCzMZUTg96g43"
    "GCVy2oteFYdqvYh6IkzPKYZxnimur3UH3ZkdjIUawOXRCCKHuBWztvQSqCKxAFiKsQK9c0"
    "h0LmCpHtOfLjUJbOO8/GmhbGsjRd8WUV03SlpdsBsNrXf64p+iyEtELZHQjuORtP/4UrOG"
    "tUWea8x5LHgxAs6K3zIZb98R9fsZ1WKhBjnw9CmZimWAf8f/vk4v9GArZco+QhASFfuD5r"
    "YuXXJOAJlNmtUEpiSgf6rIEjfyABCakdoMKD5WU0JHO758ot7Bl+uMGiM6gpcCMvpSHQ3Q"
    "dgs10qZKSDKPuS0RX1xlVOrImrmCDoTVUPzm8uqyU5TLok75RBrAgeCOM4lSdpFI07xw2I"
    "QOdpeOHzQvo5GaScOPMGH8686sIxfHNNtULVUo55sQGTBdJPJpst4FElHatyV0UhnWKmem"
    "vEHSHWgcVKtfyfs8EmhrKswVpcYAeYqq65ZfrWgZYqxfyHeCSNQO/bWKUb9n30vUSmanJ1"
    "ts9QXeZulGlVTkdz6R/J22gTVmffwhsX/e3j9RlPC+G2Dv22myX2WTtx1vA16svN2oLzlr"
    "OCMv6dDSss+1BqzMf+aj4elIB4UlM6mwcFna8gBDaehI3H/1VAOLkfwJUAl1iLaFOqInzp"
    "mP7Oo0jV7RI5SS2wbvLnX/7zpqBRV5I/U3f+p6svPyW3lzNCSwu7BvjajbkW7+erU0+ugT"
    "xTV3DyVXqPUpUKUm2IUa0U64DooGcYHQTdzXveuGxXkWHJSQCi0Nm8a35lT2dzYegFW5Ld"
    "8FfX8Uiagpt7d2v6xT9NLh9F/sImDjGPxIxMfHG2j5Axs/tk+Bh3G8Z0HsocoMhd5SgUtH"
    "YDj4QGBf2RhGv0uMY+ZiwKCYRcTAdDyvAwUIXzySkYKB7XY+kJIF56JF5sN+vUI52PlpPR"
    "zl3cS0olNYSIGOV652VOBAr1lU0VMAXBcBmxbi1ruEg6h0PX78Q1TMfRCPS+HcMxYGIrJE"
    "Oz2Qqxsvsk2rxHd1MrwEUBxkHOggiYN9d18H5LQtTdvbNxIYwaDI/RbAxgeEw4Nn0KdVyG"
    "Mjk6X7mBh01i2CRUKuRSlNIO5l4CgSOWUc0GKciA+bHf/Mio3MNZ/Yw+nhjGsrZHYXW1Nz"
    "uYe+Bwo0MzH8oAJkcUvltrdKTRvXvNjuxOCcOD3rE1w62PLZTkKKBkjO+Rj03Xt5DpeoQa"
    "D4aPUTqfaOW7GxZaGojiUbsbFwyPcRkeUOPwmevGw9l1w9U4rG8+UlPjcIDeI08TaNpZl5"
    "E86I8+y3Z1WkTtFSU1jNqbSJRegklzEa+kZIN6pSno+KtmGBWqYxxuGxXqckwMaZUiM2Nt"
    "+5tLmhQbALmUymb9P5fI2XXz35IvcOM7EHz0pKo4mwEFXTG+XUNNsXtFHDwAkPP15PpfHz"
    "lfKYKLJbH+VFniVcm+JmDQPbrntU7RsEQLvR7nTEI7R4wMuvXgVrBdEj9cL5LqPlWzssai"
    "L0g955pBEEsHsXQjNti6jKVLjb/DPVs62sp9u7e4N1Bs2SaOwmazNknuknFpsQxnJos87B"
    "PXYlFtPM4tCoVz46g3Y3eGTMMzTBLueB2UtfuI6N+w4+6oKEta5NjqeHSZnmFZKCEdV7H5"
    "FxjZBxrZDHIF7SK+/VlXdKRHly8KIWgshBBLaGHUFbVemVZH9Y2OKm2OqHmghG1yPyC7D9"
    "lkw1bYRfMioAML8nWyciOSiGYCkPxUBnOF8WKFVZLJchIAZxnOSK9SM30LMvDG77d6M+X1"
    "cDeldplMs5LJW1hd7a3duCTl4bZurgimJoj3ben+ykorXj7Ue3JzN8z2Wb1R3wP8IB3Peb"
    "PGyFwbzh1GtntXzOc6Q5h1M4krgfJBWb0Jz3etrYmt73mZUGIhEvCfPNe2kbn1A9evmsE9"
    "PkfGIC4xafR1gY7Y4+yIzadfeMI2GCwPtbW7dTBauvcxecbOdg0BxvVhjTkRiGw8ILIR6h"
    "HWr3qoRwiOM3CcTdJx1qeS/EPWZUqgIf9Q6EFVrx5HGUSLYsuqniMeod7ak3tj4Lx9juft"
    "1rNaznpREmZ9LLMuyCeJv32hjytuN+tFyQ5mfX+Y15Cb7HTnuPpqJ1O13Cny8GU5aKZedX"
    "BAkSBIEZgmpUWVePIggLe5yWIqNGCLxWTjn2yHRSAzgMzQmszIn4dOQP+Ihetb+NDCmhfR"
    "WFd+nKyhCfyiAInAXGNra+MDEYu899fxYLpjRvfbbvAiU44YlcIqxBuPgtENXjfxYNPT/l"
    "Uge3T9e9Y97PCMhgi137LxNAKuTxr7o4UdejDtLtbYvD8SMNnFG2YSZDaJJRZmKrI34uPK"
    "YcEUkRziclE0ho/p1AQh9qP2ryvDxMi4M9hpyj/4+MM3JsUAeWs3dGc8RSH6GMU9Ytkn7C"
    "+qBn8M80io+zUu5v0B+4R+rpTKmpcZMJmVrbyjvmDumVVwt6HpqhELORENuYXua+T62AjU"
    "+p5kEtqlZM9PZZIo6F31tXFPK4kUxFrwTX5xj5XqEJflWqE9MuWkb6aMbXbt0K5KAt778b"
    "ZIxsmUyBvbNeq8FaSWyFkxqenB3JQRePXLh0+X6Oevlxcfrz/GQXep04lfLHKSXy/PP5UL"
    "Ya59HKxdW6DJNcBckAKcJXBW962CJ31cXlaZ+AnDNN1tTRx2fVnGghBQ+wLXSVxsTw3Xoh"
    "DgKlHsMlqJHbhLPnvn2VgTA1nWYVJ8b/f3Tc5VjDwQ3VyRSk2xLb677R1RMVV2IHX7ldOG"
    "X6OxJqvaDEvbFjET0LYVUPfStn7uXonyNPHtaOX6SQMERp8mTRKIk7SOjoYPvkckDBAj5z"
    "GVsW33MaByPv42vv4tvxS88naicjU9P61Fth4fgP2Qi8ilMr8fpfxxdhfUuoHo6nFsVhpb"
    "BxBdrdusy0RX11XgbQhg7Ljy7tNupUUWXIYmnNfThPNqAGNDwcH6tNyiFGTmHpCZ6219eo"
    "uSIy0noqEjrXtfJX1cyDoJq6zwvAys7wPWN7VGCKuzobLA8zIDejIt99FJqg1M0WGcwEa/"
    "eWgQW2W5C0SHX/VHf1ltHZOhipZbYofUIHvFHvvXviZk6HchNSllX4RUYMC3INguN6yZ1W"
    "RfA4ibyJeelOopfNrQU/i02lOYVeszxSdqY4U/s+ZEhRp/R55B2li2ObFB0kfHoqqM3Iqt"
    "khdJT1nV4JeyHIS+SIS+JJgF7tYXRcBIwJ2Janck9HLiWrsWu1deDravMW9f+E+P0OFazH"
    "FREmZ5zLOcGMCLmjiGhmrDZUHQ8Moano8fCH5sUUKiKgg1JKrw3vmGaoRTXgQgFWTcF/K8"
    "FJPuRbIAMpQ1gNhHPXBNo2BUD7OiGGALpTi6jn7cU4rjK9WTv368uDkSr+cOIH4O4bvlF1"
    "kCYojg7SSCVwwuV2Y7gPanZJxpqWWyuOZ1/gKq9AugL798+nTUoAJ3AG+l2oKeMAvV/xq8"
    "ZQLRea+FLsPQ084mmuwfwwWj1zaNEeMrG5au2j6G3cJ6/iBGG9rEwYXiHklzlyhAPGoBM0"
    "PLHXpcu5sZeiThmgeQO24oqBzSw/hQJmRcIeQr390slOMxilLgGdrrGQpddZDzMhrGN3YP"
    "shFVJ2MYKcBclAKgpYFWzE4+sA3jyBTArmkkdkCqrNrkfu323l4CtaBswtRTZGQSoxINug"
    "0RCzSsNA2by589kARQTYgeG9CKHOEImzvFM+C6m6N6S5ZdnclYsMmNew3Xv7mPyGVlKTOG"
    "GvlbJ4izmuPM5zMUufwRe+QMrTCOqlA+rom5Zq1LkWEZXsgrUQaP2A+qFmyfDwJTdlymLG"
    "RDP8dDH7KhdZt1QYheJRsaOwxzUavopoYjOSnoOCLfcSQ6HBcbxe5EJbEBLVWq7mwNexh7"
    "9b2Etfq+1lZ9DylFvVMraxIs7ukforJ28zJDZt7ijTvMsu0+u5xBRh+5IndVoOsTbotSkG"
    "tb2LI76XjuOiG1xVjhYEexuVxJUDuqsYcec25IRIlWN/jPmr07k9AA3iYF8/KfN81rO9Uv"
    "P119+Sm5vbzgRx4zPHn7ukL7qdBSkpGaVw6+cel/+o/TfNLp6ChKU0wQHkT6/Wj8cemE/u"
    "5IQPml12ZNhN/K+GOB09s67eJeotB+P/K2S6oArCOzzdhaBLPlApUGgVsDlgW4NZh16OM+"
    "8Ik+wTmuvtrQx73PPu70L79z1Wq95WX6MgWfrmBn96Y296gL7Yt6jPMyGgb6zaVCp+YNoV"
    "NzQegU93irUBqZhBYYD01qBK6vUnIiuR14//IunNqKwh3i0tluKgxEcR3n5Ack5wxb1XN1"
    "5K13ATGJ4Zyh9MfbpFMA/Sz64dahQ5+hZPwnjyIuGPYKXtyC3IB+3PSTyTpyU+TaVNgryU"
    "IFozGr965/p6bXZwIQArs/BJaiVcUWKhBUuO1sVdVkbj9N1CtPyrzahkv3zyMBB56/PGui"
    "wXmq5sLN7pRoJ2S5GwoY4qLo0WcVhp0sTzLKoOTBpz62jR22UOiir9giATJWLAKVtWA33c"
    "2GhOVTvPPBOw5w/UDungsP/918fnLybn588vb96Zt3707fH6cbUPVS00704eNPbDMqnCP7"
    "2Xr+r1DrrXFCG9q2I+++qmroesRUQTcV0K9m7eu5TPgbvaveLJhXQuA8Y5d0H5CNIsqJQJ"
    "OKQ4KFwM2nmcNHLm+OKwOtChfnJcHhMzKL8KBonu7U7etNcMHsHIGqnVxqVLODDYsRje/a"
    "q2JfORg9YJ+siMkL4SAmigKmEVNt10A8npH312T/xt13uVLMfo97SlUzybobVirohY22WB"
    "KL2xXlzpvFlsH5q6CQj1Ihh4buPRU1haZxfftZa+LGLx3T33kUpRqUhw8a18gFWNz9pVd2"
    "QUoL4Pu25dkZvtgYSuZ8XgZAlgB5RD0zxgb91A2MYo2dEG88UeLi9caw7Xo1JyenTRDDyf"
    "zd21S5Yb806TXXn88/faoqN9ugXehtAD7aSbww0+iCiR2LTcggZ0/HudR3FIxHQykKMyei"
    "4dneQwyP7z4Qq6b5QYOqWhTTIPWxbyUqRcxUrMJQEQSw95sF4AZ5Jm6QkTDk9PUNP+MgMO"
    "6ELHn+8qyJKaeT9YD9gBPUi01OQoo1jwWQEfJwkYBVrXNMTL/sZon971G0BpGHfcZ7W7wc"
    "moVMmwWXImKhF6wsOLuCCK/4jYLQ9bGFjDu6fF6KKfUBning238vIMVuog+OuPXqBfbUtB"
    "hI/GvMvNtJb4p/QWDMFHh4NstK8McCOpHvg0xBHvLC+yNt6xTFQBmXUMYLe5Ns+kheRhv6"
    "pbtMPru2aV4DQ2zXN83TYeV2r3Cr7g4abwsdcyBL1xIQIHu8d4mQFvAO7bwD47F+petlPB"
    "Zj6EzDtlsG0RVEgbQfM2lfsLCVNC2BpE5mRV+pVmV7/MCcq4vScBMDWzbxSrDYRpWBVZgG"
    "EeNVmiY5ykuO6jpHeZnvkW0E4YIa+oxBYhxUQknx6Dvsz1Bo3GMHbTn7xDKkfPcR2a55zz"
    "rhsd9ZohXvkOcbTmDwYqJVsmuwpwrprkRh9vEqeiPinw+lrp4Lb9VbYTWwfHokRPKrXRbg"
    "vIx+CVvdx4fGu4giwgdwI6PGt4d0QxLaam0jEwFw9O4FdxIhOK6HnWEA7ph7SlQcNZdLXk"
    "obQnpgpwvHUJ2JyIlBLt+YSQigGJ8hxWjabruI4IIg0IujfrPZVC3oGg7UKluW5bTT/box"
    "XBTCvXKUVMTMCBIbPsSSP/7jK7ZTBqqGeCzGcE1sW63jHUuFO/yQmMQzhO2rVMD6ORtJJ7"
    "CUGNV8XIf/QEy8MNeivT/BNWmrsR/d62i8i3i4Se72YnAVGOj8EhMQ0KUVKBly6ZWkJLho"
    "JrJDxEFGgSDOqnbRJxL6MYtp5IW7DAuZWz9wRe1uDx9OKliSPySLzeK/CZjk3xtvBI55KI"
    "65OAvSiQPFuQO+WSIbJlng8ms4LwLuYFHzUVeN/kzuhwUrsWDHXyhwstTyyvUXceFttR2h"
    "KggtNqrbwp1PdaxFYLpq3r2SmH4OqO4dfKbhLFisgQDnxjLtBTloty1fpf3fLnFa8XwFQe"
    "B2x0L8yXC7Nl61cthkYsDrjpnXTa1udX9oRRScou2comz3UIc/LwXIt0MegqYhaPrpD5LJ"
    "B01/ILb9McSbIwFfnV6bNZHVnrHbMLtySe9ekOR2qeIANtUtWegxy7enQJnEJhyoM1b7Nh"
    "oWuT6/vNo61gxtjNBcY4t96LjhLGKgly79j7FhMc4C+rrH58gU3fWxFzdTc7eh6W6gyzQE"
    "Q2uSBposaAVwcyIa4ts9l0rxWtDHWZgaAYo4F+S041a7p6QYZNH23wLrgqB2YPcQgJ7lFy"
    "kG+lcltYO7+7VNtRPiL1ZYoLfX6hcFGfAWVA1Qd6sKaU4CAK0CSjVtNcehO3jaxDAbQC8d"
    "sIbu3qn5Yo3sOjVECzJAOe2nnDLj+UCyiTEZX9PBJgayLNVUWF4Fkuni/Pri/IfLo/KG0A"
    "Gy8v1mR7YhyKJa026WPh59+eXTp6fk7eIVXcPcZetdkrvL3rb97N0NKx5Q4NIYv8a6UlnG"
    "Lqkm8BsPB0Y/00+4MYrYY6IqmkGIqDaUkm9sKN8SsHc9PqfjTrRA1B1I1EECWj30+gYpbD"
    "2r5awXJWHWxzLrgtiFSlYPP28sYZ48m3TxhBeEmua7zVw/6dbaMLNstiZYYGDCnDtfZit3"
    "K3IbNQYnFgUhOlE+OpEjF6yN1yqruiCkHQf05lhiXb85rl3X7JIAZN99FKRR1uquBRltIp"
    "U6I4HiMAEFQHMSAGcFThIE9HkLarGpLNKyGABbByz36bSBNhMEcMvgRhFBCwoVf7kV0BVI"
    "ArxleCM/pGcQq5UDMy8I4IrBjaIXcDuAy8IAsshR3GL9lsUAWBGwLdeuSBQArjg5t85iuY"
    "sQqWDbkC5dFBuys+guiAOQp8g8xLip+ZTzMuCor3Epy5RkYqHrB5YYygfMT4xV66a+kHK9"
    "HO6W++KGxMRHwoo5+RtmMq5MJ7tXolJOznXIBFfEjJyMIfvUM4IAW1EPQXLnGOHWx4ia7+"
    "b9DN1jL0Qu6yrI2ggWZIklKqLT05NunVvnvPhpwDyd3PuJVnQ1RaXgWaX3Fz72sEF/ierB"
    "Wy+jvodrw7nDvNHhmn5b8I2O0DcaLWrFUNmCUDeH8NOC3HNQMn5g+4eqslOU0tDD0k+oPW"
    "Q1QFaDblkNkBA1QGcIrsGoGEiZBBj41ShmE5OHth3m8qIQfzOW+Bup0jCsKH/0ZrQt6V+Q"
    "hkIx4wm2imZbgQIZwMK/8i1uRdYZ+NH1mYx976a3SpUYSCJ/jeCe5fOvoox/3v7Md7d365"
    "xd/n1kf7NgKbRybdt9ZJayj7+Nxwi+5deCV95OXGagx2fJlBpIw7zwnx6hy4e9m/Sm35NI"
    "//R6Ll6WX+deBvYLGPUQ8DyK3VfjoxcCnnWbdZmA53FRHiOi8XppHoh9HCetSbss80J9We"
    "I6kaWsgdyiFdRVyU4q5o5oTXePdv5rKUBdEtOQYXo9b9LBslT5dw2p8u8q1YnXhuNgWwXp"
    "nIiOKHce6kDtPDVnViqgIbw90P50j1XDN5PQEODuN+Q4dFct6KwoBAUghIR0q3A+COXbB+"
    "wUkgYTXmMY/99cZlOY128Kc1FVM2qoKSNdEtPO0dpDTyQfe4Y4ULKh91ReSL8mHd2fcTFg"
    "6kRVQRBcQ+OhpapsZM5VoDjJRUkN2UidpvnJ622OmK3p3vpK/Gmq22YmBpvmmN8maJr+TO"
    "YYmqYPoWcOXZl0bIpG16Y+jzlR7RibiUAS2d66pEOXzhzbiq1LFpvJ1c7Met5Ulm0HsH72"
    "zk2e4DS9ZSuLa/51Va5KWiZbD8x5jCP4vvKxNFrLQyQ+xqDVx0VmqO4PjPSze6UiI6P7WZ"
    "jiC9YwnP7wkgcsEtb2yML+96iQA4I2xj0OeI8kCii2EnlWgDWgXz7+XRwZ2eOzlCIjcyFU"
    "PPIx2JomxhaG8Me+1BIIf3w+gXAQ/vgcZ102/HFMaYgjoh+7t6djvNR43oKQft6x7kleiA"
    "DpKwJElXLTmGx7L1MF9n19Fdj3lSqwk4gD8bBjMZAGwbiH4EZ6Em6o2WwKLOumAtIFuQHr"
    "R6efTLaAtI/pXxsw7bBNuTKRMBQtky1alkdPsR1WRRK45+raXhnE3vpKKzonot2R2EtzvG"
    "2AWT3IpKJBxh/LIl47gHb4d2+vFEi4CubNpEBZFpzq42EBquTP2nAsu9U8FyVhlqcwy6r6"
    "QEUOtIGqNpCApNostyyn3bk0P5axleld9QH9xxVrmTunVINTrMNCKXQkeBpjKaxO3P7lSj"
    "ITQ1k+pMISu/6zoIqnqfRzjf0HYvICN0cCh3b+8qzJnR1sPd7G1kzu3F/F10GuYxMHI3Mb"
    "hO4G+yiInkb/DYK4Z6iBNsQh33i+e+cbGxSr6OiRhGt6be0GHgkNOjH0bgPRaXjAfsBDHw"
    "TFfAd4oIxbm7U3JeE2ic+ore+TM0eieyLfNzbyH4Hze0jndwMNe+lsN5U978kp2UeDhOqU"
    "bCJ2huIfbh3+prBP4h9unSgq+gxF/5bfNimaXIYlryfJK/n/EJmgmY9aJjIhNO6x02LO83"
    "JgmI7ZMIW8jWczx8udinFcENLOMu7BwRkplGqGcVEITGMBuZNT6NWwrQoCvqIiGKxisRKw"
    "OQlgI6uA5s1WNWAFkp0APHmrsYEqK9n7kH60hyur7ooSaUi1zt9eE5GmCnHxUJeAN2GdDs"
    "T23NoQR/s8r9zp0wHXK962q5Nx5eAbl/5HciouSoNNacOWnQjBaSUzIYcR6hER/gMO7o9E"
    "hHru8kyGULeSOyXa4iXsNFpj2+Nd4lYYW+zvQmyYM8TKBaLQRR6FhJWrRy5vTTdLifA168"
    "Y+Qx5dMPQJ1MLDYdJcrtQYr9dnQSO7cfHeQK3WQ68vtQpJX7rNukzSF3YY5oJdtDEIPicF"
    "IfAKIfD8EFQhPVMB7QjPHkohMtVCBdxUQDtwu8+ke8S2atvEnIh2APcSyDY6ZnnyWm6Fp2"
    "tnijdyeoqW+AGM3iSs8D183sX59cX5D5c92OA3xLzH4rC2wg0zGTs8zO6VsMRTWzgSi5q7"
    "L3d10WXUTM5iy0TW9sHjHRKYxhtHsmKiDyTcicLTqjeAeQ7mORhqYJ7DrHdtnpt0Fu5cvy"
    "ZQZn8Ual5+zD1j+JTSG89Q/MOtE5dMO0s6tt46PjZd3wrOUPzDrROfSmfJUXjrbAx7tXV4"
    "KewzlPvllo56d4eD6EL2863jshPyDPF/ymfx00Tu0MeFWOTdvHRMf+fRuap11ydyY57rTk"
    "LeLv95U3iFEzxffD7/58vCa/zp6stPye05/C8+XX0o218bqmAK6Jm/X199qVFZUonytkrM"
    "EP0H2STozbF89JdkbaPlltgh1edesef9tS8LuGE6GELN01FGvrRVsgHK0zG58HvmA1MEn8"
    "tE3jO2v3k2YUH28Q8jjLqPvpngHWkoIJFKQMOnStkI4gesdppnt2nhUpWGsOfx6HJVFb5i"
    "OCvOt0heQ3VepymHbIZnM8eQzQDZDFMhF0fsc9IAX4gOh+jw6UAsFR1e7zfN5eauGQ9bRV"
    "2lUUXko/vKTBqNIO+1TUUeMoHzs4SorOszMivlHKCseQR2Qn8XVdSInZbRcjiL+kFgOiE+"
    "okoVhY/5K0k4YxHC7FoaWmw4wSP2hQHIvTwBwo7H5dekSvbaFVQZkiP8Mukxc99H0To9i9"
    "frreN67Fu5PucA+U8jYPnAAQEOCHBAQKCFdi53mUCLZB9WrChYlII89CrVECuWSrAWZIBg"
    "2E8wZIGLB5q+laDJieEsa/4WVpgEuZBX0yA/WqYYZnFnHFU9zIso2CiqRyowngvXZ03Wcx"
    "y2tEgrpcqZzbEYZ0WSLovcnGXhC2hjmGtWwZIEiDj0Xh9/Gwt8y28IXnk7sbHc0bgyccT0"
    "2fHrkKtbKa5mWWI/yyUwcyPZbriwjF36M11DxLUg0hgijUey+2msAEOksW6zLhNp7Gw3S1"
    "GN73oXdiahXb/HuUxy6rw+OXVeSU69J45Sq8fkfi14tL6DA8bXL+/plm736MYlXRb89wrI"
    "eyjhsrAW63loXjgB8Y47DVQWelVSu1gjma26fqeuVhGIEaMGYxXo641h27VmRUlUIw7wZP"
    "7ubWpcsF+a7Irrz+efPlXpP88nJlZsxVuQAfpPQKo+0r+D6nk1hUWa12tZVieAu1ixwW7j"
    "he5GgOueQy8vCAdeG0eobTs4CBbW1q+pf1h/5IlktTv0ui/w8kACwtu84pUramTaWA+qKg"
    "xloRTKQo2vQvM4NvHOTknPIG34rJwYpGCMh7uqUpaGaWIvFKZgNM9wQXCQOX6Cmj1aTLGP"
    "NwzENq9xSRRe5THPc/RGtprnkijM85jnGVKfn9NsY8cKWkxzTgwO5xFP74o4JFi32rRLov"
    "Aaj3mefWwEamxMJqEdB9NLDdhgu9kYonpfN/jPuvZXmYgGGA9NNfp4tXWshbILuSynAfR9"
    "O5IjyFqacAVROCXGfEoEppBBbnZGpUIa8ZddOKFMd7MR5uI11BbJRLTblU6lDt3ThkP3tH"
    "ro+i3jHfNysCWNekvKBZRXZ7hmR8rJNM2uVjPLZquskuYC8BV2oZKYdjtRD3Vf19i8pxsK"
    "adPhviIMG9KYNyST6kLtMivygjDHY59j5aCsVEibaqldaMEbEsQFcFWwzKQAzLy667obtT"
    "CTnIRG5ll3HdbpIlzgltRGRRg29TFv6lCIsp93yMKe4YeMt1CDtiIH6IrQ5anVisjmZQBV"
    "Aap3vqG6XPMicJRCPdrhI2GjHCUlbItCgOv+MjxQgjan93VTglawijuA9+dsJE3BLb68Eu"
    "DyI6oDaH9KxpnWiSaLa/4kL6BKvwD68sunT0cCDawDWH9IB9J0wRb0Ton1mlkAXaBbGExX"
    "hMs2kwTKULm+p8r19ZXPcuGzD5g9voK7Smn1fC2zywe9FrhagfV8RBJrJFmPa9LbWxrdr+"
    "mAehx6/z2goF60yPZU1UtXomRpvQVOBaQK7G3cB8yLxsdl8OjNvruZodCdsY7aj2v2y+N6"
    "h16w8nj8FsRIVps4+KW4tt7hQ0Ll+XHVuUvXlGxsQyqgRXZ/33EN7PVQD7AtSkH4yF6YQ1"
    "cd5LwMrGWpPmTMNuEYKcBclAKgpYFW9LJBAfYm7tdx1TaH5H7t9t5egohb5CtDmdRR+f+l"
    "ukNwI0StNUROBHwn+30naQn1AzmmcvH2iaEsSzTll1eBYro4v744/+HyiWvrx4xIPQ2QUS"
    "b7KYCMr9lv/d9Q4zuiklGANtgipmGjaABmvbvlKvkvbrfvl6Zxu313+t079vPy+HZ7ujo9"
    "PUO32zf4ZMmvf3e7PTk+fk3vOmHX352ap/Suk9U8+fztKZ4zuffHxc+jsd+eGlbyyekJG/"
    "P07clrAdEwuW8v0yog57bL1/4HsmNIsgOK+j9HvQWK+us264Jo1UpRf3NN8IrO5cazDdKm"
    "oWNVXgvyYugiAx6dUuZtXZOAnuiCLMR9VdSr8jAPrQqpBwdMQkkYZqDFDFjEuHPcgKgXVS"
    "5IAvYtsDesB2Kqt3DIxAD1FqgH5M5ppXgVBCEpaDxqVlW7hvSKI4hVnwyuo+CwJ8+xNDDY"
    "EOvbV6wvBP53HPiv4hvY66JJwiUHctA86RbSk3vmIJfLV9fd1EZdZhdnTa6WB2Jhd8ET/h"
    "VCLa/dDQ7XFC8Uro0Qren4dDIt1l7YQGywM/Rvl9BPZsjGq3CG/tgaNgl3M+RjFk9psR9W"
    "2yD6gXk56FhVr0h/j5FxX7AHcDhUfRYfyN1zcVt8N5+fnLybH5+8fX/65t270/fH6dlavd"
    "R0yH74+BM7Zwsq/X7nBrTZ7LGHqYVDg9hVeP9+ffWlxsZJJcr2KzFD9B9kk6C3E/joL6ut"
    "Y3Ln6HJL7JA4wSv22L8e9XsiiOBmCDUTC2UOYVY0UtkAFToHAo4m7sKRcdyxTC1iEk+50k"
    "BVEGIix1ALaXTvTr+2cKI0HWiu/crU0q/xWBNDWNZUyK0ssaVQsy90AC9D9ufiiNPaF+SN"
    "4vKuWJO7/TRBc2wePjoPJIrqOqox43J3zCRtOVIU2WvQnaOAwm3jb7bsKv7TIwx+lA1Dfw"
    "zd2OpCL+i/PEXyAbMUuIDq25gqd879jN4Rh7HRu2+3b1avjSiaTBDzNtAzIfsOAtImcnJo"
    "rNdCQJpusy4TkOa7tlqXlfh+DfmZPhJA77GzWBvBWgXiolQ3QD/teVWA+a0MDfa2ngZ7W6"
    "HBvO3SJsF6YWwt4grI3qZG2RXZAftkJ3Mw2TbZCXhcrW0JfCoLwMsDzzVwjBdJnTbV9Oc6"
    "ee0SS99L7DXva7ea9+WdpoybYkFMkTBwgJAXPeBZyY143Kr1a0FSQy1/ulq9wJgL2llyAc"
    "S3TmJ+ffzg3rds3JiXhFke8yxHGoO1WO7aaBo5OfCLCaOZwZELjtyRIwqO3MEdudnu+SR+"
    "3KliXDl0wGX+fF3m+Xmo8ZmXpkrKaV5aMHIVZz3sB66DDGtDQroUUOqxnqFHEq75LzZGhm"
    "OxW1mLOiociEvNHjCWwMudi2AuEXE5juhf1aotvssw8RfUXPOhWgs4x0eyf03UTQrO8ec4"
    "6+Acf2LneFvf1dP5rAYDu2OvFXTI7KmHIwk82xBYifWLNyei4bo9mUss3JN57cpllyC0Yx"
    "QRBhDa8UTAB9sl+3ZLwZnYCHpBDgBXWOkFa1phL68Iarijdx+AwKMbqzDvKXmVSmmB8eAV"
    "r1S7kDxFl5eEUzsaZGF3b8/k+O924XgFUe1CmXqJxHsq1/jIHAddGzZRyY4WZFdBEGJLxk"
    "NtVRnNuIKtqmqfSQ2oY6afTFbJZMVvWrxPOTF4m8b8NsXVjFrF4+UlYZbHPctxhSruo1ff"
    "PYXy7fbR6cxyh7sohJRBSNlYgnD2hpTVB99020a8UEZwkrtGtcl1xdLjGASLmj1XEa1itQ"
    "5N1mcNZgOjNcUFlp7KHbyIX5OxNMKq71jBDLOaSMECqFJxgn5BQipKMBLBFqI3Y2PD+8mn"
    "dW02eLPErPEb9yUi10f8YS9niDUfYXGAa9/d3q0RazDPPqJ/LTIswwuxLw4k7PdxUFEHgg"
    "Yncp5NNHwMggaf46zLBA1CxeO+fD7xSbe4x0oxVyUxDXHu3ktPHxfiFsGZZTkNwe4+yG25"
    "C7HA9qjVutL7gdISBVC5W1/UVK1hg0gltCu2NT8+llit9K76qvPs2n8FBnNLb0dBVEPNZr"
    "qajMjfEdK/a7F1QlGXATbTdbNclGuaZr2mmE0blBmAMgNTQxR8Qn36hOpap0H2u37Z79k6"
    "F7DZhZdAhsmW56+5TMQguyvk0k+C7fLf2Azpz/zXDbaIgZKgdTEr3WYQmUZd8SipWZj8zt"
    "LbZ+h3enMQknCb+FdypCdktwNRPY79aaKUJRDVz3HWZYjqZBdXoUryMhpye91nhaRJYmI1"
    "WiK7LBHULiOke9Y6wPQUEuxhe5LLMjEtlvTg2WUl5U6adi3JaQF+376CnOYsr/0WhYD0EH"
    "kNRpciWTErjlwvyoGd4jlYiMhqEzIvgBpSjhoLCYSG306pL0pCSsp4dPiq6Yaddo64vBzM"
    "8JhnOMeNqaY6lwXh5N/v7ihRkQey8lf+3Rf60wRhlqXjq6usxvUxxnyYqYBelxBzOFL658"
    "Lk/EUd4KVnLe9R5MNMBqw+3YcXUWLwuWliLzpbBG7E6k2zJndi1Hs5yTlm/cfyYhKdpz06"
    "01QSxTUhUTQCtrhL8AH7rMg1cxiydBTirFx/Q6/FjxN1lT54PGEt7Xg0dj0eo1I7G5yJQz"
    "oTk1mQRzYnAbqqwKZPXpQWBl9JFFx1YzECZRy0UMF3ENsvd4IcaPd99s6zsSYGsqzlV1xf"
    "qkUQBlCifo1Pk3oN6tfsvJFWn3JnlGT/kagcLlVh9qg26MXt9t07fHq7fXts0v+evjk26c"
    "+vj1e32zf47duX9A91qfWBA95gZIVxXZeSvp8I+cWgaemHb65ILQnVOj+kAho6sbuP01i6"
    "liCD8wb/WZfwFt+vBbhDh2ewTVsF7OR+ALsF2OnJ28JCK8uCiTYlEy2bPdWSxAJJSPSqsd"
    "Wexp74gVsARwI7Ir4iYT/Icq3R3ZnCHmLfwSFau4FHQoPi7D46VIFf7vj15OPk/hXxgxB5"
    "7CFUa0cBCbGIgO3nITKZINhhsEQvATcXIctjeHMBsjye4wkFWR66zbpMlkdul1Wc9aLkIE"
    "FiQ26y053j6qudTJWq6lmRA8WzSgbxfyuY1nNByf1aGNB95zM0MG2XznZTcbdMj3U7MtcE"
    "r84Q/+fWMYLANQn9Vov489IH9I4wxA6LmaHXkh9vHbpbEAs74RlKfirr9TITOJfh8ub1XN"
    "68mnPlYfrt7ZCIWKaG9ImimHbJbadShZdOGwovnVYLL9FH+a61NcXBqfWUXllOA7QHJ/bW"
    "Lj1/FSsPFoRagT62o7Vnx0COHVDIEcpJQYaQSjsNI2S9SIKtIDG5vnpSQWi4qJLjiWiLMT"
    "41gST7YE3FANiKT5YebwvLdQTaYi2qBRmAtAxpVGdIEdOiEIBaBhXytXqPgX2SWMiyKjZ5"
    "DwEkwY0zCY49jf4VC1Yo1z8wB+ciGuvKj2v2aIJ/YUNI8IrylroBLMpb0hyxLnIIIwf4RW"
    "5AXUFbubbtPh78RkaA/cgH0xWqwFxja2uLGEF1qK7jwbQFC/sPLMK6E6yisbSFiggbJbTA"
    "iUy58HgzSCHeeBSFboC6iQfTCaxqpJhEBtCVg29c+h9Jlffc2hBHPgVoVLZFB/k/NUWY61"
    "B/dP37YF+/ymQGZJfub8VBp0W0Ny5e5cjFgnpWG8VYVuKkMqIKAnvDG39bGyEPITSN0LDd"
    "uy1G9xh7QVJtOj8i4vbPGXpcu8nn2GK/bXgu0uMaOzP2Xx5qWAK1twfdOiREj0ZAb6QbI4"
    "ud4PeQMEARg/sK8e6O7iPysB+NjDbGPQ4QfsD+DtFvY+8Qsei+6oYN6eyVwMnczgQBk0MH"
    "TPJ5VGOc8iKQYVVh8eq75O0P+5hCxzzueqBTRP9763DK/Cyqrl/eqmQcrd2XY2xRP0DX2E"
    "+d4gDTU6lNaHdJFqoCjnmmA9P1BV676w3VL+rrACdCGoV5nszfvU0PI/ZL0zl0/fn80yeh"
    "z75dN7tuo+JHBrBOrwsUUOlHjYstQbWg87wMoLrfG5slEB7oiM2yFScGsCwlVVha4oo0gl"
    "2hA2Sh3s9T1vsp+NRq+a3M57aX2Vplt7YojxhJB8iI82xlSiAKZfaVOYw3BqhyCMm0o9xZ"
    "JppWCRX5QKGcPqoNCiXoPV3rPdUlDOp6J+r6UyqUaeRRrUqZj03aq1QG+ZvlKkdin7hW4r"
    "O0jF2qHiISsJa81jakn4X8clycpVCWJWAFHt+efDe/3b47wdbLmnKRvTxGqLxm7wZ9DF/5"
    "/NkVFZbeiVnh/k2S50rvBp8n6LXj2N801muhSIxusy7gx6tFYgxBXjOb7hqF2xBlNBfmeI"
    "Lz2zCfbI7KCeHRwVVBTS6EIZMedRDDxvUdXogi/uHWMVasVpzrOmco/fHWYX2b+H3xD2U1"
    "42mCHEzDM0wSCpZ2s5s0L6eTOdmFqzRTy1QrDZXkdAIW2I9RowoZueCunCr/Id57uwC3MJ"
    "iuAJdPnZq03JrdogOYIfdZIvd5ACovToyrZ/KyzLn9RF7uXgn3cHx7Rqq5qxX2gxnPGvB8"
    "dok4aIWdNJWgkJ3wSOfffRT5kLsbeA9XxwOuwcsMbNwoN6qJ8jLAxj3HWZdh4yA35klpI3"
    "5yLuixqXCMFWTASBQY4ZG2sVi7W1EFjWZCriw7HMD8zx45JQdFM4csmgkUXVe7A1BIzyCE"
    "JnqP6ozuuAzLfos7uVGmgVLK+bCkfT9nHkcxK0EUrnL63WvjdvvuePnd7fbt/O071vD0tX"
    "FGjeoHuk7ojBhh8nPaACkQBNAM8cB9oTQZlQdG+lMa6VQL3Bi+wN/YeBLnpOAkVjiJA9cX"
    "mMV7MmBjGW3K1oJPd5ybBCiM4NOdGr6gkINPdwIAg08XfLqF2pS19mW+euVeGzPM3yxhZy"
    "b3JxkRsc2Xq2V4Ri3BP7bEvEc+9uwdtfBQVKM6J+sza5EYd44bkADZJAhFJmZvz7p1rpJO"
    "vzz3g4/7PQrWhk8/ZS6Wb1zH3qFHEq5zT07r6MXfh7UL9lGQM4UDXjfv1vmf7KP/YdkkAZ"
    "YveVdyQM9i9Z3eV04PyRzUYOyCR/rJt9mJ+ibBI/0cZx080vQqPzTPorOT9dpkJ+dZfILe"
    "OumheZadn+PwVTe0TxW/hZNomSr/yvXcj3DpWgI29+/XV1/E6Cb3l3c3YoboP1zj6gvko7"
    "+stg5v8ImWW2KHVIN/xR7716N+TQkR1AyfwsZWacBZ7rVZ2rHYAOUGnGK29/kQvd3xkU/K"
    "9o6sxiGQvWNFFcjI50RGjmxb6IaLrOmCMTBNlu+DUcuUlZpl7CXLSh07FDo/VKkrqmZv8G"
    "aJI1YpCZ44q5YZQS8yvF/mBqsQZn0+7Nbho7FoDWosNQV28PYT+YQLurS3dPA1q/MXsq/I"
    "nxNEXSLqQz1kQzpGcvboTXqtDeeuHelVkAT6Y0r0B6jMAyp3oIM8vQ6yX9dW7IfWXtOeRC"
    "s01Sjcg9S6v5HgwnUcbNapdMUbGtW5NQnYX5e/V6oyXc5BjFxn6dI/ClsodLnS80CoYoOM"
    "ICBsWYRnKHgkobnGwQz97eM1yp43Q+bWD5hf0rHQGht2uBZXqOv3cQfoXOBZBM8iKFngWY"
    "RZb6lap9v2ol0am1AewugVwuhZeeONZzi7tjMgkocZUJkBy/BCLFCy6924OZHhHLn0x43b"
    "lz+x6Mo9mUu4ck/mta5cdqkI8iaO2JRFOLl/QHgf8XLtuvfDIPxeAuD3tfi+L8PLuU0VfF"
    "OBAQEeBtnXcxls6V31cR7zCr70iStyVwW4PhYhk4BohMJG3Uk0AqamhkBRvXRMf0d3Zqsm"
    "KiEV0yL8pkkPvfznTTPqqRr66erLT8nt5akovQTcfFfZZTIJ2GZkthnPte0FXaWuYwmqdN"
    "SXPymJDRfFcDKVsBvbCKiN8sBoWnULtyIM3UbHY9NWqQw+XT42MXloRWiI5GHGRz/jbBds"
    "P98FaZjt0c829n01XaQopZ0+cnJ8LGOzHx/XG+3sWqkzd7wJCjgpclerjuSltAkA/m4+Pz"
    "l5Nz8+efv+9M27d6fvj1OVpHqpSTf58PEnpp4UJkFASnmeTVSBzwkB7u1wt7YUQpNCJNC/"
    "m6AvygH67dD38WobqG83qRDg3g730ZXzmLyDvRJi1S7+p7FygmIQ0AF1EyYRBbSnakIPoU"
    "C/stCXI0EIUHRh1hT685DeIhXx427DpGd5HHAT9YPM/dEzZAS8zDwLu3G2UZQ1ERQ06GA8"
    "YUm80mJlwU3RX1ltLxk/m92WCxqBEgIQ6DMOc3miIR8Q6PMcZ10m0CfbjCuTXk+ZFIS0cJ"
    "n1nbHeFD5fj3NRSjtqqgeYa8LiGyBOJQDevfDarmmITY4GejUnox3EvTh7+c66SLr1Vg9i"
    "Mc5FqQN7AE/HSSFoARyE2FNZocn92q3OucwGMK/fAOaVDYBl6yqFk6UCfYFbsbuOXC9q9z"
    "LE2y/18je8+2V8Mf272mjgeTnwUY5H3a5aWQH+Q4GxiO/Whr7uLGxn6br3dMUvd2q0dFkM"
    "En8nwPlrhm9McaphWxQCXPcnrENt6Z5qSwvWcgcA/5yNpCnAxVdYAtz0sOoA3s/euWm62y"
    "meb7L4ls925XoLeQs8NOxFQBEWRXvEwj/+4yu266iN1N9HB7qm4+gDe9FeYbHPB2MUkPDy"
    "QatiIBU+oguMrmOeQpP9sYBR6FpuFxjd0HF0xSjL6A2N4P5AtM6TwW7oWDoh1mflvtxWVR"
    "fckW5keyI8orQRfuPeOA86pr9DXCCqXkd/8DEK6YE3Qy4995GH/UIxFlZJhUVnRDLEOkNx"
    "COiMtZt4XO+Q4woCQPp8kExkSJRKQyxBYEjpTsYrbjms+XyMf7EWFKljkpEnapEjTdGEmg"
    "WPDBJIWB9iks50ZQ7queS8DDidJdx1gbv1TTW6PpXQEOCOU+vBzfSM3ExP6GHu2seUHZ0q"
    "6G5F+Qv9efEG2xR6wHcwD8/IjOGuiXIfG4FarEkmod0+8EYmi+9NfRLfm0oOn4VDg9gq8G"
    "YS2sHbS5akZ+xs1xDouPXVYXIiB5WHGdnWMHQdGBagqh5FkUlBDMWYYygOKOHQffWGsdk8"
    "Ok10zCW1mOeiJLzOY55lCDjpV4+O+GYlZPMiYJpArMkTZeRWVnEH6KYpuNNawbLQ5t/cUX"
    "W9ylzYda6zxL+9z3OWEKky3eDZvUlTdC59xjOXOV/InVe8g5QRGvRjvAn4r8yf5WPP9ena"
    "QCvXF+ZKdzu00DmWrniT7QZllxikRA+aEq1YptgcvEzxYIzpM6X7PexYDKRBMO6elWYrW4"
    "WISu6HIsVAToE1q2DNQhmF+j1O3zIKT2Fjj256+zWyhzYAxwbvwRaguNDV8AbgRdQBockM"
    "vEibJMgYg4usp4Jc0azEdDOcQjBjUKl+FZl0nm2YrAIWN+F4V+AZYt88svLcbyxXXEurn8"
    "fIBFKCxQgWo84WIz29iZhtbeiFkInAcStwE/B/FRZscr+GC7b7Nlfterg9Tee2ZBeebOO2"
    "ME4Ckl3Jyf36RTV1vo4ZVAtlvq4oNWTrNoPu+dMl7e62RE2JSAW0W8pzqQC9eUOA3rwaoA"
    "eRB+AmH7El36pw9bD2PM+3rbPkk2TcfTZ8cv7uN96v3Q01eim23EZObOi1EbCm85bLjGcj"
    "rlv9wjN2M3THPpshkzXxMUN6MfK+suTEDbaISRz8coZs4txHjesjDy72qgb9sI9udggnHv"
    "B7uoDBzIda2ePc5iZK90Ot7Oc46zJOnvFnfE6Y0uNnmQK4yf0agtuD2Y7/VCo8ntyvIbi9"
    "GJLji2B6yrq4HSfaQ8FEffICdMQUYhZq4e0uZgGqTnZedfKJ+aNiBTIBh1QpUVbPIxVLo8"
    "lxSSxCI5EjrMdKIZh/xgL5eZj+cldgfF64fhSgwcWZd4EH8tOPNi/FYSB9PETAD1VKZrmP"
    "dEWzm6GTGrBDo9vAJsoTADv0HGddhh3y8YaBqtR9Ki8DLltdLG12Yj/gYUDupQfNQr30Ul"
    "FKu7X8+q0MzOXdJwfzW2j1o2DWTPA8qKoBvutu1OiVnARUXagSVtygUUM0LwKEFZCAQAKO"
    "l6qqJQHF7VFSeuNAWFVao0wV2vw2WANtPQmYz2nhPJZ7aFuUi2QcjSDvtfFABpiAJy2gKc"
    "ORmgUBiSoqK2ND7B3a4M2S1/9/IIyzpH+7iwzEGNez5MMZYzuxx3+ysGkTh97o+ogauu4D"
    "tkR1VLodXBg4l5LC8YsOIXNAio5yc5koPQak6HOcdbmQubHRdQIKKT5epkrYJYdimzKpRV"
    "Hgk8bzKgn4pEjNaVX1OC8JszzmWbaNIFwEGDst5rksCzM95pmOrRE18q0oBPSbKP2bWntq"
    "oOYkANH9hGZiTh9IvOnagnJWIt9yq2t/bKORcZHAa+6Ftrgbjiq6EfvEXB+JwhqjK7NGri"
    "67Zx89V4/p/hhB4L2G5L0esB8IU9/rreGciI6pOKenMgFCp6f1AULsWska9pRy9OLbNUT3"
    "tVT41euG8KvX1fAr+sRQGHpfX0k4JzJ8MeGnMUU6KxtcUcKGPMz++/8DGa035g=="
)
