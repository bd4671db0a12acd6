from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS `doctor_consent_version` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `version` INT NOT NULL UNIQUE,
    `title` VARCHAR(64) NOT NULL,
    `body` LONGTEXT NOT NULL,
    `fees` LONGTEXT NOT NULL,
    `published_at` DATETIME(6) NOT NULL,
    `published_by_id` INT
) CHARACTER SET utf8mb4 COMMENT='One published version of the informed consent (知情同意书): notices and fees.';
        CREATE TABLE IF NOT EXISTS `doctor_consent_acceptance` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `version` INT NOT NULL,
    `accepted_at` DATETIME(6) NOT NULL,
    `account_id` INT NOT NULL,
    UNIQUE KEY `uid_doctor_cons_account_bdb5ae` (`account_id`, `version`),
    CONSTRAINT `fk_doctor_c_mp_accou_04a5dd8f` FOREIGN KEY (`account_id`) REFERENCES `mp_account` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='A patient account accepted one version of the informed consent.';
        CREATE TABLE IF NOT EXISTS `doctor` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `deleted_at` DATETIME(6),
    `deleted_by_id` INT,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `name` VARCHAR(32) NOT NULL,
    `title` VARCHAR(24) NOT NULL COMMENT 'chief: chief\nassociate_chief: associate_chief\nattending: attending\nresident: resident',
    `specialties` VARCHAR(500) NOT NULL,
    `introduction` LONGTEXT NOT NULL,
    `photo_key` VARCHAR(64),
    `enabled` BOOL NOT NULL,
    `rating_sum` INT NOT NULL,
    `rating_count` INT NOT NULL,
    `text_done` INT NOT NULL,
    `video_done` INT NOT NULL,
    `institution_id` INT NOT NULL,
    `account_id` INT UNIQUE,
    CONSTRAINT `fk_doctor_org_node_fbd3469f` FOREIGN KEY (`institution_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_doctor_admin_ac_28c29a5b` FOREIGN KEY (`account_id`) REFERENCES `admin_account` (`id`) ON DELETE SET NULL,
    KEY `idx_doctor_deleted_fcfcde` (`deleted_at`),
    KEY `idx_doctor_enabled_2e95a4` (`enabled`, `deleted_at`)
) CHARACTER SET utf8mb4 COMMENT='A doctor of the internet hospital, owned by the hospital of the first practice site.';
        CREATE TABLE IF NOT EXISTS `doctor_consultation` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `order_id` INT NOT NULL UNIQUE,
    `kind` VARCHAR(16) NOT NULL COMMENT 'text: text\nvideo: video',
    `at` DATETIME(6) NOT NULL,
    `completed_at` DATETIME(6),
    `score` SMALLINT,
    `rated_at` DATETIME(6),
    `account_id` INT NOT NULL,
    `doctor_id` INT NOT NULL,
    CONSTRAINT `fk_doctor_c_mp_accou_1005866e` FOREIGN KEY (`account_id`) REFERENCES `mp_account` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_doctor_c_doctor_88062764` FOREIGN KEY (`doctor_id`) REFERENCES `doctor` (`id`) ON DELETE CASCADE,
    KEY `idx_doctor_cons_account_b8ff0c` (`account_id`, `at`)
) CHARACTER SET utf8mb4 COMMENT='What the catalogue keeps of one consultation order: who consulted whom and when, whether';
        CREATE TABLE IF NOT EXISTS `doctor_follow` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `created_at` DATETIME(6) NOT NULL,
    `account_id` INT NOT NULL,
    `doctor_id` INT NOT NULL,
    UNIQUE KEY `uid_doctor_foll_account_d9a15c` (`account_id`, `doctor_id`),
    CONSTRAINT `fk_doctor_f_mp_accou_670ac9a7` FOREIGN KEY (`account_id`) REFERENCES `mp_account` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_doctor_f_doctor_eed8ab19` FOREIGN KEY (`doctor_id`) REFERENCES `doctor` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='A patient account follows a doctor.';
        CREATE TABLE IF NOT EXISTS `doctor_schedule` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `day` DATE NOT NULL,
    `period` VARCHAR(16) NOT NULL COMMENT 'morning: morning\nafternoon: afternoon\nevening: evening',
    `capacity` SMALLINT NOT NULL,
    `department_id` INT NOT NULL,
    `doctor_id` INT NOT NULL,
    `institution_id` INT NOT NULL,
    UNIQUE KEY `uid_doctor_sche_doctor__eca28a` (`doctor_id`, `day`, `period`),
    CONSTRAINT `fk_doctor_s_record_d_d5a3f960` FOREIGN KEY (`department_id`) REFERENCES `record_department` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_doctor_s_doctor_bf9e424d` FOREIGN KEY (`doctor_id`) REFERENCES `doctor` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_doctor_s_org_node_7d1aa171` FOREIGN KEY (`institution_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT,
    KEY `idx_doctor_sche_departm_8538e5` (`department_id`, `day`)
) CHARACTER SET utf8mb4 COMMENT='One period of one day a doctor is on duty at one of the practice sites (排班).';
        CREATE TABLE IF NOT EXISTS `doctor_service` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `kind` VARCHAR(16) NOT NULL COMMENT 'text: text\nvideo: video',
    `price_fen` INT NOT NULL,
    `window_hours` SMALLINT NOT NULL,
    `enabled` BOOL NOT NULL,
    `doctor_id` INT NOT NULL,
    UNIQUE KEY `uid_doctor_serv_doctor__4f2220` (`doctor_id`, `kind`),
    CONSTRAINT `fk_doctor_s_doctor_412a961f` FOREIGN KEY (`doctor_id`) REFERENCES `doctor` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='A service a doctor offers, its price in fen and its consultation window.';
        CREATE TABLE IF NOT EXISTS `doctor_site` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `primary` BOOL NOT NULL,
    `sort` SMALLINT NOT NULL,
    `department_id` INT NOT NULL,
    `doctor_id` INT NOT NULL,
    `institution_id` INT NOT NULL,
    UNIQUE KEY `uid_doctor_site_doctor__d958de` (`doctor_id`, `department_id`),
    CONSTRAINT `fk_doctor_s_record_d_b0fff1e8` FOREIGN KEY (`department_id`) REFERENCES `record_department` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_doctor_s_doctor_ab2ebf12` FOREIGN KEY (`doctor_id`) REFERENCES `doctor` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_doctor_s_org_node_ab6d12ff` FOREIGN KEY (`institution_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4 COMMENT='A department where a doctor practises (多点执业: several, at several hospitals).';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS `doctor_consent_version`;
        DROP TABLE IF EXISTS `doctor_follow`;
        DROP TABLE IF EXISTS `doctor_site`;
        DROP TABLE IF EXISTS `doctor_consultation`;
        DROP TABLE IF EXISTS `doctor_consent_acceptance`;
        DROP TABLE IF EXISTS `doctor_service`;
        DROP TABLE IF EXISTS `doctor_schedule`;
        DROP TABLE IF EXISTS `doctor`;"""


MODELS_STATE = (
    "eJztfW132za27l/B8pebrKWmiRwnqTtr1rJdp/WMY+fabjv31LN0IBKSMKZIlaTs6JyZ/3"
    "4Bvr+AFCCRNAnvD01lERukHoDA3s9+wf8eLB2TWN6ba3d+xT4dHKP/PbDxkn8oXhqhA7xa"
    "pRf4Fz6eWkFbx51P7LjV1PNdbPjs+xm2PMK+MolnuHTlU8dm39pry+JfOgZrSO15+tXapn"
    "+uycR35sRfEJdd+OOf7Gtqm+Qb8eI/Vw+TGSWWmXtaavJ7B99P/M0q+O7C9j8HDfndphPD"
    "sdZLO2282vgLx05aU9vn386JTVzsE96976754/Oni35p/IvCJ02bhI+YkTHJDK8tP/Nzp5"
    "P0u4PJ5Or6bnJ7fjeZHCgAZDg2B5c9qhf8+jl/hO/G795/fP/p8MP7T6xJ8JjJNx//E946"
    "BSYUDOC5ujv4T3Ad+zhsEWCcgmq4hCMxwX4Z3J/YFZ8uiRjhvGQBaTMSfRN/KOIeo1wHfP"
    "xFinw627qAnv1A89q2NtGQ1+B8d/Hl/Pbu5MtXfrul5/1pBfid3J3zK+Pg203h21cfXvPv"
    "HfYihW9Y0gn6/eLuF8T/RP91fXUewOt4/twN7pi2u/uvA/5MeO077NV8mmAzMzvjb2PUWM"
    "t01Ncrc8dRz0vCqPdl1GOMMsMePX066mxNJ7uNel6ygVGPJmnNoHe5yA53jMuvdjxU081E"
    "acMsyW3fO3ca125f5kZ2zxTc4P8lTM8W2BWDGrcvYMkecYgr4xJ/m1jEnvsL9ue78aca6H"
    "47uTn75eTmFWtVeBeuokvj8Foe3wf208T4ntvrZYDxBXsmbBukhHUs22esD77eXP92cXV2"
    "foxWrvNI2e9gv2C5pJ7HGtzbZxd3/+8YGdTf5L++/vUquOCs7cKlL+c/XZydXB6jJTGpga"
    "0JZfhQf+0HV09ub89vb7+cX90dI+x5xPOWxPbzbS6ufvr19u6Gdc9+65rBtZkwXR/b1MPB"
    "U+8wNw7HElPjcFw5M/il/MQwIstD9sWL2zczGdqwAJieMWefkOMipkmb1EfxMz8/2ivMOl"
    "ZAO27f1qtXgvvgoJM1bnx0JAEta1WJbXAtD65FHolVRvd2iS2rcndOhHbalXda3d62uycf"
    "jj9+SLZj/kfdTnz75eTysrwds559bPgT1W25KNfdltHRxP3wXmLefnhfOW35JTHUKwaUAO"
    "tz23A3K4ZVPeCJ9E6I90y5rLMazv9xlzMYYmhffTn5x+uc0XB5ffVz3DwzFGeX16eFIWBG"
    "ALMTPJWJnhHRbo63sjgv8WaCVyuL/ZuoS2XATx3HItgWY17VRWEApqyPtkYg+abbWX96fX"
    "2Zm/WnF8Vp/euX03NmFQRDwhpRPzRKSys7045n1BIsNH+7vb6qUEJSkSJBQQ0f/RtZ1Bug"
    "CVuDN8eifpUpLiijPN/AOyiuMivsBiaCCneQkwHeIJzO3I8xexCS7iFeZYA/Oy6hc/vvZF"
    "MydQuolj03wwL4P/EUir9NH9HFT4nzJz+z2O8PWSp+5eacGa0XZwxpDvQUGw9P2DUnFYgb"
    "C2qxrdAWrOWR5Oe/3xArsXhfCNwF/WJJbYF6oYLQCe/jxAiIiv7QLg3jlBIpfJ+nRoDJvs"
    "AlnZ6kfWqMIFvmCEMKu3PiNwdd0G+scGmKXDL3cj8W4JOHj008YruOxX/pnnPvPO5H0z3h"
    "OXAa5MxaLTYeNSjedx/4GvejK1Dsiu3NiOtNnPWeK1eC1V3Up/6Y0T012BcDWbLSr1zH8B"
    "13YmD2xZ7ghV2dsZ40Xe6fDaxBzrElm2F4vi9QX8JeNJ1RC+pNVgyB/VWIX6j3NexI1/lk"
    "khV2/Qa0rZ+SjnSFyiWG45oTl7BH9vaF6ybo7CbsS1fEZvhPZvWwjvZdrz7jP89ZPxtdgT"
    "KDfWvfNzDoRG+IJp6xIOba2ndChVjdRp3pjhn1G8KL+840woqz+M7YybD3OV4/f6m8ETjO"
    "shrVa5vcOewf6a0g6k0TfYwDuRwvC9Ausc3UTjPqjguLOHxBulCR46/OGQo8ChOcaQqJQ1"
    "3NBkgcghSSESQOwahD4tDzhAD2e4zLrzYkDrWYOLT2iKsapZyV6W8ew47Rm81HKJvUW1l4"
    "oxwMXpTTLlC2eahX2POeuNm1wJ5iokhBsM/JWjvC3UpcsusIaZbqaNhEYK9Y2N2m9V9ma9"
    "vgIKLpmlo+tb03/H5/bWu6dx0iu1x7/sRYYHtOJvGMFpAPtUHiFV10GCQer/3DjRGPF5MQ"
    "x13U04ouOtFT+xJFPjxFlXocZNVXLisGuRgK75mF2VplOXNO5Sm/YSVheLf6/G7tlt4HaX"
    "17pPUF4E2m1PympEnnpFrCXSfzkNcvU+I1UoHucq57zmjUpDQxtMrYtpjP1Dd4ZROa0lml"
    "nM20o4fUTEIR9nWOSgc19HNF39sx+mVV4xVNL47qXKLLlZI/9OAE/U7YLuCjJbXpdyvXmb"
    "t4iTg1OEIPbBdnNvYGOStiUxO9wraJGOgO/+NpQWzkLwhiz4IW2ENsv3j95qAAWBv9g6e2"
    "X57acPRUlItUAnjnrYpF9EIoMfupCGhuWwHmgfzskSYPZKNsmRRkwT5Rt0+AbumWboHAmu"
    "qVZpghFjKBNUCy6U2ylUxnmaoVLpmx2y6YKv1A9k0svQn7uuNdDfDVV0vC3Q8qlRzcfr4m"
    "9TAxq47tEjO8pFYD2SCsF21zQQKMNhPyyHOyJkssKkKqjtb5o74FA/KI4eneSd76Q+aFJX"
    "kf988MCbG6CLrS9ZVc86Tu50BriFMrehuXZDklrregq0Yg+xJ0p+sEm7uYL10uMQh9FJq9"
    "CoD9zDvTHKk5g2lPjUtrmLBh8FIUHo+QFoWmKgN1EnSoPVzMggK4tts8jRRXkK+sMMRtEA"
    "p1bMeImmz8g4MnFsR42BOqi6izM96Xrm8e1KBQRYxf3X+tOgt74cv6Kokn0RGuqGQAb8Ru"
    "3kSV0TCC4yzToa7YzRzLcp6YqdhgOY/PQZ86IaYUUqQYLZMjnAUBM0VCujZmJseEB623Rs"
    "5c2wRRz1sTE0XSKJD+Mfyfh5wZj1lBgd8EzRx3iTAKDWb+FxNaewSZxCdBLks5dKaNG+wR"
    "O/Mvn6rEIETNtQvwOPwgEX9wWHT/ZE5D+vB6SzzNLKG8ZbFOJTo7IWlweGdqzn5bUfY27e"
    "AHzUtq6AAfuhe0ROTuUEfCgzStQYyvSx7ZNrjLEOclYZT7PMoQrVS9T+obrRSFsKsl1OSF"
    "IKlme1JNJlNgz8SaXHbCwECWTa3Jz69ces3Zye3ZyU/njWXXKJrCgY17vnKMxYHAEM5cHd"
    "WZwYFVOSFJw60W8PkjcTehMcptUYy89fRfzNiMrdYpYWYos2F9Dxlrlx+0hNg8Wq7YdWaW"
    "YhO9Mtj17yNcve9Ds/bNaiPII2nxXvf2vc1tbdd5QiviJj37PG3lCXuIsHujSGlAr+4Plq"
    "vjd+N79oj3aUTY8dH9wesfg4SV8L4OW5jv7Tnr1HuDbojJnsPAxoJ47Bl5O/Y3vyH7H5dh"
    "881fjJDnsF8WNrYcz+M3pY9MxHaYgD3f14SPfpmKaZkR0c6Uf/9WwrR8/7bStOSX6k35YC"
    "oIqEE6r9zFEhFtTuL9YTw+PPw4fnv44dPR+48fjz69Tbax8qW6/ez04me+peVGQxDfvnO1"
    "jsaLdPRtpxuoxigwFBJ2WTLmuc3d92RtUv8Xhqxo800v1u69mDebLOJ2W7feWzbMVrhlLR"
    "zLZH+F2whd8d2Rf2STmdojto0YfNd6WlArSKUkdtCYbTR8ZwpbIcqPiTeJW952W7wPpHH2"
    "K43TI38q7lShAOxTu+1TqrXtui9pN9j6gUtsqCAbNQdghcD2aZe9dOaVmyy/JrHHWlGz3l"
    "SKr1tiNdu7Ollh+7rDvZgByPCLyiaYtqbXcE0tETvPw8aC0VHYZfNSGhbmfScTqfCuOlLh"
    "XSlSIYRMrfZHVkaHchRt64ohXqpFvfNSoDluhbnr8ng9K2HTcLl/bMTxpAoTVhyBqkGIWP"
    "Oz1ccuU+6Vt7iCGCwLskCrbXE5IQB5K8ihb7SMcHV1/1Rir/L+PVMlanBtpY4/nvlEUBiz"
    "GvZEAFDfHXUqcLhWryVU5GuFRaS8iERpaIpLdV4KYN6uJ699w1GzRTIiYFVLWNUrlzyqny"
    "yUFdIQ5uZnMndmTxQ9MVkZWCy2Q9x7F+LA5m9ffF28PoW35EnIq5VFDRxhU3Z8CRuOar1g"
    "icgEF2S2FwvnIRyeT/11cPoWl98EISEOmhK+ByHMvk1ukG08Qk/UXyDs+9hY8IueoFZ449"
    "1DjEm/Ykwgm6Ma+mHG5sGhzi9x1KsiMnNlB33srwV1EWpizROJDnU/bz1dUt8n8eMMzpzh"
    "qJElEaXx3JFv1VHmqZAGmnbde9NG0fqMoqFE8OXF4OzUxtk/tp56ap6xVEKD9yC/2By9lc"
    "lwYa0ql5vgWhHhR0qedjjIvSwIJ7mXXbsJSjvltWdFIbG9P9pRWSmG8wL3f29qUpvhvEAk"
    "ldTc1XmBuzNgnseGLFBV6wmwtN1Ilv/Ki2ylv35fUGNRQUAhj7g8UxejIMF4g145blCdK9"
    "PmNU+AYg02bLn5js8LniXF+3nCmzIb1vrdBOTYH1FsxcE/gSYDmqyP69pACROgyV7iqMvQ"
    "ZOEmtIM5VRYEc0oQKZtu98oat1AWlG8ByjVhnJXo1kVxvlxUa0yaSDUDq2a7VZObW+JKTd"
    "WLBCAsUwxLtDb2yoQ8xWZY9P5AYDemF0eSxuIU81L8ichWY/F+/Z68Ne/Xn8YfZuzf6fTt"
    "/fpodnSE6HLluD4vWbUJCmisXOeRstk0QmwCuDS8kLHjBIESDfcNURJg/g1keRqoIQDm30"
    "scdRnzzzGCcoVsrxM4LfmwVzgD8mJ1Yz7A8a4ZXz5mxYJv7IfNHVepYn5WBqJhJUKNs49V"
    "wrk6zqQgpoGHvetIE89Zu4ZSPkgqoQHcheip8SeZ8Knxp+r4KX6tkA8S13BV4y+KYkBhbK"
    "cwag5QV7axVU5R7xvMslZ2cY71qej0GXF9OuP5A+RAYGFnL48kbWyjINObGl1g0u5dXNKl"
    "2FLaxRIJ7epOH44lNrHDcfWRRuPiFhYWQd/BdMwJguXYF8tRhi8gtutYwbKptGIVxfQpbt"
    "es0qKyqQoGpTwi1za5c9g/kurNebanQQ2HrHJTnIky3oP9NJZN+JaWdZXggrSWkrTenjDJ"
    "D5SgjkmN7zKBXEEHPwZnVXjE9xmWHrLoI4/eQo/E9TgxP0Iz1/kfftgFmyWsKXJWROQKaO"
    "UOoD31S3sCh8BL3ODBIaDbqMs4BIwobkCayY7ag5W01UpSLfLZfXnPATsI6tJ9z+31sqT2"
    "Pn/qr+nima9IXB/8dHPy+e4YBbL39vXX86vjQHO6t88ur2/PfzpGhuV4UTrx8ycHR9rfJN"
    "L6FJQzkag2Z300FvnIh36nPTonCKl6/dmRy4pY+ELvon1nBWGM+zbGCpxPOhli87k8F04j"
    "yc9/vyEWrnB5ZxmH22iFHaA2UcXxiBnKPcHaiwobAlBTa01WLt0bqNO4H52AatWHmXsNq5"
    "jB7HsqzxBOvKxYo67MPw4SDjJWziBh8zkJOnXt+lmU6t4jXDZcypBWV9fJynRfWud5FK1W"
    "iujErLFqSmJJDjISBecTA5mvGa0rQ+aHKoHa25QRgT1ie3BhohPtGViYeIMHBq+s3z07r/"
    "oUUJiaeQJFPGcDSinhuVAMKVd9HGyZKZxyjBicM+oucVhleEYtNgQjFJbaGiHyDS8Rtk32"
    "hccGMzjh2g7Oyxa66pu9w719b98tSNQUBTUdEfXQ3GHapR0m+xls9n+fovJ90Mh7s9r8GC"
    "QIOtykQOGa493b2CU8YCBOH+RVZqhBEPaCP2eW84Sw+chfn8pAgYxtkkb7Fq2TTKNMNuJB"
    "OKc5GGx+MJFMs/T7skzwm4Ibuo5BzHV4ck2IV7AR4AeyDs754GBOPCM62yb8Pv0787y5e4"
    "v7r3yivHD6GJIC6dNKCuSCqqtlwCKEkI1e7FMaa3kQsqHbqMuFbGTW3AJ76zgWwXZV6EZG"
    "rjDkUybY1ign33RLVZxeX1/mRvT0opj/9uuX0/ObV++CoWSNaKiXCmxoroJYljriWTlAXA"
    "HxnOojG0CTE9LvMOKWarmrIJyqpv0Om+lNDFhoXqmwyqlEP8q189tqU649OX1hB5WpKAsB"
    "Fv3RkcqqsYU9f6Jenb8gpl1Geysl+vM0R4EOtRxclRqWEytAPeNyWr1CP13/enp5jr7enJ"
    "9d3F5Ei1vyzgQX81rRzfnJZQHplKyRndCpRIdz2XZs0s18bl4nKrJ00tO5RO/BhN4+oVO6"
    "UnZCpxKg4W+fzSFaOx3ukREEVafPqk4/ag73bIAbD6MAh3rjmGb8RWrIlgUBXxGJBpWmIB"
    "hkIMEgaQEG4QxuANoXX8BLDHEhuGFPkPWvRF7eeyRAfsaK7z3Ty2Rh3l7wnT0Juvr18rIu"
    "fqx4zuGeCS83QScnRtxKkymeX3Lxirh74vSV96HP3FTLCcooBfn6gmI84zpNEkl8+e40wl"
    "YhajPdxQVRm7ktvjpqM6dVQNXHQengIwRBcC8nHAqC4F7iqMsEwYV64C6jnpfshNp+hnKI"
    "Axzj8qsdD5VqYmBJDhjtMjvYt/JUz1f6q/nqVNSc2OvlNDSC8gCf24a7WTGgqnS9jKQWlc"
    "DqFqQ2TrBIEJxMqflNZYaXJbWrctf8VF8tomAPpWmeSOngxO96hgfgKc/uvFRLuGs1szkt"
    "QA0y2eXEJ6FwhyFY/MzGw/f36yPyCR90MgDNB097K2JQbPlKwOeEtIvfbH6WW2yS2h5hOr"
    "gKynmpzlTCjlBufiqvsOc9Oa45WWBvobSOFAV12DDzaI+PjiTgZq0q8Q6uFcI4154/MRbY"
    "npNJjKGAhK/L3qrqosNErvgFGGweF4T4tGvEL1cTbBjOWvVYlpIcMCRbY3wgUqKDSIl0Yj"
    "aA8ZfVSdrXsOayLMilF3mPGIn0zPl9C4Nmj7vXZHbnM56g1KwcUOyK7c32DyiJPfZ3UX+6"
    "4uWSKXu8CT9lY+9YJd7TmV5bTD63Gj86a5epnnsi9TnuR1egugzpGiZAMVnHFpen/aGKej"
    "sJOtMVsyfXsecT29n79fudd3Tl6Pv6zTCngVmT/fWFz6yrs7AnrdFqSr/ieGmpYylFpO4a"
    "YpkoW3WhllmNTCLkcuJn228tk/kL9XzH3SBnFpSEzJiUCGfqW06J5fBDJ32nXAdzty4gtr"
    "NfsZ3qpTw0ruLRCmM+3UywuaSKPG1BCmjEMkerHqIIAan9ClaUCUOeuc5ysrO7o0IafB6Q"
    "1twptmyC7zyHhbKA8nbHEmQ5N5jlnJwqULc4g/9OAuaKPUnCiZdfCQBsCbCFi2cF1NW+vD"
    "ZpgYxDQcAH5N0NMkRAxtUhxwWc8JMovuOaL+JCKDjXIjXm5/SReDmT/mnheAT9TpiN6CN+"
    "MzZQiEf1oKXzSJilX+IKmr/FvY3t8NSLyE17HLAQcTwRwhY/XsPANmuFfPxAED9Ng91jyh"
    "qb6Z2C0ze45swuPZANMREPCOPHbzyQlR+erhE8MvvGWzhP/NgOg7DnI+wneN6amPxsjxVl"
    "Cu8oON+DtVt7rJv16t6Ozt/gz88+sF+yYs04+4ao/wZdMHH+szCyyVN4E9N1VuEhHckD/h"
    "/Wnx30yH5Q5XEdwKE8Z34sGzrlAMSckBYJKW1H1Eav2Q6piXlJDe3/gdj7MSb1ece7HdK9"
    "hiO6hzG+4a6pnHtaFANGFM6kBIY0r/oDbweMUq+sbzlG6bns7kzRMaHlnS9KJnVaZVgObY"
    "JTqTbLIP1xkD8dM72rDwcFdmsDWuSRWCr2XyKgoe3XfL31dGrL4ptKaAhwCwcqcVJa+dyq"
    "vBQALQE0U+SUYc7KAMgSIENUU9tnE7Hl1XFDkNQW5YyUhlO5lZ2PQaZ2+ERGBGgSCBx7mb"
    "RIYhqpvTxFMaBFttMiOSt0T1pEx7SCUYEWKc6xPtEin/GSBstBiRCJrozqqJBZ2kYi7iBs"
    "/QZd+B7yCBtC26fYQjTwotskdNg/4Q2i9jFaEWdlEfQvh9roifqLMIjgkfpBrgrynQdiI8"
    "fl3vODwmi1eKt728W26SzDxtypO0JPC2oskMODCpaE173jtyRBdAB37TtPbFLz0ATkkpWF"
    "DQJO/R4SOuBLeYlKAxS91m3UBT7pUm5k30r2ahW2wzfGJBpRFuGcUCOl2XpULLZ5ksCknu"
    "dYj7vVbS/IQvRMf1aq8gYVKI9qFm1WBKzZ7dZsgFcDlqxKlay+QSxryWbnlnJUfYZAeGyi"
    "JgG38M4f9aIO8qFz3AbdvywPx+ki6EpXoCKzuwmgvpD41AAdgZq7eO8X72feh04AtU+vha"
    "tUJceWLGLbiLYJSVpupdt+5wkoYdldE1FepCPsA73iyrY3QhbBjzyLJZwTI7Qg2PIXiDMk"
    "r0doFvJdsdDCWZJyTZCW7iETCZVhHlWDn07p/KXQZT+Mx4eHH8dvDz98Onr/8ePRp7eJ8l"
    "S+VKdFnV78zBWpnB68nVR7YD9exQyM22toaDcf9GASH1NBDNrfbq+vKky/RKJo9FHDR/9G"
    "FvVaW9gP/jJb20GMFpquqeWz5eENv+1fD9pd7kVwc4RyBmDpNJHiwSGjvGXHOyieJgJe5q"
    "FThzKEMYRnNB6eEak2anVesjJAcghQ9dbTfxFDMRgiLwSTdSt3lGqhe5JHqbN9YPNWugpG"
    "9o3dXmkkWDQ7JuV6NnVlkc3uLxVV6wULA2Arg21+QVQ+E6B9ZiHi9SqphZT328ot0LTp9l"
    "iebIAMg84JqnnwEhzhyY8jHi6DkccsPcLMCvsBfY+W1KbfrVxn7uJlXBZkw0WWeMNraCA2"
    "k6iFqB8X2CjzDd3dFsJz+hWeE8RgKRfdyEvBKaRbnfdwJGYnMLsZkl0+Y6WSmB9+zkrzIR"
    "JQPWab8tN3OkYqPgKqx+g9vi55ZHv4LkOcl4RR7vMoQ/B19T6pL5fOa97vcuhmSQ4IYKDV"
    "O0I1UBxUa5nlhYBWB1r9uWj1dOnsmP8dKr6lvWY7xtHbDgS7DL75pbGHBHsUD1pJsKfxol"
    "sJ9mXaVIZgj+ZdNq7uOKS/eXFoF7H7WRteUPrVigQFs1+PEK+C9EgCGnzOOe5XFpn56Hvk"
    "El5H2ww+zTjmr4Xkege3FBDruWC+aML/E9h2SIbt48ahsT0GybC6jbqAfCkfle1YSqmacf"
    "sOfRDpxtm+J+KThCPiU6Uf4lPRDaFc++0ZCr8dRJt5R64emUDod9WB0O9KgdCPFKsgHDXv"
    "EN9AbRrk9AVHZeuOSttRWyDi9tpBO5aqWziuqVs4Ltct5HlIO6k0OUHwHvVHgSnrrWz32m"
    "mIs3Iwwn0e4Z3cROAjAh9RZ6iCM+M5cgTAk6GSJrDdjfE8RHtYUEDAsCeVBrZS6/Ok5VZm"
    "/b+Dto7734j9fA+FfxLy30HNxlec5DZ85Niv+fmLyDOcFUHOLEhT53Rp/DnqZBTUi6R20D"
    "iqOVki1ju5o0zOfHTjYJKHvfGPwR3h/JBuGfYQ9BKuNbxQLKBhbvxYJsB6XB1gPS4FWBvY"
    "5ofylAE+dRyLYLvCeZFKFVCeMrG2YE6+6dYIOL2+vszp/6cXhfoOV79+OT2/efUuwJ01Ch"
    "ONBGpkj2KtwQiDUFwYZQjFBSegkusXiIDmlL5CtTVC1GDNCwGuVbiqlmHJCwGuQFw9G3GV"
    "Mb6BuNoKbv7FlUSXCIxrQLcK3WS7UaUFc2Qs4efiCkxu1dqiJ0FXGmFeMKMMh8Ho8kNpvH"
    "1rsd4End2EfQ3WcOq2JGt2jlWRzukUlKOeJzgV2MpAX9sEhe3REpu8AIkZHEcU9DRC3sJ5"
    "4ocOZVnfY/S0cJDlcDMaYR8tNyicR4IiKc13L80th3saFGSt1tWeuSAr0M6t0s5wbHXbpy"
    "ljl61BIUgKKBfEtAudaw1o0Wq9FWbhkj18kJsvAwQlg18CtxoqiOpcFTBVwKwCszpcXGuY"
    "1SRcaU+CSrejWEYicgpoVaBVh4nuzrRqm/TXV+zTitOI4kujOtprlWkkceb3irieY/MTte"
    "PiAkzA40f//BgwUEzvs77jz4GoyQ/p9jdxwGNSjMD3iDXj53YHp2nbJDyjm3oT/r2gjkE3"
    "94QKwf2KqITAlWro9TWuoGaBbqMuiFIr+dDCzXSn049zkp2EIna5yA53jMuvdjxUqtX2Sn"
    "JQcK9s6MdH2stSu3F7Db0UzfO61JyE51GUET63DXezYkhVKXsZSS2wrluRzv9xl1uMSsfw"
    "JQvS5fXVz3Hz4tl8Fdgrn2JQlmxrAHQ6yiA4+0F5nidSLR0WofUUh0M6ulnFQ2O/jHFtDl"
    "lGCnLIFHLIBlRp6H794ePYuF+/J1N80Mnkbr7q0JwXPxHoJ9VgpxLaefZllo7qlaO0cEyp"
    "6y8mprDwG7dOxfjmpeosU612SG5qFuu5EZeypruY9wVRSDXss4H/XFV9ejakLfuan6dKSs"
    "8wbqBIikw58qwZGjqWJsaCGA97RvlfRJ2d8b6GywH0OC9iMIi16Rk+sb0ncan76Mqozi9M"
    "vuHlBKcNt/mGq7EQloj3iOdFQx4MKvvM39K96sRD3gG/1kXeQXbI5Pf6ghRElgns5vSNy4"
    "P6t9vrqwoNKpEoqsfU8NG/kUWHvGSKUONY1LNwRcKtoO3yDoos3BK7D0S0qNSxQ6kQkEMK"
    "5JBH/lRbvSMBnVaMTlbwrPf1kRpKLsJUQjuCqHly2cOPOxEcWTkNY1Z0ojdWTvCrSgP82X"
    "JwxbKVihTGdsZlBmt2C3m/619PL8/R15vzs4vbi2h/TsYvuJjfFW7OTy5L20JgE6gplXkh"
    "nXaIthikjOm1J4N0zmzE27S3gcEsSyLlZ1ifYr9PrTVZuVQc/Z1eHG2186e5tg2b+sbGCI"
    "8Y8lbEoNjyN3AcHIRW93NNGGiQLYRWv8RRlwmtTtfc0qDXVAnJCmkRtti2/Qfxt5kD4WQO"
    "LWOtao6EKx1cxheWiUWX1J8sqb32RYXJKvUCsTCYCgKaaIU9b8JZTTU7Nyu1o6nbN2Rbtn"
    "XdtSWaw9U0fyIALP8+LD97ejpZYddn+5sq2V+UBc5fgfOfuc7/EAHpUAt5KgRYK2AdWNxq"
    "NFpWBHbG7SRaQmrsSaGdxf0MDF5Z8iw7r3LU2Q2zbG4uzu7k4q9WmBcBEKweCkFEX3kfGk"
    "HdavBQltoVkIsF5ncLvZhhnJslF4FGBBqxj6/sQAkloBFf4qhL0Yg+M3t2i3DISWo46sMd"
    "5fLLbbIJbFFRAvC2MhypXDdDDFU4dhthbz1dUn/HV7kgC+lYwxjpqZrzpyCnQ0p/2+m3vO"
    "z7I5moB1mWBDV0CDXvbQvhmpCVYywUDLuiWHc817u2gG7Y/eMZjititapdP4kERDhKeH24"
    "o0w5ySAV2o0EHw7EDVLgjw41lZFOhcDdoIJ1lKWvinZGDPBWce/glb92ycQzFsRci9wQ1W"
    "5kkexeHuXhrC6tOJQDx4Saqy0r0owKMniaueRok/EJhYmPezqF0lTogenYUkn40du+J0Zn"
    "YS+6gkQeiTCxRwWiyBd2/kgG6SyXwont13xr2BOp38JeNAaJKTVGAML+SCVdnfg+Wa60Qq"
    "3svS7sqmX0rm1y57B/JGMrdnb4P+t+KhtZkVUjZCIrKrF2HYMfHGJgT6BJxhM2hl4izCLs"
    "7yzqbpDqo3i2KoRPfMaPztoNNfhS8ER6cbQ1dGKWa9twZtZqsfGoQXGzZVggsGLPwAqort"
    "IWvwkhK9VQDzN4QSZkJVnmFO30ghi8UdvDYnM7yp6hsV+zfQ0MZmklrjDH+pRdHqrPAv0l"
    "0au36C6JFr/9YLG7BUHxBuYFB3QlyCCmsXgjRO3w7C7XJC7CtomcQDj6gl3aII+Q8vFhjf"
    "YMIaj90pRgP3+J+zmEoOo26jIhqA8M0vJ4V4fWxO07rF7Gd72DtkY2F1Mjk2JdnWBdSq9m"
    "+5tiPdVYQieluOOSfNQnS6UU4EQAUoD38Nj6jo+tyQ7V3IqCkOguVdTNFx6cURN/Ggt0dl"
    "xXsGluulm4m489TWp3qbEbRTGdFvLG+EJiu461JKrYFsXgWAtBpREg5boi5XLV/fYk5XJV"
    "BQcGsywpV1waK7yrwtkMvOf+vKcY4mRRbQDi82xfw1qHZREu7kHKh98oUcsS1WXVIwnUys"
    "sOZJxUIwm+cuKcGqT6NJdCi9F2Xj4SUDnehcfeoLA9mtNHYnPaPO4IOS7CaOkYD4jf4Ed2"
    "weEmmIeoh4ITmIiJZq6z5Gy6R5DrPHllpr6VO2xn7AthEAabYXPH3RywZoVLzLz7pxK/Dw"
    "fSNMudQMjEM6SEQQHRgw5SGpNlRwHlrAyALAOy47rEECiQtXlKGakO05Seh/FrMEuJax8q"
    "szlu36G/JtYuBumzUfd+gtezX15PiF3rFU0GHI4+sWv/N9LsDwT2cnJttNVS/jPbVMpEji"
    "XeoGs2QZjNGgTBobVHmKnqj9h/3GK1ySP7kpiUm63czLWwQY6Z9Rt8J7SMm+j43l7iB9Ye"
    "s3ZPiLXk1Ap65TF8mIFN59R+HQTAuWwjYEtYGBZnmTxqDsLfIPxtSIuYxioBhL/pNuoy4W"
    "/h1rrLqOclOynaBtX5dq2/GA7VdKOm7pfkIOKgTEj8GaBRArWakUgEOotE6oxba5iLYO8B"
    "9YVev9sltqxqMzUj152J+rbdCXs4/vghmav8j7ppevvl5PJSwLr7ZFkG8458qwrHjdprQQ"
    "PXrejn/7jLLealiNBkQb+8vvo5bl4ME82DHeb7KIXiZkSgetLusbipA1oW+FQCgqD3AJ58"
    "W1nYxuI1u3qZKYhpcDB812tNf92pz6eMvBxvqk4Ym3Q2o8ZaOJXrtb68ZFt6Xwnrw/6rfS"
    "EJq2b75WRasvuGR5rmKnKJAxIrEc1IQInoIpyhb0C11mtGqrUYitIkTUAebAzFWr1a9Hqv"
    "WtE7Td3h4zx3nfVKbdnNigDbttW5HsBVhlfZsR47b3+O+xsWyrK+9ezsUj42sQvHeoh/jX"
    "c9GSBJF/skmSHbHe0nh9+fvD9GGHlMmycm4qULEafA0NPC4R/X0+/Smi9sSm1Q7LMO/Ns0"
    "Ku5SjkFvrOd7+/Rdpp+opAxnJ6IYd/bllBeWYcoGttIKNeBnBz/7kIirgXpcwc/+Ekddxs"
    "/e/zIzQ3US9t+npQ/LHGgdkx0cW2VJ8G/t7mYBtr+8qgDbP0SM+872l5cRoPuB7ge6X1+6"
    "XxceukSaVhN75Xz3PY+YyabCDFKTkzlWpjny83fXsedXjvhUj/TiaCvp+cTbMgtU8liPoI"
    "h1IPNdVCCDi7JX6YFTjPFcCOhID61tn1opyci2i4WPrhBnGjzOT2JeHENcJ7v5W8CxI31b"
    "2qGGRvebaPi6B2VqFJAtSIFuUg6Sdgl+ULVHUimIOM+G4prmTlx3Vg6Y7r4w3TL+DQt7/g"
    "4DnhGD8e7LeMt4NtgdA253By9mTrKTDMK+0MI9H+TyWw0FQ6BgSE9s8dGACobEZ1wLDPvM"
    "8dfVZn16imraeHscE1otHN9BPn4gNjLXHOWg6EZY45I9q7XxmIFtsbng8nAhjJ4c90EYuL"
    "RXV0IzPVPJNeh78kA2YKI/q4mejkMJ22pXV05IwzCF5p1dwUu0g56UletGN4ZCC7tpSS4x"
    "CH3cSRkuiIIN1JeBl7F5w32QCtwm1etnVqa7M2lWxDb5IHWyhDZ/Ks0MG0SAcj01lwhplF"
    "DRBDdn0tR8KNgZ1cdVZYV2PKqqZ4jWANfESVUm8TG1yhhXB8ulEhAkt3uQnCU8IKw2viAW"
    "geAChSS32AbcheTPiwID2GfdNrLb1fi/vBCwf9vZv8qDbtRPI1I656ZvMMuyf/kZ1ifu7z"
    "NTO8/Y45Pg2Uv8X/bySIYD5GpsgEcssY0IrMYaMgH7RcD55Js/qQwxrbYhi3Ia0nCHYwkb"
    "8nBcaUPyS8XjOoJXaDeXZUFWQ5pGJ53lifoLk20Xu7CuRVnQTvs80lRQBaJ63Qxba5AB2L"
    "bLAtz+4PbvqeLfZ7c/1+3Tw2ArlP/cabGS6n/utFq5AH+XzIhL+OEes/DQDvRu/Ok7E7Gv"
    "HO4KCAqMcJe+x+5CzMjhT31k8PM7+OGX4qj+hvoFU6RfpgjEAnSyscZviYpfICsDZYr3yZ"
    "931q7I7VWTPJ9IdKg0ZoK+huir/XONLSpK7K6e4RmR7if4wV9ma9sI8tGma2r51Pbe8Nv+"
    "ta0B6Hra81MpH1V9YqlQdxU24y8G6xODyl7Vq46+UUBgLIOxDMaysrH8NTRwz7BHDgSmcv"
    "bySC5W3pMNlLeDOHYU+RAR9lDUice+I8xYPY4KdGK2anHbdUosx557yHdGaOE8IZd6Dxt2"
    "wSuZyA32fW9HmqAX2NTkkdn/HuJnbgZHdPLvnpjpzP/y+PGbga7EZ73p8WM9CeInekbPMb"
    "q3nRWb44GIHdrn0RMyCdf3Rshz2NeY9WCwluHBndh+CCx6do+VxaYZiqb7vT1jihJxwwez"
    "HZ/H/2PrgXXgOuv5IjxNdIQS2iJol0xGSQLgD/aH51N/HdeUYE8aBupwiA5Y6z8OsMd/Br"
    "/FxHHngkbAInTJIgSYl5fm6rDCWGDHkMKd1uW20qdbDij02O6GLbXye6kI2FXN0wnxSiPN"
    "JsQCHZIJfNXvhkkYv5VgEsZvK5kEfqlwXgGUzNXMnBL4dEuJ5fktXc2mEspqFP7fWLGTjG"
    "alhnBZEOxWUTGZvkTNDl7drGEDCubBnnzAtTu/Yp8GOHll2YDyu1txGEj1ctwpzj1bg2Vh"
    "Fm5COaTZk6CrXy8v1agXiWBxZvXfOeyfbkLFn3VtaS1QfC9SK0Lz/LEiACR3fSRDa8XPTx"
    "4h/nuI+9eohi6B0yFajPfeIS8NSi30zDgsO9sgrfaZyK6+GDTPvWpBGuCgtbvO3Ju/hQ45"
    "kRIYX5LS/x4zjSVKgMV+wKAmV9QH4n7I2N/3IzIWBPvcr2cTYnrBFYazmbT2HcT+nlFXEA"
    "Hcxg1AK+2XVpqZcbKKaUZEQ920+RhJl2BPLeUzldAufenorYzniLWqBDi4lkd4umFa5VL1"
    "OJyCFGgswjrpbMNTdHvOu3Z7ss0l1OqHuDpEmyNRPScnJ7db2O5wrJwmS9n0mikAv/J26k"
    "AmTBcsWLBgwYJVs2DpjBrBoV8nvk+WqyprttRsJGnZJoLg2NDKhHymbNKeaS9tJ5M6a99w"
    "lkq6eEYEDHUJVRxqpXYR2uwvmJq3cCzBUlwDc04KcJbAGWinbLzy0ZFMwPLRUXXEMr/WF9"
    "qpZzO5adYJbHSw0cFGBxsdbPScjf4TNfwLZnMfCAzz5NqozhrnfrsJjZs1aoL/kQSsGTzg"
    "Fw57ek6THGpTvMQNFVLodBt1mRQ6iCtutY60qUS5xe0BXAlw2e8mgujeanQTAQ3hbZ4x9h"
    "xXsBFUW1ZRc22Otm+OjuhpTbUyooMvqka+sVuWka6plxkLQM2L3BDsmgZQIhKeydQlFnt7"
    "3M2ByNSNr43qTF3b8elsw433tPHWkGpeSAmHbm0euLxaewuE0ZJ4HntM5Kx9j5okKKjEbo"
    "xe/U7OgiJK6ynvZUriliN0++X2dTmguvnuG/aFn9L5S7G9fxiPDw8/jt8efvh09P7jx6NP"
    "b5Ntonypbr84vfiZr2O5V0zCQl9g21bTfjIiGuo/zbtzwWPevse8IkGvGuHKBD3wMQp9jO"
    "AKGzqHI8PcRRu70BVWtyfn5XTyhnWwPdf4zCJcG/CZfUl7GthAyPrL8nOwT/6yGHuBDZEZ"
    "lq0mRGYytBq1+scBNgxnHb61fK3jdPw/eeHTqBZP8h3o9L3U6YGJb5Es9qlvKenyiYCG8L"
    "4bf5JR5cefqnV5fq0QzuaYSiHccXvtFPl3b6WSVHmzanzfltNULWoLCibXuDui9toB3Iql"
    "FO+OJYDrzaWMGJz+2R83d9lGWmDbtHaKbshLwij3eZQhcql6DdWX/4gMH8X6zzkhiKMve1"
    "OVS2pDHW2FwOqMtb4vSbQ6SfsaFsayLFH+ZRWzRIWp2wCw2pcfrqg5LEG8ZZ04gYucEsFx"
    "I6eR7Oe/3xArSd4Wg531yw9sa62C+z9t0pO/UO/EXNIwn0LAUeauj+qIygX1gpyytClk1w"
    "9pkxnVkIqP1KM+U5xUiIOsjIbsV/PkoklW2PXjM9flfdlZKQ2Bbj4mla9SPrfSRAlp3L6r"
    "UPXzYnXG3QBBr0sEZ8ZZuUqBwabkXBnEkuCeMPZTZZJGEc9tx6MCnafmhc8K6cfKSrHe4x"
    "rSe1zmvLFrLJhWqFrdLivWYfx08s1gA6hXTEknqkxKXkinMJLWziYOEWvARGVa/te0s4Gh"
    "LGum5ifYHqaqY6y5vrWnpcow/ynqSSPQ2zZWE8jEtmoW0XpT1cy2lChzzlqsDX42sonifQ"
    "HFffyIXGI4rokMZ0X54ckuQcl4opnrLHk8vUdE1c0b6xds5n7ZzBCIA4E42gXiVOfAVQTi"
    "dJAC9zzmXCtn3jy5nGGwd3A85yU1dDwPxNEsFV+Q0OSKvuaCGNhIEv7RrEdifysp5wsZGN"
    "LSXtLCNOtTNH3GUBUbABkztl7/zxjPTdegKpwSvHRtqET1rKo4HwEFXTFqrqGm2LwiHvxf"
    "Adu4vYbgNu+ooubEXi+nxC0jfG4b7mbFkKpaGTKSWmBdp/+d/+OuXhVP1L/L66uf4+ZF/b"
    "wC+8mUmt9UpnhZsq0B6HSNbnmuMzRM0USvxjmV0M4LJoNuNbglbKfU9ReT2KMq66rNS71k"
    "P21GoVOz2MqCYLNtt9kK+nNn4Zd9g1nWYCvPst2dW4nxt793S0dbuVX31k9pKJew4lQ20K"
    "vauA1dRpN8XFjLJi5UW352Gxdylqqh1zdnCaot6zbqAgdCqdpyuLfvMup5yU6yULtcZIc7"
    "xuVXOx6q6UbN5ijJQRZdOUIRSmoDJzxMngzqQHcWxgy0D9A+PeIeRi3SPmZ4QLJnLIi5tv"
    "ZOwg16u40602gI8gpahBlbP5rBiw45caxbquzCJDab/JuzBTEeDgRsWb7BSIIwo5HExEhE"
    "pEq1x3IokEPODGHkEjY0nk/c46CQ+gwbBOE55m9s8MXFT98ZDAMUHEA9Qtg2o69R6DkMvu"
    "G/SFy+vf1bQjB5v9i98OR6Nf9oVqZDDymfed14SZu3XKBae+vV2uFE6LZrEFJzEizykwei"
    "VEqzKLcT2n3jjVq2xvlitxvaZUnAezveJk3tvoKBaDm4ihGllcbijEsND+a68JXrX08vz9"
    "HXm/Ozi9uLKEclIbaDi3ne4+b85LKYXbVwibdwLIEmVwNzTgpwlsAZztUYureuz3UlezfE"
    "DftwoMqExhUm+waydPKUYonJ5mp4QAEPWbI7osr2JG1vAtrwJuxrsKpNt7RtHjMBbVsCdS"
    "tt62baSpTxiJqjmePGVTU4fRpX3qB2NMmiyhvej4j6HmLvnk+YjGU5Tx6Tc8n30fXvg0ve"
    "m9VGVNyj5bvJHOdT8KoFHfAPmai/f/LjfRL+OG2ldsQPcLwQwQnWAURwvvhRl4ngrErrrA"
    "mSajid83mX0jwLLkMTjqtpwrGwwmtVFkt1CZu8FBSy2aOQzWrtsiZKjrSMiIaOtOZ9lex2"
    "vrgKYfUMz8rA/N5jfpuZYwZkJ3hWpkNPpuk82ZaD4+cZnMM4hm1Sdc539XQXiHY/6w/+Ml"
    "vbBkcVTdfU8plB9obf9q9tDUjX70JiUsq+CIlAh2+Bt56G1duH+hpA3EQG3iOpKuFHNVXC"
    "j8pVwmeETAzxjlrJbeRkuvMmvG0L5cZdNHQXyzYjBgcl9seKLZMXcaFi1eCXohyEvkiEvs"
    "SYec7aFUXASMCdimq3JbSy45qbHQ/z3cDyNYDli3xbUdbdDmOcl4RR7vMoxwbwpCKOoTqT"
    "uiQIGl5Rw3PJIyVPO6SplwUhT70M79zFqhFOWRGAVJDVm8vzUkzsFckCyJA6DbGPeuCaRM"
    "GobmZ5McAW0v2bjn7cku5/w/Tkm4uzuwPxfG4A4pcQvlt8kSUghgjeRiJ4xeAGymwD0P4c"
    "9zMstUwW16zOn0OVPQC6+vXy8qBGBW4A3lK1BT1hFqr/FXjLBKKTx/2PkcxFTJ8/6rV+dB"
    "eMHiK3LSI9wVc2LH1CEomtwel3C4J4kweGFOK0oUVtkivucYwID2eIAsSNBbbnrJ/pBj0t"
    "nOUIPVF/EQSQ244vqBzSQv9QJqRfIeT8SNCJcjxGXgo8Q1s9Q76jDnJWRsP4xuZBxkF1rQ"
    "AjBZjzUgC0NNCK2cmpCNCfZRqJb5AqszZur93a20qgFpRNGHqKjExiVKxB70LEAg0rTcNm"
    "8mf3JAFUE6L7BrQiR9jD01GjEXCc5UG1JcuvjmQs2LjhVsP1F+cJObwsZcpQI3dte1FWc5"
    "T5fIxClz/itxyhGSFhFcqnBTUW6JeLW4RNvPKDSpTeE3G9sgXb5o3AlO2XKQvZ0C9x04ds"
    "aN1GXRCiV8qGJjbHXLCK1h5qkJGCUw3kTzUIN8fJUvEElIJYh5YqU3fW2OrGXv0kYa1+qr"
    "RVP0FKUevUyoJ6kwf2Q1Tmblamy8xbsnS6mbbNZ5dzyNgtZ3ReBro64TYvBbm2uSW7iVxb"
    "nsDPbDFeONhWPMCqIKgd1djCOVaOT0WJVnfkW8XanUpoAG+dgnn+j7v6uZ3ol5fXVz/HzY"
    "sTvucxw4O3r0u0nwotJRmpeW2TO4f9036c5rMOR0NRmmKCcC/S7zP+89z23c2BgPJLro3q"
    "CL8Z/nNCkmaNnhRdoND+OFitp0wBWIRmG16blPDpApUGgVsDlgW4NRh1OCu64x19gGNcfr"
    "XhrOg2z4pmv3zuqNV6y8q0ZQo+X8HO5k3twKMutC+qMc7KaBjoN5YKnRrXhE6NBaFTgcdb"
    "hdJIJbTAuGtSw3NclZITcXPg/YurcGIrCleIc3u9LDEQ+Xmcke+QnMOWqufqYLXYeNSg2D"
    "5Gycf7+KQA9l344d5mXR+juP9njyLOGfYKXtycXId+3OSbwTpyE+R2qbBXkIUKRn1W7x13"
    "rqbXpwIQArs9BJahVcYWKhCUuO10VlVkbj9P1GuQlHm99qfOtwMBB569PKqjwYNUzYmTtp"
    "Q4Tsh0lgwwFIiiJ5dXGLbTPMkwgzIIPnWJhTfERL6DbohJPYRnPAKVH8FuOMsl9Yu7eOOd"
    "NxzgekrnL4WH/2E8Pjz8OH57+OHT0fuPH48+vU0WoPKlupXo9OJnvhjl9pHtbH3wf6HWW+"
    "GExtoeR958VVXfWVFDBd1EQL+ate/GMuFvrFW1WTAuhcCt8CY+fUA2iigjAodU7BMsBG4+"
    "zRw+cnlzgTKwU+HirCQ4fHpmEe4VzdOcun279M64nSNQteNLtWq2t+QxolGrrSr2tU3QI3"
    "HpjBpBIRzERZHHNWKm7WIUxDMG52vy/0en7wZKMf87OlOqnEnWXLdSQS+8t8mUmoFdUTx5"
    "M39kcPYqKOS9VMjhQPeWiprCoXFt+1kr4sbPbcPdrBhKFSh3HzSukQswv/pLz+yclBbAt2"
    "3L8z18ssRK5nxWBkCWALlHZ2b0DfqhGxj5Gjs+Wa5EiYu3S2xZ1WpORk6bIIbD8ccPiXLD"
    "/6jTa26/nFxelpWbtbdb6K0HPtpBvDDDOAWT2CYfkE72noZzqecMjCesFIWZEdFwb28hhs"
    "d1HqlZcfhBjaqaF9Mg9bFtJSpBzFCswlASBLC3mwXgBnkhbpCeMORnDGRi+yeGQVZh0JCA"
    "Ky83GtWx5mwseclVI5Sa4LyYRKRKFDaactlBDyQktB+J63EW3JkFQSPUnjnukvCCasHtyv"
    "x5A/0JiPOEC+fXoz5CFhzKsD1Tqmg8CvLIZiSA5RYFskcvyg77UUEUNqS+b0iFcQevUfvB"
    "vJkdZM+A3pdw3lV+fvWplm2kH/0W7SbVGtRv6X4jrT5l9ii5EIQkX2KbaoNe3a8/fiRH9+"
    "sPbw3279H7twb7/O7t7H79nnz48PoYhUWCvCCaYEaIoM5tJ3eEgregaemHbyayl/qW2gkt"
    "sYCGXGHzrMrUMQVcbHUecdxeC3C7DiHgi7YK2HF7AHuXeI1+5VX2bTg0NtHS0VMtpCKQhF"
    "IqDRQhbM6e+CmwAA4EdkR0RcJ+kOVaw9apwu4T1yY+WjjeivqY4ew82UyBn26C6/HXcfsZ"
    "dT0frfhNmNaOPCo6zLGtm8iEM2cKr2dqREENP6jh15NVS98dCmr46TbqguAiqOH3EgPIoI"
    "ZfmwdyQg59e0klNUzb9rpcg2DdDowFJbNjFPzv3sae5xiUPdUk+r7wBWvBa3XwUEt2Lf54"
    "b7PVgppBEa/4U1GvlxnAsQyXN67m8sYlLs9bEfb0lk9FLFNNBGteTLtQtFYOr2W3ch1zbY"
    "irXVZTekU5DdB+hkQstv8+EKUY4pyQfjU/WkgQGtBhbsk3gy0CyBBhDzHx1ksFlTEvpE2a"
    "TmPaYoRPRSDJNlgTMQC25JNl29vEFKYgV6KakwFIi5DydABHFdO8EIBaBLV3R1E9t87QfA"
    "zss8RCFlWxwXsIagIha0/tguqmpVDILSd3yVQ5zZ3T6LFfEdQWEtjUp5H457/fEAtXmHQ5"
    "9+RZpkONBiEf5eJYlvNE3EYA+xx0pitUnrEg5toS8TXqUN1GnWkLFnEfefxrI1iFfWkLFT"
    "M0m8GJ+lqBVA5NkUg5UDwb88RcUls+56BXykwDCQfsEdDVr5eXTR6OKdg8KyOAilusVDZB"
    "TmBraNDvC+yHZbmxjy1nvibogZCVx6NyeN5ktkfkuCZxj9HTwom/Jyb/axnE8T8tiD3i/w"
    "ZhOoUxau1G9zb10RP2eF3xVeB3DNrweuQh+/EG8eQF13lCK+KGPaMlfiAeL2PubhB7GmuD"
    "mPm5XDl+TSpoKego85JBsFHXwUbBOKoeQVFZEQKyE9DBA/sZu7pMY9lee0w5bceGiP17bw"
    "d00zEK/reLx7P5Sic75N7qGjelUwxNsivtEhZZkIVyW30eac9wXAHjXV+cLhHSKESqidp0"
    "7o4xpVk5eF36/LpA8YF21LjIElQL2MzKAKrbPRlp8s2eTow002dgAMuyK7mpJa7mIFgVGk"
    "AWamU8Z62MnMejkt9KPSJbma1Z2nSH0mKhtIdwlKMmUz5MKLOtRFi0MECFMEhE6+XKMtCU"
    "JKhmBQrl8FGtUShB72la7ylPYVDXG1HXn1OhTOJCKlXKbOTIVqXSyzaWq7pGXOqYsc/SxJ"
    "tEPUTUY98hc+2z7/zgclTYIFfSwOPF0T4c/jC+X388JObrilJrrdxGqLym74YZ1aUP7l1S"
    "YVlLssKuv4xzxFhr8HmCXtuP9U1jvRYKLOg26gJ+vFxgQXSuCB/uCoVbeKZIbowHOL4148"
    "nHqJhMGW5cJdTkQhhS6V4HMSwd1w6SuKMP9zae8TpLjmMfo+TjvU0eSdgu+lBUM54nyMHA"
    "K2xQXzC1692kWTmdzMkmXKWpWqZapaMgpxOwwH70GlXIZgN35VD5D/Ha2wS4uc50Bbi461"
    "SktFWsFg3ADHmDEnmDHVB5UdpSNZOX5jVtJ/IybSXcw1HzlFRzZjPieqMga2Dl8kvURjNi"
    "J6kEueyEJzb+zpPIh9xcx1u4uiDgGrzMwMb1cqEaKC8DbNxLHHUZNg5yY575FGC2c07Ytq"
    "mwjeVkwEgUGOGhtjFZOGtRfYN6Qq4o2x3Awc/uOSUHBee6LDgHFF1TqwNQSC8ghCZ8j6qM"
    "7qhIxnaLO24oc/hIwvnwpH03Yx6HMSteGK5y9MM7fL/++Hb6w/36w/jDR35Y4Dt8zIzqRz"
    "ZP2IhgP/6cHB7iCQJourjhtlCalMoDI/05jXSmBS6xK/A31u7EGSnYiRV2Ys9xBWbxlgzY"
    "SEabko/g0+3nIgEKI/h0h4YvKOTg0x0AwODTfek+3RPiUmNxILAroyujOpsSp222mZPVwM"
    "Lp8f0yvSpPj68+2aT6+PheeUvkIc6fknR0JOEYYa2qz0ni1wplw9hLpYBw1FxDdN9JHY30"
    "ruZopHflo5HYHX2hIvC32+urCud+KlL08VLDR/9GFvUGrAyIwOVg5BiE0tFIxVOQRnkPLe"
    "/g9LkPZv7P/wfHJhq6"
)
