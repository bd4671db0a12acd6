from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS `exam_question_group` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `kind` VARCHAR(8) NOT NULL,
    `stem` LONGTEXT NOT NULL,
    `shared_options` JSON,
    `specialty` VARCHAR(64) NOT NULL,
    `category` VARCHAR(64) NOT NULL,
    `difficulty` SMALLINT NOT NULL,
    `origin_id` INT,
    `version` INT NOT NULL,
    `retired` BOOL NOT NULL,
    KEY `idx_exam_questi_special_1bb121` (`specialty`),
    KEY `idx_exam_questi_categor_671e9c` (`category`),
    KEY `idx_exam_questi_origin__bb3c18` (`origin_id`)
) CHARACTER SET utf8mb4 COMMENT='A3/A4: a shared case stem whose sub-questions stay together and in order.';
        CREATE TABLE IF NOT EXISTS `exam_blueprint` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `specialty` VARCHAR(64) NOT NULL,
    `name` VARCHAR(128) NOT NULL,
    `time_limit_minutes` INT NOT NULL,
    `pass_mark` DOUBLE NOT NULL,
    `rules` JSON NOT NULL,
    `multi_partial` BOOL NOT NULL,
    `frozen` BOOL NOT NULL,
    `cycle_id` INT NOT NULL,
    UNIQUE KEY `uid_exam_bluepr_cycle_i_b087c5` (`cycle_id`, `specialty`),
    CONSTRAINT `fk_exam_blu_assessme_53dafe1d` FOREIGN KEY (`cycle_id`) REFERENCES `assessment_cycle` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4;
        CREATE TABLE IF NOT EXISTS `exam_paper` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `kind` VARCHAR(8) NOT NULL,
    `seed` BIGINT NOT NULL,
    `items` JSON NOT NULL,
    `total_points` DOUBLE NOT NULL,
    `state` VARCHAR(16) NOT NULL,
    `blueprint_id` INT NOT NULL,
    `enrolment_id` INT,
    `physician_id` INT NOT NULL,
    CONSTRAINT `fk_exam_pap_exam_blu_05d2201e` FOREIGN KEY (`blueprint_id`) REFERENCES `exam_blueprint` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_exam_pap_assessme_a20ce6cb` FOREIGN KEY (`enrolment_id`) REFERENCES `assessment_enrolment` (`id`) ON DELETE SET NULL,
    CONSTRAINT `fk_exam_pap_physicia_bf33b95a` FOREIGN KEY (`physician_id`) REFERENCES `physician` (`id`) ON DELETE RESTRICT,
    KEY `idx_exam_paper_state_6c3b5d` (`state`)
) CHARACTER SET utf8mb4 COMMENT='The questions one physician gets, in the order and option order they see.';
        CREATE TABLE IF NOT EXISTS `exam_session` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `started_at` DATETIME(6) NOT NULL,
    `deadline` DATETIME(6) NOT NULL,
    `submitted_at` DATETIME(6),
    `submitted_by` VARCHAR(16),
    `active_device` VARCHAR(64) NOT NULL,
    `device_epoch` INT NOT NULL,
    `score` DOUBLE,
    `passed` BOOL,
    `voided` BOOL NOT NULL,
    `paper_id` INT NOT NULL UNIQUE,
    CONSTRAINT `fk_exam_ses_exam_pap_71feb151` FOREIGN KEY (`paper_id`) REFERENCES `exam_paper` (`id`) ON DELETE RESTRICT,
    KEY `idx_exam_sessio_deadlin_441ef1` (`deadline`)
) CHARACTER SET utf8mb4;
        CREATE TABLE IF NOT EXISTS `exam_answer` (
    `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `question_id` INT NOT NULL,
    `answer` JSON NOT NULL,
    `marked` BOOL NOT NULL,
    `seq` BIGINT NOT NULL,
    `device` VARCHAR(64) NOT NULL,
    `saved_at` DATETIME(6) NOT NULL,
    `points` DOUBLE,
    `session_id` INT NOT NULL,
    UNIQUE KEY `uid_exam_answer_session_0a4fb1` (`session_id`, `question_id`),
    CONSTRAINT `fk_exam_ans_exam_ses_18d7b35a` FOREIGN KEY (`session_id`) REFERENCES `exam_session` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4;
        CREATE TABLE IF NOT EXISTS `exam_question` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `deleted_at` DATETIME(6),
    `deleted_by_id` INT,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `qtype` VARCHAR(8) NOT NULL,
    `position` SMALLINT NOT NULL,
    `stem` LONGTEXT NOT NULL,
    `options` JSON,
    `answer` JSON NOT NULL,
    `explanation` LONGTEXT NOT NULL,
    `specialty` VARCHAR(64) NOT NULL,
    `category` VARCHAR(64) NOT NULL,
    `difficulty` SMALLINT NOT NULL,
    `origin_id` INT,
    `version` INT NOT NULL,
    `retired` BOOL NOT NULL,
    `used` BOOL NOT NULL,
    `group_id` INT,
    CONSTRAINT `fk_exam_que_exam_que_ce68f02d` FOREIGN KEY (`group_id`) REFERENCES `exam_question_group` (`id`) ON DELETE RESTRICT,
    KEY `idx_exam_questi_deleted_77e3ab` (`deleted_at`),
    KEY `idx_exam_questi_qtype_9c69c9` (`qtype`),
    KEY `idx_exam_questi_special_9d553b` (`specialty`),
    KEY `idx_exam_questi_categor_35c371` (`category`),
    KEY `idx_exam_questi_difficu_21b440` (`difficulty`),
    KEY `idx_exam_questi_origin__e556e9` (`origin_id`),
    KEY `idx_exam_questi_retired_be0297` (`retired`)
) CHARACTER SET utf8mb4 COMMENT='One question. Once a paper uses it, it is never edited in place: an edit';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS `exam_answer`;
        DROP TABLE IF EXISTS `exam_blueprint`;
        DROP TABLE IF EXISTS `exam_paper`;
        DROP TABLE IF EXISTS `exam_session`;
        DROP TABLE IF EXISTS `exam_question_group`;
        DROP TABLE IF EXISTS `exam_question`;"""


MODELS_STATE = (
    "eJztXWlz2zi2/SsofUqqlLQjr+N+9apkR93tN17ybGV63rS7WBAJSXjmFi52NDP57wOQ4r"
    "4IoEiapPFhemISl5IOLoF7z13wr5FmKEi1P95Zq1vyr9E5+NdIhxr9R/rWGIygaUY36AUH"
    "LlRvrGGtJD0YtbAdC8oOub6Eqo3IJQXZsoVNBxs6uaq7qkovGjIZiPVVdMnV8TcXSY6xQs"
    "4aWeTGH3+Sy1hX0HdkB3+aT9ISI1VJfFus0M/2rkvOxvSuXenOL95A+mkLSTZUV9OjwebG"
    "WRt6OBrrDr26QjqyoIPo4x3LpV+ffrvtLw1+kf9NoyH+V4zJKGgJXdWJ/dyFFF0bSdLt3V"
    "x6mM0lacQBkGzoFFzyVW3v16/oV/gw+XR0enR2eHJ0RoZ4XzO8cvrD/+gIGF/Qg+d2Pvrh"
    "3YcO9Ed4GEegyhaiSEjQyYL7mdxxsIbyEU5KppBWtqIfg3+kcQ9QLgM+uBAhH2lbG9CTH6"
    "jc6epmO+UlOM+vbmYP8+nNF/pxmm1/Uz38pvMZvTPxrm5SV9+dvKfXDfIi+W9Y+BDw+9X8"
    "N0D/BP+4u5158Bq2s7K8T4zGzf8xot8Juo5BXs0XCSox7QyuBqiRkdGsu6ZScdaTkmLWuz"
    "LrAUaxad9++2jWyZqOqs16UrKGWd8qacmkt7nI9neOs692MFWLjcS1YWbkdu+dlea13Ze5"
    "lt0zAtf7/wyml2to5YMajE9hSb5iH1dGDX6XVKSvnDX589PkrAS6v03vL3+b3r8jo1Lvwu"
    "321sS/l8T3ify0fHxnuqt5GF+R7wR1GWWwDmS7jPXoy/3d365uL2fnwLSMZ0x+B/kFmoZt"
    "mwx41C+v5v93DmTsbJKX777eejcMV0/dupl9vrqcXp8DDSlYhqqECT7YcR3v7vThYfbwcD"
    "O7nZ8DaNvItjWkO8kxV7efvz7M78njyW91CVwbidj6UMc29L51Bd04nDCoxuGkUDPoraRi"
    "yFvPg/XFC8bXowxNeADEzliRfwHDAsSSVrADgu/8+mibkDyYA+1gfFOvXgbu0aiVNW5yfM"
    "wALRlViK13Lwmuip6RmkX3QYOqWrg7h0KVduVKq9tBs3vy4eT0JNyO6R9lO/HDzfT6Orsd"
    "kyc7UHYk3m05LdfeltGS4p4cMejtyVGh2tJb+VCbBKgcrGe6bG1MglU54KF0JcQ7ZlyWeQ"
    "2zv88TDkMA7bub6d/fJ5yG67vbX4Phsam4vL67SE0BcQKIn2DzKHpMZHA63sjirMGNBE1T"
    "Jf8NzaUs4BeGoSKo52Ne9IjUBCzIM5qagfBKu1p/cXd3ndD6i6u0Wn+9uZgRr8CbEjIIO7"
    "5TmlnZiXW8xGrOQvM/D3e3BUZIJJImKLDsgH8DFds9dGFL8KZYlK8y6QVlnOQb6APSq4wJ"
    "Lc9F4OEOEjKCN/DVmcYxlk+5pLuPVxbgXwwL4ZX+V7TJuLopVLORm34B/CNQoeBq9BUt+B"
    "IGf5KaRX6/z1LRO/cz4rReXRKkKdALKD+9QEuRChCX11glW6Ges5ZvJX/56z1SQ4/3jcCd"
    "si80rOeYFzwITekzprJHVHSHdqkZp4hIofs8lj1M9gUufOg0euaAESTLHCJIQWuFnPqg85"
    "4bGFwDRS7UvcSPFfCxw0cUD+mWodJfuqfuzYLnDHRPeA2ceqlZ5npjYxnDffeBL8FzhgoU"
    "uaPbS2TZkuHuuXKFWM23zxw+ZnhPC3bQkFFHwJgYMQcg4Rpkb2kTLX0F6nDl/ST62fST8g"
    "zbnBy6tOFbnEjnmdkSjA0V2XRtqY7IphN5VWORTSdmXWTTiWw6kU33ytl0ro0s3tB9XKa7"
    "yT2dCdsr2DZVuOHOkEjLDS56XD/UJrTtF4P4GWtoc2ZPpQS7nMHYpWC9Zagoh24pDhGHAn"
    "sFiKup9X8tXV2mIIKFi1UH6/ZH+nn/3ZS6tx031lzbkeQ11FdICjQ6h6sozZwoeESLmRPB"
    "2t/fxIlgMfFxrGKeFjyiFTu1K6kV/TNUsU1B5n3l4mIiQYnjPVMhWatUY0WpPO43LCMs3q"
    "0uv1vVcl5Fruseua4eeNICK9+5LOmEVEO4D8k9pEX9XLxGJNBeIULHGY2SPD+CVhbbBpP8"
    "ugYva5ZfpFXcKX5NxvxuzJKAX3RzXBbt00yuUN9oCn5HZIFzgIZ1/MG0jJUFNUBZrzF4Ih"
    "sUcR83wDCRjhXwDuoKIHNt0D9e1kgHzhoB8l3AGtqALIXvP45S89TE80UQsltBSH/2ePbN"
    "SEJQqjv3zO0LwUVaRyLCKNkJME3RI19JekIbbqM7JStMb37TWzAJ7TIJImekeKXpZ/YAS8"
    "6I4I+GzR9lvEKWKiULLcnHrokp/YT2TSS+9581p4/q4avPl3S9H1Q8OdfdfE12wER+//4p"
    "/F/8pwwIoya5g8Trl0MfpF/PUgYhsS6w8Qh3OgLYtl2kgK008KR/9v+PuO9L6sEDbxcBS8"
    "PSACTP0rC6oX8RIddGQEEO8oLWWSKhiQ/Yg0n4fwfzeGTb4YNzdw9PWHoBpTfDWC+gk/c7"
    "2AV/CnmwjiRa6w/UO7xjFVffTUzepgpWYVJygO5A323CVO5jpYRxW+Rj9GJ+LfRMtsEqU5"
    "yUFLPc5VkW3E3xPjlc7mYb0OOLnCeFRPR8d/Q8FjfdM4KeiNX2DGTWGHpSvxJx9Mvpw+X0"
    "8+y1wuhTV8HOb2Q1GOXVzYY3x6VFs3SYtA7G7XR/HwikKgKW8QLWhqqQv7zYtYNN6pfSf8"
    "prAuaYuKcy2WzByxqrXmgb6d5g26Cytj8KYNqmVUFW1gtu8HNEWL1bYXUbfcsh0PCqENit"
    "wGA6tv5lMjk8PJ0cHJ6cHR+dnh6fHYQQZ2+VYX1x9SuFO7F9Z+NivGU07VfP9KpUiSMg0f"
    "hmcG2sCvcCeo9hK1C3wzrTO6FsJRjYEtvKQtDVhfjNTEDMEOf2bgfr1fbEi2UiL8iyaVj+"
    "7HBss0mpAZaqfmKh9D8VU/qfMpS+DxlfymBcZghZbE0nDfp48Za5J6WE5bgT5rYLRjqW+V"
    "pzAwwoBykXHAqbn6QxgFhq/drqt5fl3uJSYmJZYAWab4tLCAmQd4K8QEvD4joSIZIQJyJU"
    "72wBl47fJ5MV9lBAoF4ddWzyrCX+aLGI7FxELER+pM27VCelBMy77WTXkQ0+XyQmIrxqBq"
    "/atNAzf6+tuNAAYa5fk7sfhukZuF0JxOQeOJIXlSk6maQkRJN7QgpTvGY0pWHw8Hha4J2k"
    "5oXVDbBAdIEEUI+dZRsfPAYv2FkD6DhQXnuHFuTUv9f+eBGn71acXuTkFUM/3Jw80YN7aL"
    "OeE8PKVLbZDnRcrhNRI4kWvRjbXWjYcVDwdXpna1PUUP5RU3P0vSjsHhcagM/YdiOGmKHB"
    "xT4lxUSr29qpKbKe2nxhm0hiAO9BcrE5PjhgWG3IqMLlxruXRvgZo5cKffezgqLxfjbuGK"
    "JUqTopLirKk7pjHWWNYtHecf/3pqRARbR3BEylKR1t75h78Gk5AZY4IJWN/0qK7KS/fl9j"
    "eV1AQAEbWc/IBhB4pT4b8M6wvB4LsTHvaREJGbAhy80Hqhe00oQ+5wVusmxY45+WQ479sQ"
    "38j/4UNJmgybq4rvWUMBE02VucdRaaLDxvndedygoKdyonjTPa7rkt7lxZYXznoFySY1iI"
    "blmK4dtFtcSl2ZpmwqvZ7dUkdCu/3r54kRAIs7Q0yFsbO+VCXkDlHsn0mLIcvzG6OWZ0Fh"
    "dQkaxIZKez+OgeoQPl0T2bnCzJfxeLg0f3eHl8DLBmGhbRB9rMnzYhMC3jGRNtGgOiABb2"
    "b8T8uJxEiZqfLbIkhPvXk+Wpp46AcP/e4qyzuH+GLLuWRSYvL2hJp70gGJAUK5vzHs53yf"
    "zSOUs36Sc/bGVYXH1P4zIiG5blsOrY18rgXJxnkhIbQIS97UwT23AtmatYIZIYANyp7KnJ"
    "GUv61OSsOH+K3kufZ7htMc/HX6TFBIWxm8IoORSA28fmORmgazCzetlpHetS68BLZDl4Se"
    "sH0CjHw47fHjP62HJKpjMNpIRLu3eDPgtDlWsXCyWGdxDAhGETO5wUN6afpLcw/7CHCq5j"
    "QlB4jl3xHFn4AqRbhuotm1wrVlpsOJ3X6jVaeDbVnEnJzsidjuYG+Q+jeTOLP6lX08Fq3K"
    "Q1kSV6sJ/FsvHf0qyt4t1gtlLC0QwnBptkGzMULH+IJXJ5D/gZYMcGNnIcgqUNVPxMs7fA"
    "M7LoIZn2GCwt459IBwbREjLUO/c3r2ayiU8Q1lO3rCcREHiLG7wICAxt1lkCAvI2b4CZyd"
    "6OF17STi+JtwNl+70nexwgKCv3nemuljF7X7/0V7Hg0uEkrkef76e/zM+BJ/uo332Z3Z57"
    "ltOjfnl99zD7fA5k1bC35cSvXxy8tf6krdXHYZzliQ7mvITaMh/p1FfaoxOColSvOzty1h"
    "DzX+gq1ndcUMxx1+aYg/OJlCFwn7O6wHNgs8c4PGxX2B5aE0UcTz5DuSdYe1FhfQBqobrI"
    "tPDeQF0EzxkSUI3GMBOvYREzGH9P2RlCyY6L1RrK/GMUcpCBcSYKNl+ToOO3rl/FqO48wl"
    "nHJQtpcXeduEz7rXVex9BqpIlOwBrzliRm5ERFYlazBZlfDHU/aV0WMt83CfjeppiI2CN2"
    "JxeGNtGeiYVhNLhn8LLG3eN61aWEwsjNyzHEEz4gkxGeSMVgCtUHyZaxxinngMC5xJYG/S"
    "7DS6ySKRgDv9XWGKDvUANQV8gFm0ymd0qw7p05nBuqr/cTHvVHfb5G26HA6+kIsA1WBrEu"
    "db/YTyba/1OEyk/eIPujufnZKxA0qEsB/DXHftShhWjCQFA+SLvMYBkBaHt/LlXjBUDlmb"
    "4+hYkCMd8kyvZNeyexQd4XGpH7sWuxCsWRr+cUIKIzfwq3RuQddGKxHbCpIvIOhjbrbHkH"
    "wSKbmfQLw1AR1IvyD2JyqSlfEMF6ZjmzqobT3q67fXF3d52Y0IurdA3X15uL2f27T95Mkk"
    "HYt61y/EC6jaoqP+BxucYAz75W/UfctAwZKW7eOW1lp9LEhIZ32mtD/ch5EA4FWjs2s1Lm"
    "R2fSmHwPgYcYjSS60XGcfuxgOo6HBwhUMJjSsiJHoDsWUtYwVqHtSPwN5lNigyvKbqTLPK"
    "U9JFvOPVT1F9WARdVNCbEU1EsqN6hX6PPd14vrGfhyP7u8erjaLm7hO+PdTBpF97PpdQpp"
    "DT4hl+tAz0iivR1bN3TUjjrXbxH5eFXQ5rSg0GcGffZ5Uh59jiQasu9fL4m+fmX2wap0Ok"
    "VMUBg6XTZ0utE0t2MTXHsegIgI145pLHDEh2xWUOCbx6CJVkkim6En2QxRB4FcDa4B2jff"
    "gSof4lT0fk+Qh99KO7v3MID8ii3LO2aXscK8u2M5+Sbg9uv1dVkCVPqgvj0rNu69h0zlYN"
    "RAVDy55EITWXvi9IU+Yzi6yVfUEjMKkg3y8vEMGg0xVKElHzcgbDnSDqNdPCftMLHFF6cd"
    "JqwK0bawVzb4GIgEuLeTCiUS4N7irLMkwPl2YJVZT0q2Qm2/Qj+/Hs5x9tUOpoq3si0jJx"
    "jtLDso+is12F8JK5LuagvfC0oiPNNla2MSpIqMvZjkILAuW5GaOIMhRFBaYOU7j4pnJQfX"
    "p61+VTfX22QPLjUPpYaQpNu2hnvgcWt3UmpwyRMNaDblBbCMpCpnFuUKt5hNSE8dPDx6dI"
    "/RGRy1MgH1507bJpIxVB0u4BNCg0vfrF/LVaKkuo2IEc6DclKqvczCvqqyCW37xbAUaQ3t"
    "Ndc6khYcwoaZRHtyfMwANxlViLd3L5XG6dqOJK+hvkJSgGEOC19Wu1X0iBbLuIIXoLdVXC"
    "LHp1kvXjMlKMuGy3uwSEZOUCQ7k3xEqkQLqRKRYtaA8Y05jZ7VL11mBTnzIu+RJBGdmr5v"
    "a8v4ge0D0e5kwZNolsoGFLmj28v9M0qCkP18+7yh4tVm+k1vAGqyj1VWs8oSS+Lqx5BgIj"
    "nx8Tu7Wv2GbcewNsBYeh2cYvsngLF2VAukGvSMKMfItq2q9giRydKtTBb+suUBVyw3Qg8s"
    "NhJUNMzplKakhM+UdUj5EzJE+k23UjNYkq6WlqFJlbmdAmlB8IgirlaxJQpeWYdzZQXKu1"
    "k0UdNVY01X2AS4bHEWZCUDzAV7EgNjmVwJBNgMYOcuniwnSrfW3jpR6pXDCKRLwZiaXPtF"
    "aBKMpETxSZ92tXGJy66iZ6RyZVAEAoNI8my6kU30zrDiG0kMEOAG+lTS/Y+7G2hSSgDNAD"
    "TZ+7hhjssIkBlAFgRq0y0fyfJqWD5IfItyTGqAqtzIzkcg4+vqFRMRHLXgqN8mRx3maPC9"
    "PGkxwent5vQSpzftyX4MMSVmnOI/0jrWpYO9vkAHFxzrFdwalyY/xAYJeqNPL/i4hN4QvT"
    "Xe4hYqemsMbdYDjERvDdFbQ/TWEL01eliwKnpriN4aXdkRRHONwam4aK7RimZXqloVJauc"
    "xJwopeTpOb1fHWWTpNxUt1/yS5O2d8ZllJx3zhqMBtZKy/0xovlN21QLctMOUrrSx8hzEX"
    "YXePVWOLu/TCaHh6eTg8OTs+Oj09Pjs4NwEcjeKlsNLq5+pQtCYgnezezFp4x9JU5JiSBJ"
    "XpgxfOOSoBYf/RpJtH/06+uYcI0c8qpB6wlxd3sJhcQx3RwNXmz0jW/13goMacVoZQWPU3"
    "fPWObilyKJwSU31e+Z2PC52vHQMbkBBjyGRH6bBs5t3VFyumskIs51ZTjXdesT8BmVSaEh"
    "7RBN+fcx12vftBviIz5ET+sZzKwuflLDupR2c6G6yLRwfuJNdHO8089fJMbW7OqH5xxGXV"
    "b3cvPfio8v8nJEhobIyxGzvldeTp/aYfc4MiWSN6JqlskZSznL5Ky4noXeSxXAkYVFUrGG"
    "HUnDuuugHEesuO1GrrBwFfI6x0DbliiryefnxqUqurpdQ7ZhX9dy1TwdLqb5QwHB8u/D8p"
    "NvjyUTWg7Z33jJ/rSs4Pw5OP+lZfwT5ZAOpZBHQgJrDqw9j5uPRouLiJ1xN4kWkhp7UmiX"
    "wXN6Bi8reRbXK+5mPaLFcRnUjbY4jlO7OeRiivndQS/GGGdR3terFXAsaMQ3RCgJGvEtzj"
    "oTjegQt6dahkNCcoCz3t9Zzr7cClFgFedVj+yq4Yzk2pliUcJZbYZtd6Fhp+KrnJJtpVZX"
    "vMt7z/SCL/iTkhtCPVgbnSafkcSfZJkRHGBAqP5omw+XhExDzjkXtaQMPSnWHs/1qSmgaw"
    "7/2LJh5bFaxaGfUEJkODJEfWigjLvIIBKqRoL3B+IaKfBnAyvcSEdCItzAgbVHznIeNRIT"
    "qWcZ7j3Vlgk2sPDifvHXnsR4VA7aMzuDgxlPaWsWsDsdzQ3yH8a4TeVgwqvqKWvUJv56sk"
    "Rt9mweaBacoBhgvCO8EM7o7tMS52sEgjJUGxg6ip1vuEKOPQZY9w5BNCwFWQDqCjA84e0F"
    "cmsDbISyhyjW+mQR6hChjp6swT0lvUWo4y3OOkuo44lAykPhBONbrJKlu96oqZlNcDcsqb"
    "zFibyZNF6yv3H27QgkhpST1HLpN/HbNK5U01BApJrukWrqGA5UpQpVw2lBkVDNVDzMez5O"
    "44fjZAxgb9PctLNw1x/jCGtEOY+/TokNaSGvjXd/zWMnOkYPi7OQu41tSU50oop8z7zoRP"
    "V6z2BmZdnSSyPDubHiIOQaD0LOh/i1zqXp2DrMinDpsTS1t8Bk6GISRD4CQn93/IOvjUlP"
    "5ukHJwv/v1vuepRDxIf3xju5+G/xoTvpeDI9IWn+EdyRdwlA4NH5wCUTDLAzJv8D2AY6ei"
    "YXkUIcAIUy6aYKZXQOoO5dy7DxdT34UdfgExkPybgXQEZSJQHvbIIPMCy8wvp7j8q3kIOJ"
    "L+gT/KpC+X9B5Asiv09bak8pXUHkv8VZZyHyxZFEbyDLWRxJ1CB38s1DIwNqMacaCgzvnJ"
    "aaI2HkPcBOrv/yoEFVLealYnLtcVIHzSrs4eT0JNRV+keZmj7cTK+vc1KXHaRlwZyj70WB"
    "xe34QSTcl63oTZx342cucQUVYyJ7hRU7tuS2HVUU5wO8EvDou6lCHeav2cXLTEpsAK3U21"
    "5rutvBcEhHa8kEiZVhcYEclxEYM5St4eUSy26uKpdbfUnJpuy+DNaH3Tf7fBKWz/dLyDTk"
    "9/WPNI3VTvk0NweiMQlRVJmG048N8NaixaQaK0bLKGn/a9Fc/vpKd6/qykqq23+cV5bhmn"
    "zLblxEsG07s2k8uLLwcucgBMHbX4Pn9Qtl1jyEuHZxNxrkykGoGFj38S+JrocTxBhil0IN"
    "2R1onx7+ND06BxDYxJpHCpChjQClwMDL2qD/dBcfouo1olIbEMSsvfg23papZeveanvyo3"
    "7xKfacbXEcZSeAT2GQiwtaIkeMDahGtXYizi7i7H0irnoacRVx9rc468MomOtrkLD7Ma3h"
    "sMye1SFVCGxlJUV8q3qYRbD92VVFsP19xLjrbH92GRF0v6D7Bd0/XLp/KDx0pU5pIV+UMz"
    "EcvdLipTC9tOTaPUZkiiwsr0c5rOf2zriM7oTRGHFsSL+2l2JqsHC7KTY9i/ebIZAGk+Nj"
    "BtuTjCo0Pr17qTxBMyd2VNKH2h8+QHQ/HRywdMI4OChuhUHvpfwnQ3dyK4SLaYKYiMjD5C"
    "QIODb8+jezH/8By5xYLA=="
)
