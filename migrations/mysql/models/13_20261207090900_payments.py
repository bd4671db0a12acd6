from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS `payment_bill_report` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `bill_date` DATE NOT NULL UNIQUE,
    `state` VARCHAR(16) NOT NULL,
    `bill_found` BOOL NOT NULL,
    `bill_sha1` VARCHAR(40) NOT NULL,
    `bill_rows` INT NOT NULL,
    `matched` INT NOT NULL,
    `missing_ours` INT NOT NULL,
    `missing_theirs` INT NOT NULL,
    `amount_mismatch` INT NOT NULL,
    `their_paid_fen` INT NOT NULL,
    `their_refunded_fen` INT NOT NULL,
    `our_paid_fen` INT NOT NULL,
    `our_refunded_fen` INT NOT NULL,
    `run_by_type` VARCHAR(16) NOT NULL,
    `run_by_id` INT
) CHARACTER SET utf8mb4 COMMENT='The reconciliation of one day of the WeChat Pay trade bill against our payment records.';
        CREATE TABLE IF NOT EXISTS `payment_notice` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `notice_id` VARCHAR(64) NOT NULL UNIQUE,
    `event_type` VARCHAR(32) NOT NULL,
    `out_trade_no` VARCHAR(32) NOT NULL,
    `out_refund_no` VARCHAR(64) NOT NULL,
    `outcome` VARCHAR(32) NOT NULL,
    `repeats` INT NOT NULL,
    `received_at` DATETIME(6) NOT NULL,
    `last_repeat_at` DATETIME(6)
) CHARACTER SET utf8mb4 COMMENT='A WeChat Pay notification that passed its signature check, kept once per notification id.';
        CREATE TABLE IF NOT EXISTS `payment_bill_item` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `kind` VARCHAR(8) NOT NULL,
    `outcome` VARCHAR(16) NOT NULL,
    `out_trade_no` VARCHAR(32) NOT NULL,
    `out_refund_no` VARCHAR(64) NOT NULL,
    `transaction_id` VARCHAR(32) NOT NULL,
    `their_fen` INT,
    `our_fen` INT,
    `note` VARCHAR(128) NOT NULL,
    `org_id` INT,
    `report_id` INT NOT NULL,
    CONSTRAINT `fk_payment__org_node_3e88040d` FOREIGN KEY (`org_id`) REFERENCES `org_node` (`id`) ON DELETE SET NULL,
    CONSTRAINT `fk_payment__payment__7c7b62df` FOREIGN KEY (`report_id`) REFERENCES `payment_bill_report` (`id`) ON DELETE CASCADE,
    KEY `idx_payment_bil_report__89ae86` (`report_id`, `outcome`)
) CHARACTER SET utf8mb4 COMMENT='One line of a reconciliation: a payment or a refund, matched or not, with both amounts.';
        CREATE TABLE IF NOT EXISTS `payment_order` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `out_trade_no` VARCHAR(32) NOT NULL UNIQUE,
    `reference` VARCHAR(64) NOT NULL,
    `open_reference` VARCHAR(64) UNIQUE,
    `description` VARCHAR(127) NOT NULL,
    `channel` VARCHAR(16) NOT NULL,
    `appid` VARCHAR(32) NOT NULL,
    `openid` VARCHAR(64) NOT NULL,
    `amount_fen` INT NOT NULL,
    `refunded_fen` INT NOT NULL,
    `state` VARCHAR(24) NOT NULL,
    `trade_state` VARCHAR(16) NOT NULL,
    `prepay_id` VARCHAR(64),
    `prepay_at` DATETIME(6),
    `expires_at` DATETIME(6) NOT NULL,
    `transaction_id` VARCHAR(32) UNIQUE,
    `paid_at` DATETIME(6),
    `closed_at` DATETIME(6),
    `close_reason` VARCHAR(64) NOT NULL,
    `org_id` INT NOT NULL,
    `payer_id` INT,
    CONSTRAINT `fk_payment__org_node_b248f00c` FOREIGN KEY (`org_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_payment__mp_accou_5cdd41b6` FOREIGN KEY (`payer_id`) REFERENCES `mp_account` (`id`) ON DELETE SET NULL,
    KEY `idx_payment_ord_referen_0be3c9` (`reference`),
    KEY `idx_payment_ord_state_fcfc93` (`state`, `expires_at`),
    KEY `idx_payment_ord_org_id_c90735` (`org_id`, `state`, `created_at`),
    KEY `idx_payment_ord_paid_at_f66860` (`paid_at`)
) CHARACTER SET utf8mb4 COMMENT='One payment asked of a payer through WeChat Pay; its state follows core/payments/states.py.';
        CREATE TABLE IF NOT EXISTS `payment_refund` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `out_refund_no` VARCHAR(64) NOT NULL UNIQUE,
    `refund_id` VARCHAR(32),
    `amount_fen` INT NOT NULL,
    `reason` VARCHAR(80) NOT NULL,
    `state` VARCHAR(16) NOT NULL,
    `automatic` BOOL NOT NULL,
    `requested_by_type` VARCHAR(16) NOT NULL,
    `requested_by_id` INT,
    `failure` VARCHAR(128) NOT NULL,
    `user_received_account` VARCHAR(64) NOT NULL,
    `succeeded_at` DATETIME(6),
    `order_id` INT NOT NULL,
    CONSTRAINT `fk_payment__payment__f492b594` FOREIGN KEY (`order_id`) REFERENCES `payment_order` (`id`) ON DELETE RESTRICT,
    KEY `idx_payment_ref_state_a0f9da` (`state`, `updated_at`),
    KEY `idx_payment_ref_succeed_c8fd06` (`succeeded_at`)
) CHARACTER SET utf8mb4 COMMENT='One refund of (part of) a paid order; out_refund_no makes a retried refund the same refund.';
        ALTER TABLE `mp_account` ADD `oa_openid` VARCHAR(64);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE `mp_account` DROP COLUMN `oa_openid`;
        DROP TABLE IF EXISTS `payment_notice`;
        DROP TABLE IF EXISTS `payment_bill_report`;
        DROP TABLE IF EXISTS `payment_refund`;
        DROP TABLE IF EXISTS `payment_order`;
        DROP TABLE IF EXISTS `payment_bill_item`;"""


MODELS_STATE = (
    "eJztfW132za27l/B0pebrKWmiRwnnnTWrGW7TusZx8613encU3fpQCQkYUyRLEnJ0TnT/3"
    "4B8J0EKUAiaRLGh6a2iE3KD0Bg72e//e9o5ZjI8t/ceItr8tPoE/jfkQ1X9IfipTEYQddN"
    "L9APAjiz2FjHW0zteNTMDzxoBOTzObR8RD4ykW942A2wY5NP7bVl0Q8dgwzE9iL9aG3jP9"
    "ZoGjgLFCyRRy789jv5GNsm+ob8+Ff3cTrHyDJz3xab9Nns82mwddlnl3bwmQ2kT5tNDcda"
    "r+x0sLsNlo6djMZ2QD9dIBt5MED09oG3pl+ffrvoL43/ovCbpkPCr5iRMdEcrq0g8+fOpu"
    "lno+n0+uZ+endxP52OJAAyHJuCS76qz/76Bf0K303evf/4/uTow/sTMoR9zeSTj3+Gj06B"
    "CQUZPNf3oz/ZdRjAcATDOAXV8BBFYgqDMrg/kisBXiE+wnnJAtJmJPom/qGIe4xyHfDxBy"
    "ny6WrrAnryB5o3trWNprwG5/vLLxd396dfvtLHrXz/D4vhd3p/Qa9M2KfbwqevPrymnzvk"
    "RQrfsOQm4NfL+58B/RX81831BYPX8YOFx56Yjrv/rxH9TnAdOOTVfJpCM7M6409j1MjIdN"
    "bXrrnnrOcl9az3ZdZjjDLTHn37dNbJno72m/W8ZAOzHi3SmknvcpMd7hyXX+14qmbbqdSB"
    "WZLbfXbuNa/dvsyNnJ4puOz/JUzPl9DjgxqPL2BJvuIQd8YV/Da1kL0IluTXd5OTGuj+eX"
    "p7/vPp7SsyqvAuXEeXJuG1PL6P5E/j43thr1cM40vynaBtoBLWsWyfsR59vb355+X1+cUn"
    "4HrOBpO/g/wFqxX2fTLgwT6/vP9/n4CBg23+45tfrtkFZ20XLn25+PHy/PTqE1ghExvQmm"
    "KCDw7WAbt6end3cXf35eL6/hOAvo98f4XsID/m8vrHX+7ub8ntyd+6JnBtp0TXhzb2IfvW"
    "e6yNo4nA0jiaVK4Meim/MIzI8hB98eLxzSyGNiwAomcsyE/A8QDRpE0cgPg7Pz/aLiQ3lk"
    "A7Ht/Wq1eCezTqZI+bHB8LQEtGVWLLruXBtdAGWWV071bQsipP50Ror1N5r93tbbtn8tHk"
    "44fkOKa/1J3Ed19Or67KxzG5cwCNYCp7LBflujsyOlq4H94LrNsP7yuXLb3Eh9olQHGwvr"
    "ANb+sSrOoBT6T3QrxnymWd1XDxr/ucwRBD++rL6b9e54yGq5vrn+Lhmak4v7o5K0wBMQKI"
    "neDLLPSMiHJrvJXNeQW3U+i6Fvk3UZfKgJ85joWgzce86haFCZiRe7Q1A8kn3a76s5ubq9"
    "yqP7ssLutfvpxdEKuATQkZhIPQKC3t7EQ7nmOLs9H8/e7mukIJSUWKBAU2AvAfYGF/gCZs"
    "Dd4Ui/pdprihjPN8A71BcZdxocdMBBnuICejeYNwOVM/xvyRS7qHeJUB/ux4CC/sf6Btyd"
    "QtoFr23AwL4D/jJRR/mn5FDz4lzp/8yiJ/f8hS0Su3F8RovTwnSFOgZ9B4fIKeOa1A3Fhi"
    "ixyFNmcvjyQ//+MWWYnF+0LgLugXK2xz1AsZhE7pPU4NRlT0h3ZpGKeUSKHnPDYYJocCl9"
    "z0NL2nwgiSbQ4RpKC3QEFz0LH7xgqXosglay/3x2r4xOEjCw/ZnmPRv/TAtXcR30fRM+E5"
    "cBrkynKXWx8bGB56DnyN76MqUOSK7c+R50+d9YE7V4LVfXRP9THDB2qwLwayZKd3PccIHG"
    "9qQPLBgeCFtzond1J0u382sAa5xlZkhcHFoUB9Ce+i6IpaYn/qEgQOVyF+xv7X8EaqricT"
    "udALGtC2fkxupCpUHjIcz5x6iHxl/1C4btnNbsN7qYrYHP5BrB5yo0P3q8/wjwtyn62qQM"
    "2wZU1xgFYH4nRG7nNJbqPoxu7CLaMhyJtDFNMDdYXwXjf0ViotK8pMOxMnw0jnuOr8pfLm"
    "5jiralxvbHTvkH+Et7foboosRQrkarIqQLuCNlGlzOh2VJjHS3NSYIq8dXUeDGPJpzAzVC"
    "fDdLUadDKMTosY62QYPes6GeZ5wtr6PcflV1snw7SYDLP2kScbeZuV6W9s/p4Ric1H3ZrY"
    "dy24lQ5wLsopF/zZPNQu9P0nanYtoS+Z/FAQ7HMC0p5wtxJr6zkWj4uqjvBMBA6K79xvWf"
    "91vrYNCiKYrbEVYNt/Q5/3t7aWe9dhn6u1H0yNJbQXaBqvaA75UBv4XHGLDgOf471/uHHP"
    "8WYS4riPelpxi0701L5ERg9PUcU+BVn2lcuK6fwCiffMgmSvspwFpfKk37CSsH63+vxu7Z"
    "eyplPVDkhVY+BNZ9j8JqVJ56Rawl0l85DW5JLiNVKB7vKIe85o1KTpELTK2LaYo9M3eEWT"
    "dNJVJZ2hI+UhlfT5fXFrHH7pxXGdt2/lSrn6RqfgV0Q2uACssI2/cz1n4cEVoKzXGDySA4"
    "qYj1vguMjGJngFbROQuXboL09LZINgiQD5LmAJfUC2wtdvRoV5auP+2gnZLydkOHsy52Yq"
    "oSnVnWdm9EJIkdapiFZKdislcLrHEs4KqaBxt40yjW4nX2n6iLbSpk1BVgW4uzZwNF/TLV"
    "+jI3Oqd5phxmiIROZolk5tlq5ke4uUcvDQnDx2SQyWR3RotuVteK97eqsBvvpymamHQSWT"
    "mNrP16QeJmI7k1NiDlfYaiBFgtxF2QQJhtF2ijY0UWm6grzKnPJoXWzUzaLPIwZnB2c+qw"
    "+ZH9ap3RCNsJGX8ZLdStVXck0znZ8DrSEurehtXKHVDHn+EruNQPaF3U7VBbbwIN26PGQg"
    "vOGavRKA/URvpjhSCwLTgRqX0jBBw6D1GXwaYs2LbZUG6pTdUHm4iAWl4RJITm2i4oB4uY"
    "EhHoO6esVujLBJ5p91Y1gi4/FAqC6jm53Te6n65unCDANKpB/KK9lmlEiOAuQEihQpwtpY"
    "kRw3yUbvjBi5sRHAvr9GJoikAZP+IfyfD5w5jdUAjMkGc8dbAQhCE4b+RoSI8QdMFCCWnl"
    "AOGWnjAQfEjPw7wDKO4Wi4coENRx8EPMJHRUI+07Tlw+sdcSTzhIQUxTqV6KyRy+DwzpTG"
    "/OZi8jbt4ZnKSyrokhy6X6pEre1RGsDXmTeDmF8PbcgxuM8U5yX1LPd5lnX8SPU5qW78SB"
    "S6LZcjkRfSeRK78yQyEfIH5krkovIHBrJotkR+feUyJs5P785Pf7x4roQJZuNeuI6xHHEM"
    "4czVcZ0ZzKzKKUoG7rSALzbI24bGKLVFIfDXs38TYzO2WmeImKHEhg18YKw92g8GkHW0cs"
    "l1YpZCE7wyyPXvI1z970Oz9o275eRPtPisB/vBpra25zwBF3nJnQOarvEEfYDIs0GkNIBX"
    "D6OV++nd5IF8xYc0RufT8cPo9Q8sUSN8rkM25gd7QW7qvwG3yCTfw4DGEvnkO9Jx5Hf6QP"
    "I/KkPWW7AcA98hf1k42HJ8nz4Ub4iI7RABe3GoCR/9ZTKmZUZEOVP+/VsB0/L920rTkl6q"
    "N+XZUuAwg3hReYolIso0DP3LZHJ09HHy9ujDyfH7jx+PT94mx1j5Ut15dnb5Ez3ScrPBiT"
    "jeuwBD43UX+nbSDVRj5BgKCbssGIXa5ul7ujZx8DNBlnf4phdrz15Ih02X8bidR+8dmWYr"
    "PLKWjmWS38JjBLv0dKQ/ksWM7TE5Rgx6aj0tscVSCJHNBpODhp5M4SiAaTdrE3nlY7fF5+"
    "j0xX6lL/roD8mTKhTQ59R+55RsubLuq5QNtiTcChoyyEbDNbBcYPt0yl45i8pDll4TOGOt"
    "aFhvin/XbbGKnV2d7LB9PeFezARk+EVpE0xZ02u4phaPnaetxtjsSJyyeSkFa62+E4lUeF"
    "cdqfCuFKkQQiZXkCEro0KBgLZ1xRAv2TrNeSmtOe6EueuKZz0r3dJwBXdoxOGkEguWH4Cq"
    "QIhY86s1bG8ufcQVxPS2IAq03BGXE9Ig7wQ59I2WEa4u2J5KHFSxvWeqRA2urZRmh/MgjO"
    "YXhT0R0KjvjzrmOFyr9xLM87XqTaS8iUSJQZJbdV5Kw7xbT14HhiNni2REtFUtYFW7HtrI"
    "N4vJCikIc/MrmTqzp5KemKyM3ix2Q9x7F+LA1m9ffF20YoBPE0JPXdfCBoywKTu+uAPHtV"
    "6wRGQKCzK7i2TTEA4/wMGaNVSi8lsWEuKAGaJnEIDk0+QB2cFj8ISDJYBBAI0lvehzamQ3"
    "fnsdY9KvGBOdzVEN/TBj83Sf3pc461URmblCcAEM1pyyCDWx5olEh7qfv56tcBCg+OsMzp"
    "yhqKEV4qXx3KNv1VHmqZACmnbde9NGGfGMoiFF8OXFdDvMxtk/sp/6cp6xVEKB9yC/2Ry/"
    "FclwIaMqtxt2rYjwBqOnPXpzlwV1c+6yazdBaa+89qyoTmzvj3ZUVop1C7jD35ua1GbdAg"
    "4IJTX3tAVchtjyfTJlTFWtJ8DScWNR/isvspP++nWJjWUFAQV85NFMXQhYgvEWvHI8Vp0r"
    "M+Y1TYAiA7Zku/mOrguaJUXv8wS3ZTas9adxyLHfotiK0e+aJtM0WR/3tYESJpome4mzLk"
    "KThYfQHuZUWVCbU5xI2fS4l9a4ubJa+eagXBPGWYluXRTny0W1xqSJVDNt1ey2anJri1+p"
    "qXqT0AiLFMPi7Y29MiHPoBmWIR9x7Mb04ljQWJxBWhw9EdlpLD6s36O35sP6ZPJhTv6dzd"
    "4+rI/nx8cAr1zHC2jJqi0roOF6zgaT1TQGZAF4OLyQseM4gRIN31tHSWjzbyDb00ANAW3+"
    "vcRZFzH/HIOVKyRnHcdpSae9whmQF6ub8wHOd8380jkrFnwjf9jC8aQq5mdldDSsQKhx9m"
    "uVcK6OMymIKeBh7zrSxHfWniGVD5JKKAB3IXpqciISPjU5qY6fotcK+SBxDVc5/qIopimM"
    "3RRGTUtraRtbpq9132AWtbKLa6xPRafPkRfgOc0fQCOOhZ29PBa0sY2CTG9qdGmT9uDikh"
    "6GltQplkgoV3f6aCJwiB1NqlsaTYpHWFgEfQ/TMSeoLce+WI4ifAGyPcdi26bUjlUUU6e4"
    "XbNKi8yhypmU8ozc2OjeIf8IqjcX2TsNajpElZviShTxHhymsWzDt7Ssq7ALwlpKMnp3wi"
    "RtKIEdExvfZQK52A1+YL0qfBQEBEsfWHhDo7fABnk+JebHYO45/0ObXZBVQoYCx0U8V0Ar"
    "T9DaU7+0J+0QeIkHvHYIqDbrIg4BI4obEGayo/HaStppJckW+ey+vOeAHQR16b4X9npVUn"
    "ufP/XX9OA8kCSuRz/enn6+/wSY7IN98/Xi+hPTnB7s86ubu4sfPwHDcvwonfj5k4Mj7W8a"
    "aX0SyhlPVJleH41FPtKp3+uMzgnqVL3+nMhlRSx8offRvrOCeo77NscSnE+6GGLzubwWzi"
    "LJz/+4RRascHlnGYe7aIcdoDZRxfHwGcoDwTqIChsCUDNrjVwPHwzUWXwflYBq1YeZew2r"
    "mMHseyrOEE79rFijrszfRgkHGStnOmHzOQk6ee36WZTq3iNcNlzKkFZX18nKdF9a53kUrV"
    "aK6MSssWxKYklOZyRy+hNrMl8xWleEzA9VArm3KSOiz4jdwYWJTnRgYGHiDR4YvKJ+9+y6"
    "6lNAYWrmcRTxnA0opITnQjGEXPVxsGWmcMonQOCcY28FwyrDc2yRKRiDsNTWGKBvcAWgbZ"
    "IPfDKZrMO1zfplc131zT7hwX6w75coGgpYTUeAfbBwiHZph8l+Bln936eofM8G+W/c7Q8s"
    "QdChJgUI9xz/wYYeogEDcfogrTKDDQSgz36dW84TgOaGvj6VgQIZ2ySN9i1aJ5lBmWzEUb"
    "imKRhkfRCRzLD087IM+5vYAz3HQOY67FwT4sUOAviI1qzPBwVz6htRb5vw8/T3zPfNPZt/"
    "/8pvlBdOv4agQPptBQVyQdXVMtoi1CEbvTinFNbydMiGarMuFrKR2XML7K3jWAjaVaEbGb"
    "nClM+IYFuznHzSLVVxdnNzlZvRs8ti/tsvX84ubl+9Y1NJBuFQL+XY0FQFsSx5xLNyGnEJ"
    "xHOqj2gATU5IvWbELdVyl0E4VU37HTbTmxiw0LySYZVTiX6Ua6ePVaZce9J9YQ+VqSirAy"
    "z6oyOVVWML+sFUvjp/QUy5jPZWSvTnaY4CHWo5sCo1LCdWgHpO5ZR6hX68+eXs6gJ8vb04"
    "v7y7jDa35J1hF/Na0e3F6VUB6ZSsEV3QqUSHa9l2bNTNem5eJyqydMLLuUTv6QW9e0GndK"
    "Xogk4ltIa/ezWHaO3V3CMjqFWdPqs6/ag53LMJbjyMQjvUG8c04y+SQ7YsqPHlkWi60pQO"
    "BhlIMEhagIG7ghuA9sUX8OJDXAhuOBBk9SuRl88eAZCfseJ7z/QyUZh3F3wn3wRc/3J1VR"
    "c/VuxzeGDCyy27yakRj1Jkiee3XOgi70CcvtJ7qLM25XKCMkpBvr4gH8+4TpNAEl/+dgph"
    "KxG1mZ7inKjN3BFfHbWZ0yp01cdB6eBjoIPgXk44lA6Ce4mzLhIEF+qB+8x6XrITavsZyi"
    "EOcI7Lr3Y8VbKJgSU5zWiX2cG+lad6vtJfzVenwubUXq9moRGUB/jCNrytS4Cq0vUykkpU"
    "AqvbkNroYJEgOJ1h85vMCi9LKlflrvml7i6jYA+pZZ5IqeDE73qFM/CkV3deqiXclVrZlB"
    "bABpru0/GJK9xhCBbt2Xj0/mF9jE7gqJMJaD542neRgaEVSAGfE1IufrP5VW6RRWr7iOjg"
    "MijnpTpTCTtCufml7ELff3I8c7qE/lJqHykKqnBg5tGeHB8LwE1GVeLNrhXCONd+MDWW0F"
    "6gaYwhh4Svy96qukWHiVzxCzDYPC4d4tOuEb9yp9AwnLVsW5aSnGZIdsb46EiJDiIl0oXZ"
    "AMZf3NP0XsNay6Igl17kA2Ik0p7zhxYGzba7V2R15zOedKlZMaDIFdufHx5QEnvs76P7qY"
    "qXh2bk601pl42DY5Xonc7VOmLyudVw46w9onoeiNTn+D6qAtVlSNcwAYrJOrK5PB0OVXS3"
    "U3YzVTF78hx7MbWdg1+/X+mNrh11X785pDQwGXK4vvCZ3Oo8vJPSaDWlX1G8lNSxpCJS9w"
    "2xTJStulDLrEYmEHI5DbLjd5bJ/Bn7geNtgTNnJSEzJiWAmfqWM2Q5tOlk4JTrYO53Cx3b"
    "2a/YTvlSHgpX8WiFMZ9tp9BcYUmetiClacQyRysfoqgDUvsVrCgShjz3nNV0b3dHhbT2ee"
    "i05k6xJQt87zXMldUo73Ys6SznBrOck64CdZuz9t8JwFxxJgk48fI7gQZbAGzu5lkBdbUv"
    "r01aIONQ4PABeXeDCBGQcXWIcQGntBPFd1TzBVQIsL4WqTG/wBvk50z6p6XjI/ArIjZiAO"
    "jDyEQBGtUDVs4GEUu/xBU0/4gHG9ph14vITfuJsRBxPBGAFm2vYUCbjAIBfESAdtMgz5iR"
    "wWb6JNZ9g2rO5NIj2iIT0IAw2n7jEblB2F2DfWXyib90nmjbDgOR74fIn+D7a2TS3h4uJg"
    "rvmPX3IOPWPrnN2n2wo/4b9PuTH8hf4pJhlH0DOHgDLok4/bMgsNFT+BDTc9ywSUfyBf8P"
    "uZ/N7kj+oMp2HZpDec78WDJ10gGIOSElElLajqiNXrM9UhPzkgra/wOx92NM6vOO92vSvd"
    "Ytuocxv+GpKZ17WhTTjKjuSakZ0rzqr3k7zSj1yvoWY5Sey+7OFB3jWt75omRC3SrDcmhT"
    "mEq1WQbpt1G+O2b61EA3CuzWBrTQBlky9l8ioKDt13y99XRpi+KbSigIcAsNlSgpLd23Ki"
    "+lgRYAmihy0jBnZTTIAiDrqKa2exOR7dXxQpDkNuWMlIJLuZWTj0Am13wiI6JpEh049jJp"
    "kcQ0knt5imKaFtlNi+Ss0ANpERXTCsYFWqS4xvpEi3yGK8y2gxIhEl0Z11Eh83SMQNxBOP"
    "oNuAx84CMyhXaAoQUw86LbKHTYP8EtwPYn4CLHtRD4t4Nt8ISDZRhEsMEBy1UBgfOIbOB4"
    "1Hs+KsxWi496sD1om84qHEydumPwtMTGEjg0qGCFaN07+kjEogOoa995IouahiYAD7kWNJ"
    "B26veQ0NG+lJeoNOii16rNOscnXcqN7FvJXqXCdujBmEQjiiKcE2qkNFuPisU2TxKY2Pcd"
    "a7Nf3faCrI6e6c9OVT6gmPIoZ9FmRbQ1u9uaZXg1YMnKVMnqG8Silmx2bUlH1WcIhE0TNQ"
    "mohXexUYs6yIfOURv08LI8FKdLditVgYrM7iaA+oLirgEqArXw4MEv3k/0HioB1D69Fu5S"
    "lRxbsontItqmKBm5k277lSaghGV3TYBpkY7wHuAVVbb9MbAQ3NAslnBNjMESQStYAsqQvB"
    "6Dech3xUJLZ4XKNUFaeoZIJFSGeZQNfjrDi5dCl/1lMjk6+jh5e/Th5Pj9x4/HJ28T5al8"
    "qU6LOrv8iSpSOT14N6n2SP54GTMwHq+god180IOJAog5MWh/v7u5rjD9Eomi0YeNAPwHWN"
    "hvbWMf/XW+tlmMFpitsRWQ7eENfezfRu1u9zy4KUI5A7DUTaTYOGSct+zoDYrdRLSXeejU"
    "oQhhrMMzGg/PiFQbuTovWRlNcnBQ9dezfyNDMhgiL6QX607uKNVCDySPUmf7wNatcBWM7B"
    "u7u9II2zQ7JuV6tnRFkc2eLxVV6zkbg8ZWBNv8hijdE6B9ZiHi9SqphZT328kt4HTo7lie"
    "bIAMgc5h1TxoCY6w8+OYhstA4BNLDxGzwn4E34MVtvF3rucsPLiKy4JsqcgKbmkNDUBWEr"
    "YADuICG2W+obvH6vCcfoXnsBgs6aIbeSndhXSn8163xOwEZi9DsotnrFQS88PPWWk+REJX"
    "j9ml/PSdjhGKj9DVY9SeXw9tyBm+zxTnJfUs93mWdfB19TmpLpdOa97v03SzJKcJYE2rd4"
    "QqUxxka5nlhTStrmn156LV062zY/53qPiWzprdGEdvuybYRfDNb409JNijeNBKgj2NF91J"
    "sK/SoSIEe7TusnF1n0L6mxaH9gB5nrWlBaVfuYgVzH49BrQK0gYxGnxBOe5XFpoH4HvgIV"
    "pH22Q/zSnmr7nkegeP5BDruWC+aMH/rtl2nQzbx4NDYXtMJ8OqNusc8qXcKtuxpFI14/Ed"
    "+iDSg7N9T8SJgCPipNIPcVJ0Q0jXfnuGwm+j6DDvyNUjEgj9rjoQ+l0pEHqDoQzC0fAO8W"
    "Vq0yCXr3ZUtu6otB25DSIerxy0E6G6hZOauoWTct1Cmoe0l0qTE9Teo/4oMGW9lZxee01x"
    "Vk7PcJ9neC83kfYRaR9RZ6hqZ8Zz5AhoT4ZMmsBuN8bzEO1hQQEOw55UGthJrS+SkTuZ9f"
    "9mYx3vvwH5830Q/orQf7Oaja8oyW0EwLFf0/6LwDccFwFnztLUKV0a/xzdZMzqRWKbDY5q"
    "TpaI9U6eKJIzHz2YLfLwbvRH9kTdP6Rbhj0EvYRrDS8UCyiYGz8RCbCeVAdYT0oB1ga0aV"
    "OeMsBnjmMhaFc4L1KpAsozItYWzMkn3RoBZzc3Vzn9/+yyUN/h+pcvZxe3r94x3MmgMNGI"
    "o0b2KNZaG2E6FFfPsg7F1U5AKdevJgKaU/oK1dYQkoM1L6RxrcJVtgxLXkjjqomrZyOuMs"
    "a3Jq52gpt/cQXRRRzjWqNbhW5y3MjSgjkyFtG+uByTW7a26Cm7lUKYF8wowyEwerQpjX9o"
    "LdZbdrPb8F6DNZy6LcmaXWNVpHO6BMWo5ylMBXYy0Dc2AuF4sIImLUBisnZE7E5j4C+dJ9"
    "p0KMv6fgJPSwdYDjWjAQzAagvCdcQpktL87YW55fBM0wVZq3W1Zy7IqmnnVmln3ba67W7K"
    "0CN7UAiSBMoFMeVC51oDmrdb74SZu2UPH+TmywDpksEvgVsNFUR5rkozVZpZ1czqcHGtYV"
    "aTcKUDCSrVWrGMeeSUplU1rTpMdPemVdukv77CAFd0I4ovjetoLzczSKDnt4s837FpR+24"
    "uAAR8Gnrnx8YA0X0Pus7+j0ANmmT7mAbBzwmxQgCH1lz2rebddO2UdijG/tT+jmnjkE3z9"
    "QVgvsVUakDV6qhV9e40jULVJt1TpRayYcWHqZ7dT/OSXYSitjlJjvcOS6/2vFUyVbbK8np"
    "gntlQz9uaS9K7cbjFfRSNM/rYnMa9qMoI3xhG97WJUhVKXsZSSWwrtuRLv51n9uMSm34kg"
    "3p6ub6p3h4sTdfBfbSXQzKkm1NgEqtDFjvB+l1nki11CxC6SWum3R0s4uHxn4Z49ocsoyU"
    "ziGTyCEbUKWhh/WHjxPjYf0ezeCok8XdfNWhBS1+wtFPqsFOJZTz7ItsHdU7R2njmGEvWE"
    "5NbuE3ap3y8c1L1VmmSp2Q1NQs1nNDHiZD9zHvC6I61bDPBv5zVfXp2ZS27Gt+niopPcO4"
    "gSIpIuXIs2Zo6FiaGktkPB4Y5X8Z3eyc3mu4HECP8yIGg1ibnuFT23/il7qProzr/MLoG1"
    "xNYTpwl2+4GgtuiXgf+X405WxSyc/0LT2oTrzOO6DXusg7yE6Z+FlfkNKRZRy7OX3j8qD+"
    "/e7mukKDSiSK6jE2AvAfYOEhb5k81CgW9SxckXAraLv0BkUWbgW9R8TbVOrYoVRIk0MS5J"
    "CP/pDbvSMBlXaMTnbwrPd1gw0pF2EqoRxB1Dy57MPNXgRHVk7BmBWV6A3XYX9VaYI/Ww6s"
    "2LZSkcLczqnMYM1uLu9388vZ1QX4entxfnl3GZ3Pyfyxi/lT4fbi9Kp0LDCbQE6pzAupdE"
    "K0xSBlTK8DGaQLYiPepXcbGMyiJFJ+hfUp9vvMWiPXw/zo7/TieKedP8uNbdjUN7ZG2GLI"
    "d5GBoRVsdTs4HVrdzz1hoEG2OrT6Jc66SGh1uueWJr2mSkhWSImwxbbtPx1/m2kIJ9K0jI"
    "yqaQlXalxGN5aphVc4mK6wvQ54hckq9QK+sDYVODSRC31/SllNOTs3K7Wnqds3ZFu2db21"
    "xVvD1TR/IqBZ/kNYfvLt8dSFXkDON1myvyirOX8Jzn/uOf+DOKRDLeSpkMZaAmtmccvRaF"
    "kRfTLuJtESUuNACu08vs/A4BUlz7LrKked3RLL5vby/F4s/sqFtAgAZ/eQCCL6Su+hENSt"
    "Bg9lqV0OuVhgfnfQixnGuVlyUdOImkbs4ys7UEJJ04gvcdaFaMSAmD37RTjkJBWc9eHOcv"
    "nlNskCtjAvAXhXGY5Urpsp1lU49pthfz1b4WDPV7kgq9OxhjHTMznnT0FOhZT+ttNvadn3"
    "DZrKB1mWBBV0CDXvbQvhmiLXMZYShl1RrDue611bQDfs/vENx+OxWtWun0RCRzgKeH2oo0"
    "w6ySAV2o8EHw7EDVLgGweb0kinQtrdIIN1lKUvi3ZGTOMt496BbrD20NQ3lshc89wQ1W5k"
    "nuxBHuXh7C6tOJSZY0LO1ZYVaUYFGTzNXHK0ifiEwsTHA51CaSr0wHRsoST86G0/EKPz8C"
    "6qgoQ2iJvYIwNR5Au72KBBOsuFcCLnNT0aDkTqn+FdFAaJKDUGA+FwpJJbnQYBWrlKoVb2"
    "XhdO1TJ6Nza6d8g/grEVezv8n/U8FY2syKoRIpEVlVh7jkEbhxjQ52iS8YKNoRcIswjvdx"
    "7dbpDqI3+1SoRPfIYbZ+2FGnwpeCK9ON4ZOjHPjW04M8tdbn1sYNhsGRYdWHFgYIWurtIW"
    "v6lDVqqhHmbwgkjISrLNSdrpBTH9Ru0Oi82dKAeGxn7N3mtgMAsrcYU11qfs8lB95ugviV"
    "69Q3dJtPjdjcXulwjEB5jPGnQlyACisfhjgO2wd5dnIg9A2wQOE44+IJe2wEeo3D6s0Tvr"
    "ENR+aUr6PH+J57kOQVVt1kVCUB8JpOX5rg6ticd3WL2MnnqjtmY2F1MjkmJdnWBdSq8m55"
    "tkPdVYQiWluOOSfDhAK6kU4ERApwAf4LENnABa0z2quRUFdaK7UFG3gNs4oyb+NBborF0X"
    "OzS33WzczceeJrW75NiNophKG3ljfCGyPcdaIVlsi2K6rQWn0ogm5boi5XLV/Q4k5XJVBQ"
    "cGsygpV9waK7yr3NWsec/DeU8+xMmm2gDEF9l7DWsfFkW4eAZJN7+RopYFqsvKRxLIlZcd"
    "yDzJRhJ8pcQ5NlB1N5fCiPFuXj4SkGnvQmNvQDgeLPAG2ZQ2j28EHA9AsHKMR0Af8AO54F"
    "ATzAfYB6wDEzLB3HNWlE33EfCcJ7/M1LfyhN2MfSEMwiArbOF42xEZVrhEzLvfpfh93ZCm"
    "We5Eh0w8Q0qYLiA66iClMdl2JFDOymiQRUB2PA8ZHAWyNk8pI9VhmtLzMH4NZilR7UNmNc"
    "fjO/TXxNrFIH028t5P7fXsl9dTx671iibTHI46sWv/N9LsRxx7Obk23mkp/5EdKmQixxJv"
    "wA1ZIMRmZUFwYO0jYqoGY/IftVhttCEfIhNTs5WauRY00Cdi/bLPuJZxEzd+sFfwkYyHZN"
    "wTICMptQJe+QQfYmDjBbZfswA4jxwEZAsLw+Isk0bN6fA3Hf42pE1MYZVAh7+pNusi4W/h"
    "0brPrOclOynapqvz7Vt/MZyq2VZO3S/J6YiDMiHxB0OjBGo1I5EIdBaJ1Bm31jAXQd4DHH"
    "C9fncraFnVZmpGrjsT9W27C/Zo8vFDslbpL3XL9O7L6dUVh3UP0KoM5j36VhWOG41Xggau"
    "29Ev/nWf28xLEaHJhn51c/1TPLwYJpoHO8z3kQrFzYjo6kn7x+KmDmhR4FMJHQR9APDom2"
    "tBG/L37OptpiCmQGP4rvea/rpTn08ZeTneVJUwNvF8jo01dynXa315ybb0vhLWR/1X+0IS"
    "Vs72y8m0ZPcNjzTNVeTiByRWIpqR0CWii3CGvgHZWq8ZqdZiKEqLNAF5sDEUa/lq0euDak"
    "XvtXSHj/PCc9au3LabFdFs207nOoOrDK+0Yz123v4U329YKIv61rOrS7ptYheO9RD/Gu96"
    "MkGCLvZpskJ2O9pPj74/ff8JQOATbR6ZgJYuBJQCA09Lh/64nn2X1nwhS2oLYp8182/jqL"
    "hLOQa9sTs/2GfvMveJSspQdiKKcScfzmhhGaJsQCutUKP97NrPPiTiaqAeV+1nf4mzLuJn"
    "73+ZmaE6Cfvv01KHZWZax3QPx1ZZUvu39nezaLa/vKtotn+IGPed7S9vI5ru13S/pvvVpf"
    "tV4aFLpGk1sVfOdz+wxUw2FWaQmpxIW5nmyM9fPcdeXDv8rh7pxfFO0vOJjiUWqGBbD1bE"
    "msl8FxXIoKLkVXqkFGO8Fhgd6YO1HWArJRnJcbEMwDWgTINP+UlIi2Pw62Q3/wjddqRvW7"
    "uuodH9IRq+7qxMjQSyBSmtm5SDpD0EH2XtkVRKR5xnQ3FNcy+uOyunme6+MN0i/g0L+sEe"
    "E54R0/Pdl/kW8WyQJzJudw8vZk6ykwzCvtDCPZ/k8lutC4bogiE9scXHAyoYEve45hj2mf"
    "bX1WZ92kU1Hbw7jgm4SydwQAAfkQ3MNUWZFd0Ia1yS72ptfWJgW2QteDRcCIInx3vkBi4d"
    "dCuumZ6p5MruPX1EW22iP6uJns5DCdtqV1dOSMEwheadXewl2kNPysp1oxvrQgv7aUkeMh"
    "De7KUMF0S1DdSXiRexecNzEHPcJtX7Z1amu540LrJNOkmdbKHNd6WZQwNxUK6n5hIhhRIq"
    "muDmTJyaDwU7o7pdVVZoz1ZVPUO0BrgmOlWZKIDYKmNcHSyXSugguf2D5Cxug7Da+IJYRA"
    "cXSCS5xTbgPiR/XlQzgH3WbSO7XY7/ywtp9m83+1fZ6Ea+G5FUn5u+wSzK/uVXWJ+4v89E"
    "7TwnXx+x717i/7KXxyIcIFVjGR6xxC4isBprnQnYLwIuQN+CaWWIabUNWZRTkIY7mgjYkE"
    "eTShuSXiq262Cv0H4uy4KsgjSNSjrLEw6WJjku9mFdi7JaO+3zTGNOFYjqfTMcrUAGYNsu"
    "C+32127/nir+fXb7U90+bQZbofznusUKqv+5brViAf4emiMP0eYe87BpB3g3OfnOBOQjh7"
    "oCWIER6tL3yVOQGTn8cQAM2r+DNr/kR/U3dF9tivTLFNGxAJ0crPFbIuMXyMroMsWH5M87"
    "a4/n9qpJnk8kOlQaM0FfQ/TV/rGGFuYldlev8IxI9wt89Nf52jZYPtpsja0A2/4b+ti/tT"
    "UBXS972pVyI+sTS4W6q7AZfzBYn5iu7FW966gbBaSNZW0sa2NZ2lj+Ghq459BHI46pnL08"
    "FouV90UD5W0Wxw4iHyKAPohu4pPPEDFWP0UFOiHZtajtOkOWYy98EDhjsHSegIf9xy254J"
    "dM5Abv/WBHmqDPbGq0Ifa/D2jPTdaik372RExn+ptP228yXYmuetOnbT0RoB09o+8xfrAd"
    "l6xxJmKH9nn0DYmEF/hj4DvkY0juYJCRYeNOaD8yi548w7XIMgPRcn+w50RRQl74xWwnoP"
    "H/0HokN/Cc9WIZdhMdg4S2YOOSxShIAPxGfvEDHKzjmhLkm4aBOhSiERn92wj69M+gj5g6"
    "3oIzSLMIXbIIDPPy1lwdVhgL7BlSuNe+3Fb6dMsBhT453aAlV34vFdF2VfN0QrzTCLMJsU"
    "CHZALd9bthEiZvBZiEydtKJoFeKvQr0CVzFTOnOD7dUmJ5/kiXs6m4sgqF/zdW7CSjWckh"
    "XBbUdiuvmExfomYHr27WsAEF8+BAPuDGW1yTnwa4eEXZgPK7W9EMpHo77hTnnu3BojBzD6"
    "Ec0uSbgOtfrq7kqBeBYHFi9d875J9uQsWfdW9pLVD8IFIrQvNiUxEAkrs+FqG14u+PNjr+"
    "e4jn17iGLtHdIVqM994jL02XWuiZcVh2tum02mciu/pi0Dz3rqXTAAet3XXm3vxn6JDjKY"
    "HxJSH9b5MZLFACLPYDsppc0T0A9UPG/r4fgLFEMKB+PRsh02dXCM5mMjpwAPl9jj1OBHAb"
    "D9Baab+00syKE1VMMyIK6qbNx0h6CPpyKZ+phHLpS8dvRTxHZFQlwOxaHuHZlmiVK9l2OA"
    "UprbFw66STA0/S7bno2u1JDpdQqx/i7hAdjki2T05Obr+w3eFYOU2Wsuk1U6D9yrupA5Ew"
    "XW3BagtWW7ByFiyeY4M1/ToNArRyq6zZ0rCxoGWbCGrHhlIm5DNlk/ZMe2k7mdRZB4azkt"
    "LFMyLaUBdQxXWt1C5Cm4MlUfOWjsXZimtgzklpnAVw1rRTNl75+FgkYPn4uDpimV7rC+3U"
    "s5XcNOukbXRto2sbXdvo2kbP2eg/YiO4JDb3iGOYJ9fGddY49dtNcTysURP8tyRgzaABv7"
    "rZ03Oa5Lo2xUs8UHUKnWqzLpJCp+OKW60jbUpRbvF4Da4AuOTvRpzo3mp0EwEF4W2eMfYd"
    "j3MQVFtW0XBlWts3R0f0tKZaGdHBF1VD38gjy0jX1MuMBXTNi9wU7JsGUCISnsnURRZ5e7"
    "ztiGfqxtfGdaau7QR4vqXGezp4Z0g1LaQEQ7c2DVx21/4SQLBCvk++JnDWgY9NxAoqkQeD"
    "V7+ic1ZEaT2jd5mheOQY3H25e10OqG7+9g37ws/w4qXY3n+ZTI6OPk7eHn04OX7/8ePxyd"
    "vkmChfqjsvzi5/ovtY7hUTsNCX0LbltJ+MiIL6T/PuXO0xb99jXpGgV41wZYKe9jFyfYza"
    "FTZ0DkeEuYsOdq4rrO5Mzsup5A3r4Hiu8ZlFuDbgM/uS3mlgEyHqL8uvwT75y2LsOTZEZl"
    "p2mhCZxdBq1OpvI2gYzjp8a+leR+n432nh06gWT/KZ1ul7qdNrJr5FsjjAgSWlyycCCsL7"
    "bnIiospPTqp1eXqtEM7mmFIh3PF45RT5d2+FklTpsGp835bTVC1scwom17g7ovHKAdyKpR"
    "SfjiWA682ljJju/tkfN3fZRlpC27T2im7IS+pZ7vMs68il6j1UXf4jMnwk6z/nhHQcfdmb"
    "Kl1SW9fRlgiszljrh5JE7ml6r2FhLMoS5V9WPktUWLoNAKt8+eGKmsMCxFvWicNc5Bhx2o"
    "2cRbKf/3GLrCR5mw921i8/sKO1Cu4/26Qnf8b+qbnCYT4Fh6PMXR/XEZVL7LOcsnSozq4f"
    "0iEzriEVN9jHAVGcZIiDrIyC7Ffz5KKJXOgFcc91cV92VkpBoJuPSaW7VECtNF5CGrXvKl"
    "T9vFidcTdA0OsSwYlxVq5SYJAluZAGsSR4IIz9VJmEUYQL2/ExR+epeeGzQuqxskKs96SG"
    "9J6UOW/oGUuiFcpWt8uKdRg/nXwy2ABqlyjpSJZJyQupFEbSWm/iELEGTFSi5X9NbzYwlE"
    "XN1PwCO8BUdYw11bcOtFQJ5j9Gd1II9LaN1QQyvq2aRbTeVDWzIwXKnJMRa4P2RjZBfC6A"
    "+B4/AA8ZjmcCw3ExbZ7sIZDMJ5h7zorG0/uIV928sftqm7lfNrMOxNGBOMoF4lTnwFUE4n"
    "SQAvc85lwrPW+ePMow2Hs4nvOSCjqeB+JoFoovSGhySV9zQUzbSAL+0axH4nArKecLGRjS"
    "wl7SwjLrUzR9xlDlGwAZM7Ze/88Yz03XoCp0CV55tq5E9ayqOJ0BCV0xGq6gpti8Is7+L4"
    "FtPF5BcJt3VGFzaq9XM+SVEb6wDW/rEqSqdoaMpBJY1+l/F/+6r1fFE/Xv6ub6p3h4UT+v"
    "wH46w+Y3mSVelmxrAjrdo1te6wQNk7fQq3FOJZTzgomgWw1uCdsZ9oLlNPaoirpq81Iv2U"
    "+bUejkLLayoLbZdttsBf25s/DLvsEsarCVV9n+zq3E+Dvcu6Wirdyqe+vHNJSLW3EqG+hV"
    "bdyGLqNpPi6sZRNXV1t+dhtX5yxVQ69uzpKutqzarHMcCKVqy+HZvs+s5yU7yULtcpMd7h"
    "yXX+14qmZbOZujJKez6MoRirqktuaEh8mT6TrQnYUxa9pH0z494h7GjdM+bZIZlyayydfb"
    "ni+R8Tji8Bn5AWMBSgNHElMjEREqph3LASYHnDmAwENkrv0AeZ9Yqes5NBCAC0gxZR9c/v"
    "idQTAArEXwGEDbjD4GoW+HfUL/In6B7fYfqcN9+8W/hL3F5TxYWZkOfVh05XXjx2pet9T1"
    "tFuvp6179rZdJQ6b07361RfldMv63fYS3ez2Q7ssqfHejbfuX78zwED3rx8MzrrzwdD9KX"
    "2u/Ne7KW6YZdd1ABSuAdg3kIXTWySLADZXZUGXWBCNQouosgNj0G4ZbXgb3muwqk23MWh5"
    "zDi0bQnUnbStlxkrUGghGg7mjhfXPaD0aVwbAdvRIotqI/g/ABz4gLx7ASIyluU8+UTOQ9"
    "9H179nl/w37pZXfqHlp4k0XCn4PdgN6A+ZuKzfaQOWhD9OR8k1YdEcr46x09aBjrF78bMu"
    "EmNXlXhXE8bScMLd826leRZchCacVNOEE24Nzqo8g+oiI3kpXWrkgFIj7tojQ6QcaRkRBR"
    "1pzfsqyeMCfp246hWeldHr+4D1ne25LrrAszIdejJN58m2HBh/n8E5jGPYplWdmKuXO0e0"
    "+1U/+ut8bRsUVTBbYysgBtkb+ti/tTUhXb8LiUkp+iIkAh2+Bf56FtbXHuproOMmMvAeC9"
    "VxPq6p43xcruM8R2hq8E/USm4jJ9OdN+FtWyg37qLB+1i2GTHdyq4/ViwniygqJSsb/FKU"
    "06EvAqEvMWa+s/Z4ETACcKeiyh0JrZy45nbPdqtbvX0NYPtC31xMbrfHHOcl9Sz3eZZjA3"
    "haEcdQnetaEtQaXlHD89AGo6c9EonLgjqTuAzvwoOyEU5ZEQ0pJ+8yl+clmXrJk9Ug6+RW"
    "HfuoBq5JFIzsYZYX09jqhOymox93JGTfEj359vL8fsRfzw1A/BLCd4svsgDEOoK3kQhePr"
    "hMmW0A2p/i+wxLLRPFNavz51AlXwBc/3J1NapRgRuAt1RtQU2Yuep/Bd4igehoc3ijv1zE"
    "9MVGrf2ju2D0ELldEekJvqJh6VOUSOwMTr9fIkCHPBKkAKUNLWyjXHGPTwDRcIYoQNxYQn"
    "tB7jPbgqelsxqDJxwsWQC57QScyiEt3F+XCelXCDlt2jiVjsfIS2nP0E7PUODIg5yVUTC+"
    "sXmQyV7peCFGEjDnpTTQwkBLZienIpr+LNNI9ICUWbXxeOX23lYCtXTZhKGnyIgkRsUa9D"
    "5ErKZhhWnYTP7sgSSAbEJ034CW5Ah7WBUzmgHHWY2qLVl6dSxiwcYDdxquPztPwKFlKVOG"
    "Gnhr28/3l/8EQpc/oI8cgzlCYRXKpyU2luDnyzsATegGrBKl/4Q8v2zBtvkgbcr2y5TV2d"
    "Av8dDX2dCqzTonRK+UDY1sijlnF60tO5+R0nXnxevOh4fjdCXZo6Ig1qGlStSdNbS6sVdP"
    "BKzVk0pb9USnFLVOrdDu6o/kD5FZu1mZLjNv0crpZtk2n11OISOPnONFGejqhNu8lM61zW"
    "3ZTeTa0gR+YovRwsG2ZIuhgqByVGMLnYacAPMSre7Rt4q9O5VQAN46BbOVnuh9ixkevH1d"
    "ov1kaCnBSM0bG9075J/24zSfdToaitLkE4QHkX6f4R8XduBtRxzKL7k2riP85vCPKUqGNd"
    "rLt0Ch/TZy1zOiACxDsw2uTYzoctGVBjW3plkWza3pWdfdfDs+0Qc4x+VXW3fzbbObL/nL"
    "F45crbesTFum4PMV7Gze1GYeda59UY1xVkbBQL+JUOjUpCZ0asIJnWIebxlKI5VQAuOuSQ"
    "3f8WRKTsTDNe9f3IUTW5G7Q1zY61WJgciv44x8h+QctGQ9VyN3ufWxgaH9CSQ/PsSdAshn"
    "4Q8PNrn1JxDf/9mjiHOGvYQXNyfXoR83+WSwjtwEuX0q7BVkdQWjPqv3jreQ0+tTAR0Cuz"
    "sElqBVxlZXIChx2+mqqsjcfp6oV5aUebMOZs63EYcDz14e19HgLFVz6qQjBdoJmc6KAAaY"
    "KHjyaIVhO82TDDMoWfCphyy4RSYIHHCLTOwDOKcRqLQFu+GsVjgonuKN37zhANczvHgpPP"
    "xfJpOjo4+Tt0cfTo7ff/x4fPI22YDKl+p2orPLn+hmlDtHdrP17P9crbfCCQ2VbUfefFXV"
    "wHGxIYNuIqBezdp3E5HwNzKq2iyYlELgXLiNuw+IRhFlRHSTikOChbSbTzGHj1jeHFMG9i"
    "pcnJXUDp+eWYQHRfM0p27frfxzaudwVO34Uq2a7a9ojGg0aqeKfWMjsEEenmODFcIBVBT4"
    "VCMm2i4ELJ6R9dek/4+67zKlmP4e9ZQqZ5I1d1uhoBd6t+kMm8yuKHbezLcMzl7VCnkvFX"
    "Ld0L2loqa6aVzbftaKuPEL2/C2LkGpAuXug8YVcgHmd3/hlZ2TUgL4tm15eoZPV1DKnM/K"
    "aJAFQO5Rz4y+QT90AyNfYydAK5eXuHi3gpZVreZk5JQJYjiafPyQKDf0lzq95u7L6dVVWb"
    "lZ+/uF3vraRzuIF2YYXTCRbdIJ6eTsaTiXekHAeIJSUZgZEQXP9hZieDxng82K5gc1qmpe"
    "TIHUx7aVqAQxQ7IKQ0lQg73bLNBukBfiBukJQ36GiYJM1OARhyJPro3rOHIXblm/zhkZPc"
    "XxcCGyPFvUm8y2gS3MGO5PlNUObwscj12er21zDFYwMJbIpB/aThBV+Z455B+4oowlpw5b"
    "i88RodM95EZh0s46MJyVzh/tOH9Utv5K97VXOlPCGlZy4wUtAW5GREF8m1dyCV5T8jgTka"
    "NDEuecnHKaV/PeBgpZuP3vgXVOUDmwW4hk86DtQ6OyfEpNSFtJUjm4m1/bRDvB3nSOOCmL"
    "lfpFTkan2pZJUmctC2lGQgOqGxF0G9vadV6O4os1tOtkC/5nZHRUjUi9f5ebkiyd70SZjN"
    "vkZgMDWTTlKbe8+JW8ChtCA8iKZ5L1bEM4MJFMpHli27xdtKIrmLt0vQtyd+nbJtb/L8+l"
    "UX6NxpuacEt/pPlcvyJyeAfgK/mEGaOAPgbABaSF5wDRhhLyLeyJwGHvWnyObqLQL6JOuz"
    "6qoVfL9aELvak865wIlFKhN3bemNwgFDrp/AnPCdXN9z5z3YeCrbyZpbNVLNMzgOidAXPu"
    "bJnNnTXPbVRbHSYvqNt8iFeHYcj5S/hOZlXnhJTjgN6LFFR7X11P7X2pnFqo4ztPMv09cj"
    "LKhMg2RgJFYQISgGYkNJwlOLHvk+dNicUms0iLYhrYKmCZT2cfaFNBDW6p2B+LCJoSqNjL"
    "LYEuR1LDW4Q39EO6EJt7OTCzghpcPrhh9ALaD+CisAaZ5yjeY/0WxTSwPGD3XLs8UQ1wyc"
    "m5tmm5dYZICdua9ot5sS5zhrZ+FIA8ROYhwk3Op5yV0Y566V5SGacOWTkc3fgsEvv8j1tk"
    "wYoa7pyA+YGxalXu0D/bdGJ+Dd1y12EnOo4fMz9gLOLKTNvaidTEzLgOqWBSYiegn7rQ95"
    "HJClj6eGHDYO0hQMx343EMHpEbAMc2EHCRl5fFZtmP2dqTHuwH+zT/KasMxLyfYE5Wk89u"
    "6zlP4JWHXARpOU5qdyDzNSsSFNbm9Ok9luTbat9oD32j4aKWDJXNCTVzCD8vyG1Xi2A1dW"
    "WVnbyUgh6WdkLtdVaDzmpQLatBJ0S1vp4jDUbGQEoltIFfjmI2EN7sWYA1J6rjb/oSfyMS"
    "dWVBn27v9M3YY+rL0rrcT3+CrcLZ7kl5gciAv/FMZkVWGfjh9bGIfe8kQ4VKDMSRv9B/pP"
    "n88zDjnzWc8Jz1Ypmxy38I7W8aLAXmjmU5T9RS9tD30T3879k1/4275ZcZaPFZIqUGkjCv"
    "TPG632nR3ijSP7leLOrLvAzSNXy1Ua8DnvXRqwOeX/ysiwQ894vy6BGN14aJOEdedffNKm"
    "smI6ReE+QWuA4X2dO9oC5LNtKdqEdrunm0s19LAuqCmIIM07tJnQ6Wpsp/rEmV/1gqwreE"
    "to0sGaQzIiqi3HioA7Hz5JxZiYCC8LZA+5M9Vg7fVEJBgJvfkKPQXbmgs7yQLgDBJaT3Cu"
    "fToXy7gB1C0mDMa3Tj/5uIbAqT6k1hwqtqRgw1aaQLYso5Wtuo/Y1cyA+UrCtHnRFSryFq"
    "G4W/GWDyRFVOULuG+kNLldlI3SHnRUzzs9fb7DFb00LjusifJrttpmJ60+zz22RYzn4Nkn"
    "KCeo57P8dTYo/4cpRrUU45bb4FV0LHlUn7pmg03pqWxpzIIZoV0UlkO+uSdl06s28rtipZ"
    "bCxWO/OW7M63l+f3o/KybQDWL+5p2L56eMtWFNfs6ypdlbRIth6Y8xhF8N2yeym0lrtIfI"
    "xAq46LTFHdHRjppWOFIiPD8TRM8ZULvYD88JoFLGLa9shE3g8glwMCVvAR+axHEgEUmbE8"
    "LcDqky8f/c6PjGzxWVKRkZkQKhb56K8NAyET6fDHttQSHf74cgLhdPjjS5x10fDHPqUh9o"
    "h+bN6ejvCS43lzQup5x5oneXUESFsRILKUm8Jk24lIFdiT6iqwJ6UqsIOIA3G7bP3eQnAj"
    "OQlXxGw2OJZ1XQHpnFyH9aOTTwZbQNpD5K/1qXa4T7kynrAuWiZatCyLnmQ7rJKk5p7La3"
    "sOsbX2pFZ0RkS5I7GV5nhrH9F6kHFFg5Q/FkW88gbK4d+8vZIj4UqY15MCRVntVO8PC1Am"
    "fxjXK+vrNQ/zTKpoL9W6Js1GvGjFwgwDQ1ncQ2nyPWmpj/J5CmecIg8byxHHNRRdGdf5hG"
    "A6ZpcvqBpSXQSyXw6TDfJ8yQTQjIiCaV2T42ORFI7j4+ocDnqtlJkog3A0XEF0370VIZ/I"
    "qGpF+22JfiJPDBBPtf773c11hbcvFSlqd9gIwH+Ahf0hKgI14FIwcjpdjOmrL6f/KsJ9fn"
    "VzVlTW6A3O5AphN3+Y/fn/AQMDTPM="
)
