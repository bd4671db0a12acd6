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
        DROP TABLE IF EXISTS "payment_bill_report";
        DROP TABLE IF EXISTS "payment_notice";
        DROP TABLE IF EXISTS "payment_order";
        DROP TABLE IF EXISTS "payment_bill_item";"""


MODELS_STATE = (
    "eJztff1z27i19r+C8S9vMqPNJk6cpN5OZ2zH2XXrxHltb7fvXXd0KRKSUFMkl6Ts6N72f3"
    "8B8JsEKUAiaRI+M23WFnFI+QEInPOcr/89WLkWtoNXV/7iK/3p4Bj974FjrNgP5UsTdGB4"
    "XnaBfRAaM5uPdf3F1ElGzYLQN8yQfj437ADTjywcmD7xQuI69FNnbdvsQ9ekA4mzyD5aO+"
    "SPNZ6G7gKHS+zTC7//k35MHAt/x0Hyq3c/nRNsW4VvSyz2bP75NNx4/LMLJ/zMB7Knzaam"
    "a69XTjbY24RL10lHEydkny6wg30jxOz2ob9mX599u/gvTf6i6JtmQ6KvmJOx8NxY22Huz5"
    "1Ns88OptOvV7fTm/Pb6fRAASDTdRi49KsG/K9fsK/ww+Gbdx/efXz7/t1HOoR/zfSTD/+J"
    "Hp0BEwlyeL7eHvyHXzdCIxrBMc5ANX3MkJgaYRXcT/RKSFZYjHBRsoS0FYu+Sn4o456g3A"
    "R88kGGfLba+oCe/oHWlWNv4ilvwPn24sv5ze3Jl2/scasg+MPm+J3cnrMrh/zTTenTF+9f"
    "ss9d+iJFb1h6E/Tbxe0viP2K/uvq6zmH1w3Chc+fmI27/a8D9p2MdejSV/Nxali51Zl8mq"
    "BGR2azvvasHWe9KAmzPpRZTzDKTXv87bNZp3s63m3Wi5ItzHq8SBsmvc9NdrxzXH21k6ma"
    "baZKB2ZFbvvZudO89vsyt3J6ZuDy/1YwPVsavhjUZHwJS/oVx7gzrozvUxs7i3BJf31z+L"
    "EBur+fXJ/9cnL9go4qvQtf40uH0bUivvf0TxPje+6sVxzjC/qdDMfEFawT2SFjffDt+urv"
    "F1/Pzo+R57sPhP4d9C9YrUgQ0AF3ztnF7f87RiYJN8WPr379yi+4a6d06cv5p4uzk8tjtM"
    "IWMQ17Sig+JFyH/OrJzc35zc2X86+3x8gIAhwEK+yExTEXXz/9enN7TW9P/9Y1hWszpbq+"
    "4ZDA4N96h7Xx9lBiabw9rF0Z7FJxYZix5SH74iXj21kMXVgAVM9Y0J+Q6yOqSVskRMl3fn"
    "q0PYPeWAHtZHxXr14F7oODXva4w6MjCWjpqFps+bUiuDZ+wHYV3ZuVYdu1p3MqtNOpvNPu"
    "9rrbM/nt4Yf36XHMfmk6iW++nFxeVo9jeufQMMOp6rFcluvvyOhp4b5/J7Fu37+rXbbskh"
    "hqjwIlwPrcMf2NR7FqBjyV3gnxgSmXTVbD+T9uCwZDAu2LLyf/eFkwGi6vvv6cDM9Nxdnl"
    "1WlpCqgRQO2EQGWh50S0W+OdbM4rYzM1PM+m/6bqUhXwU9e1seGIMa+7RWkCZvQeXc1A+k"
    "m/q/706uqysOpPL8rL+tcvp+fUKuBTQgeRMDJKKzs71Y7nxBZsNH+9ufpao4RkImWCgpgh"
    "+jeySTBCE7YBb4ZF8y5T3lAmRb6B3aC8y3iGz00EFe6gIAO8QbScmR9jfi8k3SO8qgB/dn"
    "1MFs7f8KZi6pZQrXpuxgXwf5IllHyafUXfeEydP8WVRf/+iKViV67PqdF6cUaRZkDPDPP+"
    "0fCtaQ3i5pLY9Ch0BHt5LPn5b9fYTi3eZwJ3Sb9YEUegXqggdMLucWJyomI4tEvLOGVECj"
    "vnickx2Re49KYn2T01RpBuc5giZfgLHLYHHb9vonBpily69gp/LMAnDx9deNjxXZv9pXuu"
    "vfPkPpqeCU+B0yhXlrfcBMQkxr7nwLfkProCRa84wRz7wdRd77lzpVjdxvfUHzOypwb7bC"
    "BLd3rPd83Q9aemQT/YE7zoVmf0Tppu908G1ijX2IquMGOxL1BfortouqKWJJh6FIH9VYhf"
    "SPAtupGu68nCnuGHLWhbn9Ib6QqVj03Xt6Y+pl852Beua36z6+heuiI2N/6gVg+90b771W"
    "fjj3N6n42uQM2IbU9JiFd74nRK73NBb6Ppxu4ZG05D0DeHKqZ76grRva7YrXRdVsHa81w/"
    "nIbEvN+b8rqJbnbL76UTYozLdw/dHIdfYPeLl6rHgeuu6oG9cvCtS/+RPhDiu2n48iaLkT"
    "7jvg3A4vX4Kb6dJoixpbc6XJUW48pwqLpuxbdjwiLfhyDNquwbqc+14p6YqZEbCglXfa0G"
    "SLiC1JsJJFzBrEPC1dOETg57jquvNiRcdZhwtQ6wrxrdnZcZbv6HPKQdR3ZbJPBsY6McRF"
    "+W0y7AuH2oPSMIHpmhujQCxQSbkuCQk9x2hLuTeG7ftUV8Z30UcSqwVwzxbsv6z/O1YzIQ"
    "0WxN7JA4wSv2vL90tdz7Di1erYNwai4NZ4GnyYoWsA+NwfU1t+gxuD7Z+8cbW59sJhGOu6"
    "inNbfoRU8dSvT9+BRVEjCQVV+5vBjksCi8Z7ZB9yrbXTAqT/kNqwjDuzXkd2u3tEhIh9wj"
    "HZKDN50R67uSJl2Q6gh3ncxDVvdNidfIBPrLVR84o9GQCkbRqmLbYR7Y0OCVTQTLVtUeWW"
    "CJ29PHnr13HEzkfL+mt5IJhRnmZr2nA17RQfrFa/COZhcnTa7RlafkFz04Qb9hehqEaEUc"
    "8oPnuwvfWCFGEU7QPT3Nqa29Qa6HHWKhF4ZjITpDLvvlcYkdFC4xot8FLY0A0XPj5auDEr"
    "pd3B88tsPy2Eazp6JkZBLAP29VMOIXQonhz0RAg9uuwRnTHZZwXkgH86RrlFm6Cf1K03u8"
    "UbYDS7I6wN23NQjkVr/kFoQx1e804wxokQljAkpTb0qzQlTIWNU+ntPHLqnBco/3TX++ju"
    "51y241wldfLVV8P6hUMsWH+Zo0w0RtZ3pKzI0V2Z+r+czuom3GEsdoM8UPLHNwujJEpXLV"
    "0Tp/0LesRRExY7Z3KQL9IQuiwtEPVCNs5WW84LfS9ZVcs9IDT4HWGJdW/Dau8GqG/WBJvF"
    "Yg+8Jvp+sCW/gG27p8bGLyIDR7FQD7md1Mc6QWFKY9NS6tYTJMkxVMCVg8uigQWBmoE35D"
    "7eGiFhTAJZEt3kYJEPn6H2M8BqGczHaMiEXnn7dHWWLzfk+oLuKbnbF76frmQaWUEVW2GO"
    "MrCYUtnjqupkCaCkJryqRqY3RNgc3lo7fG2Fw5GJEgWGMLxdKIS/8U/SdA7pxFtyDO/aO5"
    "66+QgSKjj/1Ghai5jCwcYp79Ug2y6eIBe0TZ/CskKq70eLh2oSBv30v40N+WXRi5vlPvX2"
    "6JvJmntK0s1plEb72oRod3rrrvd4/Qt2kHX15RUkMn7tg9eRUycofKEwEkdo1ifn38QI/B"
    "Xaa4KAmzPORZhoib+nNS34ibONhdLQWnKARpONvTcHI5BXum4hTyGEYGsmwyTnF9FRJyzk"
    "5uzk4+nTfl43RpCnMb99xzzeWBwBDOXZ00mcHcqpzidOBWC/j8AfubyBhltqiBgvXsX9TY"
    "TKzWGaZmKLVhwwCZa5+1tEJ0Ha08ep2apYaFXpj0+o8xrsGPkVn7ytsIMk46fNadc+cwW9"
    "t3H5GH/fTOIUtweTQChOmzUaw0oBd3Byvv+M3hHf2Kd1lU0/HR3cHLn3hqS/Rcl27Md86C"
    "3jR4ha6xRb+HaZhLHNDvyMbR39kD6X+YDF1v4XKCApf+ZdFg2w0C9lDyQEUclwo4i31N+P"
    "gvUzEtcyLamfLvXkuYlu9e15qW7FKzKc+XgoAbJIvaUywV0abn8Z8OD9++/XD4+u37j0fv"
    "Pnw4+vg6Pcaql5rOs9OLn9mRVpgNQYz2zvU9Wi/rMbSTbqQao8BQSNllybjdLk/fk7VFwl"
    "8osqLDN7vYePYabNh0mYzbevTe0Gm2oyNr6doW/S06RojHTkf2I13MxJnQY8Rkp9bjktg8"
    "6RI7fDA9aNjJFI1C9H/c7VM9djt8DiR8DivhM8B/KJ5UkQCcU7udU6rV8PovgjfaioMrw1"
    "RBNh4OwAqBHdIpe+kuag9Zdk3ijLXjYYOpLd+0xWp2dvWyww71hHs2E5DjF5VNMG1Nr/Ga"
    "WiJ2nnVL5LOjcMoWpTQs5ftGJlLhTX2kwptKpEIEmVoJi7yMDiUVutYVI7xUy4AXpUBz3A"
    "pz3wX1BlbspuUGAYaZBJQqLFhxCKoGIWLtr9bQ8Klyr3zElcRgW5AFWu2IKwgByFtBjnyj"
    "VYTr+wFkEns1BBiYKtGAayeV/415GOU/yMKeCgDqu6NOBA7X+r2EiHytsIlUN5E4lUpxqy"
    "5KAczb9eR1aLpqtkhOBKxqCava8/GDei+ivJCGMLe/kpkze6roicnLwGaxHeLBuxBHtn6H"
    "4utiNRYClkJ74nk2MY0Ym6rjSzhw0ugFS0WmRklme1lxFsIRhCRc835dTH7DQ0JcNMPsDE"
    "IG/TR9QH7wBD2ScImMMDTMJbsYCKqKt357iDEZVowJZHPUQz/O2DxoA/0cZ70uIrNQISE0"
    "wrWgMEJDrHkq0aPuF6xnKxKGOPk6ozNnGGp4hUVpPLf4e32UeSakgabd9N50UXg9p2goEX"
    "xFMei22jr7R/fTQM0zlklo8B4UN5uj1zIZLnRU7XbDr5URfiD4cYfW71VB6P1ede2mKO2U"
    "154XhcT24WhHVaUYOgzu/940pDZDh0EkldS8R4fBnhiwIKBTxlXVZgIsGzeR5b+KIlvpr9"
    "+WxFzWEFAowD7L1DUQTzDeoBeuz6tz5ca8ZAlQdMCGbjc/sHXBsqTYfR6NTZUN6/xpAnLs"
    "9zi24uCfQJMBTTbEfW2khAnQZM9x1mVosugQ2sGcqgqCOSWIlM2Oe2WNWygLyrcA5YYwzl"
    "p0m6I4ny+qDSZNrJqBVbPdqimsLXGlpvpNAhCWKYYl2hsHZUKeGlZUuP1AYDdmFyeSxuLM"
    "YOXkU5GtxuLd+h1+bd2tPx6+n9N/Z7PXd+uj+dERIitW65uVrNrwAhqe7z4QupomiC4An0"
    "QXcnacIFCi5XtDlASYfyPZnkZqCID59xxnXcb8c01erpCedQKnJZv2GmdAUaxpzkc43w3z"
    "y+asXPCN/mEL11eqmJ+XgWhYiVDj/Neq4FwfZ1IS08DD3nekSeCufVMpHyST0ADuUvTU4U"
    "eZ8KnDj/XxU+xaKR8kqeGqxl+UxYDC2E5hNDQBV7axVTqBDw1mWSu7vMaGVHT6DPshmbP8"
    "AXwgsLDzlyeSNrZZkhlMjS4wafcuLukTw1Y6xVIJ7epOvz2UOMTeHta3NDosH2FREfQdTM"
    "eCIFiOQ7EcZfgC7PiuzbdNpR2rLKZPcbt2lRaVQ1UwKdUZuXLwrUv/kVRvzvN3GtV0yCo3"
    "5ZUo4z3YT2PZRG9pVVfhF6S1lHT09oRJ1lCCuBYxf8gFcvEb/MR7VQQ4DCmWAbLJA4veQg"
    "/YDxgxP0Fz3/0f1uyCrhI6FLkeFrkCOnkCaE/D0p7AIfAcD3hwCOg26zIOATOOG5BmsuPx"
    "YCVttZJUi3z2X95zxA6CpnTfc2e9qqi9T5/6a/nGPFQkrg8+XZ98vj1GXPbOufp2/vWYa0"
    "53ztnl1c35p2Nk2m4QpxM/fXJwrP1NY61PQTkTiWrT66O1yEc29Tud0QVBSNUbzolcVcSi"
    "F3oX7TsvCHM8tDlW4HyyxZCYz9W1cBpLfv7bNbaNGpd3nnG4iXfYEWoTdRyPmKHcE6y9qL"
    "AxADWz19jzyd5AnSb30QmoTn2YhdewjhnMv6fyDOE0yIu16sr8/SDlIBPlDBI2n5KgU9eu"
    "n0SpHjzCVcOlCml9dZ28TP+ldZ5G0eqkiE7CGqumJFbkICNR0J8YyHzNaF0ZMj9SCdTepp"
    "wInBHbgwtTnWjPwMLUGzwyeGX97vl1NaSAwszMEyjiBRtQSgkvhGJIueqTYMtc4ZRjROGc"
    "E39lRFWG58SmUzBBUamtCcLfjRUyHIt+ENDJ5B2uHd4vW+iqb/cJd86dc7vE8VDEazoiEq"
    "CFS7VLJ0r2M+nq/zFD5Uc+KHjlbX7iCYIuMylQtOcEd47hYxYwkKQPsiozxMTICPivc9t9"
    "RIb1wF6f2kCBnG2SRfuWrZPcoFw24kG0phkYdH1Qkdyw7POqDP+b+AN918TWOupcE+HFDw"
    "LjHq95nw8G5jQw49420efZ77nvW3i2+P6136gonH0NSYHs20oKFIKq62XAIoSQjUGcUxpr"
    "eRCyodusy4Vs5PbcEnvrujY2nLrQjZxcacpnVLCrWU4/6ZeqOL26uizM6OlFOf/t1y+n59"
    "cv3vCppINIpJcKbGimgti2OuJ5OUBcAfGC6iMbQFMQ0q8ZcUe13FUQzlTTYYfNDCYGLDKv"
    "VFjlTGIY5drZY7Up1552X9hBZSrLQoDFcHSkqmpsG0E4Va/OXxLTLqO9kxL9RZqjRIfarl"
    "GXGlYQK0E9Z3JavUKfrn49vTxH367Pzy5uLuLNLX1n+MWiVnR9fnJZQjoja2QXdCbR41p2"
    "XAf3s57b14nKLJ30cq7Qe7Cgty/ojK6UXdCZBGj421dzhNZOzT1ygqDqDFnVGUbN4YFNcO"
    "thFOBQbx3TnL9IDdmqIOArItGg0hQEg4wkGCQrwCBcwS1A++wLeIkhLgU37Amy/pXIq2eP"
    "BMhPWPF9YHqZLMzbC77Tb4K+/np52RQ/Vu5zuGfCyzW/yYmZjNJkiRe3XMPD/p44fWP30G"
    "dtquUE5ZSCYn1BMZ5JnSaJJL7i7TTCViFqMzvFBVGbhSO+PmqzoFVA1cdR6eATBEFwzycc"
    "CoLgnuOsywTBRXrgLrNelOyF2n6CcogjnOPqq51MlWpiYEUOGO0qOzi08lRPV/qr/epUxJ"
    "o669UsMoKKAJ87pr/xKFB1ul5OUotKYE0bUhcdLFIEpzNifVdZ4VVJ7arctb/UvWUc7KG0"
    "zFMpHZz4fa9wDp7y6i5KdYS7Viub0QLExNNdOj4JhXsMwWI9G9++u1sf4Y/GQS8T0H7wdO"
    "Bhkxh2qAR8QUi7+M32V7lNF6kTYKqDq6BclOpNJewJ5faXsmcEwaPrW9OlESyV9pGyoA4H"
    "ZhHtw6MjCbjpqFq8+bVSGOc6CKfm0nAWeJpgKCDhm7K36m7RYyJX8gKMNo8LQny6NeJX3t"
    "QwTXet2palIgcMydYYH4iU6CFSIluYLWD8xTvJ7jWutSwLcuVF3iNGIus5v29h0Hy7e01W"
    "dzHjCUrNygFFrzjBfP+AksRjfxvfT1e8fDyjX2/KumzsHavE7nSm1xFTzK02Hty1T1XPPZ"
    "H6nNxHV6D6DOkaJ0AJWUc3l8f9oYrvdsJvpitmj77rLKaOu/fr9xu70VdX39dvbjAamA7Z"
    "X1/4TG91Ft1Ja7Ta0q8YXlrqWEoRqbuGWKbKVlOoZV4jkwi5nIb58VvLZP5CgtD1N8id85"
    "KQOZMSGbn6ljNsu6zpZOhW62DudguI7RxWbKd6KQ+Nq3h0wpjPNlPDWhFFnrYkBTRilaNV"
    "D1GEgNRhBSvKhCHPfXc13dndUSMNPg9Ia+4VW7rAd17DQllAebtjCbKcW8xyTrsKNG3O4L"
    "+TgLnmTJJw4hV3AgBbAmzh5lkDdb0vr0taIOdQEPABRXeDDBGQc3XIcQEnrBPFD0zzRUwI"
    "8b4WmTG/IA84KJj0j0s3wOg3TG3EELGH0YlCLKoHrdwHTC39ClfQ/iPuHMOJul7Ebtpjzk"
    "Ik8UTIsFl7DdNw6CgUGvcYsW4a9BkzOtjKnsS7bzDNmV66xxtsIRYQxtpv3GMvjLpr8K9M"
    "PwmW7iNr22Fi+v0w/ROCYI0t1tvDI1ThnfD+HnTcOqC3WXt3Ttx/g31/+gP9Szw6jLFviI"
    "Sv0AUVZ3+WgRz8GD3E8l0vatKRfsH/Q+/n8DvSP6i2XQdwKE+ZH0unTjkAsSCkRUJK1xG1"
    "8Wu2Q2piUVJD+38k9n6CSXPe8W5NutfQonsc8xudmsq5p2UxYEShJyUwpEXVH3g7YJQGZX"
    "3LMUpPZXfnio4JLe9iUTKpbpVRObSpkUl1WQbp94Nid8zsqSE0CuzXBrTxA7ZV7L9UQEPb"
    "r/1669nSlsU3k9AQ4A4aKjFSWrlvVVEKgJYAmipyyjDnZQBkCZAhqqnr3kR0e3X9CCS1TT"
    "knpeFS7uTko5CpNZ/IiQBNAoFjz5MWSU0jtZenLAa0yHZapGCF7kmL6JhWMCnRIuU1NiRa"
    "5LOxInw7qBAi8ZVJExUyz8ZIxB1Eo1+hizBAAaZT6ITEsBHhXnQHRw77R2ODiHOMPOx6Nk"
    "b/comDHkm4jIIIHkjIc1VQ6N5jB7k+854flGarw0fdOb7hWO4qGsycuhP0uCTmErksqGCF"
    "Wd079kjMowOYa999pIuahSYgH3u2YWJw6g+Q0AFfynNUGqDotW6zLvBJV3Ijh1ayV6uwHX"
    "YwptGIsggXhFopzTagYrHtkwQWCQLXftitbntJFqJnhrNTVQ8orjyqWbR5EbBmt1uzHK8W"
    "LFmVKllDg1jWks2vLeWo+hyB8NBGTQJm4Z0/6EUdFEPnmA26f1kehtMFv5WuQMVmdxtAfc"
    "FJ1wAdgVr4xt4v3s/sHjoB1D29Fu1StRxbuoltI9qmOB25lW77jSWgRGV3LURYkY7oHugF"
    "U7aDCbKx8cCyWKI1MUFLbNjhEjGG5OUEzSO+KxFauitcrQnS0TNkIqFyzKNq8NMpWTwXuu"
    "xPh4dv3344fP32/cejdx8+HH18nSpP1UtNWtTpxc9MkSrowdtJtXv6x6uYgcl4DQ3t9oMe"
    "LBwaRBCD9tebq681pl8qUTb6iBmifyObBJ1t7Ad/nq8dHqOFZmtih3R7eMUe+5eDbrd7Ed"
    "wMoYIBWOkmUm4cMiladuwG5W4i4GUeO3UoQxhDeEbr4RmxaqNW5yUvAySHANVgPfsXNhWD"
    "IYpCsFi3ckeZFroneZQ520e2bqWrYOTf2O2VRvim2TMpN7ClK4ts/nypqVov2BgAWxlsix"
    "uick+A7pmFmNerpRYy3m8rt0CyodtjefIBMhQ6l1fzYCU4os6PExYuY6CAWnqYmhXOPfoR"
    "rYhDfvB8d+Ebq6QsyIaJrIwNq6GB6EoiNiJhUmCjyjf091gIzxlWeA6PwVIuulGUgi6kW5"
    "330BKzF5j9HMkun7FSS8yPP2el/RAJqB6zTfkZOh0jFR8B1WP0nl8fP9AzfJcpLkrCLA95"
    "liH4uv6c1JdLZzXvd2m6WZEDAhho9Z5Q5YqDai2zohDQ6kCrPxWtnm2dPfO/Y8W3ctZsxz"
    "h+24Fgl8G3uDUOkGCP40FrCfYsXnQrwb7KhsoQ7PG6y8fVHUf0NysO7SP6PHvDCkq/8DAv"
    "mP1yglgVpAfMafAF47hf2Hgeoh+Rj1kdbYv/NGeYvxSS6z08UkCsF4L54gX/T2DbIRl2iA"
    "eHxvYYJMPqNusC8qXaKtu1lVI1k/E9+iCyg7N7T8RHCUfEx1o/xMeyG0K59tsTFH47iA/z"
    "nlw9MoHQb+oDod9UAqEfiKGCcDy8R3y52jTK5QuOys4dlY6rtkEk47WD9lCqbuFhQ93Cw2"
    "rdQpaHtJNKUxAE79FwFJiq3kpPr52mOC8HMzzkGd7JTQQ+IvAR9YYqODOeIkcAPBkqaQLb"
    "3RhPQ7RHBQUEDHtaaWArtb5IR25l1v+bj3X9/0b0zw9Q9CvG/81rNr5gJLcZItd5yfovos"
    "B0PYzcOU9TZ3Rp8nN8kwmvF0kcPjiuOVkh1nt5okzOfPxgvsiju7Ef+ROhf0i/DHsEegXX"
    "Bl4oEdAwN/5QJsD6sD7A+rASYG0aDmvKUwX41HVtbDg1zotMqoTyjIp1BXP6Sb9GwOnV1W"
    "VB/z+9KNV3+Prrl9Pz6xdvOO50UJRoJFAjBxRrDUYYhOLCLEMoLjgBlVy/QAS0p/SVqq1h"
    "rAZrUQhwrcNVtQxLUQhwBeLqyYirnPENxNVWcIsvriS6WGBcA7p16KbHjSotWCBjMeuLKz"
    "C5VWuLnvBbaYR5yYwyXQqjz5rSBPvWYr3mN7uO7jVaw6nfkqz5NVZHOmdLUI56nhqZwFYG"
    "+srBKBqPVobFCpBYvB0Rv9MEBUv3kTUdyrO+x+hx6SLbZWY0MkK02qBoHQmKpLR/e2luOT"
    "rToCBrva72xAVZgXbulHaGttVdd1M2fLoHRSApoFwS0y50rjOgRbv1VpiFW/b4QW6/DBCU"
    "DH4O3GqkIKpzVcBUAbMKzOp4cW1gVtNwpT0JKt1asUxE5BTQqkCrjhPdnWnVLumvb0ZIar"
    "oRJZcmTbSXlxsk0fPbw37gOqyjdlJcgAoErPXPT5yBonqf/QP7HohYrEl3uEkCHtNiBGGA"
    "7Tnr2827aTs46tFNgin7XFDHoJ9nQoXgYUVUQuBKPfT6GldQs0C3WRdEqVV8aNFhulP344"
    "JkL6GIfW6y453j6qudTJVqtb2KHBTcqxr6SUt7WWo3Ga+hl6J9XpdY06gfRRXhc8f0Nx5F"
    "qk7Zy0lqgXXTjnT+j9vCZlRpw5duSJdXX39Ohpd789Vgr9zFoCrZ1QTo1MqA935QXuepVE"
    "fNIrRe4tCko59dPDL2qxg35pDlpCCHTCGHbESVhu7W7z8cmnfrd3hmHPSyuNuvOrRgxU8E"
    "+kk92JmEdp59ma2jfueobBwz4ofLqSUs/MasUzG+Rakmy1SrE5KZmuV6btgndOgu5n1JFF"
    "INh2zgP1VVn4FNace+5qepkjIwjFsokiJTjjxvhkaOpam5xOb9nlH+F/HNzti9xssBDDgv"
    "YjSIdekZPnGCR3Gp+/jKpMkvjL8bq6mRDdzmG67HQlgiPsBBEE85n1T6M3tL96oTD3kH7F"
    "ofeQf5KZM/60tSEFkmsJuzN64I6l9vrr7WaFCpRFk9JmaI/o1sMuYtU4Qaw6KZhSsTbiVt"
    "l92gzMKtDP8eizaVJnYoEwJySIEcCvAfart3LKDTjtHLDp73vj4QU8lFmEloRxC1Ty4Hxs"
    "NOBEdeTsOYFZ3oDc/lf1Vlgj/brlGzbWUipbmdM5nRmt1C3u/q19PLc/Tt+vzs4uYiPp/T"
    "+eMXi6fC9fnJZeVY4DaBmlJZFNLphOiKQcqZXnsySOfURrzJ7jYymGVJpOIKG1Ls96m9xp"
    "5PxNHf2cXJVjt/VhjbsqlvbsyoxVDgYZMYdriBdnAQWj3MPWGkQbYQWv0cZ10mtDrbcyuT"
    "3lAlJC+kRdhi1/YfxN/mGsLJNC2joxpawlUal7GNZWqTFQmnK+KsQ1Fhslq9QCwMpoKAJv"
    "KMIJgyVlPNzs1L7WjqDg3Zjm1df22L1nA9zZ8KAMu/D8tPvz2ZeoYf0vNNlewvywLnr8D5"
    "z333f7CAdGiEPBMCrBWw5ha3Go2WF4GTcTuJlpIae1JoZ8l9RgavLHmWX1cF6uyaWjbXF2"
    "e3cvFXnsGKAAh2D4Ugom/sHhpB3WnwUJ7aFZCLJeZ3C72YY5zbJReBRgQacYiv7EgJJaAR"
    "n+OsS9GIITV7dotwKEhqOOvjneXqy23RBWwTUQLwtjIcmVw/UwxVOHab4WA9W5Fwx1e5JA"
    "vpWOOY6Zma86ckp0NKf9fpt6zs+wOeqgdZVgQ1dAi1722L4JpizzWXCoZdWaw/nutNV0C3"
    "7P4JTNcXsVr1rp9UAiIcJbw+zFGmnGSQCe1Ggo8H4hYp8AeXWMpIZ0LgblDBOs7SV0U7Jw"
    "Z4q7h3DC9c+3gamEtsrUVuiHo3skh2L4/yeHaXThzK3DGh5mrLi7SjgoyeZq442mR8QlHi"
    "455OoSwVemQ6tlQSfvy274nRWXQXXUHCD1iY2KMCUewLO3/Ao3SWS+FEz2t2NOyJ1N+ju2"
    "gMElVqTA7C/kiltzoJQ7zytEKt6r0unapV9K4cfOvSfyRjK3Z2+D/peSobWZFXI2QiK2qx"
    "9l2TNQ4xjUCgSSYLNoFeIswiut9ZfLtRqo/i1aoQPvHZeHDXfqTBV4InsouTraET88LYlj"
    "OzvOUmICYx2i3DAoEVewZWQHWVrvhNCFmph3qcwQsyISvpNqdop5fE4I3aHhZbOFH2DI39"
    "lr/XyGCWVuJKa2xI2eWR+izQX1K9eovukmrx2xuL3S4xSg6wgDfoSpFBVGMJJog4Ue8u38"
    "I+MhwLuVw4/oBe2qAA42r7sFbvDCGow9KU4Dx/juc5hKDqNusyIaj3FNLqfNeH1iTje6xe"
    "xk69g65mthBTI5NiXZ9gXUmvpuebYj3VREInpbjnknwkxCulFOBUAFKA9/DYhm5o2NMdqr"
    "mVBSHRXaqoWyhsnNEQf5oI9Nauix+am3427vZjT9PaXWrsRllMp428Nb4QO75rr7AqtmUx"
    "aGshqDQCpFxfpFyhut+epFyhquDIYJYl5cpbY413Vbiagffcn/cUQ5xuqi1AfJ6/17j2YV"
    "mEy2eQcvMbJWpZorqseiSBWnnZkcyTaiTBN0acExPXd3MpjZhs5+VjAZX2Liz2BkXj0YI8"
    "YIfR5smNkOsjA61c8x6xB/xEL7jMBAsQCRDvwIQtNPfdFWPTA4x89zGoMvWdPGE7Y18Kgz"
    "DpClu4/uaADitdoubdP5X4fWhI0y53AiETT5ASBgVED3pIaUy3HQWU8zIAsgzIru9jU6BA"
    "NuYp5aR6TFN6GsavxSwlpn2orOZkfI/+mkS7GKXPRt37CV7PYXk9IXZtUDQZcDj6xK7931"
    "izPxDYy+m1yVZL+Y/8UCkTOZF4ha7oAqE2Kw+CQ+sAU1M1nND/M4vVwQ/0Q2wRZrYyM9c2"
    "THxMrV/+mdAybuPGd87KuKfjDTruEdGRjFpBLwKKDzWwyYI4L3kAnE8PArqFRWFxtsWi5i"
    "D8DcLfxrSJaawSQPibbrMuE/4WHa27zHpRspeibVCdb9f6i9FUzTZq6n5FDiIOqoTEHxyN"
    "Cqj1jEQq0FskUm/cWstcBH0PSCj0+t2sDNuuN1Nzcv2ZqK+7XbBvDz+8T9cq+6Vpmd58Ob"
    "m8FLDuIV5VwbzF3+vCcePxWtDATTv6+T9uC5t5JSI03dAvr77+nAwvh4kWwY7yfZRCcXMi"
    "UD1p91jczAEtC3wmAUHQewCPv3u24RjiPbt+mymJadAYvu+9Zrju1KdTRp6PN1UnjC0ynx"
    "NzLVzKzVpfUbIrva+C9dvhq30RCatm+xVkOrL7xkeaFipyiQMSaxHNSUCJ6DKckW9AtdZr"
    "TqqzGIrKIk1BHm0MxVq9WvR6r1rROy3d8eO88N21p7bt5kWAbdvqXOdwVeFVdqwnztufk/"
    "uNC2VZ33p+dSm3TezDsR7h3+BdTydI0sU+TVfIdkf7ydsfT94dIwMFVJvHFmKlCxGjwNDj"
    "0mU/rmc/ZDVf6JLaoMRnzf3bJC7uUo1Bb+3Od87pm9x94pIyjJ2IY9zphzNWWIYqG4adVa"
    "gBPzv42cdEXI3U4wp+9uc46zJ+9uGXmRmrk3D4Pi19WGaudUx3cGxVJcG/tbubBdj+6q4C"
    "bP8YMR4621/dRoDuB7of6H596X5deOgKaVpP7FXz3fdsMZNPhRmlJifTVqY98vM333UWX1"
    "1xV4/s4mQr6fnIxlILVLKtBy9izWV+iAtkMFH6Kt0zijFZC5yODNDaCYmdkYz0uFiG6Cti"
    "TEPA+EmDFccQ18lu/xHQdmRoWzvU0Oj/EI1ed16mRgHZkhToJtUgaR8b96r2SCYFEef5UF"
    "zL2onrzssB0z0UplvGv2EbQbjDhOfEYL6HMt8yng36RM7t7uDFLEj2kkE4FFp44JNcfauh"
    "YAgUDBmILT4ZUcGQpMe1wLDPtb+uN+uzLqrZ4O1xTMhbuqGLQuMeO8haM5R50Y2oxiX9rv"
    "YmoAa2TdeCz8KFDPTo+vfCwKW9biU003OVXPm9p/d4Ayb6k5ro2TxUsK13dRWENAxTaN/Z"
    "xV+iHfSkvFw/ujEUWthNS/KxicnDTspwSRRsoKFMvIzNG52DROA2qd8/8zL99aTxsGOxSe"
    "plC22/K83cMLEA5WZqLhXSKKGiDW7OIpn5ULIz6ttV5YV2bFU1MEQbgGujU5WFQ4PYVYzr"
    "g+UyCQiS2z1IzhY2CGuML0hEILhAIcktsQF3IfmLosAADlm3je12Nf6vKATs33b2r7bRjX"
    "o3IqU+N0ODWZb9K66wIXF/n6naeUa/PubfvcL/5S9PZDhApsZyPBKJbURgPdaQCTgsAi7E"
    "38NpbYhpvQ1ZltOQhnt7KGFDvj2stSHZpXK7Dv4K7eayLMlqSNPopLM8knBp0eNiF9a1LA"
    "va6ZBnmgiqQNTvm9FoDTIAu3ZZgNsf3P4DVfyH7PZnun3WDLZG+S90i5VU/wvdauUC/H08"
    "xz5mzT3mUdMO9Obw4w8Woh+5zBXAC4wwl35An4Kt2OFPQmSy/h2s+aU4qr+l+4IpMixTBG"
    "IBejlYk7dExS+Ql4Eyxfvkz7trX+T2akieTyV6VBpzQV9j9NX+sTZsIkrsrl/hOZH+F/jB"
    "n+drx+T5aLM1sUPiBK/YY//S1QT0vexZV8oHVZ9YJtRfhc3kg9H6xKCyV/2uo28UEBjLYC"
    "yDsaxsLH+LDNwzI8AHAlM5f3kiFysfyAbKOzyOHcU+RGQEKL5JQD/D1Fg9jgt0GnTXYrbr"
    "DNuuswhQ6E7Q0n1EPgnuN/RCUDGRW7z3nRNrggG3qfEDtf8DxHpu8had7LNHajqz3wLWfp"
    "PrSmzVWwFr64kR6+gZf4/JneN6dI1zESeyz+NvSCX8MJigwKUfG/QOJh0ZNe40nHtu0dNn"
    "eDZdZihe7nfOnCpK2I++mOOGLP7fsO/pDXx3vVhG3UQnKKUt+Lh0MUoSAL/TX4KQhOukpg"
    "T9plGgDoPogI7+/cAI2J/BHjF1/YVgELAIfbIIHPPq1lwfVpgI7BhSuNO+3FX6dMcBhQE9"
    "3QxbrfxeJgJ2Vft0QrLTSLMJiUCPZALb9fthEg5fSzAJh69rmQR2qdSvAErmamZOCXy6lc"
    "Ty4pGuZlMJZTUK/2+t2ElOs1JDuCoIdquomMxQomZHr242sAEl82BPPuDKX3ylP41w8cqy"
    "AdV3t6YZSP123CvOA9uDZWEWHkIFpOk3QV9/vbxUo14kgsWp1X/r0n/6CRV/0r2ls0DxvU"
    "itGM3zh5oAkML1iQytlXx//ADx32M8vyYNdAl0h+gw3nuHvDQotTAw47DqbIO02iciu4Zi"
    "0Dz1rgVpgKPW7npzb/49csiJlMDkkpT+95AbLFECLPED8ppc8T0Q80Mm/r6fkLnERsj8eg"
    "7GVsCvUJytdHToIvr7nPiCCOAuHgBa6bC00tyKk1VMcyIa6qbtx0j62AjUUj4zCe3Sl45e"
    "y3iO6KhagPm1IsKzDdUqV6rtcEpSoLEI66TTA0/R7bno2+1JD5dIqx/j7hAfjli1T05Bbr"
    "ew3fFYOW2Wshk0UwB+5e3UgUyYLliwYMGCBatmwZI5MXnTr5MwxCuvzpqtDJtIWrapIDg2"
    "tDIhnyibdGDaS9fJpO46NN2Vki6eEwFDXUIVh1qpfYQ2h0uq5i1dW7AVN8BckAKcJXAG2i"
    "kfr3x0JBOwfHRUH7HMrg2FdhrYSm6bdQIbHWx0sNHBRgcbvWCjfyJmeEFt7gOBYZ5emzRZ"
    "48xvNyXJsFZN8N/TgDWTBfxCs6enNMmhNsVzPFAhhU63WZdJoYO44k7rSFtKlFsyHsCVAJ"
    "f+3VgQ3VuPbiqgIbztM8aB6wsOgnrLKh6uTWv79uiIgdZUqyI6+qJq+Dt9ZBXphnqZiQDU"
    "vChMwa5pABUi4YlMXWzTt8ffHIhM3eTapMnUddyQzDfMeM8Gbw2pZoWUjMitzQKXvXWwRA"
    "Za4SCgXxO56zAgFuYFleiD0Yvf8BkvorSesbvMcDJygm6+3LysBlS3f/uWfeGnZPFcbO8/"
    "HR6+ffvh8PXb9x+P3n34cPTxdXpMVC81nRenFz+zfazwiklY6EvDcdS0n5yIhvpP++5c8J"
    "h37zGvSdCrR7g2QQ98jEIfI7jCxs7hyDB38cEudIU1nclFOZ28YT0czw0+sxjXFnxmX7I7"
    "jWwiZP1lxTU4JH9Zgr3AhshNy1YTIrcYOo1a/f3AME13Hb21bK9jdPw/WeHTuBZP+hno9I"
    "PU6YGJ75AsDkloK+nyqYCG8L45/Cijyh9+rNfl2bVSOJtrKYVwJ+O1U+TfvJZKUmXD6vF9"
    "XU1TtYkjKJjc4O6Ix2sHcCeWUnI6VgBuNpdyYtD9czhu7qqNtDQcy94puqEoCbM85FmGyK"
    "X6PVRf/iM2fBTrPxeEII6+6k1VLqkNdbQVAqtz1vq+JJF3kt1rXBjLskTFl1XMEpWWbgvA"
    "al9+uKbmsATxlnficBc5wYJ2I6ex7Oe/XWM7Td4Wg533y4/saK2D+z9d0pO/kODEWpEon0"
    "LAURauT5qIyiUJeE5ZNhSy68d0yEwaSMUHEpCQKk4qxEFeRkP2q31y0cKe4YdJz3V5X3Ze"
    "SkOg249JZbtUyKw0UUIas+9qVP2iWJNxN0LQmxLBqXFWrVJg0iW5UAaxIrgnjMNUmaRRNB"
    "aOGxCBztPwwueF9GNlpVjvwwbS+7DKeRu+uaRaoWp1u7xYj/HT6SejDaD2qJKOVZmUopBO"
    "YSSd9SaOEGvBRKVa/rfsZiNDWdZMLS6wPUxV11wzfWtPS5Vi/im+k0agd22sppCJbdU8os"
    "2mqpUfKVHmnI5Ym6w3soWScwEl9/gJ+dh0fQuZrkdY82Qfo3Q+0dx3VyyePsCi6uat3Rds"
    "5mHZzBCIA4E42gXi1OfA1QTi9JAC9zTmXCc9bx59xjA4Oziei5IaOp5H4miWii9IaXJFX3"
    "NJDGwkCf9o3iOxv5VU8IWMDGlpL2lpmQ0pmj5nqIoNgJwZ26z/54zntmtQlboEr3wHKlE9"
    "qSrOZkBBV4yHa6gptq+I8/8qYJuM1xDc9h1VxJo669UM+1WEzx3T33gUqbqdISepBdZN+t"
    "/5P26bVfFU/bu8+vpzMrysn9dgP50R67vKEq9KdjUBve7RHa91ioYlWuj1OGcS2nnBZNCt"
    "B7eC7Yz44XKaeFRlXbVFqefsp80pdGoWW1UQbLbtNltJf+4t/HJoMMsabNVVtrtzKzX+9v"
    "du6Wgrd+re+pSFcgkrTuUDveqN28hlNC3GhXVs4kK15Se3cSFnqR56fXOWoNqybrMucCBU"
    "qi1HZ/sus16U7CULtc9NdrxzXH21k6mabdRsjoocZNFVIxShpDZwwuPkyaAOdG9hzED7AO"
    "0zIO5h0jrt0yWZcWFhh369zdkSm/cHAj6jOGAiQWmQWGJqpiJSxbQTOcTlkDtHBvIxnesg"
    "xP4xL3U9N0yMjIXBMOUfXHz6waQYIN4ieIIMx4o/RpFvh3/C/iJxge3uHwnhvsPiX6Le4m"
    "oerLxMjz4stvL68WO1r1tCPe3O62lDz96uq8QRa7pTv/qyHLSs324vsc1uN7SrkoD3dryh"
    "f/3WAAPoXz8anKHzwdj9KUOu/De4KW6ZZYc6ABrXABwayNLpLYpFANursgAlFmSj0GKqbM"
    "8YtGtOG15H9xqtatNvDFoRMwFtWwF1K23r58ZKFFqIh6O56yd1Dxh9mtRGIE68yOLaCMFP"
    "iIQBou9eiKmMbbuPAZXz8Y/x9R/5peCVtxGVX+j4aTINV0p+D34D9kMuLuufrAFLyh9no9"
    "SasADHCzF2YB1AjN2zn3WZGLu6xLuGMJaWE+6edistsuAyNOFhPU14KKzBWZdnUF9kpCgF"
    "pUb2KDXirX06RMmRlhPR0JHWvq+SPi4U14mrX+F5GVjfe6zvfM912QWel+nRk2m5j47tGs"
    "n3GZ3DOIFtWteJuX65C0T7X/UHf56vHZOhimZrYofUIHvFHvuXriak73chNSllX4RUoMe3"
    "IFjPovraY30NIG4iB++RVB3no4Y6zkfVOs5zjKem+ESt5TYKMv15E153hXLrLhqyi2WbE4"
    "NWdsOxYgVZRHEpWdXgl7IchL5IhL4kmAXu2hdFwEjAnYlqdyR0cuJamx3brW5g+xrB9oW/"
    "e4Teboc5LkrCLA95lhMDeFoTx1Cf61oRBA2vrOH5+IHgxx0SiauCkElchXfhG6oRTnkRgF"
    "SQd1nI81JMvRTJAsiQ3Aqxj3rgmkbBqB5mRTHAFhKy245+3JKQfU315OuLs9sD8XpuAeLn"
    "EL5bfpElIIYI3lYieMXgcmW2BWh/Tu4zLrVMFte8zl9AlX4B9PXXy8uDBhW4BXgr1Rb0hF"
    "mo/tfgLROIjh/2b/RXiJg+f9Br/+gvGD1CbltEeoqvbFj6FKcSW4PTb5cYsSH3FCnEaEOb"
    "OLhQ3OMYYRbOEAeIm0vDWdD7zDbocemuJuiRhEseQO64oaBySAf3hzIhwwohZ00bp8rxGE"
    "Up8Axt9QyFrjrIeRkN4xvbB5nula4fYaQAc1EKgJYGWjE7ORMB+rNKI7EDUmXVJuO123s7"
    "CdSCsgljT5GRSYxKNOhdiFigYaVp2Fz+7J4kgGpC9NCAVuQIB1gVM54B110d1Fuy7OpExo"
    "JNBm41XH9xH5HLylJmDDXy105Q7C9/jCKXP2KPnKA5xlEVysclMZfol4sbZFiGF/JKlMEj"
    "9oOqBdvlg8CUHZYpC9nQz/HQh2xo3WZdEKJXyYbGDsNcsIs2lp3PSUHdefm689HhOF0p9q"
    "goifVoqVJ1Z23Y/dirHyWs1Y+1tupHSCnqnFph3dXv6R+isnbzMn1m3uKV28+ybT+7nEFG"
    "HzkniyrQ9Qm3RSnItS1s2W3k2rIEfmqLscLBjmKLoZKgdlRjB52G3JCIEq1u8feavTuT0A"
    "DeJgWzk57oQ4sZHr19XaH9VGgpyUjNKwffuvSf7uM0n3Q6WorSFBOEe5F+n40/zp3Q3xwI"
    "KL/02qSJ8Jsbf0xxOqzVXr4lCu33A289owrAMjLbjLVFMFsuUGkQuDVgWYBbg1mHbr49n+"
    "gjnOPqqw3dfLvs5kv/8oWrVustL9OVKfh0BTvbN7W5R11oX9RjnJfRMNDvUCp06rAhdOpQ"
    "EDrFPd4qlEYmoQXGfZMageurlJxIhgPvX96FU1tRuEOcO+tVhYEoruOcfI/knGGreq4OvO"
    "UmICYxnGOU/niXdAqgn0U/3Dn01scouf+TRxEXDHsFL25Brkc/bvrJaB25KXK7VNgryUIF"
    "oyGr966/UNPrMwEIgd0eAkvRqmILFQgq3Ha2qmoyt58m6pUnZV6tw5n7/UDAgecvT5pocJ"
    "6qOXWzkRLthCx3RQFDXBQ9+qzCsJPlSUYZlDz41Me2scEWCl10jS0SIGPOIlBZC3bTXa1I"
    "WD7FW795ywGup2TxXHj4Px0evn374fD12/cfj959+HD08XW6AVUvNe1Epxc/s82ocI5sZ+"
    "v5f4Vab40T2tC2HXn7VVVD1yOmCrqpgH41a98cyoS/0VH1ZsFhJQTOMzZJ9wHZKKKcCDSp"
    "2CdYCNx8mjl85PLmuDKwU+HivCQ4fAZmEe4VzdOeun2zCs6YnSNQtZNLjWp2sGIxovGorS"
    "r2lYPRA/bJnJi8EA5ioihgGjHVdg3E4xl5f03237j7LleK2e9xT6lqJll7t5UKemF3m86I"
    "xe2KcufNYsvg/FVQyAepkEND946KmkLTuK79rDVx4+eO6W88ilINyv0HjWvkAizu/tIruy"
    "ClBfBd2/LsDJ+uDCVzPi8DIEuAPKCeGUODfuwGRrHGTohXnihx8WZl2Ha9mpOT0yaI4e3h"
    "h/epcsN+adJrbr6cXF5WlZt1sFvobQA+2lG8MOPogokdi01IL2dPy7nUCwrGo6EUhZkT0f"
    "Bs7yCGx3cfiFXT/KBBVS2KaZD62LUSlSJmKlZhqAgC2NvNAnCDPBM3yEAYcvr6hl9wEBgL"
    "IUuevzxpYsrpZD1gP+AE9XSVk5BizWMBZIQ8XCRgVescE9Mvu5ph/ycUrUHkYZ/x3hYvh2"
    "Yh02bBpYhY6AUrC86uIMIrfqMgdH1sIWNBl89LMaXewzMFfPvvBaTYIPrgiFuvXmBPTYuB"
    "xL/GzLud9Kb4JwTGjIGHZ7OsBH8soBP53ssU5CEvvD/Stk5RDJRxCWW8sDfJpo/kZbShX9"
    "rL5LNrm+Y1MMR2fdM8HVZu+wq36u6g8bbQMgcycy0BAbLFe5cIaQFv3847MB7rV7pexmMx"
    "hs40bHvHILqCKJD2QybtCxa2kqYlkNTJrOgq1apsj++Zc3VWut3IwJZNvBIstkFlYBWmQc"
    "R4laZJjvKSo7pOUF7mJ2QbQTilhj5jkBgHlVBSPPoO+xMUGvfYQWvOPrEMKd99RLZr3rNO"
    "eOx3lmjFO+T5hhMYvJholezq7alCuitRmH08j96I+Od9qavnwlt1VlgNLJ8OCZH8apcFOC"
    "+jX8JW+/Gh8S6iiPAe3Mig8e0g3ZCEtlrbyEQAHL1bwR1FCI7rYacfgFvmnhIVR83lkpfS"
    "hpDu2enCMVRnInJikMs3ZBICKMZnSDGatrtbRHBBEOjFQb/ZbKqmdA0HapUty3La6X7tGC"
    "4K4V45SipiZgSJDaex5Oe/XWM7ZaBqiMdiDNfIttU63rFUuMMPiUk8Q9i+SgWsb9mddAKr"
    "S0Y1D5mAUC0hKhlC6JWkJLhVJrJBxEFGgfDMqlDRJxL6MYvR44WoDAuZaz9wRe1b97+dVP"
    "Aff0gWa8R/EzCjvzcOBM60L860OAvSgfDFuQP+VCK7I1ng8ms4LwLuTVEzTVeNzkvGw4KV"
    "WLDDL3w3Wqp07vrTuJC02o5QFYSWEdVtYeFTHWsamK6at6okpp9DpX2HlWk4U+Y7F+DcWH"
    "a8IAfto+Wrjv/LJc5OvFVBELjKoRBZMlyljec7OSAyMeAph8xTpla3un+vIgpOvt2cfGz3"
    "UIc/LwXI74Y8BAFDEPDTHySjDwI+JbZ9EeLVgYCvTq9Nmshqz9ismF05o6OnJBkulexuU9"
    "2ShdKy/HEKlElswoE6ZrVco9si1+eX52vHmqCVEZpLbLEPHTecRAz0zKX/GCsWsyugrzt8"
    "jkwRWR97cXMwdx2a7gq6JkNwryZpjcmCVgA3J6Ihvu1zqRSvKX2chakRoIhzQU47brV9So"
    "pBFm3/O2BdENQO7A4CqrN8GcXA9aqkdnC3v7apdkL86RwL9PZa/aIgA96CqgHqrlUhzUkA"
    "oFVAqaat5jh0e08D6GcD6KSjU9/dKDVfrJFdp4ZoQQYop+2UU2Y870k2MSbjOr3ZyECWpZ"
    "oKy6tAMp2d3JydfDo/KG8ILSAr3z91YBuCLKo17VPp49HXXy8vn5K3i1d0DXOXrXdJ7i57"
    "27azd7csGb7ApTF+jXVZsoxNkh3/G2YB1+gb/YQbo4g9JqoKGYSIakMp+cZu5VsC9q7D57"
    "TcWRWIuj2JOkioqode3yCFtWftOOtFSZj1ocy6IHahkqXCzxtLmPfNJl084QWhpvneZa6f"
    "dGttmFk2WyNMmB8x586X2dxdi9xGjcGJRUGITpSPTuTIBUvjjcqqLghpxwG9ey2xrt+9rl"
    "3X7JIAZN99FKQF1uquBRltIpVaI4HiMAEFQHMSAGcFThIE9HlTarGpLNKyGABbByz36ewC"
    "bSYI4JbBjSKCphQq/nIroCuQBHjL8EZ+SM8g1k4OzLwggCsGN4pewLsBXBYGkEWO4h3Wb1"
    "kMgBUBu+PaFYkCwBUn59qZzjYRIhVsG9Kli2J9dsrcBHEA8hiZhxg3NZ9yXgYc9TUuZZkS"
    "Qyx0fc+SOfmA+ZGxak9UL4e75b66ITHxgbBiTn7ARMaV6WRjJSrl5FyHTHBOzMjJGLJPPS"
    "MIsBX1xCMLxwjXPkbUfDfvJ+geeyFyWZc81havIEssURGdjp5059w5J8VPA+bp5N5PNKer"
    "KSptziqXv/Cxhw36S1Tf3HoZ9fFbGs4C88Z9S/ptwTc6QN9otKgVQ2ULQu0cwk8LcsdByf"
    "iB7R+qyk5RSkMPSzeh9pDVAFkNumU1QEJUD50OuAajYiBlEmDgV6OYTUwedu2YlheF+Juh"
    "xN9IlYZhReajN2PXEvUFaSgUM5xgq2i2FSiQHiz8K9/iVmSdgR9dn8jY9246VKrEQBL5aw"
    "T3LJ9/HmX883ZevrteLHN2+U+R/c2CpdDctW33kVnKPv4xvkfwI78WvPI24jIDHT5LptRA"
    "GuaFv3uELh/2btJBvyeR/un1XLwsv869DOwXMOoh4HkQu6/GRy8EPOs26zIBz8OiPAZE43"
    "XSDA/7OE5ak3ZZ5oW6ssR1IktZQ7TpTlBXJVupmDugNd0+2vmvpQB1SUxDhunNYZMOlqXK"
    "f2hIlf9QqU68NBwH2ypI50R0RLn1UAdq56k5s1IBDeHtgPane6wavpmEhgC3vyHHobtqQW"
    "dFISgAISSkdwrng1C+bcCOIWkw4TX68f8dymwKh/WbwqGoqhk11JSRLolp52jtoCeSjz1D"
    "HCjZ0HsqL6Rfk472z7gYMHWiqiAIrqHh0FJVNjLnKlCc5KKkhmykTtP85PU2B8zWtG99Jf"
    "401W0zE4NNc8hvEzQBfyZzDE3A+9Az+65MOjRFo21Tn8ecqHaMzUQgiWxrXdK+S2cObcXW"
    "JYtN5GpnZj1vKsu2BVi/eCcmT3Aa37KVxTX/uipXJS2TrXvmPMYRfNf8Xhqt5T4SH2PQ6u"
    "MiM1S3B0b62VipyMhoPAtTfMEahtMfXvKARcLaHlnY/wkVckDQyrjHAe+RRAHFViLPCrAG"
    "9MvHv4sjIzt8llJkZC6Eikc+BmvTxNjCEP7YlVoC4Y/PJxAOwh+f46zLhj8OKQ1xQPRj+/"
    "Z0jJcaz1sQ0s871j7JCxEgXUWAqFJuGpNtH2WqwH6srwL7sVIFdhRxIB52LAZSLxh3ENxI"
    "T8IVNZtNgWXdVEC6INdj/ej0k9EWkPYx/WsDph3uUq5MJAxFy2SLluXRU2yHVZEE7rm6tu"
    "cGsde+0orOiWh3JHbSHG8dYFYPMqlokPHHsojX3kA7/Nu3VwokXAXzZlKgLAtO9eGwAFXy"
    "h3O9qr5eaz/PpI72UqNr0mrFi1YuzDAylOU9lJbYk5b5KJ+mcMbN2mPd+D7h4P5A4B/KX5"
    "40eYeCaCD9y+KREkUxl27gkdCw0RLbHq8ROad7LPu7ELvNMWLJQih0kUeNFVasArm8MOUE"
    "0VPwgZiY3mHtBxPk0YVFn0C3ELr5xqUlS2UxO30WlLEEl89INqyRkv/g8nmOsy7j8sEOw1"
    "y1h1pOCggwBQJsKe6ZVG+wLmu6JYGBKkiEYqqFCripgHbgtu9He8S2atHUnIh2AB++lnH5"
    "0FH1eamvK04f1gebhOva9J96xbYi2I4NPnott2KBq1iJwompzsqVg29d+k/34cRDaH671V"
    "SvrsWCwX52cnN28um8ZK+3YYPfEvMehwf1Vng8YCJjh4fZWAlLPLWFI7GotcNsgwy0Ig75"
    "wfPdhW+sUMw3MzPZSC1qkbW99/1koi1Lizp1IPOysSyV8IGEmzQEM8eVVweAeQ7mORhqYJ"
    "7DrLdtnpt0FhauvxHr3efOelVRO4pvfE5+yBWj+JTSgcco/uHOiRMmjpN6zXeOj03Xt4Jj"
    "FP9w58Sn0nFyFN45K8Oerx2eCH+Mcr/c0bsuFjiILmQ/37F+Stg/Rvw/5bP4aWI16ONCLH"
    "Jsnzumv/HoXNVs75nckOe6FZ/q+T9uC69wgueLLyf/eFl4jS+vvv6cDM/hf3Z5dVq2v1ZU"
    "wRTQM3+9ufpao7KkEuVtlZgh+jeySdCZ8/Pgz8naRrM1sUOqz71iz/tLVxZww3QwhJqno4"
    "x8aatkNyhPR0MM5PaN7yniIZkPTBF8LhN5z9j+5tkEW2x/4z/cOVElArop8v/usjvJROHU"
    "x+BUInCib6bY2CWRgHJvlaAx4kc9OuxdCjhVpSGuZji6XFWFrxjOivMtktdQnddpyqEGzb"
    "OZ41mNkdY4v7OeLbPR1pKMDTw1v0hRCOISBRrI4HxOGuDbEPfZ6EmC0jSq3iRxiZraxIBO"
    "i9SMFeLiJqkcXZurXrlkPGwVdZUyNZGP7pqZNBpB3mmRmjxkAudnCVFZ12dkVso5QFnpGO"
    "yE/iZqphc7LaPlcBxVg8F0QnxElSoKH/NXknDCIoTZtTS02HCCR+wLA5A7eQKEHQ/Lr0mV"
    "7KUrSIqQI/wy6SFz3wfROj2O1+ud43rsW7k+5wD5TwNg+cABAQ4IcEBAoIV2LneZQItkH1"
    "ZMgCxKQYZ8lWqIFUslWAsyQDBsJxiywMU9Td9K0OTIcJY1fwsrTIJcyKtpe0J8Yq2Io30V"
    "3NLOOKj03RNqDZrLA4HZHF+ZNFnMRjZmm41cjypYocOyQh+wHyj2b82JaGH2lFJdjo5kUl"
    "2OjupTXdi1SmNRFYTj4Rqi+0YqkehNQyLRm2oiUa39Xm9I1pvuPViST2PCt2Yz7pVltO9h"
    "9p//D2vpWfc="
)
