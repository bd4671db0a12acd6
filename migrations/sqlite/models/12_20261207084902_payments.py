from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "payment_bill_report" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "bill_date" DATE NOT NULL UNIQUE,
    "state" VARCHAR(16) NOT NULL,
    "bill_found" INT NOT NULL,
    "bill_sha1" VARCHAR(40) NOT NULL,
    "bill_rows" INT NOT NULL,
    "matched" INT NOT NULL,
    "missing_ours" INT NOT NULL,
    "missing_theirs" INT NOT NULL,
    "amount_mismatch" INT NOT NULL,
    "their_paid_fen" INT NOT NULL,
    "their_refunded_fen" INT NOT NULL,
    "our_paid_fen" INT NOT NULL,
    "our_refunded_fen" INT NOT NULL,
    "run_by_type" VARCHAR(16) NOT NULL,
    "run_by_id" INT
) /* The reconciliation of one day of the WeChat Pay trade bill against our payment records. */;
        CREATE TABLE IF NOT EXISTS "payment_notice" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "notice_id" VARCHAR(64) NOT NULL UNIQUE,
    "event_type" VARCHAR(32) NOT NULL,
    "out_trade_no" VARCHAR(32) NOT NULL,
    "out_refund_no" VARCHAR(64) NOT NULL,
    "outcome" VARCHAR(32) NOT NULL,
    "repeats" INT NOT NULL,
    "received_at" TIMESTAMP NOT NULL,
    "last_repeat_at" TIMESTAMP
) /* A WeChat Pay notification that passed its signature check, kept once per notification id. */;
        CREATE TABLE IF NOT EXISTS "payment_bill_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "outcome" VARCHAR(16) NOT NULL,
    "out_trade_no" VARCHAR(32) NOT NULL,
    "out_refund_no" VARCHAR(64) NOT NULL,
    "transaction_id" VARCHAR(32) NOT NULL,
    "their_fen" INT,
    "our_fen" INT,
    "note" VARCHAR(128) NOT NULL,
    "org_id" INT REFERENCES "org_node" ("id") ON DELETE SET NULL,
    "report_id" INT NOT NULL REFERENCES "payment_bill_report" ("id") ON DELETE CASCADE
) /* One line of a reconciliation: a payment or a refund, matched or not, with both amounts. */;
CREATE INDEX IF NOT EXISTS "idx_payment_bil_report__89ae86" ON "payment_bill_item" ("report_id", "outcome");
        CREATE TABLE IF NOT EXISTS "payment_order" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "out_trade_no" VARCHAR(32) NOT NULL UNIQUE,
    "reference" VARCHAR(64) NOT NULL,
    "open_reference" VARCHAR(64) UNIQUE,
    "description" VARCHAR(127) NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "appid" VARCHAR(32) NOT NULL,
    "openid" VARCHAR(64) NOT NULL,
    "amount_fen" INT NOT NULL,
    "refunded_fen" INT NOT NULL,
    "state" VARCHAR(24) NOT NULL,
    "trade_state" VARCHAR(16) NOT NULL,
    "prepay_id" VARCHAR(64),
    "prepay_at" TIMESTAMP,
    "expires_at" TIMESTAMP NOT NULL,
    "transaction_id" VARCHAR(32) UNIQUE,
    "paid_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "close_reason" VARCHAR(64) NOT NULL,
    "org_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE RESTRICT,
    "payer_id" INT REFERENCES "mp_account" ("id") ON DELETE SET NULL
) /* One payment asked of a payer through WeChat Pay; its state follows core\/payments\/states.py. */;
CREATE INDEX IF NOT EXISTS "idx_payment_ord_referen_0be3c9" ON "payment_order" ("reference");
CREATE INDEX IF NOT EXISTS "idx_payment_ord_state_fcfc93" ON "payment_order" ("state", "expires_at");
CREATE INDEX IF NOT EXISTS "idx_payment_ord_org_id_c90735" ON "payment_order" ("org_id", "state", "created_at");
CREATE INDEX IF NOT EXISTS "idx_payment_ord_paid_at_f66860" ON "payment_order" ("paid_at");
        CREATE TABLE IF NOT EXISTS "payment_refund" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "out_refund_no" VARCHAR(64) NOT NULL UNIQUE,
    "refund_id" VARCHAR(32),
    "amount_fen" INT NOT NULL,
    "reason" VARCHAR(80) NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "automatic" INT NOT NULL,
    "requested_by_type" VARCHAR(16) NOT NULL,
    "requested_by_id" INT,
    "failure" VARCHAR(128) NOT NULL,
    "user_received_account" VARCHAR(64) NOT NULL,
    "succeeded_at" TIMESTAMP,
    "order_id" INT NOT NULL REFERENCES "payment_order" ("id") ON DELETE RESTRICT
) /* One refund of (part of) a paid order; out_refund_no makes a retried refund the same refund. */;
CREATE INDEX IF NOT EXISTS "idx_payment_ref_state_a0f9da" ON "payment_refund" ("state", "updated_at");
CREATE INDEX IF NOT EXISTS "idx_payment_ref_succeed_c8fd06" ON "payment_refund" ("succeeded_at");
        ALTER TABLE "mp_account" ADD "oa_openid" VARCHAR(64);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "mp_account" DROP COLUMN "oa_openid";
        DROP TABLE IF EXISTS "payment_refund";
        DROP TABLE IF EXISTS "payment_order";
        DROP TABLE IF EXISTS "payment_notice";
        DROP TABLE IF EXISTS "payment_bill_item";
        DROP TABLE IF EXISTS "payment_bill_report";"""


MODELS_STATE = (
    "eJztfW132za27l/B8pebrKWmiRInnnTWrGW7buuZxM513OncU8/SgUhIwpgiWZKyo3Nm/v"
    "sF+P4CUoBE0iS8PzS1SWyQfgACez/7Bf97tHZMYvmvrr3lFfvp6CP63yMbr/kP5VsTdIRd"
    "N7vBLwR4boVtHW85s5NWcz/wsBGw6wts+YRdMolveNQNqGOzq/bGsvhFx2ANqb3MLm1s+s"
    "eGzAJnSYIV8diN3//JLlPbJN+In/zq3s8WlFhm4W2pyZ8dXp8FWze8dmkHP4UN+dPmM8Ox"
    "Nms7a+xug5Vjp62pHfCrS2ITDweEdx94G/76/O3ivzT5i6I3zZpEr5iTMckCb6wg9+fOZ9"
    "m1o9ns6vp29vXidjY7UgDIcGwOLntVP/zrl/wVvpu+effh3cnb9+9OWJPwNdMrH/4TPToD"
    "JhIM4bm6PfpPeB8HOGoRYpyBaniEIzHDQRXcH9mdgK6JGOGiZAlpMxZ9lfxQxj1BuQn45E"
    "KGfDbb+oCe/YHmtW1t4yFvwPn28vPF19vTz1/449a+/4cV4nd6e8HvTMOr29LVF+9f8usO"
    "+5CiLyztBP12efsL4r+i/7q+ugjhdfxg6YVPzNrd/tcRfye8CRz2aT7OsJmbncnVBDXWMh"
    "v1jWvuOepFSRj1oYx6glFu2OO3z0adrelkv1EvSrYw6vEkbRj0PhfZ8Y5x9dNOhmq+nSlt"
    "mBW53XvnXuPa78fcyu6ZgRv+v4Lp+Qp7YlCT9iUs2SuOcWVc428zi9jLYMV+fTM9aYDu76"
    "c357+c3rxgrUrfwlV8axrdK+J7z/40Mb4X9mYdYnzJ3gnbBqlgncgOGeujLzfXf7+8Or/4"
    "iFzPeaDs72B/wXpNfZ81uLPPL2//30dk0GBbvHz961V4w9nYpVufL368PD/99BGtiUkNbM"
    "0ow4cGmyC8e/r168XXr58vrm4/Iuz7xPfXxA6KbS6vfvz16+0N6579rRsG13bGdH1sUx+H"
    "b73H3Hg7lZgab6e1M4PfKk4MI7Y8ZD+8pH07k6ELC4DpGUv2E3I8xDRpkwYoeeenR9vFrG"
    "MFtJP2XX16FbiPjnpZ46bHxxLQsla12Ib3iuBa5IFYVXS/rrFl1e7OqdBeu/Jeq9vrbvfk"
    "t9MP79PtmP/StBN//Xz66VN1O2Y9B9gIZqrbclmuvy2jp4n7/p3EvH3/rnba8ltiqF0GlA"
    "DrC9vwti7DqhnwVHovxAemXDZZDRf/uC0YDAm0Lz6f/uNlwWj4dH31c9I8NxTnn67PSkPA"
    "jABmJ/gqEz0not0c72RxXuPtDLuuxf5N1aUq4GeOYxFsizGv66I0AHPWR1cjkF7pd9afXV"
    "9/Ksz6s8vytP7189kFswrCIWGNaBAZpZWVnWnHC2oJFpq/fr2+qlFCMpEyQUGNAP0bWdQf"
    "oQnbgDfHonmVKS8okyLfwDsorzIu9kITQYU7KMgAbxBNZ+7HWNwLSfcIryrAPzkeoUv7b2"
    "RbMXVLqFY9N+MC+D/JFEquZq/o4cfU+VOcWezvj1gqfufmghmtl+cMaQ70HBv3j9gzZzWI"
    "Gytqsa3QFqzlseRPf7shVmrxPhO4S/rFmtoC9UIFoVPex6kREhXDoV1axikjUvg+T40Qk0"
    "OBSzs9zfrUGEG2zBGGFPaWJGgPurDfROHSFLl07hX+WIBPHj428YjtORb/Sw+cexdJP5ru"
    "CU+B0yhnlrva+tSg+NB94EvSj65AsTu2vyCeP3M2B65cKVa3cZ/6Y0YP1GCfDWTpSu96jh"
    "E43szA7MKB4EVdnbOeNF3unwysUc6xNZtheHkoUJ+jXjSdUSvqz1yGwOEqxC/U/xJ1pOt8"
    "MomLvaAFbevHtCNdofKI4XjmzCPslf1D4boJO7uJ+tIVsQX+g1k9rKND16uf8B8XrJ+trk"
    "DNqWXNaEDWB+J0xvq5ZN1ourC7eBvSEOzLYYrpgbpC1Nc170qnacWZaWfq5BjpAlddvFVd"
    "3BxnXY/rtU1uHfaP9PIW96bJVORArqfrErRrbDNVyoy748IiXlqQAlPmrevzYEKWfIZzTS"
    "EZpq/ZAMkwkBYxgWQYGHVIhnmasLZhj3H104ZkmA6TYTY+8VQjb/Myw43N3zMisf2oW5P6"
    "roW3ygHOZTntgj/bh9rFvv/Iza4V9hWTH0qCQ05A2hPuTmJtPccScVH1EZ6pwEHxnftN6z"
    "8vNrbBQUTzDbUCavuv+PP+0tV07zvsc73xg5mxwvaSzJIZLSAfGgOfa7roMfA5WfvHG/ec"
    "LCYRjvuopzVd9KKnDiUyenyKKvU5yKqfXF4M8gsUvjMLs7XKcpacylP+wirC8G0N+dvaL2"
    "UNUtUOSFULwZvNqflNSZMuSHWEu07mIa/JpcRrZAL95REPnNFoSNNhaFWx7TBHZ2jwyibp"
    "ZLNKOUNHyUOq6PP77DY4/LKbkyZv39pVcvUdnaLfCFvgArSmNv3O9Zylh9eIs14TdM82KG"
    "Y+bpHjEpua6AW2TcTG2uG/PK6IjYIVQexd0Ar7iC2FL18dlcapi/7BCTksJ2Q0eir7ZiYB"
    "lOrOPTP+IJRI60wElJLdSgme7TGF80I6aNxdo8yj29krze7JVtm0KcnqAHffBg7wNf3yNR"
    "CZU7/SjDNGQyYyB1g6vVm6iu0tU8rBIwv22BUzWO7JodmWN1Fft7yrEX76apmph0Glkpg6"
    "zM+kGSZmO7NdYoHX1GohRYL1om2CRIjRdkYeeKLSbI1FlTnV0bp40DeLvogYnh+c+aw/ZH"
    "5Up/aBaYStfIyXYVe6fpIbnun8FGiNcWrFX+OarOfE81fUbQWyz2F3uk6wpYf50uURg9AH"
    "odmrANjPvDPNkVoymA7UuLSGCRsGr8/g8xBrUWyrMlCnYYfaw8UsKIBLIjm1jYoD8uUGxr"
    "gNQvWK3RhRk41/eBrDihj3B0J1GXd2zvvS9cuDwgwjSqQfyyfZZZRIgQIUBIqUKcLGWJEC"
    "Nxm23hkxcm0TRH1/Q0wUS6NQ+ofofz5yFjxWA4VMNlo43hphFJkw/DcmxIw/ZJKAhOkJ1Z"
    "CRLh5wQMzIvwKq4hiOm2sX2PD2vYRH+G2ZkM8d2vL+5Y44kkVKQspinUn0dpDL6PDOlcb8"
    "5lL2Ne3hmSpKauiSHLtfqkKt7VEawIfMm1GMr0ce2Da4zxAXJWGUhzzKED9Sv0/qGz8Sh2"
    "6r5UgUhSBPYneeRC5C/sBciUJU/shAls2WKM6vQsbE+enX89MfL54qYSK0cS9cx1gdCQzh"
    "3N1JkxkcWpUzkjbcaQFfPBBvGxmj3BbFyN/M/8WMzcRqnRNmhjIbNvCRsfH4eTCIzaO1y+"
    "4zsxSb6IXB7n8f4+p/H5m1r9ytIH+iw2fd2Xc2t7U95xG5xEt7Dni6xiP2EWHPRrHSgF7c"
    "Ha3dj2+md+wV77IYnY/Hd0cvfwgTNaLnOmxhvrOXrFP/FbohJnsPAxsr4rN35O3Y7/yB7H"
    "9chs23YDVBvsP+sqix5fg+fyh9YCK2wwTs5aEmfPyXqZiWORHtTPl3ryVMy3eva01LfqvZ"
    "lA+ngoAZpMvaXSwV0ebA0D9Np2/ffpi+fvv+5Pjdhw/HJ6/Tbax6q2k/O7v8mW9phdEQRB"
    "zvXYCh9boLQ9vpRqoxCgyFlF2WjELtcvc93Zg0+IUhK9p8s5uNey/mzWarpN3OrfcrG2Yr"
    "2rJWjmWy36JthLp8d+Q/sslM7QnbRgy+az2uqBWmEBI7bMw2Gr4zRa0Q5adZm8SrbrsdPg"
    "fSF4eVvuiTPxR3qkgA9qn99inVcmX9VykbbUm4NTZUkI2bA7BCYIe0y35ylrWbLL8nscda"
    "cbPBFP9uWmI127t6WWGHusM9mwHI8YvKJpi2ptd4TS0RO8+PGgtHR2GXLUppWGv1jUykwp"
    "v6SIU3lUiFCDK1ggx5GR0KBHStK0Z4qdZpLkqB5rgT5r4rng2sdEvLFdyxkYSTKkxYcQCq"
    "BiFi7c/W6Hhz5S2uJAbLgizQaltcQQhA3gly5ButIlxfsD2TOKhi+8BUiQZcOynNjhdBFM"
    "0vC3sqAKjvjzoVOFzr1xIq8rXCIlJdROLEIMWluigFMO/WkzeB4ajZIjkRsKolrGrXIw/q"
    "h8XkhTSEuf2ZzJ3ZM0VPTF4GFovdEA/ehTiy+TsUXxevGODzhNBT17WogWNsqo4vYcNJox"
    "csFZnhkszuItk8hMMPaLAJD1Ti8tswJMRBc8L3IITZ1fQB+cYT9EiDFcJBgI0Vv+kLamS3"
    "3j3EmAwrxgSyOeqhH2dsHpzT+xxHvS4is1AILsDBRlAWoSHWPJXoUffzN/M1DQKSvM7ozB"
    "mOGlkTURrPLflWH2WeCWmgaTd9N12UEc8pGkoEX1EMjsNsnf1j66mv5hnLJDT4DoqLzfFr"
    "mQwX1qp2uQnvlRF+oORxj7O5q4JwOHfVtZuitFdee14UEtuHox1VlWI4Au7w76YhtRmOgE"
    "NSSc0DPQIuR2z5PhuyUFVtJsCydhNZ/qsospP++m1FjVUNAYV84vFMXYzCBOMteuF4YXWu"
    "XJuXPAGKNdiy5eY7Pi94lhTv5xFvq2xY508TkGO/x7EVR/8EmgxosiGuayMlTIAme46jLk"
    "OTRZvQHuZUVRDMKUGkbLbdK2vcQllQvgUoN4Rx1qLbFMX5fFFtMGli1Qysmt1WTWFuiSs1"
    "1S8SgLBMMSzR2jgoE/IMm1EZ8iOB3ZjdnEgai3PMi6OnIjuNxbvNO/LavNucTN8v2L/z+e"
    "u7zfHi+BjRtet4AS9ZtQ0LaLie80DZbJogNgE8Gt3I2XGCQImW+4YoCTD/RrI8jdQQAPPv"
    "OY66jPnnGGG5QrbXCZyWfNhrnAFFsaYxH+F4N4wvH7NywTf2hy0dT6lifl4GomElQo3zr1"
    "XBuT7OpCSmgYe970gT39l4hlI+SCahAdyl6KnpiUz41PSkPn6K3yvlgyQ1XNX4i7IYUBi7"
    "KYyGI62VbWyVc62HBrOslV2eY0MqOn1OvIAueP4AORJY2PnbE0kb2yjJDKZGF5i0BxeX9C"
    "i2lHaxVEK7utNvpxKb2Ntp/ZFG0/IWFhVB38N0LAiC5TgUy1GGLyC251jhsqm0YpXF9Clu"
    "167SorKpCgalOiLXNrl12D+S6s1FvqdRDYesclOeiTLeg8M0lm30lVZ1lfCGtJaStt6dMM"
    "kPlKCOSY3vcoFcYQc/hGdV+CQIGJY+sugDj95CD8TzOTE/QQvP+R9+2AWbJawpclwicgV0"
    "8gTQnoalPYFD4Dlu8OAQ0G3UZRwCRhw3IM1kx+3BStppJakW+ey/vOeIHQRN6b4X9mZdUX"
    "ufPvXX9PAiUCSuj368Of3p9iMKZe/s6y8XVx9DzenOPv90/fXix4/IsBw/Tid++uTgWPub"
    "xVqfgnImEtXmrI/WIh/50O+1RxcEIVVvODtyVRGLPuh9tO+8IIzx0MZYgfPJJkNiPlfnwl"
    "ks+dPfboiFa1zeecbha7zCjlCbqON4xAzlgWAdRIWNAai5tSGuRw8G6izpRyegOvVhFj7D"
    "OmYw/53KM4QzPy/Wqivz96OUg0yUM0jYfEqCTl27fhKlevAIVw2XKqT11XXyMv2X1nkaRa"
    "uTIjoJa6yakliRg4xEwfnEQOZrRuvKkPmRSqD2NeVEYI/YHVyY6kQHBham3uCRwSvrd8/P"
    "qyEFFGZmnkARL9iAUkp4IRRDylWfBFvmCqd8RAzOBfXWOKoyvKAWG4IJikptTRD5htcI2y"
    "a74LPBDE+4tsPzsoWu+nafcGff2bcrEjdFYU1HRH20dJh2aUfJfgab/d9nqHwfNvJfudsf"
    "wgRBh5sUKFpz/Dsbe4QHDCTpg7zKDDUIwn7468JyHhE2H/jnUxsokLNNsmjfsnWSa5TLRj"
    "yK5jQHg80PJpJrll2vyoR/U/hAzzGIuYlOronwCjcCfE824TkfHMyZb8Rn20TXs99z71t4"
    "trj/2jcqCmevISmQva2kQCGoul4GLEII2RjEPqWxlgchG7qNulzIRm7NLbG3jmMRbNeFbu"
    "TkSkM+Z4JdjXJ6pV+q4uz6+lNhRM8uy/lvv34+u7h58SYcStaIRnqpwIbmKohlqSOelwPE"
    "FRAvqD6yATQFIf0OI+6olrsKwplqOuywmcHEgEXmlQqrnEkMo1w7f6w25drT0xf2UJnKsh"
    "BgMRwdqaoaW9gPZurV+Uti2mW0d1Kiv0hzlOhQy8F1qWEFsRLUCy6n1Sf04/WvZ58u0Jeb"
    "i/PLr5fx4pZ+M+HNolZ0c3H6qYR0RtbITuhMose5bDs26Wc+t68TlVk66elcofdgQu+e0B"
    "ldKTuhMwnQ8HfP5gitvQ73yAmCqjNkVWcYNYcHNsCth1GAQ711THP+IjVkq4KAr4hEg0pT"
    "EAwykmCQrACDcAa3AO2zL+AlhrgU3HAgyPpXIq/uPRIgP2HF94HpZbIw7y74zt4EXf366V"
    "NT/Fj5nMMDE15uwk5OjaSVJlO8uORil3gH4vSF96HP3FTLCcopBcX6gmI8kzpNEkl8xe40"
    "wlYhajPbxQVRm4Utvj5qs6BVQNXHUengEwRBcM8nHAqC4J7jqMsEwUV64D6jXpTshdp+gn"
    "KIIxzj6qedDJVqYmBFDhjtKjs4tPJUT1f6q/3qVNSc2Zv1PDKCigBf2Ia3dRlQdbpeTlKL"
    "SmBNC1IXJ1ikCM7m1PymMsOrktpVuWt/qrurONhDaZqnUjo48fue4SF4yrO7KNUR7lrNbE"
    "4LUIPM9jnxSSjcYwgWP7Px7bu7zTE5wUe9DED7wdO+SwyKrUAJ+IKQdvGb7c9yi01S2ydM"
    "B1dBuSjVm0rYE8rtT2UX+/6j45mzFfZXSutIWVCHDbOI9vT4WAJu1qoW7/BeKYxz4wczY4"
    "XtJZklGApI+KbsrbouekzkSj6A0eZxQYhPt0b82p1hw3A2qseyVOSAIdkZ4wOREj1ESmQT"
    "swWMP7unWV/jmsuyIFc+5ANiJLIz5w8tDJo/7l6T2V3MeIJSs3JAsTu2vzg8oCTx2N/G/e"
    "mKl0fm7PVm/JSNg2OVeE/nem0xxdxq/OBsPKZ6HojUT0k/ugLVZ0jXOAFKyDq2uDweDlXc"
    "22nYma6YPXqOvZzZzsGf32+8oytH389vgTkNzJocri/8xLo6j3rSGq229CuOl5Y6llJE6r"
    "4hlqmy1RRqmdfIJEIuZ0G+/c4ymb9QP3C8LXIWYUnInEmJcK6+5ZxYDj90MnCqdTD36wJi"
    "O4cV26leykPjKh6dMObz7Qyba6rI05akgEascrTqIYoQkDqsYEWZMOSF56xne7s7aqTB5w"
    "Fpzb1iyyb43nNYKAso73YsQZZzi1nO6akCTYsz+O8kYK7ZkySceMWVAMCWAFu4eNZAXe/L"
    "65IWyDkUBHxA0d0gQwTkXB1yXMApP4niO675Ii6EwnMtMmN+SR+IXzDpH1eOT9BvhNmIAe"
    "IPYwOFeFQPWjsPhFn6Fa6g/Ufc2diOTr2I3bQfQxYiiSdC2OLHaxjYZq1QgO8J4qdpsGfM"
    "WWMze1J4+gbXnNmte7IlJuIBYfz4jXviBtHpGuErsyv+ynnkx3YYhL0fYX+C72+Iyc/2cC"
    "lTeCfh+R6s3cZn3WzcOzs+f4O/P/uB/SUua8bZN0SDV+iSifM/CyObPEYPMT3HjQ7pSF/w"
    "/7D+7LBH9gfVHtcBHMpT5seyoVMOQCwIaZGQ0nVEbfyZ7ZGaWJTU0P4fib2fYNKcd7zfId"
    "0bOKJ7HOMb7ZrKuadlMWBE4UxKYEiLqj/wdsAoDcr6lmOUnsruzhUdE1rexaJkUqdVRuXQ"
    "ZjiT6rIM0u9HxdMxs6cGcFBgvzagRR6IpWL/pQIa2n7t11vPprYsvpmEhgB3cKASJ6WVz6"
    "0qSgHQEkAzRU4Z5rwMgCwBMkQ1dX02EVteHS8CSW1RzklpOJU72fkYZGqHT+REgCaBwLHn"
    "SYukppHax1MWA1pkNy1SsEIPpEV0TCuYlGiR8hwbEi3yE17TcDmoECLxnUkTFbLI2kjEHU"
    "StX6HLwEc+YUNoBxRbiIZedJtEDvtHvEXU/ohc4rgWQf9yqI0eabCKgggeaBDmqqDAuSc2"
    "cjzuPT8qjVaHj7qzPWybzjpqzJ26E/S4osYKOTyoYE143Tv+SBJGB3DXvvPIJjUPTUAecS"
    "1sEHDqD5DQAV/Kc1QaoOi1bqMu8ElXciOHVrJXq7AdvjGm0YiyCBeEWinNNqBise2TBCb1"
    "fcd62K9ue0kWomeGs1JVN6hQeVSzaPMiYM3utmZDvFqwZFWqZA0NYllLNj+3lKPqcwTCQx"
    "s1CbiFd/GgF3VQDJ3jNujhZXk4TpdhV7oCFZvdbQD1mSSnBugI1NLDB394P/M+dAKoe3ot"
    "WqVqObZ0EdtFtM1I2nIn3fYbT0CJyu6aiPIiHVEf6AVXtv0Jsgh+4Fks0ZyYoBXBVrBCnC"
    "F5OUGLiO9KhFbOmlRrgnT0DJlIqBzzqBr8dEaXz4Uu+9N0+vbth+nrt+9Pjt99+HB88jpV"
    "nqq3mrSos8ufuSJV0IN3k2r37I9XMQOT9hoa2u0HPZgkwFQQg/bXr9dXNaZfKlE2+qgRoH"
    "8ji/qdLexHf15s7DBGC8031ArY8vCKP/YvR90u9yK4OUIFA7Bymkj54JBJ0bLjHZRPEwEv"
    "89ipQxnCGMIzWg/PiFUbtToveRkgOQSo+pv5v4ihGAxRFILJupM7yrTQA8mjzNk+snkrXQ"
    "Uj/8XurjQSLpo9k3IDm7qyyOb3l5qq9YKFAbCVwba4ICqfCdA9sxDzerXUQsb77eQWaNZ0"
    "dyxPPkCGQeeE1Tx4CY7o5McJD5fByGeWHmFmhX2PvkdratPvXM9ZenidlAXZcpE13vIaGo"
    "jNJGohGiQFNqp8Q3+PhfCcYYXnhDFYykU3ilJwCulO5z0cidkLzF6OZJfPWKkl5sefs9J+"
    "iARUj9ml/AydjpGKj4DqMXqPr0ce2B6+zxAXJWGUhzzKEHxdv0/qy6Xzmvf7HLpZkQMCGG"
    "j1nlANFQfVWmZFIaDVgVZ/Klo9Wzp75n/Him9lr9mNcfy1A8Eug29xaRwgwR7Hg9YS7Fm8"
    "6E6CfZ01lSHY43mXj6v7GNHfvDi0h9jzrC0vKP3CJWHB7JcTxKsgPZCQBl9yjvuFRRYB+h"
    "55hNfRNsOfFhzzl0JyvYdHCoj1QjBfPOH/CWw7JMMOcePQ2B6DZFjdRl1AvlSPynYspVTN"
    "pH2PPohs4+zeE3Ei4Yg4qfVDnJTdEMq1356g8NtRvJn35OqRCYR+Ux8I/aYSCP1AsQrCcf"
    "Me8Q3VplFOX3BUdu6otB21BSJprx20U6m6hdOGuoXTat1Cnoe0l0pTEATv0XAUmKreynav"
    "vYY4LwcjPOQR3stNBD4i8BH1hio4M54iRwA8GSppArvdGE9DtEcFBQQMe1ppYCe1vkxb7m"
    "TW/zts63j/jdif76PoV0L+O6zZ+IKT3EaAHPslP38R+YbjEuQswjR1TpcmP8edTMJ6kdQO"
    "G8c1JyvEei9PlMmZjx8cTvKoN/5j+EQ4P6Rfhj0CvYJrAy+UCGiYGz+VCbCe1gdYTysB1g"
    "a2+aE8VYDPHMci2K5xXmRSJZTnTKwrmNMr/RoBZ9fXnwr6/9llqb7D1a+fzy5uXrwJcWeN"
    "okQjgRo5oFhrMMIgFBdGGUJxwQmo5PoFIqA9pa9UbY0QNViLQoBrHa6qZViKQoArEFdPRl"
    "zljG8grnaCW/xwJdElAuMa0K1DN91uVGnBAhlL+Lm4ApNbtbboadiVRpiXzCjDYTB6/FAa"
    "/9BarDdhZzdRX6M1nPotyZqfY3WkczYF5ajnGc4EdjLQ1zZBUXu0xiYvQGKGxxGFPU2Qv3"
    "Ie+aFDedb3I3pcOchyuBmNcIDWWxTNI0GRlPa7l+aWoz0NCrLW62pPXJAVaOdOaWc4trrr"
    "05Sxx9agCCQFlEti2oXOdQa0aLXeCbNwyR4/yO2XAYKSwc+BW40URHWuCpgqYFaBWR0vrg"
    "3MahqudCBBpdtRLBMROQW0KtCq40R3b1q1S/rrCw5ozWlEya1JE+3l5hpJnPntEs93bH6i"
    "dlJcgAn4/OifH0IGiul91nf8PRA1+SHdwTYJeEyLEQQ+sRb83O7wNG2bRGd0U3/GrwvqGP"
    "TzTKgQPKyISghcqYdeX+MKahboNuqCKLWKDy3aTPc6/bgg2UsoYp+L7HjHuPppJ0OlWm2v"
    "IgcF96qGfnKkvSy1m7TX0EvRPq9LzVl0HkUV4Qvb8LYuQ6pO2ctJaoF104p08Y/bwmJUOY"
    "YvXZA+XV/9nDQvn81Xg73yKQZVya4GQKejDMKzH5TneSrV0WERWk9xOKSjn1U8MvarGDfm"
    "kOWkIIdMIYdsRJWG7jbvP0yNu807MsdHvUzu9qsOLXnxE4F+Ug92JqGdZ19m6ahfOSoLx5"
    "x6wWpmCgu/cetUjG9Rqsky1WqH5KZmuZ4b8Shruo95XxKFVMMhG/hPVdVnYEPasa/5aaqk"
    "DAzjFoqkyJQjz5uhkWNpZqyIcX9glP9l3Nk572u8HMCA8yJGg1iXnuFT238Ul7qP70ya/M"
    "LkG17PcNZwl2+4HgthiXif+H485OGgsp/5V3pQnXjIO+D3+sg7yA+Z/F5fkoLIMoHdnH1x"
    "RVD/+vX6qkaDSiXK6jE1AvRvZNExL5ki1DgWzSxcmXArabu8gzILt8bePREtKk3sUCYE5J"
    "ACOeSTP9RW71hApxWjlxU87319oIaSizCT0I4gap9c9vHDXgRHXk7DmBWd6A3XCf+qygD/"
    "ZDm4ZtnKREpju+AyozW7hbzf9a9nny7Ql5uL88uvl/H+nI5feLO4K9xcnH6qbAuhTaCmVB"
    "aFdNohumKQcqbXgQzSBbMRv2a9jQxmWRKpOMOGFPt9Zm2I61Fx9Hd2c7LTzp8X2rZs6htb"
    "IzpiyHeJQbEVbOE4OAitHuaaMNIgWwitfo6jLhNana25lUFvqBKSF9IibLFr+w/ib3MHws"
    "kcWsZaNRwJVzm4jC8sM4uuaTBbU3sTiAqT1eoFYmEwFQQ0kYt9f8ZZTTU7Ny+1p6k7NGQ7"
    "tnW9jSWaw/U0fyoALP8hLD97ezpzsRew/U2V7C/LAuevwPkvPOd/iIB0aIQ8EwKsFbAOLW"
    "41Gi0vAjvjbhItJTUOpNDOk35GBq8seZafVwXq7IZZNjeX57dy8Vcu5kUABKuHQhDRF96H"
    "RlB3GjyUp3YF5GKJ+d1BL+YY53bJRaARgUYc4ic7UkIJaMTnOOpSNGLAzJ79IhwKkhqO+n"
    "hHufpxm2wCW1SUALyrDEcm188QQxWO/UbY38zXNNjzUy7JQjrWOEZ6rub8KcnpkNLfdfot"
    "L/v+QGbqQZYVQQ0dQu172yK4ZsR1jJWCYVcW64/netMV0C27f3zD8USsVr3rJ5WACEcJrw"
    "93lCknGWRC+5Hg44G4RQr8waGmMtKZELgbVLCOs/RV0c6JAd4q7h3sBhuPzHxjRcyNyA1R"
    "70YWyR7kUR7P6tKJQzl0TKi52vIi7aggo6eZK442GZ9QlPh4oFMoS4UemY4tlYQff+0HYn"
    "Qe9aIrSOSBCBN7VCCKfWEXD2SUznIpnNh+zbeGA5H6e9SLxiAxpcYIQTgcqbSr0yAga1cr"
    "1Kre69KuWkXv2ia3DvtHMrZib4f/k+6nspEVeTVCJrKiFmvPMfjBIQb2BZpkMmET6CXCLK"
    "L+zuPuRqk+imerQvjET/jB2XiRBl8JnshuTnaGTiwKbVvOzHJXW58aFLdbhgUCKw4MrIDq"
    "Kl3xmxCyUg/1OIMXZEJW0mVO0U4vicEXtTsstrCjHBga+yXf18hgllbiSnNsSNnlkfos0F"
    "9SvXqH7pJq8bsPFrtdEZRsYH54QFeKDGIaiz9B1I7O7vJM4iFsm8gJheML7NYW+YRUjw9r"
    "tWcIQR2WpgT7+XPczyEEVbdRlwlBvWeQVse7PrQmad9j9TK+6x11NbKFmBqZFOv6BOtKej"
    "Xb3xTrqSYSOinFPZfkowFZK6UApwKQAnyAxzZwAmzN9qjmVhaERHepom6B8OCMhvjTRKC3"
    "47rCTXPbz8LdfuxpWrtLjd0oi+m0kLfGFxLbc6w1UcW2LAbHWggqjQAp1xcpV6judyApV6"
    "gqODKYZUm58tJY410VzmbgPQ/nPcUQp4tqCxBf5Psa1zosi3B5D1I+/EaJWpaoLqseSaBW"
    "XnYk46QaSfCFE+fUIPWnuZRaTHbz8rGAyvEuPPYGRe3Rkj4Qm9PmSUfI8RBGa8e4R/wBP7"
    "AbDjfBfER9FJ7AREy08Jw1Z9N9gjzn0a8y9Z08YTdjXwqDMNgMWzre9og1K91i5t0/lfh9"
    "OJCmXe4EQiaeICUMCoge9ZDSmC47CijnZQBkGZAdzyOGQIFszFPKSfWYpvQ0jF+LWUpc+1"
    "CZzUn7Hv01iXYxSp+NuvcTvJ7D8npC7NqgaDLgcPSJXfu/sWZ/JLCX03uTnZbyH/mmUiZy"
    "IvEKXbMJwmzWMAgObXzCTNVgwv7jFqtNHthFYlJutnIz18IG+cis3/Ca0DJuo+M7e43vWX"
    "vM2j0i1pJTK+iFz/BhBjZdUvtlGADnsY2ALWFRWJxl8qg5CH+D8LcxLWIaqwQQ/qbbqMuE"
    "v0Vb6z6jXpTspWgbVOfbt/5iNFTzrZq6X5GDiIMqIfFHiEYF1HpGIhXoLRKpN26tZS6CfQ"
    "c0EHr9vq6xZdWbqTm5/kzU191O2LfTD+/Tucp/aZqmXz+ffvokYN0Dsq6CeUu+1YXjxu21"
    "oIGbVvSLf9wWFvNKRGi6oH+6vvo5aV4OEy2CHeX7KIXi5kSgetL+sbiZA1oW+EwCgqAPAJ"
    "58cy1sY/GaXb/MlMQ0OBi+77VmuO7Up1NGno83VSeMTbpYUGMjnMrNWl9Rsiu9r4L12+Gr"
    "fREJq2b7FWQ6svvGR5oWKnKJAxJrEc1JQInoMpyRb0C11mtOqrMYisokTUEebQzFRr1a9O"
    "agWtF7Td3x47z0nI2rtuzmRYBt2+lcD+GqwqvsWE+ctz8n/Y0LZVnfen52KR+b2IdjPcK/"
    "wbueDpCki32WzpDdjvbTt9+fvvuIMPKZNk9MxEsXIk6BoceVw3/czL/Lar6wKbVFic869G"
    "/TuLhLNQa9tZ7v7LM3uX7ikjKcnYhj3NnFOS8sw5QNbGUVasDPDn72MRFXI/W4gp/9OY66"
    "jJ99+GVmxuokHL5PSx+WOdQ6Zns4tqqS4N/a380CbH91VQG2f4wYD53try4jQPcD3Q90v7"
    "50vy48dIU0rSf2qvnuBx4xk0+FGaUmJ3OsTHvk52+eYy+vHPGpHtnNyU7S85G3ZRao5LEe"
    "YRHrUOa7uEAGF2Wf0j2nGJO5ENKRPtrYAbUykpFtF6sAXSHONPicn8S8OIa4Tnb7j4BjR4"
    "a2tEMNjf430ehzD8vUKCBbkgLdpBok7RF8r2qPZFIQcZ4PxTXNvbjuvBww3UNhumX8Gxb2"
    "gz0GPCcG4z2U8ZbxbLAnhtzuHl7MgmQvGYRDoYUHPsjVrxoKhkDBkIHY4pMRFQxJzrgWGP"
    "a546/rzfrsFNWs8e44JuSunMBBAb4nNjI3HOWw6EZU45K9q7X1mYFtsbng8XAhjB4d714Y"
    "uHRQV0IzPVfJNex7dk+2YKI/qYmejUMF23pXV0FIwzCF9p1d4Ue0h56Ul+tHN4ZCC/tpSR"
    "4xCH3YSxkuiYINNJSBl7F5o32QCtwm9etnXqa/M2lcYpt8kHpZQts/lWaBDSJAuZmaS4U0"
    "Sqhog5szaWY+lOyM+uOq8kJ7HlU1MEQbgGvjpCqTBJhaVYzrg+UyCQiS2z9IzhIeENYYX5"
    "CIQHCBQpJbYgPuQ/IXRYEBHLJuG9vtavxfUQjYv93sX+1BN+qnESmdczM0mGXZv+IMGxL3"
    "9xNTO8/Z65Pw3Sv8X/72RIYD5GpsiEcisYsIrMcaMgGHRcAF5Fswqw0xrbchy3Ia0nBvpx"
    "I25NtprQ3Jb5WP6wg/of1cliVZDWkanXSWRxqsTLZd7MO6lmVBOx3ySFNBFYj6dTNqrUEG"
    "YNcuC3D7g9t/oIr/kN3+XLfPDoOtUf4Lp8VKqv+F02rlAvw9siAe4Yd7LKJDO9Cb6cl3Jm"
    "KXHO4KCAuMcJe+z55CzNjhTwNk8PM7+OGX4qj+lvoFU2RYpgjEAvSysSZfiYpfIC8DZYoP"
    "yZ93Np7I7dWQPJ9K9Kg05oK+xuir/WODLSpK7K6f4TmR/if40Z8XG9sI89HmG2oF1PZf8c"
    "f+pasB6Hva81MpH1R9YplQfxU2kwuj9YlBZa/6VUffKCAwlsFYBmNZ2Vj+Ehm459gnRwJT"
    "OX97Ihcr78sGytthHDuKfYgI+yjuxGfXCDNWP8YFOjFbtbjtOieWYy99FDgTtHIekUf9+y"
    "274VdM5Bb7vrNjTdAPbWrywOx/H/EzN8MjOvm1R2Y68998fvxmqCvxWW/6/FhPgviJnvF7"
    "TO5sx2VzPBSxI/s8fkMm4QX+BPkOu4xZDwZrGR3cie370KJnz3AtNs1QPN3v7AVTlIgXvZ"
    "jtBDz+H1v3rAPP2SxX0WmiE5TSFmG7dDJKEgC/s1/8gAabpKYEe9MoUIdDdMRa/36Eff5n"
    "8EfMHG8paAQsQp8sQoh5dWmuDytMBPYMKdxrXe4qfbrjgEKf7W7YUiu/l4mAXdU+nZCsNN"
    "JsQiLQI5nAV/1+mITpawkmYfq6lkngt0rnFUDJXM3MKYFPt5JYXtzS1WwqoaxG4f+tFTvJ"
    "aVZqCFcFwW4VFZMZStTs6NXNBjagZB4cyAdce8sr9tMIJ68sG1D9dmsOA6lfjnvFeWBrsC"
    "zMwk2ogDR7E3T166dPatSLRLA4s/pvHfZPP6HiT7q2dBYofhCpFaN58VATAFK4P5GhtZL3"
    "Jw8Q/z3G/WvSQJfA6RAdxnvvkZcGpRYGZhxWnW2QVvtEZNdQDJqnXrUgDXDU2l1v7s2/Rw"
    "45kRKY3JLS/x5yjSVKgCV+wLAmV9wH4n7IxN/3AzJWBAfcr2cTYvrhHYazmbYOHMR+X1BP"
    "EAHcxQNAKx2WVpqbcbKKaU5EQ920/RhJj2BfLeUzk9Aufen4tYzniLWqBTi8V0R4vmVa5V"
    "r1OJySFGgswjrpbMNTdHsu+3Z7ss0l0urHuDrEmyNRPSenILdf2O54rJw2S9kMmikAv/Ju"
    "6kAmTBcsWLBgwYJVs2DpghrhoV+nQUDWbp01W2k2kbRsU0FwbGhlQj5RNunAtJeuk0mdTW"
    "A4ayVdPCcChrqEKg61UvsIbQ5WTM1bOZZgKW6AuSAFOEvgDLRTPl75+FgmYPn4uD5imd8b"
    "Cu00sJncNusENjrY6GCjg40ONnrBRv+RGsEls7mPBIZ5em/SZI1zv92MJs1aNcF/TwPWDB"
    "7wC4c9PaVJDrUpnuOGCil0uo26TAodxBV3WkfaVKLckvYArgS47O8mgujeenRTAQ3hbZ8x"
    "9h1PsBHUW1Zxc22Otm+PjhhoTbUqoqMvqka+sUdWkW6ol5kIQM2LwhDsmwZQIRKeyNQlFv"
    "t6vO2RyNRN7k2aTF3bCehiy433rPHOkGpeSAlHbm0euOxu/BXCaE18n70mcjaBT00SFlRi"
    "D0YvfiPnYRGlzZz3MidJywn6+vnry2pAdfvdt+wLP6PL52J7/2k6ffv2w/T12/cnx+8+fD"
    "g+eZ1uE9VbTfvF2eXPfB0rfGISFvoK27aa9pMT0VD/ad+dCx7z7j3mNQl69QjXJuiBj1Ho"
    "YwRX2Ng5HBnmLt7Yha6wpj25KKeTN6yH7bnBZxbj2oLP7HPW08gGQtZfVpyDQ/KXJdgLbI"
    "jcsOw0IXKTodOo1d+PsGE4m+ir5Wsdp+P/yQufxrV40mug0w9SpwcmvkOyOKCBpaTLpwIa"
    "wvtmeiKjyk9P6nV5fq8UzuaYSiHcSXvtFPk3r6WSVHmzenxfV9NULWoLCiY3uDvi9toB3I"
    "mllOyOFYCbzaWcGJz+ORw3d9VGWmHbtPaKbihKwigPeZQhcql+DdWX/4gNH8X6zwUhiKOv"
    "elOVS2pDHW2FwOqctX4oSeSeZn2NC2NZlqj4sYpZotLUbQFY7csP19QcliDe8k6c0EVOie"
    "C4kbNY9qe/3RArTd4Wg533y49sa62D+z9d0pO/UP/UXNMon0LAURbuT5qIyhX1w5yyrClk"
    "149pk5k0kIoP1KcBU5xUiIO8jIbsV/vkoklc7AXJmevyvuy8lIZAtx+TylepgFtpooQ0bt"
    "/VqPpFsSbjboSgNyWCM+OsWqXAYFNyqQxiRfBAGIepMkmjiJe241OBztPwweeF9GNlpVjv"
    "aQPpPa1y3tgzVkwrVK1ulxfrMX46vTLaAGqXKelElUkpCukURtLZ2cQRYi2YqEzL/5J1Nj"
    "KUZc3U4gQ7wFR1jA3Xtw60VBnmP8Y9aQR618ZqCpnYVs0j2myqmvmWEmXOWYuNwc9GNlGy"
    "L6Ckjx+QRwzHM5HhuJQfnuwRlI4nWnjOmsfT+0RU3by1fsFmHpbNDIE4EIijXSBOfQ5cTS"
    "BODylwT2POdXLmzaPHGQZ7D8dzUVJDx/NIHM1S8QUpTa7oay6JgY0k4R/NeyQOt5IKvpCR"
    "IS3tJS1NsyFF0+cMVbEBkDNjm/X/nPHcdg2q0inBa8+GSlRPqorzEVDQFePmGmqK7Svi4f"
    "8VsE3aawhu+44qas7szXpOvCrCF7bhbV2GVN3KkJPUAusm/e/iH7fNqniq/n26vvo5aV7W"
    "z2uwn82p+U1lilcluxqAXtfojuc6Q8MUTfR6nDMJ7bxgMujWg1vBdk69YDVLPKqyrtqi1H"
    "P20+YUOjWLrSoINttum62kP/cWfjk0mGUNtuos29+5lRp/h3u3dLSVO3Vv/ZiFcgkrTuUD"
    "veqN28hlNCvGhXVs4kK15Se3cSFnqR56fXOWoNqybqMucCBUqi1He/s+o16U7CULtc9Fdr"
    "xjXP20k6Gab9VsjoocZNFVIxShpDZwwuPkyaAOdG9hzED7AO0zIO5h0jrt0yWZcWkSm73e"
    "9nxFjPsjAZ9RbDCRoDRoLDEzUhGpYtqJHArlkLNAGHmEjbUfEO9jWOp6gQ2C8BJzTMMLlz"
    "9+ZzAMUHhE8ARh24wvo8i3E17hf5G4wHb3j4Rw32HxL9HZ4moerLxMjz4sPvP68WO1r1tC"
    "Pe3O62nDmb1dV4mj5myv8+rLcnBk/W57iS92+6FdlQS8d+MN59fvDDCA8+tHgzOcfDB2f8"
    "qQK/8NbohbZtmhDoDGNQCHBrJ0eotiEcD2qixAiQXZKLSYKjswBu0mpA1vor5Gq9r0G4NW"
    "xExA21ZA3Unberm2EoUW4uZo4XhJ3QNOnya1EagdT7K4NoL/A6KBj9i3FxAmY1nOo8/kPP"
    "J9fP/78Jb/yt2Kyi90/DSZA1dKfo+wA/5DLi7rn/wAlpQ/zlqpHcICHC/E2IF1ADF2z37U"
    "ZWLs6hLvGsJYWk64e9qltMiCy9CE03qacCqswVmXZ1BfZKQoBaVGDig14m481kTJkZYT0d"
    "CR1r6vkj0uENeJq5/heRmY3wfM7/yZ67ITPC/ToyfTdB5ty8HJ+4zOYZzANqs7ibl+ugtE"
    "+5/1R39ebGyDo4rmG2oFzCB7xR/7l64GpO9vITUpZT+EVKDHr8DfzKP62mP9DCBuIgfvsV"
    "Qd5+OGOs7H1TrOC0JmhnhHreU2CjL9eRNed4Vy6y4auo9lmxODo+yGY8UKsojiUrKqwS9l"
    "OQh9kQh9STDznY0nioCRgDsT1W5L6GTHNbd7Hre6heVrBMsX+eZS1t0eY1yUhFEe8ignBv"
    "CsJo6hPte1IggaXlnD88gDJY97JBJXBSGTuArv0sOqEU55EYBUkHdZyPNSTL0UyQLIkNwK"
    "sY964JpGwahuZkUxwBYSstuOftyRkH3D9OSby/PbI/F8bgHi5xC+W/6QJSCGCN5WInjF4I"
    "bKbAvQ/pz0My61TBbXvM5fQJW9ALr69dOnowYVuAV4K9UW9IRZqP7X4C0TiE4eDj/orxAx"
    "ffGg1/rRXzB6hNyuiPQUX9mw9BlJJXYGp9+uCOJN7hlSiNOGFrVJobjHR0R4OEMcIG6ssL"
    "1k/cy36HHlrCfokQarMIDcdgJB5ZAO+ocyIcMKIeeHNs6U4zGKUuAZ2ukZChx1kPMyGsY3"
    "tg8yWysdL8JIAeaiFAAtDbRidnImAvRnlUbiG6TKrE3aa7f2dhKoBWUTxp4iI5MYlWjQ+x"
    "CxQMNK07C5/NkDSQDVhOihAa3IEQ6wKmY8Ao6zPqq3ZPndiYwFmzTcabj+4jwih5elzBhq"
    "5G1sv3i+/EcUufwRf+QELQiJqlA+rqixQr9cfkXYxG4QVqL0H4nnVy3YLh8EpuywTFnIhn"
    "6Omz5kQ+s26oIQvUo2NLE55oJVtLHsfE4K6s7L152PNsfZWvGMipJYj5YqU3c22OrHXj2R"
    "sFZPam3VE0gp6pxa4aer37M/RGXu5mX6zLwla6efadt+djmHjD1yQZdVoOsTbotSkGtbWL"
    "LbyLXlCfzMFuOFg23FI4ZKgtpRjR2cNOQEVJRodUu+1azdmYQG8DYpmJ2ciT60mOHR29cV"
    "2k+FlpKM1Ly2ya3D/uk+TvNJh6OlKE0xQXgQ6fcT/uPCDrztkYDyS+9Nmgi/Bf5jRtJmrZ"
    "7lW6LQfj9yN3OmAKwisw1vTEr4dIFKg8CtAcsC3BqMOpzm2/OOPsIxrn7acJpvl6f5sr98"
    "6ajVesvLdGUKPl3BzvZN7dCjLrQv6jHOy2gY6DeVCp2aNoROTQWhU6HHW4XSyCS0wLhvUs"
    "N3PJWSE0lz4P3Lq3BqKwpXiAt7s64wEMV5nJPvkZzDlqrn6shdbX1qUGx/ROmPd8lJAexa"
    "9MOdzbr+iJL+nzyKuGDYK3hxC3I9+nHTK6N15KbI7VNhryQLFYyGrN473lJNr88EIAR2dw"
    "gsQ6uKLVQgqHDb2ayqydx+mqjXMCnzehPMnW9HAg48f3vSRIOHqZozJ2spcZyQ6awZYCgU"
    "RY8erzBsZ3mSUQZlGHzqEQtviYkCB90Qk/oIL3gEKj+C3XDWaxqUd/HWO285wPWMLp8LD/"
    "+n6fTt2w/T12/fnxy/+/Dh+OR1ugBVbzWtRGeXP/PFqLCP7Gbrw/8Ltd4aJzTW9jjy9quq"
    "Bo5LDRV0UwH9ata+mcqEv7FW9WbBtBIC5+JtcvqAbBRRTgQOqTgkWAjcfJo5fOTy5kJlYK"
    "/CxXlJcPgMzCI8KJqnPXX7jFrWZUCEKWbpvUZFm63vYTXyOWs9o0nzndr2tU1QvmQJG16D"
    "WjSsj/ORXYm7RY4X3l5sbHOC1jgwVkw1ZhdtJ4hrmMwd9g9e81pmgiyzDp8jEyHjETcmgZ"
    "kpwtR3iI7pOTpGNbq8/8jy3jTCltMhkgmtAG5OREN826fhGV4z9jiTsK1DEeeCnAbxy137"
    "rDlk0fK/B9YFQe3A7sBO97DtY6M2OLzBYK9Iagd3+3ObaSfUmy2IICCjVr8oyEAgUdVh52"
    "xUIc1JAKBQZqlf5q5vr6PmkzWy61TLGeVkwJUrU83IFQZcKXtzOZNxk3Y2MpDlKxnlppc4"
    "T6m0ILSArLyffGALwoFucpnS0F3zdvGMrmHusvkuyd1lX5tcdeMil8b5NV7NycRb/iP3Vv"
    "9G2OYdoC/sSmiMIv4YhJeYp9Uhpg2l5FtU8UnA3nX4HCgRNSyiDvxb9dDr69+CNDbdRl0m"
    "jS3cb0xhzW0+6OIBLwg1jfc+Yz2EdHTRyPLRKichqBYrh0rlKpx7OM0WzkbkNmqMfS8KQh"
    "Ez+dj3EDl/hd+ozOqCkHYc0DuZdLF39dli7yrJYpGO7zyqVC8ryEAWU3nexmECCoDmJADO"
    "CpzU99nzZsxiU5mkZTEAtg7Y0KezD7SZIIBbSWUMI4JmDKrw41ZAVyAJ8JbhjfyQLqbmXg"
    "7MvCCAKwY3il4g+wFcFgaQRY7iPeZvWQyAFQG759wViQLAFSfnxubFZEJEKtg2FJcuivVo"
    "m/lbPw5AHiPzEOOm5lPOy4CjXrlSZs6pw2bOgae35gPmR8aq1blDOz2z9UvklruK6uwK/J"
    "jFBhMZV2ZWtFcm4zfnOuSCC2pETsaAX3Wx7xMzTM/16dLGwcbj56gS436C7okbIMc2CHKJ"
    "V5SlZtWP2dmT7uw7+7R41eeeztD7iRZsNvlht57ziF54xCWYJxtzu4OYL8N04yjzODwGds"
    "XeFnyjA/SNRpNaMVS2INTOJvy0IHcclBxVDFBVdopSGnpYugm1h6wGyGrQLasBEqI6n8+x"
    "BqNiIGUSYOBXo5gNQh/2TC8viEL8zVDib2Sirizs8+Wdfxl7DH1VGgrODSfYKhrtgZQXiA"
    "34a88Mrcg6Az+6P5Gx7520qVSJgSTyF/v3PJ9/EWX8h+W0PGezXOXs8h8i+5sHS6GFY1nO"
    "I7eUPfJ93If/fXjPf+VuxWUGOnyWTKmBNMyLfHMpmz7822SNfk8i/dP7uXjZ8H7oZeC/gF"
    "EPAc+DWH013noh4Fm3UZcJeB4W5TEgGq8LE3FBvPra4nXWTE5IvyMeOuA6XGLP9oK6KtlK"
    "7cUBzen20c6/lgLUJTENGaY30yYdLEuV/9CQKv+hjDb3iNnEUkE6J6Ijyq2HOjA7T82ZlQ"
    "poCG8HtD9bY9XwzSQ0BLj9BTkO3VULOisKQQEIISG9VzgfhPLtAnYMSYMJr9GP/28qsyhM"
    "6xeFqaiqGTPUlJEuiWnnaO3gdCKPuFgcKFkPc0FIv3Lv7e9xMWB7HEeUFwTX0HBoqSobmX"
    "MVKA5yUVJDNlKnYX7yepsDZmvat74Sf5rqspmJwaI55K/JsBx/P79dXhDGePBjPGP2iK9G"
    "uZbltNPmO3AlwHmIR22a+mHMiRqieRFIIoMjJvdMFpuoHjFZmbYtwPrZPTXCBKfxTVtZXP"
    "Ofq3JV0jLZemDOYxzBdxP2pdFc7iPxMQatPi4yQ3V3YKSXtZWKjIza8zDFFy72AvbDyzBg"
    "kfJjj0zi/YAKOSBoje+JH56RxAAlZiLPC7D67OXj38WRkR0+SykyMhdCFUY++hvDIMQkEP"
    "7YlVoC4Y/PJxAOwh+f46jLhj8OKQ1xQPRj+/Z0jJcaz1sQ0s871j7JCxEgXUWAqFJuGpNt"
    "JzJVYE/qq8CeVKrAjiIOxCW2yUHqBeMOghvZTrhmZrPgJPrGAtIFuR7rR6dXRltA2iPsr/"
    "W5drhPuTKRMBQtky1alkdP8TisiiRwz9W5vcDU2nhKMzonot2W2MnheBuf8HqQSUWDjD+W"
    "Rby2A+3wb99eKZBwFcybSYGyLDjVh8MCVMmfkOtV9fWah3kmdbSXGl2TZitetHJhhpGhLO"
    "+hNMWetMxH+TSFM06JR43VkcA1FN+ZNPmEcNZmly+oHlIoAjksh8kD8XzFBNCciIZpXdPj"
    "Y5kUjuPj+hwOfq+SmaiCcNxcQ3TfvJYhn1irekX7dYV+Yk8MiEi1/uvX66sab18mUtbuqB"
    "GgfyOL+mNUBBrA5WAUdLoE0xefT/9Rhvv80/VZWVnjHZypFcJufzP7z/8HyantsA=="
)
