from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "exam_favourite" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "question_id" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "physician_id" INT NOT NULL REFERENCES "physician" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_exam_favour_physici_542535" UNIQUE ("physician_id", "question_id")
);
        CREATE TABLE IF NOT EXISTS "exam_practice_answer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "question_id" INT NOT NULL,
    "specialty" VARCHAR(64) NOT NULL,
    "category" VARCHAR(64) NOT NULL,
    "correct" INT NOT NULL,
    "mode" VARCHAR(8) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "physician_id" INT NOT NULL REFERENCES "physician" ("id") ON DELETE CASCADE
) /* One answer given in practice or a mock exam; progress is counted from these rows. */;
CREATE INDEX IF NOT EXISTS "idx_exam_practi_physici_26872f" ON "exam_practice_answer" ("physician_id", "category");
CREATE INDEX IF NOT EXISTS "idx_exam_practi_physici_a07432" ON "exam_practice_answer" ("physician_id", "at");
        CREATE TABLE IF NOT EXISTS "exam_wrong_note" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "question_id" INT NOT NULL,
    "wrong_count" INT NOT NULL,
    "streak" SMALLINT NOT NULL,
    "added_at" TIMESTAMP NOT NULL,
    "last_at" TIMESTAMP NOT NULL,
    "cleared_at" TIMESTAMP,
    "physician_id" INT NOT NULL REFERENCES "physician" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_exam_wrong__physici_ef41cf" UNIQUE ("physician_id", "question_id")
) /* The wrong-answer notebook: a question stays until answered right N times in a row. */;
        CREATE TABLE IF NOT EXISTS "proctor_case" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "risk" REAL NOT NULL,
    "signals" JSON NOT NULL,
    "state" VARCHAR(20) NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "assessment_org_id" INT REFERENCES "org_node" ("id") ON DELETE SET NULL,
    "institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE RESTRICT,
    "session_id" INT NOT NULL UNIQUE REFERENCES "exam_session" ("id") ON DELETE CASCADE
) /* An exam session as proctors see it: whose area it belongs to, how risky its */;
CREATE INDEX IF NOT EXISTS "idx_proctor_cas_institu_8479d0" ON "proctor_case" ("institution_id", "state", "risk");
CREATE INDEX IF NOT EXISTS "idx_proctor_cas_assessm_27efb8" ON "proctor_case" ("assessment_org_id", "state", "risk");
        ALTER TABLE "proctor_capture" ADD "detail" JSON;
        ALTER TABLE "proctor_capture" ADD "late" INT NOT NULL DEFAULT 0;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "proctor_capture" DROP COLUMN "detail";
        ALTER TABLE "proctor_capture" DROP COLUMN "late";
        DROP TABLE IF EXISTS "proctor_case";
        DROP TABLE IF EXISTS "exam_wrong_note";
        DROP TABLE IF EXISTS "exam_favourite";
        DROP TABLE IF EXISTS "exam_practice_answer";"""


MODELS_STATE = (
    "eJztXW1z2ziS/isofcpUKdlEjpNsZmurbMeZ8a1j52JnZm/jKRZEQhLOFKnwxY52b/77AX"
    "x/F0CRFEn3h52NSTRIPQCB7qcb3f+ZrE2N6PaLa2t5xf41eY/+MzHwmv8je2uKJniziW/w"
    "Cw6e615b01oqRthqbjsWVh12fYF1m7BLGrFVi24cahrsquHqOr9oqqwhNZbxJdeg312iOO"
    "aSOCtisRvf/mCXqaGRH8QO/9zcKwtKdC31tlTjz/auK8524127MJyPXkP+tLmimrq7NuLG"
    "m62zMo2oNTUcfnVJDGJhh/DuHcvlr8/fLvil4S/y3zRu4r9iQkYjC+zqTuLnzpX42kRRrq"
    "5vlZvzW0WZSACkmgYHl72q7f36JX+F57NXr9++fnf05vU71sR7zejK2z/9R8fA+IIePFe3"
    "kz+9+9jBfgsP4xhU1SIcCQU7eXA/sDsOXZNihNOSGaS1QPRF+I8s7iHKVcCHF2Lk49nWBf"
    "TsB2rXhr4NhrwC59uLT+c3tyefPvPHrW37u+7hd3J7zu/MvKvbzNVnb37i1032IflfWNQJ"
    "+v3i9lfE/0T/ur469+A1bWdpeU+M293+a8LfCbuOyT7NRwVridkZXg1RYy3jUXc3Ws1RT0"
    "vCqPdl1EOMEsMevH086mxNJ/VGPS3ZwKgHk7Ri0LtcZIc7xvlPOxyq+VaR2jBzcrv3zlrj"
    "2u3H3MjuGYPr/X8O07MVtopBDdtnsGSvOMSVcY1/KDoxls6K/flq9q4Cut9Ovpz9evLlGW"
    "uV+Rauglsz/14a33v204rxPTfctYfxBXsnbKgkh3Uo22esJ5+/XP92cXV2/h5tLPOBst/B"
    "fsF6TW2bNbgzzi5u/+c9UqmzTV++/nrl3TBdI3Pr0/mHi7OTy/doTTSqYl2hDB/quI539+"
    "Tm5vzm5tP51e17hG2b2PaaGE66zcXVh683t19Y9+y3ugyurcJ0fWxQG3tvXWNuHM0EpsbR"
    "rHRm8FvpiaEGlofohxe2b2YytGEBMD1jyf6FTAsxTVqjDgrf+fBobzDrWALtsH1bn14O7s"
    "mkkzVudnwsAC1rVYqtdy8Nrk4eiJ5H92aNdb10d46Eau3KtVa3l+3uyUezt2+i7Zj/UbUT"
    "33w6ubzMb8esZwerjiK7LWflutsyOpq4b14LzNs3r0unLb9VDPWGAVWA9bmhWtsNw6oa8E"
    "i6FuI9Uy6rrIbzf96mDIYQ2mefTv75U8pouLy++iVsnhiKs8vr08wQMCOA2Qm2zERPiIxu"
    "jreyOK/xVsGbjc7+G6lLecBPTVMn2CjGvKyLzADMWR9tjUB0pdtZf3p9fZma9acX2Wn99d"
    "PpObMKvCFhjajjG6W5lZ1pxwuqFyw0/3VzfVWihMQiWYKCqg76P6RTe4AmbAXeHIvqVSa7"
    "oEzTfAPvILvKbLDlmQgy3EFKBngDfzpzP8bivpB09/HKA/zRtAhdGv8g25ypm0E177kZFs"
    "B/hlMovBq/ooUfI+dPemax3++zVPzOl3NmtF6cMaQ50HOs3j9iS1NKEFdXVGdboVGwlgeS"
    "H//xheiRxftE4M7oF2tqFKgXMgid8D5OVI+o6A/t0jBOMZHC93mqepjsC1zU6Unc54gRZM"
    "scYUhha0mc5qDz+g0VrpEiF8291I8F+MThYxOPGJap81+659w7D/sZ6Z5wCJwGObM2q61N"
    "VYr33Qc+h/2MFSh2x7AXxLIV091z5Yqwug36HD9mdE8N9slAFq30G8tUHdNSVMwu7Ame39"
    "UZ62mky/3BwBrMHOPGpjkzE0ZmyvzM31rP1tkr2MBL7yfxZ/MnFRlPBXGaWeOqPFjTM+UU"
    "nGgKEZtdTR2I2ITYvSlEbMKoQ8QmRGxCxOaBIzZdm1iy4SFJmf4GkPUmNESj9kbHW+konK"
    "zc6CIUmod6w8zaR5PZGStsS0boZQT7HCXbp4AQy9SLLOHyMIRIYK8ghHrT+m8L11A5iGju"
    "Ut2hhv2CP+/vbU33rmMT1q7tKOoKG0uihDO6gKWojM4p6aLD6Jxw7R9ucE64mPg41lFPS7"
    "roRE/tS/jO8BRVanOQZT+5pBgEwUl8Zzpma5VuLjmVJ/2F5YTh2+rzt1UvrhriqfeIp/bA"
    "U+ZU+yGlSaekWsJ9TOYhTxwhxWvEAt0dduk5o1ERS8rQymPbYiBp3+AVjSSNZ5V0GGmbPr"
    "9PmwqHX3xzWuXtW2+kXH2TE/Q7YQucg9bUoM83lrm08Bpx1muK7tkGxczHLTI3xKAaeoYN"
    "DbGxNvkfjytiIGdFEHsXtMI2YkvhTy8mmXFqo39wQvbLCemPnsy+GUsApbpzzww+CCnSOh"
    "YBpWQnwDw4iL2Sck+20kp3RhZUb3nVG5iEbpkEiBkpX2mGGT0gEjMC/NG4+aOcVShyEs4i"
    "C/bYFVOl78m+wepf/L5ueVcD/PTlAvv3g0omrr+fn8kOmNjv3/+YyGe/lxFh1CZ3kPr8Cu"
    "iD7OdZySCk1gUxHuHaIIjatks0FEgjT/pn//+Y+b7gFjzydhG0MK01wqyvNdW3/C8m5NoE"
    "acQhntM6TyS08YA9mIT/daiMRRY0H525e/RGJN9UdjNM5Jt689MOdsEfQhmsY4nOclANDu"
    "/Eqb4fG8q+phpaYVpyhObA0HXCTOxjrYBxG+IxBjG+Fnlg22CdIU5Lwij3eZSBuynfJ8fL"
    "3QQOPTnPeVoIvOe7vecJv+meHvSUr3ZgIIv60NPzK+VHPzu5OTv5cH4oN/qJq1HnV7YaTI"
    "rOzUY3p5WHZnkzZRW222n+3jBIdYIs8xGtTF1jf3m+a4duuF3K/6muGJhTZp6qbLNFjyuq"
    "e65tYniNbZPL2n4rRHkqYI1YeSu4xeeAW71fbnWbfC8g0OiyFNhAYDRZgf86mx0dvZ29PH"
    "rz7vj127fH715GEOdvVWF9evELhzu1fef9YrLHaLo/PTOoo0oSDonWN4NLc1m6F/B7AluB"
    "HjTrTe6EqpVgZEtsJwtBXxfiJzMACUVc2rodrVU7ECtWiLzAXjohb3Qkttm01AiPqr4Sof"
    "RflVP6r3KUvg+ZXMhgUmYMUWxtBw36eMkec09Lgea4E+auD4z0LPK14QQYWA1DLiQmbHGQ"
    "xgh8qc3PVj+FsfQWlxGDZUEUaLktLiUEIO8EeU4WpiVVdiOWgKob9TNb4IXj52IVhT0SAN"
    "Tro043MmuJ3xoWkZ2LiEXYj7Rll+q0FMC8W092HdWUs0USImBVC1jVG4s8yOfaSgqNEObm"
    "Z3L/3TADA7cvjpjCojZFXpmy6jcVLprCKjxC/prJCXeDRyWQkVetz3Orm2hO+AKJsJGol5"
    "xsPEWP1Fkh7DhYXXmFMQrOvzfePfjp++Wnh5i8cujHG5MHObjHNuoFPqzcyTbbwY4rVXU3"
    "lujQirHd+Zo6DglfZ3C6NkeNFJczuyU/ytzuSaER2IxdJ2JIKBpS7FNaDFLdNk5NsfXUln"
    "PbxBIj+A7Si83xy5cCqw1rVbrcePeyCD9Q8lgj735eEBLv5/2OEUq1TiclReF4Un+0o7xS"
    "DOkd9/9uKg6oQHpHJHQ0pafpHQuL61YTYKkivGL8V1pkJ/31+4qqqxICCtnEeiA2wsg76r"
    "NFz0zLy7GQaPMTP0TCGmzZcvOczwt+0oT384i3eTas9acVkGPfAsf/5A+gyYAm6+O6NlDC"
    "BGiypzjqIjSZvwnVMKfygmBOFYRxxtu9tMZdKAvKdwHKFTGGpehWhRg+XVQrTJpANQOrZr"
    "dVk5pbxeftyxcJQFgkpUHR2tgrE/IUa1+IysuUFdiN8c2poLE4x5pixSI7jcU79zV5qd25"
    "72ZvFuy/8/nLO/d4cXyM6HpjWmw+8GT+PAnBxjIfKJtNU8QmgEX9Gwk7riBQouG+IUoCzL"
    "+BLE8DNQTA/HuKoy5i/pmq6loWG7wipyUf9hJnQFqsaswHON4V48vHLJukn/2wpWlJ5T1N"
    "ykA0rEix6sRr5XAujzPJiI3Aw951pIltupYqdVghlhgB3Jnoqdk7kfCp2bvy+Cl+L1vPME"
    "gxL8dfZMWAwthNYVQUBZC2sWUqA/QNZlErOzvH+pQ68IxYDl3w8wNkUmBhJ29PBW1sNSPT"
    "mwRSYNLunaDPoliX2sUiifEVApgJbGJHs/LE9LPsFuYXe6hhOqYEwXLsi+UowhcQwzJ1b9"
    "mUWrGyYuPJvNas0iKzqRYMSn5Erg1ya7L/CKo358meBjUcospNdiaKeA/201i2/lea11W8"
    "G8JaStRaoGLwhm1jpkbV54lALq+DnxF1bGQTx2FY2kinDzx6Cz0QixfJtKdoYZn/JgYy2S"
    "xhTb26v0VnJtt4AmhP/dKewCHwFDd4cAiMbdRFHAJqEDcgzGQH7cFK2mklyWag7D735IAd"
    "BFXHfc8Nd51Tew9/9Fez8MKRJK4nH76cfLx9jzzZO+P68/nVe09zujPOLq9vzj+8R6pu2s"
    "Fx4sMfDg60PyXQ+iSUsyLR0dRLaCzykQ99rT06JQhH9fqzI+cVMf+DrqN9JwVhjPs2xhKc"
    "TzwZQvM5PxdkCjZ7jMNNsMIOUJso43iKGco9wdqLChsCUHPdJRuL7g3UadjPmIBq1YeZ+g"
    "zLmMHkdyrOECp2UqxRV+a3ScRBhsoZHNg8JEEnr10fRKnuPcJ5wyUPaXl2naRM96l1DqNo"
    "tZJEJ2SNZY8k5uTgRGJ+ZgOZXw71MGldETLfVwnkvqaECOwRu4MLI51oz8DCyBs8MHhF/e"
    "7JedWngMLYzCtQxFM2oJASngrFEHLVh8GWicQp7xGDc0GtNfazDC+ozoZgivxUW1NEfuA1"
    "wobGLthsML0qwYZXc7jQVd/sE+6MO+N2RYKmyMvpiKiNlibTLg3/sJ/KZv9fYlT+4jWyX2"
    "y2P3sHBE1uUiB/zbHvDGwRHjAQHh/kWWaoShC2vT8XuvmIsPbAP5/SQIGEbRJH+2atk0Sj"
    "xGnEiT+nORhsfjCRRLP4el7G+03eAy1TJZrrl1Xx8fI2AnxPXK8IBQdTsdWg8Ip/Pf478b"
    "6pZxf3X/pGaeH4NQQF4rcVFEgFVZfLgEUIIRu92KdGrOVByMbYRl0sZCOx5mbYW9PUCTbK"
    "QjcScpkhnzPBtkY5utItVXF6fX2ZGtHTi+z5t6+fTs+/PHvlDSVrRH29tMCG5iqIrssjnp"
    "QDxCUQT6k+ogE0KaHxVcptKZe7DMKxatrvsJnexID55pUMqxxL9CNdO3/saNK1R9UXaqhM"
    "WVkIsOiPjpRXjXVsO4p8dv6M2OhOtLeSoj9Nc2ToUN3EZUfDUmIZqBdcblSf0Ifrr6eX5+"
    "jzl/Ozi5uLYHGLvhnvZlor+nJ+cplBOiZrRCd0LNHhXDZMg3Qzn5vXibIsnfB0ztF7MKF3"
    "T+iYrhSd0LEEaPi7Z7OPVq3iHglBUHX6rOr0I+dwzwa48TAKcKg3jmnCXySHbF4Q8C0i0S"
    "DTFASDDCQYJE7AUDiDG4D2ySfwKoY4E9ywJ8jjz0Se33sEQD5gxvee6WWiMO9O+M7eBF19"
    "vbysih/L1jnc88DLF6+TEzVsNZIpnl5y8YZYe+L0mfcxnrkpdyYooRSk8wsW4xnmaRI4xJ"
    "fubkTYSkRtxrt4QdRmaosvj9pMaRWQ9XFQOvgUQRDc0wmHgiC4pzjqIkFwvh5YZ9TTkp1Q"
    "2wdIhzjAMc5/2uFQyR4MzMkBo51nB/uWnupwqb+az05FNcVw13PfCEoDfG6o1nbDgCrT9R"
    "KSo8gEVrUgtVHBIkJQmVPth8wMz0uOLstd81N9swqCPaSmeSQ1Bid+1zPcA096dqelWsJ9"
    "VDOb0wJUJUqdik+Fwh2GYPGajUev79xj8g5POhmA5oOn7Q1RKdYdKeBTQqOL32x+lutskh"
    "o2YTq4DMppqc5Uwo5Qbn4qb7BtP5qWpqywvZJaR7KCY9gw02jPjo8F4GatSvH27mXCOF3b"
    "UdQVNpZECTEsIOGrTm+VddHhQa7wAxjsOS4I8WnXiF9vFKyqpitbliUnBwzJzhgfiJToIF"
    "IinpgNYPxpcxL3Nay5LApy7kPeI0Yirjm/b2LQZLn7kczu9IknSDUrBhS7Y9iL/QNKQo/9"
    "bdDfWPFa4AfTtZg6tSdgH8N+xgpUl2FKwwQoJKDYB/O4P1RBbydeZ2PF7NEyjaVimHt/fr"
    "/zjq7M8X5+C8ypTdZk/z3wI+vqzO9p1Gg1pTNwvEapN0hFWdYNG4wUiKrwwaSWIRBGqDjJ"
    "9jtTP/5Kbce0tshceGkOE2YSwomcjXOim7yQomPmczvW6wLiFfsVryifnmLEmSlaYYHnWw"
    "VrayrJPWakgBrL847yYXcQZNmvADyR0NqFZa6V2hR+iTTw+HBUt1Ns2QSvPYcLZQHl3c4S"
    "OLnb4MndKFN+1eIMPikBmEv2JAHHVHolALAFwC5cPEugLvdPtUkLpA70FjAC2QO/QpUg/K"
    "PGCo6l2jxi+G2SrjwRP9WBJPzd2vM6eSC6jDkfCYwi0L/tXGbx1BbFN5YYIcAtJCvmm6N0"
    "Tui0FAAtADTbGKVhTsoAyAIgA7vadt5ftryalg+S3KKckBrhVG5l52OQySV2TIgAgQ0E9t"
    "MksCPTSO7jyYoB4beb8EtZoXtSI2MMb5hmyJHsHOtTaczP2KElhTHDW9PKyIhEI0ivNKQP"
    "fFpBb0B6pae4hUJ6pbGNeogRpFeC9EqQXumppFc6ICEC+ZUOtSI9jfxKh90RIMHS6KY4JF"
    "jqZGbXylwAaQskiTk4Ti9TdmC/s/RtknLB0csCTi4+lFlOyXnFNnHcsFFa7tuEBz8FoRbs"
    "ph3Ge/2xD2F3SpdPhbP762x2dPR29vLozbvj12/fHr97GS0C+VtVq8HpxS98QUgtwbuZve"
    "SQia/EGSlwkhS5GaMvLg1qef3vWKL7+t+HUeFaqfS9xtY9kc74FQl1mOMrujLYJF82+S63"
    "egcCY1oxOlnBk9TdA1Wl+KVYYnTBTc1bJjZ+qEV+J+VG6PAYE/m9MWlhKoaKCt+xCNT2Fq"
    "jtHdgEckplWmhMO0Rb9n3C9No37IbZiDdxbwODWdTET8+wPoXdnOou2Vi0OPAmvjndaefP"
    "U20bNvWjUrdxpu29zPynYuNDXA5EaEBcDoz6XnE5QyqJMGDPFARvxKdZZu9EjrPM3pWfZ+"
    "H3Mgfg2MKi6HRNHWVNDbcw32J5To5CYTAVitLKYNtWOKspZ+cmpWqaun1DtmVb13L1ojlc"
    "TvNHAsDy78Pys7enygZbDtvfZMn+rCxw/hKc/8Iy/00KSIdKyGMhwFoCa8/ilqPRkiKwM+"
    "4m0SJSY08K7SzsZ2DwipJnyXklnckHsrdXQd1q/uMktVtALmaY3x30YoJxhuN9g1oBp0Aj"
    "PiFCCWjEpzjqQjSiw8yeehEOKckRjvpwRzn/cWtsAuu06PTIrjOcsVw3QwxHOOuNsO3O19"
    "Sp+SlnZDs5qwvf8t4jPZdz/mTkxnAerItMkw9EkQ+yzAmO0CHUvLfNh0shG1MtqI1dcQw9"
    "LdYdz/WqLaAbdv/YqmkVsVrlrp9IAiIcBbw+3FEmfcggFqpHgg8H4gYp8AeTatJIx0Lgbp"
    "DBmliUPUIa7YQY4C3j3sEbx7WIYqsrorlFbohyN3KR7F4e5eGsLq04lD3HhGQNnoRIMyrI"
    "4GnmnKNNxCfUSJ3acdenDb72PTE683sZK0jkYf8aq4Ev7PxhXDlIs9s83xr2ROo3v5cRg8"
    "SUGtUDYX+koq5OHIesN6NCLe+9zuyqefSuDXJrsv8IxlbUdvgfdD8VjaxIqhEikRWlWFum"
    "l/pdxXaBJhlO2BB6kcrvXn9nQXeDVB+LZ6tE+MRH/GC6lq/B54In4pvTnaETi1Tbhk9mpW"
    "ruNZaGBQIr9gysgOwqbfGbELJSDvUwgxdEQlagVi5Uce2JHpFT4oSquB7mdLmvPheWdNgI"
    "ZY+LtPidesvkdkVQuIHZyDQIipBBTGOxp4gaiCkuyLQ0YiFsaMj0hIML7NYW2YS8mGSGp9"
    "meIQS1X5oS7OdPcT+HENSxjbpICOo9gzQ/3uWhNWH7DrOX8V1v0tbIpmJqRI5Ylx+wzh2v"
    "ZvubZD7VUGJMSnHHKfmoQ9ZSR4AjATgCvIfH1jEdrCs1srllBeGgu1BSN9m6xa0XLc4pwN"
    "6mue1m4W4+9jTK3SXHbmTFxrSQN8YXHrIcaM88I41nGgFSritSLpXdb09SLpVVcGAwi5Jy"
    "2aWxxLtaOJuB99yf9yyG+FD1gnu2DosiXFkuuPHSJALZZeUjCeTSyw5knGQjCT5z4pyqpL"
    "yaS6bFdDcvHwjIlHfhsTfIb4+W9IEYnDYPO0KmhTBam+o94g/4md0wuQlmI2ojrz4O0dDC"
    "MtecTbcJssxHO8/Ut/KE3Yx9JgxCZTNsaVrbCWuWucXMuz+k+H0oSNMsdwIhEwc4EgYJRC"
    "cdHGmMlh0JlJMyALIIyKZlEbVAgaw8p5SQ6vCY0mEYvwZPKXHtQ2Y2h+079NeE2sUgfTby"
    "3k/wevbL6wmxa72iyYDDGU/s2n8Hmv2kwF6O7k13Wsrfk02FTORQ4gW6ZhOE2axeEBxybc"
    "JMVWfK/sctVoM8sItEo9xs5WaujlXynlm/3rVCy7iJju+MNb5n7TFr94hYS06toGc2w4cZ"
    "2HRJjZ+8ADiLbQRsCfPD4nSNR81B+BuEvw1pERuxSgDhb2MbdZHwN39rrTPqaclOkrZBdr"
    "66+Rf9oZpv5dT9nBxEHOQJie8eGjlQyxmJSKCzSKTOuLWGuQj2HVCn0Ot3s8a6Xm6mJuS6"
    "M1Fftjthj2Zv30Rzlf9RNU1vPp1cXhaw7g5Z58G8JT/KwnGD9qOggatW9PN/3qYW81xEaL"
    "SgX15f/RI2z4aJpsH2z/tIheImRCB7Uv1Y3NgBLQp8LAFB0HsAT35sdGzg4jW7fJnJiI2g"
    "MHzXa01/3amHU0aejjd1TBhrdLGgqls4lau1vrRkW3pfDuuj/qt9PgkrZ/ulZFqy+4ZHmq"
    "YychUHJJYimpCAFNFZOH3fgGyu14RUazEUuUkagTzYGApXPlu0u1eu6FpTd/g4Ly3T3cgt"
    "u0kRYNt2Otc9uPLwSjvWQ+ftL2F/w0JZ1LeenF3SZRO7cKz7+Fd416MBEnSxK9EM2e1oPz"
    "n6y8nr9wgjm2nzREM8dSHiFBh6XJn8n+78eZzzhU2pLQp91p5/mwbJXfIx6I31fGecvkr0"
    "E6SU4exEEOPOLs55YhmmbGA9zlADfnbwsw+JuBqoxxX87E9x1EX87P1PMzNUJ2H/fVrjYZ"
    "k9rUOp4djKS4J/q76bBdj+/KoCbP8QMe47259fRoDuB7of6P7x0v1j4aFzpGk5sZc/775n"
    "iZnkUZhBanIiZWWaIz9/t0xjeWUWV/WIb053kp6PvC2zQAXLenhJrD2Z50GCDC7KPqV7Tj"
    "GGc8GjI23kGg7VY5KRbRcrB10hzjTYnJ/EPDlGcZ7s5h8BZUf6trRDDo3uN1H/c/fS1Egg"
    "m5EC3SQfJG0RfC9rj8RSEHGeDMXVtFpcd1IOmO6+MN0i/g0d206NAU+IwXj3ZbxFPBvsiR"
    "63W8OLmZLs5ARhX2jhng9y/quGhCGQMKQntvh0QAlDwhrXBYZ9ovx1uVkfV1GNG++OY0Kb"
    "lemYyMH3xECay1H2km74OS7Zu+pbmxnYOpsLFg8XwujRtO4LA5f26qrQTE9kcvX6Vu7JFk"
    "z0g5ro8TjksC13daWERhim0Lyzy/uIauhJSbludGNItFBPS7KISuhDLWU4Iwo2UF8GXsTm"
    "9fdBWuA2KV8/kzLd1aTZEEPjg9TJEtp8VZoFVkkBytXUXCQ0ogMVTXBzGo3Nh4ydUV6uKi"
    "lUs1RVzxCtAK6JSlUacTDV8xiXB8vFEhAkVz9ITi8sEFYZXxCKQHCBxCG30AasQ/KnRYEB"
    "7LNuG9jtcvxfWgjYv93sX2mhG/lqRFJ1bvoGsyj7l55hfeL+PjK184y9PvHePcf/JW9PRT"
    "hArsZ6eIQSu4jAcqzhJGC/CDiH/HCU0hDTchsyKzdCGu5oJmBDHs1KbUh+K1uuw/uE6rks"
    "M7IjpGnGpLM8Umelse2iDuualQXttM8jTQuyQJSvm37rEZwAbNtlAW5/cPv3VPHvs9uf6/"
    "ZxMdgS5T9VLVZQ/U9VqxUL8LfIgliEF/dY+EU70KvZu+caYpdM7grwEoxwl77NnkK0wOFP"
    "HaTy+h28+GVxVH9D/YIp0i9TBGIBOtlYw69Exi+QlIE0xfucnzddq8jtVXF4PpLoUGlMBH"
    "0N0Vf73cU6LTrYXT7DEyLdT/DJ3xauoXrn0eYu1R1q2C/4Y//e1gB0Pe15VcoHWZ9YLNRd"
    "hs3wwmB9YpDZq3zVGW8UEBjLYCyDsSxtLH/2DdwzbJNJgamcvD0Vi5W3RQPlDS+OHQU+RI"
    "RtFHRis2uEGavvgwSdmK1a3HadE900ljZyzClamY/Iovb9lt2wcyZyg33fGYEmaHs2NXlg"
    "9r+NeM1Nr0Qnv/bITGf+l83Lb3q6Ep/1ms3LehLEK3oG7zG9M8wNm+OeiOHb58EbMgnLsa"
    "fINtllzHpQWUu/cCc27j2Lnj1jo7NphoLpfmcsmKJELP/FDNPh8f9Yv2cdWKa7XPnVRKco"
    "oi28dtFkFCQAvrE/bIc6bphTgr2pH6jDIZqw1t8m2OY/gz9CMa1lQSNgEbpkETzM80tzeV"
    "hhKFAzpLDWutzW8emWAwpttrthXS79XiwCdlXzdEK40gizCaFAh2QCX/W7YRJmLwWYhNnL"
    "UiaB38rUK4CUuSMzpwp8urmD5ektXc6mKpQdUfh/Y8lOEpqVHMJ5QbBbi5LJ9CVqdvDqZg"
    "UbkDEP9uQDrq3lFfvXACevKBuQ/3ZLioGUL8ed4tyzNVgU5sJNKIU0exN09fXyUo56EQgW"
    "Z1b/rcn+002o+EHXltYCxfcitQI0zx9KAkBS96citFb4/uQB4r+HuH9NK+gSqA7RYrx3jX"
    "NpkGqhZ8Zh3tkGx2oPRHb1xaA59KoFxwAHrd115t78zXfIFSmB4S0h/e8h0VggBVjoB/Ry"
    "cgV9IO6HDP19PyN1RbDD/XoGIZrt3WE4a1Frx0Ts7wW1CiKA23gAaKX90koTM05UMU2IjF"
    "A3bT5G0iLYljvyGUuM7vjS8UsRzxFrVQqwdy+N8HzLtMq1bDmcjBRoLIV50tmGJ+n2XHbt"
    "9mSbi6/VD3F1CDZHIlsnJyVXL2x3OFZOk6lses0UgF95N3UgEqYLFixYsGDBylmwdEFVr+"
    "jXieOQ9abMms01mwpatpEgODZGZUIe6DRpz7SXtg+Tmq6jmmspXTwhAoa6gCoOuVK7CG12"
    "VkzNW5l6wVJcAXNKCnAWwBlop2S88vGxSMDy8XF5xDK/1xfaqWczuWnWCWx0sNHBRgcbHW"
    "z0lI1+wmxodTUpMMuDO9MqSxzHbcD2HtK3Pa1238rmkx13KtlWFD3+UUkgHDQfIbqvhLy3"
    "ryq8t6/y3lv2RIcUlbcuD/NLiECSLMlAv5yq0OVm9uf/A3XIe30="
)
