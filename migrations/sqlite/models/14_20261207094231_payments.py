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
        DROP TABLE IF EXISTS "payment_bill_report";
        DROP TABLE IF EXISTS "payment_refund";
        DROP TABLE IF EXISTS "payment_bill_item";
        DROP TABLE IF EXISTS "payment_order";
        DROP TABLE IF EXISTS "payment_notice";"""


MODELS_STATE = (
    "eJztfW132za27l/B8pebrKWmiRInmXTWrGW7busZJ8613encU8/SgUhIwpgiWZKyo3Nm/v"
    "sF+P4CUoBE0iS8PzS1RWxSfgACez/77X+P1o5JLP/Vlbf8wn46+oT+98jGa/5D+dIEHWHX"
    "zS7wDwI8t8Kxjrec2cmouR942AjY5wts+YR9ZBLf8KgbUMdmn9oby+IfOgYbSO1l9tHGpn"
    "9syCxwliRYEY9d+P2f7GNqm+Qb8ZNf3fvZghLLLHxbavJnh5/Pgq0bfnZhBz+FA/nT5jPD"
    "sTZrOxvsboOVY6ejqR3wT5fEJh4OCL994G341+ffLv5Lk78o+qbZkOgr5mRMssAbK8j9uf"
    "NZ9tnRbPbl6nZ2c347mx0pAGQ4NgeXfVU//OuX/Ct8N33z7sO7j2/fv/vIhoRfM/3kw3+i"
    "R2fARIIhPF9uj/4TXscBjkaEGGegGh7hSMxwUAX3R3YloGsiRrgoWULajEVfJT+UcU9Qbg"
    "I++SBDPlttfUDP/kDzyra28ZQ34Hx78fn85vbk81f+uLXv/2GF+J3cnvMr0/DTbenTF+9f"
    "8s8d9iJFb1h6E/Tbxe0viP+K/uvqy3kIr+MHSy98Yjbu9r+O+HfCm8Bhr+bjDJu51Zl8mq"
    "DGRmazvnHNPWe9KAmzPpRZTzDKTXv87bNZZ3s62W/Wi5ItzHq8SBsmvc9NdrxzXH21k6ma"
    "b2dKB2ZFbvfZude89vsyt3J6ZuCG/69gerbCnhjUZHwJS/YVx7gzrvG3mUXsZbBiv76Zfm"
    "yA7u8n12e/nFy/YKNK78KX+NI0ulbE9579aWJ8z+3NOsT4gn0nbBukgnUiO2Ssj75eX/39"
    "4svZ+Sfkes4DZX8H+wvWa+r7bMCdfXZx+/8+IYMG2+LHV79+CS84G7t06fP5jxdnJ5ef0J"
    "qY1MDWjDJ8aLAJwqsnNzfnNzefz7/cfkLY94nvr4kdFMdcfPnx15vba3Z79rduGFzbGdP1"
    "sU19HH7rPdbG26nE0ng7rV0Z/FJxYRix5SH74iXj21kMXVgATM9Ysp+Q4yGmSZs0QMl3fn"
    "q0XcxurIB2Mr6rV68C99FRL3vc9PhYAlo2qhbb8FoRXIs8EKuK7s0aW1bt6ZwK7XUq77W7"
    "ve72TH47/fA+PY75L00n8c3nk8vL6nHM7hxgI5ipHstluf6OjJ4W7vt3Euv2/bvaZcsvia"
    "F2GVACrM9tw9u6DKtmwFPpvRAfmHLZZDWc/+O2YDAk0L74fPKPlwWj4fLqy8/J8NxUnF1e"
    "nZamgBkBzE7wVRZ6TkS7Nd7J5rzG2xl2XYv9m6pLVcBPHcci2BZjXneL0gTM2T26moH0k3"
    "5X/enV1WVh1Z9elJf1r59Pz5lVEE4JG0SDyCit7OxMO15QS7DR/PXm6kuNEpKJlAkKagTo"
    "38ii/ghN2Aa8ORbNu0x5Q5kU+QZ+g/Iu42IvNBFUuIOCDPAG0XLmfozFvZB0j/CqAvyT4x"
    "G6tP9GthVTt4Rq1XMzLoD/kyyh5NPsK3r4MXX+FFcW+/sjlopfuT5nRuvFGUOaAz3Hxv0j"
    "9sxZDeLGilrsKLQFe3ks+dPfromVWrzPBO6SfrGmtkC9UEHohN/jxAiJiuHQLi3jlBEp/J"
    "ynRojJocClNz3J7qkxgmybIwwp7C1J0B504X0ThUtT5NK1V/hjAT55+NjCI7bnWPwvPXDt"
    "nSf30fRMeAqcRrmy3NXWpwbFh54DX5P76AoUu2L7C+L5M2dz4M6VYnUb31N/zOiBGuyzgS"
    "zd6V3PMQLHmxmYfXAgeNGtztidNN3unwysUa6xNVtheHkoUJ+ju2i6olbUn7kMgcNViF+o"
    "/zW6ka7rySQu9oIWtK0f0xvpCpVHDMczZx5hX9k/FK7r8GbX0b10RWyB/2BWD7vRofvVT/"
    "iPc3afra5AzallzWhA1gfidMruc8Fuo+nG7uJtSEOwN4cppgfqCtG9rvitdFpWnJl2pk6O"
    "kS5w1cVL1c3Ncdb1uF7Z5NZh/0hvb/HdNFmKHMj1dF2Cdo1tpkqZ8e24sIiXFqTAlHnr+j"
    "yYkCWf4dxQSIbpazVAMgykRUwgGQZmHZJhniasbdhzXH21IRmmw2SYjU881cjbvMxwY/P3"
    "jEhsP+rWpL5r4a1ygHNZTrvgz/ahdrHvP3Kza4V9xeSHkuCQE5D2hLuTWFvPsURcVH2EZy"
    "pwUHznfsv6z4uNbXAQ0XxDrYDa/iv+vL90tdz7Dvtcb/xgZqywvSSzZEULyIfGwOeaW/QY"
    "+Jzs/eONe042kwjHfdTTmlv0oqcOJTJ6fIoq9TnIqq9cXgzyCxTeMwuzvcpylpzKU37DKs"
    "Lwbg353dovZQ1S1Q5IVQvBm82p+U1Jky5IdYS7TuYhr8mlxGtkAv3lEQ+c0WhI02FoVbHt"
    "MEdnaPDKJulkq0o5Q0fJQ6ro8/vsNjj8souTJm/f2lVy9R2doN8I2+ACtKY2/c71nKWH14"
    "izXhN0zw4oZj5ukeMSm5roBbZNxOba4b88roiNghVB7LugFfYR2wpfvjoqzVMX9wcn5LCc"
    "kNHsqZybmQRQqjvPzPiFUCKtMxFQSnYrJXi2xxLOC+mgcXeNMo9uZ19pdk+2yqZNSVYHuP"
    "s2cICv6Zevgcic+p1mnDEaMpE5wNLpzdJVbG+ZUg4eWbDHrpjBck8Ozba8ju51y281wldf"
    "LTP1MKhUElOH+Zo0w8RsZ3ZKLPCaWi2kSLC7aJsgEWK0nZEHnqg0W2NRZU51tM4f9M2iLy"
    "KG5wdnPusPmR/VqX1gGmErL+NFeCtdX8kNz3R+CrTGuLTit3FN1nPi+SvqtgLZ5/B2ui6w"
    "pYf51uURg9AHodmrANjP/GaaI7VkMB2ocWkNEzYMXp/B5yHWothWZaBOwhtqDxezoAAuie"
    "TUNioOyJcbGOMxCNUrdmNETTb/YTeGFTHuD4TqIr7ZGb+Xrm8eFGYYUSL9WF7JLqNEChSg"
    "IFCkTBE2xooUuMlw9M6IkSubIOr7G2KiWBqF0j9E//ORs+CxGihkstHC8dYIo8iE4b8xIW"
    "b8IZMEJExPqIaMdPGAA2JG/hVQFcdwPFy7wIa37yU8wm/LhHyuacv7lzviSBYpCSmLdSbR"
    "WyOX0eGdK435zaXsbdrDM1WU1NAlOXa/VIVa26M0gA+ZN6OYX488sGNwnykuSsIsD3mWIX"
    "6k/pzUN34kDt1Wy5EoCkGexO48iVyE/IG5EoWo/JGBLJstUVxfhYyJs5Obs5Mfz58qYSK0"
    "cc9dx1gdCQzh3NVJkxkcWpUzkg7caQGfPxBvGxmj3BbFyN/M/8WMzcRqnRNmhjIbNvCRsf"
    "F4PxjE1tHaZdeZWYpN9MJg17+PcfW/j8zaV+5WkD/R4bPu7Dub29qe84hc4qV3Dni6xiP2"
    "EWHPRrHSgF7cHa3dT2+md+wr3mUxOp+O745e/hAmakTPddjGfGcv2U39V+iamOx7GNhYEZ"
    "99Rz6O/c4fyP7HZdh6C1YT5DvsL4sGW47v84fSByZiO0zAXh5qwsd/mYppmRPRzpR/91rC"
    "tHz3uta05JeaTflwKQiYQbqsPcVSEW0ahv5pOn379sP09dv3H4/fffhw/PF1eoxVLzWdZ6"
    "cXP/MjrTAbgojjvQswtF53YWgn3Ug1RoGhkLLLklGoXZ6+JxuTBr8wZEWHb3ax8ezFfNhs"
    "lYzbefTesGm2oiNr5Vgm+y06RqjLT0f+I1vM1J6wY8Tgp9bjilphCiGxw8HsoOEnUzQKUd"
    "7N2iRe9djt8DmQvjis9EWf/KF4UkUCcE7td06plivrv0rZaEvCrbGhgmw8HIAVAjukU/bS"
    "WdYesvyaxBlrxcMGU/y7aYvV7OzqZYcd6gn3bCYgxy8qm2Daml7jNbVE7DxvNRbOjsIpW5"
    "TSsNbqG5lIhTf1kQpvKpEKEWRqBRnyMjoUCOhaV4zwUq3TXJQCzXEnzH1XPBtY6ZaWK7hj"
    "IwknVViw4gBUDULE2l+tUXtz5SOuJAbbgizQakdcQQhA3gly5ButIlxfsD2TOKhi+8BUiQ"
    "ZcOynNjhdBFM0vC3sqAKjvjzoVOFzr9xIq8rXCJlLdROLEIMWtuigFMO/WkzeB4ajZIjkR"
    "sKolrGrXIw/qzWLyQhrC3P5K5s7smaInJi8Dm8VuiAfvQhzZ+h2Kr4tXDPB5QuiJ61rUwD"
    "E2VceXcOCk0QuWisxwSWZ3kWwewuEHNNiEDZW4/DYMCXHQnPAzCGH2afqA/OAJeqTBCuEg"
    "wMaKX/QFNbJbvz3EmAwrxgSyOeqhH2dsHvTpfY6zXheRWSgEF+BgIyiL0BBrnkr0qPv5m/"
    "maBgFJvs7ozBmOGlkTURrPLflWH2WeCWmgaTe9N12UEc8pGkoEX1EM2mG2zv6x/dRX84xl"
    "Ehq8B8XN5vi1TIYLG1W73YTXygg/UPK4R2/uqiA05666dlOU9sprz4tCYvtwtKOqUgwt4A"
    "5/bxpSm6EFHJJKah5oC7gcseX7bMpCVbWZAMvGTWT5r6LITvrrtxU1VjUEFPKJxzN1MQoT"
    "jLfoheOF1blyY17yBCg2YMu2m+/4uuBZUvw+j3hbZcM6f5qAHPs9jq04+ifQZECTDXFfGy"
    "lhAjTZc5x1GZosOoT2MKeqgmBOCSJls+NeWeMWyoLyLUC5IYyzFt2mKM7ni2qDSROrZmDV"
    "7LZqCmtLXKmpfpMAhGWKYYn2xkGZkKfYjMqQHwnsxuziRNJYnGNeHD0V2Wks3m3ekdfm3e"
    "bj9P2C/Tufv77bHC+OjxFdu44X8JJV27CAhus5D5StpgliC8Cj0YWcHScIlGj53hAlAebf"
    "SLankRoCYP49x1mXMf8cIyxXyM46gdOST3uNM6Ao1jTnI5zvhvnlc1Yu+Mb+sKXjKVXMz8"
    "tANKxEqHH+a1Vwro8zKYlp4GHvO9LEdzaeoZQPkkloAHcpemr6USZ8avqxPn6KXyvlgyQ1"
    "XNX4i7IYUBi7KYyGltbKNrZKX+uhwSxrZZfX2JCKTp8RL6ALnj9AjgQWdv7yRNLGNkoyg6"
    "nRBSbtwcUlPYotpVMsldCu7vTbqcQh9nZa39JoWj7CoiLoe5iOBUGwHIdiOcrwBcT2HCvc"
    "NpV2rLKYPsXt2lVaVA5VwaRUZ+TKJrcO+0dSvTnP32lU0yGr3JRXooz34DCNZRu9pVVdJb"
    "wgraWko3cnTPKGEtQxqfFdLpArvMEPYa8KnwQBw9JHFn3g0VvogXg+J+YnaOE5/8ObXbBV"
    "woYixyUiV0AnTwDtaVjaEzgEnuMBDw4B3WZdxiFgxHED0kx2PB6spJ1WkmqRz/7Le47YQd"
    "CU7ntub9YVtffpU39NDy8CReL66Mfrk59uP6FQ9s6++nr+5VOoOd3ZZ5dXN+c/fkKG5fhx"
    "OvHTJwfH2t8s1voUlDORqDa9PlqLfORTv9cZXRCEVL3hnMhVRSx6offRvvOCMMdDm2MFzi"
    "dbDIn5XF0Lp7HkT3+7JhaucXnnGYebeIcdoTZRx/GIGcoDwTqIChsDUHNrQ1yPHgzUaXIf"
    "nYDq1IdZeA3rmMH8eyrPEM78vFirrszfj1IOMlHOIGHzKQk6de36SZTqwSNcNVyqkNZX18"
    "nL9F9a52kUrU6K6CSssWpKYkUOMhIF/YmBzNeM1pUh8yOVQO1tyonAGbE7uDDViQ4MLEy9"
    "wSODV9bvnl9XQwoozMw8gSJesAGllPBCKIaUqz4JtswVTvmEGJwL6q1xVGV4QS02BRMUld"
    "qaIPINrxG2TfaBzyYz7HBth/2yha76dp9wZ9/ZtysSD0VhTUdEfbR0mHZpR8l+Blv932eo"
    "fB8O8l+52x/CBEGHmxQo2nP8Oxt7hAcMJOmDvMoMNQjCfvjrwnIeETYf+OtTGyiQs02yaN"
    "+ydZIblMtGPIrWNAeDrQ8mkhuWfV6VCf+m8IGeYxBzE3WuifAKDwJ8TzZhnw8O5sw34t42"
    "0efZ77nvW3i2+P6136gonH0NSYHs20oKFIKq62XAIoSQjUGcUxpreRCyodusy4Vs5PbcEn"
    "vrOBbBdl3oRk6uNOVzJtjVLKef9EtVnF5dXRZm9PSinP/26+fT8+sXb8KpZINopJcKbGiu"
    "gliWOuJ5OUBcAfGC6iMbQFMQ0q8ZcUe13FUQzlTTYYfNDCYGLDKvVFjlTGIY5dr5Y7Up15"
    "52X9hDZSrLQoDFcHSkqmpsYT+YqVfnL4lpl9HeSYn+Is1RokMtB9elhhXESlAvuJxWr9CP"
    "V7+eXp6jr9fnZxc3F/Hmlr4z4cWiVnR9fnJZQjoja2QXdCbR41q2HZv0s57b14nKLJ30cq"
    "7Qe7Cgdy/ojK6UXdCZBGj4u1dzhNZezT1ygqDqDFnVGUbN4YFNcOthFOBQbx3TnL9IDdmq"
    "IOArItGg0hQEg4wkGCQrwCBcwS1A++wLeIkhLgU3HAiy/pXIq2ePBMhPWPF9YHqZLMy7C7"
    "6zb4K+/Hp52RQ/Vu5zeGDCy3V4kxMjGaXJEi9uudgl3oE4feX30GdtquUE5ZSCYn1BMZ5J"
    "nSaJJL7i7TTCViFqMzvFBVGbhSO+PmqzoFVA1cdR6eATBEFwzyccCoLgnuOsywTBRXrgPr"
    "NelOyF2n6CcogjnOPqq51MlWpiYEUOGO0qOzi08lRPV/qr/epU1JzZm/U8MoKKAJ/bhrd1"
    "GVB1ul5OUotKYE0bUhcdLFIEZ3NqflNZ4VVJ7arctb/U3VUc7KG0zFMpHZz4fa/wEDzl1V"
    "2U6gh3rVY2pwWoQWb7dHwSCvcYgsV7Nr59d7c5Jh/xUS8T0H7wtO8Sg2IrUAK+IKRd/Gb7"
    "q9xii9T2CdPBVVAuSvWmEvaEcvtL2cW+/+h45myF/ZXSPlIW1OHALKI9PT6WgJuNqsU7vF"
    "YK49z4wcxYYXtJZgmGAhK+KXur7hY9JnIlL8Bo87ggxKdbI37tzrBhOBvVtiwVOWBIdsb4"
    "QKRED5ES2cJsAePP7kl2r3GtZVmQKy/yATESWc/5QwuD5tvda7K6ixlPUGpWDih2xfYXhw"
    "eUJB772/h+uuLlkTn7ejPeZePgWCV+pzO9jphibjV+cDYeUz0PROqn5D66AtVnSNc4AUrI"
    "Ora5PB4OVXy3k/BmumL26Dn2cmY7B79+v/EbfXH0ff0WmNPAbMjh+sJP7FZn0Z20Rqst/Y"
    "rjpaWOpRSRum+IZapsNYVa5jUyiZDLWZAfv7NM5i/UDxxvi5xFWBIyZ1IinKtvOSeWw5tO"
    "Bk61DuZ+t4DYzmHFdqqX8tC4ikcnjPl8O8PmmirytCUpoBGrHK16iCIEpA4rWFEmDHnhOe"
    "vZ3u6OGmnweUBac6/YsgW+9xoWygLKux1LkOXcYpZz2lWgaXMG/50EzDVnkoQTr7gTANgS"
    "YAs3zxqo6315XdICOYeCgA8ouhtkiICcq0OOCzjhnSi+45ov4kIo7GuRGfNL+kD8gkn/uH"
    "J8gn4jzEYMEH8YmyjEo3rQ2nkgzNKvcAXtP+LOxnbU9SJ2034KWYgknghhi7fXMLDNRqEA"
    "3xPEu2mwZ8zZYDN7Uth9g2vO7NI92RIT8YAw3n7jnrhB1F0j/MrsE3/lPPK2HQZh34+wP8"
    "H3N8TkvT1cyhTeSdjfg43b+Ow2G/fOjvtv8O/PfmB/icuGcfYN0eAVumDi/M/CyCaP0UNM"
    "z3GjJh3pF/w/7H52eEf2B9W26wAO5SnzY9nUKQcgFoS0SEjpOqI2fs32SE0sSmpo/4/E3k"
    "8wac473q9J9wZadI9jfqNTUzn3tCwGjCj0pASGtKj6A28HjNKgrG85Rump7O5c0TGh5V0s"
    "SibVrTIqhzbDmVSXZZB+Pyp2x8yeGkCjwH5tQIs8EEvF/ksFNLT92q+3ni1tWXwzCQ0B7q"
    "ChEiellftWFaUAaAmgmSKnDHNeBkCWABmimrruTcS2V8eLQFLblHNSGi7lTk4+Bpla84mc"
    "CNAkEDj2PGmR1DRSe3nKYkCL7KZFClbogbSIjmkFkxItUl5jQ6JFfsJrGm4HFUIkvjJpok"
    "IW2RiJuINo9Ct0EfjIJ2wK7YBiC9HQi26TyGH/iLeI2p+QSxzXIuhfDrXRIw1WURDBAw3C"
    "XBUUOPfERo7HvedHpdnq8FF3todt01lHg7lTd4IeV9RYIYcHFawJr3vHH0nC6ADu2nce2a"
    "LmoQnII66FDQJO/QESOuBLeY5KAxS91m3WBT7pSm7k0Er2ahW2ww/GNBpRFuGCUCul2QZU"
    "LLZ9ksCkvu9YD/vVbS/JQvTMcHaq6gEVKo9qFm1eBKzZ3dZsiFcLlqxKlayhQSxryebXln"
    "JUfY5AeGijJgG38M4f9KIOiqFz3AY9vCwPx+kivJWuQMVmdxtAfSZJ1wAdgVp6+OAX72d+"
    "D50A6p5ei3apWo4t3cR2EW0zko7cSbf9xhNQorK7JqK8SEd0D/SCK9v+BFkEP/AslmhNTN"
    "CKYCtYIc6QvJygRcR3JUIrZ02qNUE6eoZMJFSOeVQNfjqly+dCl/1pOn379sP09dv3H4/f"
    "ffhw/PF1qjxVLzVpUacXP3NFqqAH7ybV7tkfr2IGJuM1NLTbD3owSYCpIAbtrzdXX2pMv1"
    "SibPRRI0D/Rhb1O9vYj/682NhhjBaab6gVsO3hFX/sX4663e5FcHOECgZgpZtIuXHIpGjZ"
    "8RuUu4mAl3ns1KEMYQzhGa2HZ8SqjVqdl7wMkBwCVP3N/F/EUAyGKArBYt3JHWVa6IHkUe"
    "ZsH9m6la6CkX9jd1caCTfNnkm5gS1dWWTz50tN1XrBxgDYymBb3BCVewJ0zyzEvF4ttZDx"
    "fju5BZoN3R3Lkw+QYdA5YTUPXoIj6vw44eEyGPnM0iPMrLDv0fdoTW36nes5Sw+vk7IgWy"
    "6yxlteQwOxlUQtRIOkwEaVb+jvsRCeM6zwnDAGS7noRlEKupDudN5DS8xeYPZyJLt8xkot"
    "MT/+nJX2QySgeswu5WfodIxUfARUj9F7fj3ywM7wfaa4KAmzPORZhuDr+nNSXy6d17zfp+"
    "lmRQ4IYKDVe0I1VBxUa5kVhYBWB1r9qWj1bOvsmf8dK76Vs2Y3xvHbDgS7DL7FrXGABHsc"
    "D1pLsGfxojsJ9nU2VIZgj9ddPq7uU0R/8+LQHmLPs7a8oPQLl4QFs19OEK+C9EBCGnzJOe"
    "4XFlkE6HvkEV5H2wx/WnDMXwrJ9R4eKSDWC8F88YL/J7DtkAw7xINDY3sMkmF1m3UB+VJt"
    "le1YSqmayfgefRDZwdm9J+KjhCPiY60f4mPZDaFc++0JCr8dxYd5T64emUDoN/WB0G8qgd"
    "APFKsgHA/vEd9QbRrl8gVHZeeOSttR2yCS8dpBO5WqWzhtqFs4rdYt5HlIe6k0BUHwHg1H"
    "ganqrez02muK83Iww0Oe4b3cROAjAh9Rb6iCM+MpcgTAk6GSJrDbjfE0RHtUUEDAsKeVBn"
    "ZS68t05E5m/b/DsY7334j9+T6KfiXkv8OajS84yW0EyLFf8v6LyDcclyBnEaapc7o0+Tm+"
    "ySSsF0ntcHBcc7JCrPfyRJmc+fjB4SKP7sZ/DJ8I/UP6Zdgj0Cu4NvBCiYCGufFTmQDraX"
    "2A9bQSYG1gmzflqQJ86jgWwXaN8yKTKqE8Z2JdwZx+0q8RcHp1dVnQ/08vSvUdvvz6+fT8"
    "+sWbEHc2KEo0EqiRA4q1BiMMQnFhliEUF5yASq5fIALaU/pK1dYIUYO1KAS41uGqWoalKA"
    "S4AnH1ZMRVzvgG4monuMUXVxJdIjCuAd06dNPjRpUWLJCxhPfFFZjcqrVFT8JbaYR5yYwy"
    "HAajx5vS+IfWYr0Ob3Yd3Wu0hlO/JVnza6yOdM6WoBz1PMOZwE4G+somKBqP1tjkBUjMsB"
    "1ReKcJ8lfOI286lGd9P6HHlYMsh5vRCAdovUXROhIUSWn/9tLccnSmQUHWel3tiQuyAu3c"
    "Ke0Mbau77qaMPbYHRSApoFwS0y50rjOgRbv1TpiFW/b4QW6/DBCUDH4O3GqkIKpzVcBUAb"
    "MKzOp4cW1gVtNwpQMJKt1asUxE5BTQqkCrjhPdvWnVLumvrzigNd2IkkuTJtrLzQ2S6Pnt"
    "Es93bN5ROykuwAR83vrnh5CBYnqf9R3/HoiavEl3sE0CHtNiBIFPrAXv2x1207ZJ1KOb+j"
    "P+uaCOQT/PhArBw4qohMCVeuj1Na6gZoFusy6IUqv40KLDdK/uxwXJXkIR+9xkxzvH1Vc7"
    "mSrVansVOSi4VzX0k5b2stRuMl5DL0X7vC41Z1E/iirC57bhbV2GVJ2yl5PUAuumHen8H7"
    "eFzajShi/dkC6vvvycDC/35qvBXrmLQVWyqwnQqZVB2PtBeZ2nUh01i9B6iUOTjn528cjY"
    "r2LcmEOWk4IcMoUcshFVGrrbvP8wNe4278gcH/WyuNuvOrTkxU8E+kk92JmEdp59ma2jfu"
    "eobBxz6gWrmSks/MatUzG+Rakmy1SrE5KbmuV6bsSjbOg+5n1JFFINh2zgP1VVn4FNace+"
    "5qepkjIwjFsokiJTjjxvhkaOpZmxIsb9gVH+F/HNzvi9xssBDDgvYjSIdekZPrH9R3Gp+/"
    "jKpMkvTL7h9QxnA3f5huuxEJaI94nvx1MeTir7mb+lB9WJh7wDfq2PvIP8lMmf9SUpiCwT"
    "2M3ZG1cE9a83V19qNKhUoqweUyNA/0YWHfOWKUKNY9HMwpUJt5K2y29QZuHW2Lsnok2liR"
    "3KhIAcUiCHfPKH2u4dC+i0Y/Syg+e9rw/UUHIRZhLaEUTtk8s+ftiL4MjLaRizohO94Trh"
    "X1WZ4J8sB9dsW5lIaW4XXGa0ZreQ97v69fTyHH29Pj+7uLmIz+d0/sKLxVPh+vzksnIshD"
    "aBmlJZFNLphOiKQcqZXgcySOfMRrzJ7jYymGVJpOIKG1Ls96m1Ia5HxdHf2cXJTjt/Xhjb"
    "sqlvbI2oxZDvEoNiK9hCOzgIrR7mnjDSIFsIrX6Osy4TWp3tuZVJb6gSkhfSImyxa/sP4m"
    "9zDeFkmpaxUQ0t4SqNy/jGMrPomgazNbU3gagwWa1eIBYGU0FAE7nY92ec1VSzc/NSe5q6"
    "Q0O2Y1vX21iiNVxP86cCwPIfwvKzb09nLvYCdr6pkv1lWeD8FTj/hef8DxGQDo2QZ0KAtQ"
    "LWocWtRqPlReBk3E2ipaTGgRTaWXKfkcErS57l11WBOrtmls31xdmtXPyVi3kRAMHuoRBE"
    "9JXfQyOoOw0eylO7AnKxxPzuoBdzjHO75CLQiEAjDvGVHSmhBDTic5x1KRoxYGbPfhEOBU"
    "kNZ328s1x9uU22gC0qSgDeVYYjk+tniqEKx34z7G/maxrs+SqXZCEdaxwzPVdz/pTkdEjp"
    "7zr9lpd9fyAz9SDLiqCGDqH2vW0RXDPiOsZKwbAri/XHc73pCuiW3T++4XgiVqve9ZNKQI"
    "SjhNeHO8qUkwwyof1I8PFA3CIF/uBQUxnpTAjcDSpYx1n6qmjnxABvFfcOdoONR2a+sSLm"
    "RuSGqHcji2QP8iiPZ3fpxKEcOibUXG15kXZUkNHTzBVHm4xPKEp8PNAplKVCj0zHlkrCj9"
    "/2AzE6i+6iK0jkgQgTe1Qgin1h5w9klM5yKZzYec2PhgOR+nt0F41BYkqNEYJwOFLprU6C"
    "gKxdrVCreq9Lp2oVvSub3DrsH8nYir0d/k96nspGVuTVCJnIilqsPcfgjUMM7As0yWTBJt"
    "BLhFlE9zuLbzdK9VG8WhXCJ37CD87GizT4SvBEdnGyM3RiURjbcmaWu9r61KC43TIsEFhx"
    "YGAFVFfpit+EkJV6qMcZvCATspJuc4p2ekkM3qjdYbGFE+XA0Niv+XuNDGZpJa60xoaUXR"
    "6pzwL9JdWrd+guqRa/u7HY7Yqg5ADzwwZdKTKIaSz+BFE76t3lmcRD2DaREwrHH7BLW+QT"
    "Um0f1uqdIQR1WJoSnOfP8TyHEFTdZl0mBPWeQVqd7/rQmmR8j9XL+Kl31NXMFmJqZFKs6x"
    "OsK+nV7HxTrKeaSOikFPdcko8GZK2UApwKQArwAR7bwAmwNdujmltZEBLdpYq6BcLGGQ3x"
    "p4lAb+26wkNz28/G3X7saVq7S43dKIvptJG3xhcS23OsNVHFtiwGbS0ElUaAlOuLlCtU9z"
    "uQlCtUFRwZzLKkXHlrrPGuClcz8J6H855iiNNNtQWIz/P3Gtc+LItw+QxSbn6jRC1LVJdV"
    "jyRQKy87knlSjST4yolzapD6bi6lEZPdvHwsoNLehcfeoGg8WtIHYnPaPLkRcjyE0dox7h"
    "F/wA/sgsNNMB9RH4UdmIiJFp6z5my6T5DnPPpVpr6TJ+xm7EthEAZbYUvH2x6xYaVLzLz7"
    "pxK/Dw1p2uVOIGTiCVLCoIDoUQ8pjem2o4ByXgZAlgHZ8TxiCBTIxjylnFSPaUpPw/i1mK"
    "XEtQ+V1ZyM79Ffk2gXo/TZqHs/wes5LK8nxK4NiiYDDkef2LX/G2v2RwJ7Ob022Wkp/5Ef"
    "KmUiJxKv0BVbIMxmDYPg0MYnzFQNJuw/brHa5IF9SEzKzVZu5lrYIJ+Y9Rt+JrSM27jxnb"
    "3G92w8ZuMeERvJqRX0wmf4MAObLqn9MgyA89hBwLawKCzOMnnUHIS/QfjbmDYxjVUCCH/T"
    "bdZlwt+io3WfWS9K9lK0Darz7Vt/MZqq+VZN3a/IQcRBlZD4I0SjAmo9I5EK9BaJ1Bu31j"
    "IXwd4DGgi9fjdrbFn1ZmpOrj8T9XW3C/bt9MP7dK3yX5qW6c3nk8tLAesekHUVzFvyrS4c"
    "Nx6vBQ3ctKOf/+O2sJlXIkLTDf3y6svPyfBymGgR7CjfRykUNycC1ZP2j8XNHNCywGcSEA"
    "R9APDkm2thG4v37PptpiSmQWP4vvea4bpTn04ZeT7eVJ0wNuliQY2NcCk3a31Fya70vgrW"
    "b4ev9kUkrJrtV5DpyO4bH2laqMglDkisRTQnASWiy3BGvgHVWq85qc5iKCqLNAV5tDEUG/"
    "Vq0ZuDakXvtXTHj/PSczau2rabFwG2badzPYSrCq+yYz1x3v6c3G9cKMv61vOrS7ltYh+O"
    "9Qj/Bu96OkGSLvZZukJ2O9pP3n5/8u4Twshn2jwxES9diDgFhh5XDv9xM/8uq/nCltQWJT"
    "7r0L9N4+Iu1Rj01u58Z5++yd0nLinD2Yk4xp19OOeFZZiyga2sQg342cHPPibiaqQeV/Cz"
    "P8dZl/GzD7/MzFidhMP3aenDModax2wPx1ZVEvxb+7tZgO2v7irA9o8R46Gz/dVtBOh+oP"
    "uB7teX7teFh66QpvXEXjXf/cAWM/lUmFFqcjJtZdojP3/zHHv5xRF39cguTnaSno98LLNA"
    "Jdt6hEWsQ5nv4gIZXJS9SvecYkzWQkhH+mhjB9TKSEZ2XKwC9AVxpsHn/CTmxTHEdbLbfw"
    "S0HRna1g41NPo/RKPXPSxTo4BsSQp0k2qQtEfwvao9kklBxHk+FNc09+K683LAdA+F6Zbx"
    "b1jYD/aY8JwYzPdQ5lvGs8GeGHK7e3gxC5K9ZBAOhRYe+CRX32ooGAIFQwZii09GVDAk6X"
    "EtMOxz7a/rzfqsi2o2eHccE3JXTuCgAN8TG5kbjnJYdCOqccm+q7X1mYFtsbXg8XAhjB4d"
    "714YuHTQrYRmeq6Sa3jv2T3Zgon+pCZ6Ng8VbOtdXQUhDcMU2nd2hS/RHnpSXq4f3RgKLe"
    "ynJXnEIPRhL2W4JAo20FAmXsbmjc5BKnCb1O+feZn+etK4xDb5JPWyhbbflWaBDSJAuZma"
    "S4U0Sqhog5szaWY+lOyM+nZVeaE9W1UNDNEG4NroVGWSAFOrinF9sFwmAUFy+wfJWcIGYY"
    "3xBYkIBBcoJLklNuA+JH9RFBjAIeu2sd2uxv8VhYD9283+1Ta6Ue9GpNTnZmgwy7J/xRU2"
    "JO7vJ6Z2nrGvT8LvXuH/8pcnMhwgV2NDPBKJXURgPdaQCTgsAi4g34JZbYhpvQ1ZltOQhn"
    "s7lbAh305rbUh+qdyuI3yF9nNZlmQ1pGl00lkeabAy2XGxD+talgXtdMgzTQVVIOr3zWi0"
    "BhmAXbsswO0Pbv+BKv5Ddvtz3T5rBluj/Be6xUqq/4VutXIB/h5ZEI/w5h6LqGkHejP9+J"
    "2J2EcOdwWEBUa4S99nTyFm7PCnATJ4/w7e/FIc1d/SfcEUGZYpArEAvRysyVui4hfIy0CZ"
    "4kPy552NJ3J7NSTPpxI9Ko25oK8x+mr/2GCLihK761d4TqT/BX7058XGNsJ8tPmGWgG1/V"
    "f8sX/pagL6Xva8K+WDqk8sE+qvwmbywWh9YlDZq37X0TcKCIxlMJbBWFY2lr9GBu4Z9smR"
    "wFTOX57Ixcr7soHydhjHjmIfIsI+im/is88IM1Y/xQU6Mdu1uO06J5ZjL30UOBO0ch6RR/"
    "37LbvgV0zkFu99Z8eaoB/a1OSB2f8+4j03wxad/LNHZjrz33zefjPUlfiqN33e1pMg3tEz"
    "/h6TO9tx2RoPRezIPo+/IZPwAn+CfId9jNkdDDYyatyJ7fvQomfPcC22zFC83O/sBVOUiB"
    "d9MdsJePw/tu7ZDTxns1xF3UQnKKUtwnHpYpQkAH5nv/gBDTZJTQn2TaNAHQ7RERv9+xH2"
    "+Z/BHzFzvKVgELAIfbIIIebVrbk+rDAR2DOkcK99uav06Y4DCn12umFLrfxeJgJ2Vft0Qr"
    "LTSLMJiUCPZALf9fthEqavJZiE6etaJoFfKvUrgJK5mplTAp9uJbG8eKSr2VRCWY3C/1sr"
    "dpLTrNQQrgqC3SoqJjOUqNnRq5sNbEDJPDiQD7jyll/YTyNcvLJsQPXdrWkGUr8d94rzwP"
    "ZgWZiFh1ABafZN0JdfLy/VqBeJYHFm9d867J9+QsWfdG/pLFD8IFIrRvP8oSYApHB9IkNr"
    "Jd+fPED89xjPr0kDXQLdITqM994jLw1KLQzMOKw62yCt9onIrqEYNE+9a0Ea4Ki1u97cm3"
    "+PHHIiJTC5JKX/PeQGS5QAS/yAYU2u+B6I+yETf98PyFgRHHC/nk2I6YdXGM5mOjpwEPt9"
    "QT1BBHAXDwCtdFhaaW7FySqmORENddP2YyQ9gn21lM9MQrv0pePXMp4jNqoW4PBaEeH5lm"
    "mVa9V2OCUp0FiEddLZgafo9lz27fZkh0uk1Y9xd4gPR6LaJ6cgt1/Y7nisnDZL2QyaKQC/"
    "8m7qQCZMFyxYsGDBglWzYOmCGmHTr5MgIGu3zpqtDJtIWrapIDg2tDIhnyibdGDaS9fJpM"
    "4mMJy1ki6eEwFDXUIVh1qpfYQ2Byum5q0cS7AVN8BckAKcJXAG2ikfr3x8LBOwfHxcH7HM"
    "rw2FdhrYSm6bdQIbHWx0sNHBRgcbvWCj/0iN4ILZ3EcCwzy9NmmyxrnfbkaTYa2a4L+nAW"
    "sGD/iFZk9PaZJDbYrneKBCCp1usy6TQgdxxZ3WkTaVKLdkPIArAS77u4kgurce3VRAQ3jb"
    "Z4x9xxMcBPWWVTxcm9b27dERA62pVkV09EXVyDf2yCrSDfUyEwGoeVGYgn3TACpEwhOZus"
    "Rib4+3PRKZusm1SZOpazsBXWy58Z4N3hlSzQsp4citzQOX3Y2/Qhitie+zr4mcTeBTk4QF"
    "ldiD0YvfyFlYRGkz53eZk2TkBN18vnlZDahu//Yt+8JP6fK52N5/mk7fvv0wff32/cfjdx"
    "8+HH98nR4T1UtN58Xpxc98Hyu8YhIW+grbtpr2kxPRUP9p350LHvPuPeY1CXr1CNcm6IGP"
    "UehjBFfY2DkcGeYuPtiFrrCmM7kop5M3rIfjucFnFuPags/sc3ankU2ErL+suAaH5C9LsB"
    "fYELlp2WlC5BZDp1Grvx9hw3A20VvL9zpOx/+TFz6Na/Gkn4FOP0idHpj4DsnigAaWki6f"
    "CmgI75vpRxlVfvqxXpfn10rhbI6pFMKdjNdOkX/zWipJlQ+rx/d1NU3VoragYHKDuyMerx"
    "3AnVhKyelYAbjZXMqJQffP4bi5qzbSCtumtVd0Q1ESZnnIswyRS/V7qL78R2z4KNZ/LghB"
    "HH3Vm6pcUhvqaCsEVues9UNJIvcku9e4MJZliYovq5glKi3dFoDVvvxwTc1hCeIt78QJXe"
    "SUCNqNnMayP/3tmlhp8rYY7LxffmRHax3c/+mSnvyF+ifmmkb5FAKOsnB90kRUrqgf5pRl"
    "QyG7fkyHzKSBVHygPg2Y4qRCHORlNGS/2icXTeJiL0h6rsv7svNSGgLdfkwq36UCbqWJEt"
    "K4fVej6hfFmoy7EYLelAjOjLNqlQKDLcmlMogVwQNhHKbKJI0iXtqOTwU6T8MLnxfSj5WV"
    "Yr2nDaT3tMp5Y89YMa1QtbpdXqzH+On0k9EGULtMSSeqTEpRSKcwks56E0eItWCiMi3/a3"
    "azkaEsa6YWF9gBpqpjbLi+daClyjD/Mb6TRqB3baymkIlt1TyizaaqmR8pUeacjdgYvDey"
    "iZJzASX3+AF5xHA8ExmOS3nzZI+gdD7RwnPWPJ7eJ6Lq5q3dF2zmYdnMEIgDgTjaBeLU58"
    "DVBOL0kAL3NOZcJz1vHj3OMNh7OJ6Lkho6nkfiaJaKL0hpckVfc0kMbCQJ/2jeI3G4lVTw"
    "hYwMaWkvaWmZDSmaPmeoig2AnBnbrP/njOe2a1CVugSvPRsqUT2pKs5nQEFXjIdrqCm2r4"
    "iH/1fANhmvIbjtO6qoObM36znxqgif24a3dRlSdTtDTlILrJv0v/N/3Dar4qn6d3n15edk"
    "eFk/r8F+NqfmN5UlXpXsagJ63aM7XusMDVO00OtxziS084LJoFsPbgXbOfWC1SzxqMq6ao"
    "tSz9lPm1Po1Cy2qiDYbLtttpL+3Fv45dBgljXYqqtsf+dWavwd7t3S0Vbu1L31YxbKJaw4"
    "lQ/0qjduI5fRrBgX1rGJC9WWn9zGhZyleuj1zVmCasu6zbrAgVCpthyd7fvMelGylyzUPj"
    "fZ8c5x9dVOpmq+VbM5KnKQRVeNUISS2sAJj5MngzrQvYUxA+0DtM+AuIdJ67RPl2TGhUls"
    "9vW2Zyti3B8J+IzigIkEpUFjiZmRikgV007kUCiHnAXCyCNsrv2AeJ/CUtcLbBCEl5hjGn"
    "5w8eN3BsMAhS2CJwjbZvwxinw74Sf8LxIX2O7+kRDuOyz+JeotrubBysv06MPiK68fP1b7"
    "uiXU0+68njb07O26Shw1Z3v1qy/LQcv63fYS3+z2Q7sqCXjvxhv61+8MMID+9aPBGTofjN"
    "2fMuTKf4Ob4pZZdqgDoHENwKGBLJ3eolgEsL0qC1BiQTYKLabKDoxBuw5pw+voXqNVbfqN"
    "QStiJqBtK6DupG293FiJQgvxcLRwvKTuAadPk9oI1I4XWVwbwf8B0cBH7N0LCJOxLOfRZ3"
    "Ie+T6+/n14yX/lbkXlFzp+mkzDlZLfI7wB/yEXl/VP3oAl5Y+zUWpNWIDjhRg7sA4gxu7Z"
    "z7pMjF1d4l1DGEvLCXdPu5UWWXAZmnBaTxNOhTU46/IM6ouMFKWg1MgBpUbcjceGKDnSci"
    "IaOtLa91WyxwXiOnH1KzwvA+v7gPWd77kuu8DzMj16Mk3n0bYcnHyf0TmME9hmdZ2Y65e7"
    "QLT/VX/058XGNjiqaL6hVsAMslf8sX/pakL6fhdSk1L2RUgFenwL/M08qq891tcA4iZy8B"
    "5L1XE+bqjjfFyt47wgZGaIT9RabqMg05834XVXKLfuoqH7WLY5MWhlNxwrVpBFFJeSVQ1+"
    "KctB6ItE6EuCme9sPFEEjATcmah2R0InJ6653bPd6ha2rxFsX+SbS9nt9pjjoiTM8pBnOT"
    "GAZzVxDPW5rhVB0PDKGp5HHih53CORuCoImcRVeJceVo1wyosApIK8y0Kel2LqpUgWQIbk"
    "Voh91APXNApG9TArigG2kJDddvTjjoTsa6YnX1+c3R6J13MLED+H8N3yiywBMUTwthLBKw"
    "Y3VGZbgPbn5D7jUstkcc3r/AVU2RdAX369vDxqUIFbgLdSbUFPmIXqfw3eMoHo5OHwRn+F"
    "iOnzB732j/6C0SPkdkWkp/jKhqXPSCqxMzj9dkUQH3LPkEKcNrSoTQrFPT4hwsMZ4gBxY4"
    "XtJbvPfIseV856gh5psAoDyG0nEFQO6eD+UCZkWCHkvGnjTDkeoygFnqGdnqHAUQc5L6Nh"
    "fGP7ILO90vEijBRgLkoB0NJAK2YnZyJAf1ZpJH5AqqzaZLx2e28ngVpQNmHsKTIyiVGJBr"
    "0PEQs0rDQNm8ufPZAEUE2IHhrQihzhAKtixjPgOOujekuWX53IWLDJwJ2G6y/OI3J4WcqM"
    "oUbexvaL/eU/ocjlj/gjJ2hBSFSF8nFFjRX65eIGYRO7QViJ0n8knl+1YLt8EJiywzJlIR"
    "v6OR76kA2t26wLQvQq2dDE5pgLdtHGsvM5Kag7L193PjocZ2vFHhUlsR4tVabubLDVj736"
    "UcJa/Vhrq36ElKLOqRXeXf2e/SEqazcv02fmLVk7/Szb9rPLOWTskQu6rAJdn3BblIJc28"
    "KW3UauLU/gZ7YYLxxsK7YYKglqRzV20GnICago0eqWfKvZuzMJDeBtUjA76Yk+tJjh0dvX"
    "FdpPhZaSjNS8ssmtw/7pPk7zSaejpShNMUF4EOn3E/7j3A687ZGA8kuvTZoIvwX+Y0bSYa"
    "328i1RaL8fuZs5UwBWkdmGNyYlfLlApUHg1oBlAW4NZh26+fZ8oo9wjquvNnTz7bKbL/vL"
    "l45arbe8TFem4NMV7Gzf1A496kL7oh7jvIyGgX5TqdCpaUPo1FQQOhV6vFUojUxCC4z7Jj"
    "V8x1MpOZEMB96/vAuntqJwhzi3N+sKA1Fcxzn5Hsk5bKl6ro7c1danBsX2J5T+eJd0CmCf"
    "RT/c2ezWn1By/yePIi4Y9gpe3IJcj37c9JPROnJT5PapsFeShQpGQ1bvHW+pptdnAhACuz"
    "sElqFVxRYqEFS47WxV1WRuP03Ua5iUebUJ5s63IwEHnr88aaLBw1TNmZONlGgnZDprBhgK"
    "RdGjxysM21meZJRBGQafesTCW2KiwEHXxKQ+wgsegcpbsBvOek2D8ine+s1bDnA9pcvnws"
    "P/aTp9+/bD9PXb9x+P3334cPzxdboBVS817USnFz/zzahwjuxm68P/C7XeGic01rYdeftV"
    "VQPHpYYKuqmAfjVr30xlwt/YqHqzYFoJgXPxNuk+IBtFlBOBJhWHBAuBm08zh49c3lyoDO"
    "xVuDgvCQ6fgVmEB0XztKdu36z9M27nCFTt5FKjmu2veYxoPGqnin1lE/RAPLqgRlgIB3FR"
    "5HONmGm7GIXxjGF/Tf7/uPtuqBTz3+OeUtVMsvZuKxX0wu82m1MztCvKnTeLLYPzV0EhH6"
    "RCDg3dOypqCk3juvaz1sSNn9uGt3UZSjUo9x80rpELsLj7S6/sgpQWwHdty/MzfLbGSuZ8"
    "XgZAlgB5QD0zhgb92A2MYo2dgKxdUeLizRpbVr2ak5PTJojh7fTD+1S54b806TU3n08uL6"
    "vKzcbfL/TWBx/tKF6YcXTBJLbJJ6SXs6flXOolA+MRK0Vh5kQ0PNs7iOHxnAdq1jQ/aFBV"
    "i2IapD52rUSliBmKVRgqggD2brMA3CDPxA0yEIacvb7BZ+L7eClkyfOXJ01MOZusB+L5IU"
    "E9W+ckpFjzWADhIAwX8XnVOtsg7Muu58T7AUVrELnE47y3GZZDM5Fh8eBSRE30gpcF51cQ"
    "DSt+Iz9wPGIivGTL56WYUu/hmQK+/fcCUnwQe3DErVcv8KemxUDiX2Pm3Up6U/wTAmPGwM"
    "PzWVaCPxbQiXzvZQrykBfeH2lbpygGyriEMl7Ym2TTR/Iy2tAv7WXyWbVN8xoYYqu+aZ4O"
    "K7d9hVt1d9B4W2iZA5k7poAA2eG9S4S0gLdv5x0Yj/UrXS/jsRhDZ2DL2jOIriAKpP2QSf"
    "uCha2kaQkkdTIrukq1KtvjB+ZcnZVuNzKwZROvBIttUBlYhWkQMV6laZKjvOSorhOUl/kB"
    "WdgPZszQ5wwS56ASSiqMviPeBAX4nthoE7JPPEPKcx6R5Rj3vBMe/50nWoUd8jxs+zgsJl"
    "olu3p7qpDuShRmjyyiNyL++VDq6rnwVp0VVgPLp0NCJL/aZQHOy+iXsNV+fGi8iygifAA3"
    "Mmh8O0g3pIGl1jYyEQBH705wRxGC47jE7gfglrmnRMVRc7nkpbQhpHt2uoQYqjMROTHI5R"
    "syCQEU4zOkGA3L2S8iuCAI9OKg32w+VTO2hn21ypZlOe10v3YMF4VwrxwlFTEzgsSG01jy"
    "p79dEytloGqIx2IM18i21TresVS4wwuoQV0sbF+lAtbX7E46gdUlo5qHTEColhCVDCF0S1"
    "IS3CoX2SJqI1wgPLMqVOyJlH3MY/TCQlTYRMbG8x1R+9bDbycV/Bc+JIs1Cn8TMKO/Nw4E"
    "zrQvzrQ4C9KB8MW5A/5UIrsjWeDyazgvAu5NUTNNR43OS8bDgpVYsMMvfDdaqnTheLO4kL"
    "TajlAVhJYR1W1h6TEda+Ybjpq3qiSmn0OlfYeVge0Z950LcG4sO16Qg/bR8lXH/+VQey/e"
    "qiAIXOVQiCwZrtIii70cEJkY8JRD5ilTq1vdv1cRBSfffk4+vnuow5+XAuT3Qx6CgCEI+O"
    "kPktEHAZ9Sy7oIyPpIwFen1yZNZLWLt2tuV87Z6BlNhkslu1tMt+ShtDx/nAFlUIuGQH3i"
    "tVyj2yLHCy8vNrY5QWscGCti8g9tJ5hEDPTcYf/gNY/ZFdDXHT5HpoisR9y4OZizCQxnDV"
    "2TIbhXk7TGZEErgJsT0RDf9rlUhteMPc4kzAhQxLkgpx232j4lxSGLtv89sC4Iagd2BwHV"
    "Wb6MYuB6VVI7uNtf20w7od5sQQR6e61+UZABb0HVAHU2qpDmJADQKqBM01ZzHDq9pwH0sw"
    "F00tGp726Umi/WyK5TQ7QgA5TTbsopM54PJJs4k3Gd3mxkIMtSTYXlVSCZzk5uzk5+PD8q"
    "bwgtICvfP3VgG4IsqjXtU9nj0ZdfLy+fkreLV3QNc5etd0nuLnvbdrN3tzwZvsClcX6Nd1"
    "ky8TbJjv+N8IBr9JV9EhqjiD8mqgrpB4hpQyn5xm/lmQL2rsPntNxZFYi6A4k6SKiqh17f"
    "IIWNa+4560VJmPWhzLogdqGSpRKeN6Yw75tPunjCC0JN873PXD/p1tows3y2RpgwP2LOPV"
    "xmC2cjchs1BicWBSE6UT46MUTOX+E3Kqu6IKQdB/TutcS6fve6dl3zSwKQPedRkBZYq7sW"
    "ZLSJVGqNBIrDBBQAzUkAnBU4qe+z582YxaaySMtiAGwdsKFPZx9oM0EAtwxuFBE0Y1CFL7"
    "cCugJJgLcMb+SHdDE193Jg5gUBXDG4UfQC2Q/gsjCALHIU77F+y2IArAjYPdeuSBQArjg5"
    "N/Zsvo0QqWDbkC5dFOuzU+bWjwOQx8g8xLip+ZTzMuCor3Epy5QY4qHrB5bMyQfMj4xVe6"
    "J6OaFb7osTUIMcCSvm5AdMZFyZdjZWolJOznXIBRfUiJyMAf/Uxb5PzKgnHl3aONh4BDHz"
    "3bifoHviBsjhXfJ4W7yCLDVFRXQ6etKdfWefFD/1uacz9H6iBVtNUWlzXrn8hUdcgtkvUX"
    "1z82XUx2+F7SUJG/et2LcF3+gAfaPRolYMlS0ItXMIPy3IHQclkwe+f6gqO0UpDT0s3YTa"
    "Q1YDZDXoltUACVE9dDoINRgVAymTAAO/GsVsEPqwb8e0vCjE3wwl/kaqNAwvMh+9GfuWqC"
    "9IQ6GY4QRbRbOtQIH0YOFfeWZoRdYZ+NH1iYx976RDpUoMJJG/2L/n+fyLKOM/bOflOZvl"
    "KmeX/xDZ3zxYCi0cy3IeuaXske/je/jfh9f8V+5WXGagw2fJlBpIw7zIN5ey5cPfTTbo9y"
    "TSP72ei5cNr4deBv4LGPUQ8DyI3VfjoxcCnnWbdZmA52FRHgOi8Tpphkc8EietSbss80Jd"
    "WeI6kaW8IdpsL6irkq1UzB3Qmm4f7fzXUoC6JKYhw/Rm2qSDZanyHxpS5T9UqhOvsG0TSw"
    "XpnIiOKLce6sDsPDVnViqgIbwd0P5sj1XDN5PQEOD2N+Q4dFct6KwoBAUghIT0XuF8EMq3"
    "C9gxJA0mvEY//r+pzKYwrd8UpqKqZsxQU0a6JKado7WDnkgecbE4ULKh91ReSL8mHe2fcT"
    "Fg6kRVQRBcQ8OhpapsZM5VoDjJRUkN2UidpvnJ620OmK1p3/pK/Gmq22YmBpvmkN8maAL+"
    "TOYYmoD3oWf2XZl0aIpG26Z+GHOi2jE2E4Eksp11SfsunTm0FVuXLDaRq52Z9bypLNsWYP"
    "3snhhhgtP4lq0srvnXVbkqaZlsPTDnMY7guw7vpdFa7iPxMQatPi4yQ3V3YKSXjZWKjIzG"
    "8zDFF7xhOPvhZRiwSHnbI5N4P6BCDgha43vihz2SGKDETOR5AVafffn4d3FkZIfPUoqMzI"
    "VQhZGP/sYwCDEJhD92pZZA+OPzCYSD8MfnOOuy4Y9DSkMcEP3Yvj0d46XG8xaE9POOtU/y"
    "QgRIVxEgqpSbxmTbR5kqsB/rq8B+rFSBHUUciEtsk4PUC8YdBDeyk3DNzGZDYFk3FZAuyP"
    "VYPzr9ZLQFpD3C/lqfa4f7lCsTCUPRMtmiZXn0FNthVSSBe66u7QWm1sZTWtE5Ee2OxE6a"
    "4218wutBJhUNMv5YFvHaG2iHf/v2SoGEq2DeTAqUZcGpPhwWoEr+hFyvqq/XPMwzqaO91O"
    "iaNFvxopULM4wMZXkPpSn2pGU+yqcpnHFCPGqsjgSuofjKpMknhLMxu3xB9ZBCEchhOUwe"
    "iOcrJoDmRDRM65oeH8ukcBwf1+dw8GuVzEQVhOPhGqL75rUM+cRG1Svaryv0E3tiQESq9V"
    "9vrr7UePsykbJ2R40A/RtZ1B+jItAALgejoNMlmL74fPKPMtxnl1enZWWN3+BUrRB2+4fZ"
    "f/4/IM9zOw=="
)
