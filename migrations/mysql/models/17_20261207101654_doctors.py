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
        DROP TABLE IF EXISTS `doctor_consultation`;
        DROP TABLE IF EXISTS `doctor_consent_version`;
        DROP TABLE IF EXISTS `doctor_site`;
        DROP TABLE IF EXISTS `doctor`;
        DROP TABLE IF EXISTS `doctor_follow`;
        DROP TABLE IF EXISTS `doctor_service`;
        DROP TABLE IF EXISTS `doctor_schedule`;
        DROP TABLE IF EXISTS `doctor_consent_acceptance`;"""


MODELS_STATE = (
    "eJztff1z27i19r+C8S9vMqPNJkqcpN5OZ2zH2bp14ry2t7vvXXd0KRKyUFMkl6Ts6N72f3"
    "8B8JsEKUAiaRI+M+3GFnFI+QEInPOcr/89WLkWtoNXl/7dV/rTwRH63wPHWLEfypcm6MDw"
    "vOwC+yA05jYf6/p3MycZNQ9C3zBD+vnCsANMP7JwYPrEC4nr0E+dtW2zD12TDiTOXfbR2i"
    "F/rPEsdO9wuMQ+vfD7P+nHxLHwdxwkv3r3swXBtlX4tsRiz+afz8KNxz87d8LPfCB72nxm"
    "uvZ65WSDvU24dJ10NHFC9ukddrBvhJjdPvTX7Ouzbxf/pclfFH3TbEj0FXMyFl4YazvM/b"
    "nzWfbZwWz29fJmdn12M5sdKABkug4Dl37VgP/1d+wr/DB98+7Du49v37/7SIfwr5l+8uE/"
    "0aMzYCJBDs/Xm4P/8OtGaEQjOMYZqKaPGRIzI6yC+4leCckKixEuSpaQtmLRV8kPZdwTlJ"
    "uATz7IkM9WWx/Q0z/QunTsTTzlDTjfnH85u745/vKNPW4VBH/YHL/jmzN2Zco/3ZQ+ffH+"
    "JfvcpS9S9IalN0G/nt/8FbFf0X9dfj3j8LpBeOfzJ2bjbv7rgH0nYx269NV8nBlWbnUmny"
    "ao0ZHZrK89a8dZL0rCrA9l1hOMctMef/ts1umejneb9aJkC7MeL9KGSe9zkx3vHFdf7WSq"
    "5puZ0oFZkdt+du40r/2+zK2cnhm4/N8KpqdLwxeDmowvYUm/4hh3xpXxfWZj5y5c0l/fTD"
    "82QPeP46vTvx5fvaCjSu/C1/jSNLpWxPee/mlifM+c9YpjfE6/k+GYuIJ1IjtkrA++XV3+"
    "4/zr6dkR8nz3gdC/g/4FqxUJAjrg1jk9v/l/R8gk4ab48eUvX/kFd+2ULn05+3R+enxxhF"
    "bYIqZhzwjFh4TrkF89vr4+u77+cvb15ggZQYCDYIWdsDjm/OunX65vrujt6d+6pnBtZlTX"
    "NxwSGPxb77A23k4llsbbae3KYJeKC8OMLQ/ZFy8Z385i6MICoHrGHf0JuT6imrRFQpR856"
    "dH2zPojRXQTsZ39epV4D446GWPmx4eSkBLR9Viy68VwbXxA7ar6F6vDNuuPZ1ToZ1O5Z12"
    "t9fdnslvpx/ep8cx+6XpJL7+cnxxUT2O6Z1DwwxnqsdyWa6/I6Onhfv+ncS6ff+udtmyS2"
    "KoPQqUAOszx/Q3HsWqGfBUeifEB6ZcNlkNZ7/dFAyGBNoXX45/e1kwGi4uv/6cDM9NxenF"
    "5UlpCqgRQO2EQGWh50S0W+OdbM4rYzMzPM+m/03VpSrgJ65rY8MRY153i9IEzOk9upqB9J"
    "N+V/3J5eVFYdWfnJeX9S9fTs6oVcCnhA4iYWSUVnZ2qh0viC3YaP52ffm1RgnJRMoEBTFD"
    "9G9kk2CEJmwD3gyL5l2mvKFMinwDu0F5l/EMn5sIKtxBQQZ4g2g5Mz/G4l5Iukd4VQH+7P"
    "qY3Dl/x5uKqVtCteq5GRfA/0mWUPJp9hV94zF1/hRXFv37I5aKXbk6o0br+SlFmgE9N8z7"
    "R8O3ZjWIm0ti06PQEezlseTnv19hO7V4nwncJf1iRRyBeqGC0DG7x7HJiYrh0C4t45QRKe"
    "ycJybHZF/g0pseZ/fUGEG6zWGKlOHf4bA96Ph9E4VLU+TStVf4YwE+efjowsOO79rsL91z"
    "7Z0l99H0THgKnEa5srzlJiAmMfY9B74l99EVKHrFCRbYD2bues+dK8XqJr6n/piRPTXYZw"
    "NZutN7vmuGrj8zDfrBnuBFtzqld9J0u38ysEa5xlZ0hRl3+wL1JbqLpitqSYKZRxHYX4X4"
    "Kwm+RTfSdT1Z2DP8sAVt61N6I12h8rHp+tbMx/QrB/vCdcVvdhXdS1fEFsYf1OqhN9p3v/"
    "ps/HFG77PRFag5se0ZCfFqT5xO6H3O6W003dg9Y8NpCPrmUMV0T10hutclu5WuyyrA/gNh"
    "4V5LY9/96jq61enS0Ha3Ctae5/rhLCTm/d4E4XV0sxt+L10Rs7i6va/iwG+iN0SzwFxia2"
    "3vew5GWF3HN9MdM3ogtoMXc/lrhBVzPrpTN+d0LLgji5eq+qvrrupRvXTwjUv/I63BxnfT"
    "UNtIzgP6jPs2AIuPhE/x7TRBjC291XRVWowrwzHu+Ldkt2PCImetIC+07MytTw7lruOZkR"
    "sKGaJ9rQbIEIVcwQlkiMKsQ4Zo50fuCOe4+mpDhmiHGaLrAPuq6Sh5meEmrMlD2nEqikUC"
    "zzY2ylk/ZTntMiLah9ozguCRGapLI1DMCCwJDjkrd0e4O0lA8V0hMVWf9pAK7JX0sNuy/v"
    "Ni7ZgMRDRfEzskTvCKPe8vXS33vnMhVusgZIS9c4dnyYoWsA+N2UA1t+gxGyjZ+8ebDJRs"
    "JhGOu6inNbfoRU99Cm5ID0WVBAxk1VcuLwZJdwrvmW3Qvcp27xiVp/yGVYTh3Rryu7VbHj"
    "fkb++Rv83Bm82J9V1Jky5IdYS7TuYhK1SpxGtkAv0V1xg4o9GQu0rRqmLbYeLq0OCVzVzN"
    "VtUeaatPFjQ0zK1azkfsY8/eO8oxCha6oreSCXQcC1w7RitYaVjQvn536QCjMSGq4HL/4j"
    "X427OLkyZn+8pT8rQfHKNf+WuPVsQhP3i+e+cbK8RI5wm6p/qhg+Yb5HrYIRZ6YTgWoqC7"
    "7JfHJXZQuMSIfhe0NAJENZGXrw5KgHVxf4gBGFYMQDR7KmprJgEeja0qa/xCKPmMMhGwCb"
    "bbBMZshyWcF9LB4O0aZZZxSb/S7B5vlJmFkqwOcPfNLwBd2i9dCoFx9TvNOEOkZALjgCTX"
    "mySvUF8yPI2PF/SxS2qw3ON9K4BcRfe6Ybca4auvVi1lP6hUiqUM8zVphonazvSUWBgrsj"
    "+h9ZndRdukXY7RZoYfWPL8bGWIqsWro3X2oG9lpyJixnzvajz6QxZEvRMe9s+Fi7A657fS"
    "9ZVcs+o7T4HWGJdW/Dau8GqO/WBJvFYg+8Jvp+sCu/MNtnX52MTkQWj2KgD2M7uZ5kjdUZ"
    "j21Li0hskwTVYzLGAZDqLQcmWgjvkNtYeLWlAAl0TBlDaqYMmXwBrjMQgV1bZjRCw6/7xD"
    "2BKb93tCdR7f7JTdS9c3D4qFjai40xhfSajtBLWdukSMXd1fdTiN7sK0LC8Nz9QRrrhmER"
    "tEH95Gd4YobO00d0NdsVu4tu0+YmvWYj2xz/yeOiGmFEepGCJY8P8IogTL/qHGQMGCY4qP"
    "3houeOlgRIJgjS0USyMu/VP0T4DcBQvUQ9yNiRauv0IGivgr9hsVWgcYWTjEPDW0Gi/YxQ"
    "P2CBj8V0iqi7w+Kigerl1U29v3EuFAb8ve2FwX2fcvtwQRLlIPlCzWmURvnWVHh3euV8d3"
    "j9C3aYewhKKkhvEoYw9KqPhVdijLFEDW8yjm18cP9BjcZYqLkjDLQ55lCB6sPyf1DR6M83"
    "bU8lOLQpCjuj1HNZcetWeeaiEla2Qgy2aqFtdXIVv19Pj69PjTWVOyapemMLdxzzzXXB4I"
    "DOHc1UmTGcytyhlOB261gM8esL+JjFFmixooWM//RY3NxGqdY2qGUhs2DJC59lmDWkTX0c"
    "qj16lZaljohUmv/xjjGvwYmbWvvI0gea7DZ906tw6ztX33EXnYT+8csly9RyNAmD4bxUoD"
    "enF7sPKO3kxv6Ve8zQI0jw5vD17+xLP0oue6dGO+de7oTYNX6Apb9HuYhrnEAf2ObBz9nT"
    "2Q/sNk6HoLlxMUuPQviwbbbhCwh5IHKuK4VMC529eEj/8yFdMyJ6KdKf/utYRp+e51rWnJ"
    "LjWb8nwpCKhBcld7iqUi/R1gr7s9vf40nb59+2H6+u37j4fvPnw4/Pg6Pcaql5rOs5Pzn9"
    "mRVpgNQbrJzsWvWq95NbSTbqQao8BQSNllyRSELk/f47VFwr9SZEWHb3ax8ew12LDZMhm3"
    "9ei9ptNsR0fW0rUt+lt0jBCPnY7sR7qYiTOhx4jJTq3HJbF5/jh2+GB60LCTKRqF6P+4B7"
    "t67Hb4HMhdH1bueoD/UDypIgE4p3Y7p1RLxfZfIXa05XhXhqmCbDwcgBUCO6RT9sK9qz1k"
    "2TWJM9aOhw2m8UrTFqvZ2dXLDjvUE+7ZTECOX1Q2wbQ1vcZraonYeRY2xmdH4ZQtSmlY5/"
    "6NTKTCm/pIhTeVSIUIMrVqPHkZHarDdK0rRnip9sgoSoHmuBXmvqvNDqxuV8vdcwwziSdV"
    "WLDiCFQNQsTaX62h4VPlXvmIK4nBtiALtNoRVxACkLeCHPlGqwjXN8vJJPbqljMwVaIB10"
    "7a4hiLEAuqAdfDngoA6rujTgQO1/q9hIh8rbCJVDeROCtUcasuSgHM2/XkdWi6arZITgSs"
    "agmr2vPxg3qjvryQhjC3v5KZM3um6InJy8BmsR3iwbsQR7Z+h+LrYuViAlYN4NjzbGIaMT"
    "ZVx5dw4KTRC5aKzIySzPYOCSyEIwhJuObNLJn8hoeEuGiO2RmEDPpp+oD84Al6JOESGWFo"
    "mEt2MRA0SGj99hBjMqwYE8jmqId+nLF5Mtkca8/acdaLkjDrQ5n1uojMQvmS0AjXgroIDb"
    "HmqUSPul+wnq9IGOLk64zOnGGo4RUWpfHc4O/1UeaZkAaadtN700UPiZyioUTwFcWgFXnr"
    "7B/dTwM1z1gmocF7UNxsDl/LZLjQUbXbDb9WRviBYFb5Zr5R8+hWBTvy7I4uRVMI70557X"
    "lRSGwfjnZUVYqh/e7+701DajO030VSSc17tN/tiQELAjplXFVtJsCycRNZ/qsospX++nVJ"
    "zGUNAYVYbUscIAPxBOMNeuH6vDpXbsxLlgBFB2zodvMDWxcsS4rd59HYVNmwzp8mIMd+j2"
    "MrDv4JNBnQZEPc10ZKmABN9hxnXYYmiw6hHcypqiCYU4JI2ey4V9a4hbKgfAtQbgjjrEW3"
    "KYrz+aLaYNLEqhlYNdutmsLaEldqqt8kAGGZYliivXFQJuSJYUU9KA4EdmN2cSJpLM4N1h"
    "kjFdlqLN6u3+HX1u364/T9gv53Pn99uz5cHB4ismKF+FnJqg0voOH57gOhq2mC6ALwSXQh"
    "Z8cJAiVavjdESYD5N5LtaaSGAJh/z3HWZcw/1+TlCulZJ3BasmmvcQYUxZrmfITz3TC/bM"
    "7KBd/oH3bn+koV8/MyEA0rEWqc/1oVnOvjTEpiGnjY+440Cdy1byrlg2QSGsBdip6afpQJ"
    "n5p+rI+fYtdK+SBJDVc1/qIsBhTGdgojxawFG/tb/l4jg1nWyi6vsSEVnT7FfkgWLH8AHw"
    "gs7PzliaSNbZZkBlOjC0zavYtL+sSwlU6xVEK7utNvpxKH2NtpfUujafkIi4qg72A6FgTB"
    "chyK5SjDF2DHd22+bSrtWGUxfYrbtau0qByqgkmpzsilg29c+h9J9eYsf6dRTYesclNeiT"
    "Leg/00lk30llZ1FX5BWktJR29PmGQNJYhrEfOHXCAXv8FPvFdFgMOQYhkgmzyw6C30gP2A"
    "EfMTtPDd/2HNLugqoUOR62GRK6CTJ4D2NCztCRwCz/GAB4eAbrMu4xAw47gBaSY7Hg9W0l"
    "YrSbXIZ//lPUfsIGhK9z1z1quK2vv0qb+WbyxCReL64NPV8eebI8Rlb53Lb2dfj7jmdOuc"
    "Xlxen306QqbtBnE68dMnB8fa3yzW+hSUM5GoNr0+Wot8ZFO/0xldEIRUveGcyFVFLHqhd9"
    "G+84Iwx0ObYwXOJ1sMiflcXQsnseTnv19h26hxeecZh+t4hx2hNlHH8YgZyj3B2osKGwNQ"
    "c3uNPZ/sDdRJch+dgOrUh1l4DeuYwfx7Ks8QzoK8WKuuzN8PUg4yUc4gYfMpCTp17fpJlO"
    "rBI1w1XKqQ1lfXycv0X1rnaRStToroJKyxakpiRQ4yEgX9iYHM14zWlSHzI5VA7W3KicAZ"
    "sT24MNWJ9gwsTL3BI4NX1u+eX1dDCijMzDyBIl6wAaWU8EIohpSrPgm2zBVOOUIUzgXxV0"
    "ZUZXhBbDoFExSV2pog/N1YIcOx6AcBnUze4drh/bKFrvp2n3Dr3Do3SxwPRbymIyIBunOp"
    "dulEyX4mXf0/Zqj8yAcFr7zNTzxB0GUmBYr2nODWMXzMAgaS9EFWZYaYGBkB/3Vhu4/IsB"
    "7Y61MbKJCzTbJo37J1khuUy0Y8iNY0A4OuDyqSG5Z9XpXhfxN/oO+a2FpHnWsivPhBYNzj"
    "Ne/zwcCcBWbc2yb6PPs9930Lzxbfv/YbFYWzryEpkH1bSYFCUHW9DFiEELIxiHNKYy0PQj"
    "Z0m3W5kI3cnltib13XxoZTF7qRkytN+ZwKdjXL6Sf9UhUnl5cXhRk9OS/nv/3y5eTs6sUb"
    "PpV0EIn0UoENzVQQ21ZHPC8HiCsgXlB9ZANoCkL6NSPuqJa7CsKZajrssJnBxIBF5pUKq5"
    "xJDKNcO3usNuXa0+4LO6hMZVkIsBiOjlRVjW0jCGfq1flLYtpltHdSor9Ic5ToUNs16lLD"
    "CmIlqBdMTqtX6NPlLycXZ+jb1dnp+fV5vLml7wy/WNSKrs6OL0pIZ2SN7ILOJHpcy47r4H"
    "7Wc/s6UZmlk17OFXoPFvT2BZ3RlbILOpMADX/7ao7Q2qm5R04QVJ0hqzrDqDk8sAluPYwC"
    "HOqtY5rzF6khWxUEfEUkGlSagmCQkQSDZAUYhCu4BWiffQEvMcSl4IY9Qda/Enn17JEA+Q"
    "krvg9ML5OFeXvBd/pN0NdfLi6a4sfKfQ73THi54jc5NpNRmizx4pZreNjfE6dv7B76rE21"
    "nKCcUlCsLyjGM6nTJJHEV7ydRtgqRG1mp7ggarNwxNdHbRa0Cqj6OCodfIIgCO75hENBEN"
    "xznHWZILhID9xl1ouSvVDbT1AOcYRzXH21k6lSTQysyAGjXWUHh1ae6ulKf7VfnYpYM2e9"
    "mkdGUBHgM8f0Nx4Fqk7Xy0lqUQmsaUPqooNFiuBsTqzvKiu8Kqldlbv2l7q3jIM9lJZ5Kq"
    "WDE7/vFc7BU17dRamOcNdqZTNagJh4tkvHJ6FwjyFYrGfj23e360P80TjoZQLaD54OPGwS"
    "ww6VgC8IaRe/2f4qt+kidQJMdXAVlItSvamEPaHc/lL2jCB4dH1rtjSCpdI+UhbU4cAsoj"
    "09PJSAm46qxZtfK4VxroNwZi4N5w7PEgwFJHxT9lbdLXpM5EpegNHmcUGIT7dG/MqbGabp"
    "rlXbslTkgCHZGuMDkRI9REpkC7MFjL94x9m9xrWWZUGuvMh7xEhkPef3LQyab3evyeouZj"
    "xBqVk5oOgVJ1jsH1CSeOxv4vvpipeP5/TrzViXjb1jldidTvU6Yoq51caDu/ap6rknUp+T"
    "++gKVJ8hXeMEKCHr6ObyuD9U8d2O+c10xezRd527mePu/fr9ym701dX39VsYjAamQ/bXFz"
    "7TW51Gd9Iarbb0K4aXljqWUkTqriGWqbLVFGqZ18gkQi5nYX781jKZfyVB6Pob5C54Scic"
    "SYmMXH3LObZd1nQydKt1MHe7BcR2Diu2U72Uh8ZVPDphzOebmWGtiCJPW5ICGrHK0aqHKE"
    "JA6rCCFWXCkBe+u5rt7O6okQafB6Q194otXeA7r2GhLKC83bEEWc4tZjmnXQWaNmfw30nA"
    "XHMmSTjxijsBgC0BtnDzrIG63pfXJS2QcygI+ICiu0GGCMi5OuS4gGPWieIHpvkiJoR4X4"
    "vMmL8jDzgomPSPSzfA6FdMbcQQsYfRiUIsqget3AdMLf0KV9D+I24dw4m6XsRu2iPOQiTx"
    "RMiwWXsN03DoKBQa9xixbhr0GXM62MqexLtvMM2ZXrrHG2whFhDG2m/cYy+Mumvwr0w/CZ"
    "buI2vbYWL6/TD9E4JgjS3W28MjVOGd8P4edNw6oLdZe7dO3H+DfX/6A/1LPDqMsW+IhK/Q"
    "ORVnf5aBHPwYPcTyXS9q0pF+wf9D7+fwO9I/qLZdB3AoT5kfS6dOOQCxIKRFQkrXEbXxa7"
    "ZDamJRUkP7fyT2foJJc97xbk2619CiexzzG52ayrmnZTFgRKEnJTCkRdUfeDtglAZlfcsx"
    "Sk9ld+eKjgkt72JRMqlulVE5tJmRSXVZBun3g2J3zOypITQK7NcGtPEDtlXsv1RAQ9uv/X"
    "rr2dKWxTeT0BDgDhoqMVJauW9VUQqAlgCaKnLKMOdlAGQJkCGqqeveRHR7df0IJLVNOSel"
    "4VLu5OSjkKk1n8iJAE0CgWPPkxZJTSO1l6csBrTIdlqkYIXuSYvomFYwKdEi5TU2JFrks7"
    "EifDuoECLxlUkTFbLIxkjEHUSjX6HzMEABplPohMSwEeFedAdHDvtHY4OIc4Q87Ho2Rv9y"
    "iYMeSbiMgggeSMhzVVDo3mMHuT7znh+UZqvDR906vuFY7ioazJy6E/S4JOYSuSyoYIVZ3T"
    "v2SMyjA5hr332ki5qFJiAfe7ZhYnDqD5DQAV/Kc1QaoOi1brMu8ElXciOHVrJXq7AddjCm"
    "0YiyCBeEWinNNqBise2TBBYJAtd+2K1ue0kWomeGs1NVDyiuPKpZtHkRsGa3W7McrxYsWZ"
    "UqWUODWNaSza8t5aj6HIHw0EZNAmbhnT3oRR0UQ+eYDbp/WR6G0zm/la5AxWZ3G0B9wUnX"
    "AB2BuvONvV+8n9k9dAKoe3ot2qVqObZ0E9tGtM1wOnIr3fYrS0CJyu5aiLAiHdE90AumbA"
    "cTZGPjgWWxRGtigpbYsMMlYgzJywlaRHxXIrR0V7haE6SjZ8hEQuWYR9XgpxNy91zosj9N"
    "p2/ffpi+fvv+4+G7Dx8OP75OlafqpSYt6uT8Z6ZIFfTg7aTaPf3jVczAZLyGhnb7QQ8WDg"
    "0iiEH72/Xl1xrTL5UoG33EDNG/kU2Czjb2gz8v1g6P0ULzNbFDuj28Yo/9y0G3270IboZQ"
    "wQCsdBMpNw6ZFC07doNyNxHwMo+dOpQhjCE8o/XwjFi1UavzkpcBkkOAarCe/wubisEQRS"
    "FYrFu5o0wL3ZM8ypztI1u30lUw8m/s9kojfNPsmZQb2NKVRTZ/vtRUrRdsDICtDLbFDVG5"
    "J0D3zELM69VSCxnvt5VbINnQ7bE8+QAZCp3Lq3mwEhxR58cJC5cxUEAtPUzNCuce/YhWxC"
    "E/eL575xurpCzIhomsjA2roYHoSiI2ImFSYKPKN/T3WAjPGVZ4Do/BUi66UZSCLqRbnffQ"
    "ErMXmP0cyS6fsVJLzI8/Z6X9EAmoHrNN+Rk6HSMVHwHVY/SeXx8/0DN8lykuSsIsD3mWIf"
    "i6/pzUl0tnNe93abpZkQMCGGj1nlDlioNqLbOiENDqQKs/Fa2ebZ09879jxbdy1mzHOH7b"
    "gWCXwbe4NQ6QYI/jQWsJ9ixedCvBvsqGyhDs8brLx9UdRfQ3Kw7tI/o8e8MKSr/wMC+Y/X"
    "KCWBWkB8xp8DvGcb+w8SJEPyIfszraFv9pwTB/KSTXe3ikgFgvBPPFC/6fwLZDMuwQDw6N"
    "7TFIhtVt1gXkS7VVtmsrpWom43v0QWQHZ/eeiI8SjoiPtX6Ij2U3hHLttyco/HYQH+Y9uX"
    "pkAqHf1AdCv6kEQj8QQwXheHiP+HK1aZTLFxyVnTsqHVdtg0jGawftVKpu4bShbuG0WreQ"
    "5SHtpNIUBMF7NBwFpqq30tNrpynOy8EMD3mGd3ITgY8IfES9oQrOjKfIEQBPhkqawHY3xt"
    "MQ7VFBAQHDnlYa2Eqt36UjtzLr/83Huv5/I/rnByj6FeP/5jUbXzCS2wyR67xk/RdRYLoe"
    "Ru6Cp6kzujT5Ob7JhNeLJA4fHNecrBDrvTxRJmc+fjBf5NHd2I/8idA/pF+GPQK9gmsDL5"
    "QIaJgbP5UJsJ7WB1hPKwHWpuGwpjxVgE9c18aGU+O8yKRKKM+pWFcwp5/0awScXF5eFPT/"
    "k/NSfYevv3w5Obt68YbjTgdFiUYCNXJAsdZghEEoLswyhOKCE1DJ9QtEQHtKX6naGsZqsB"
    "aFANc6XFXLsBSFAFcgrp6MuMoZ30BcbQW3+OJKoosFxjWgW4duetyo0oIFMhazvrgCk1u1"
    "tugxv5VGmJfMKNOlMPqsKU2wby3WK36zq+heozWc+i3Jml9jdaRztgTlqOeZkQlsZaAvHY"
    "yi8WhlWKwAicXbEfE7TVCwdB9Z06E863uEHpcusl1mRiMjRKsNitaRoEhK+7eX5pajMw0K"
    "stbrak9ckBVo505pZ2hb3XU3ZcOne1AEkgLKJTHtQuc6A1q0W2+FWbhljx/k9ssAQcng58"
    "CtRgqiOlcFTBUwq8CsjhfXBmY1DVfak6DSrRXLREROAa0KtOo40d2ZVu2S/vpmhKSmG1Fy"
    "adJEe3m5QRI9vz3sB67DOmonxQWoQMBa//zEGSiq99k/sO+BiMWadIebJOAxLUYQBthesL"
    "7dvJu2g6Me3SSYsc8FdQz6eSZUCB5WRCUErtRDr69xBTULdJt1QZRaxYcWHaY7dT8uSPYS"
    "itjnJjveOa6+2slUqVbbq8hBwb2qoZ+0tJeldpPxGnop2ud1iTWL+lFUET5zTH/jUaTqlL"
    "2cpBZYN+1IZ7/dFDajShu+dEO6uPz6czK83JuvBnvlLgZVya4mQKdWBrz3g/I6T6U6ahah"
    "9RKHJh397OKRsV/FuDGHLCcFOWQKOWQjqjR0u37/YWrert/huXHQy+Juv+rQHSt+ItBP6s"
    "HOJLTz7MtsHfU7R2XjmBM/XM4sYeE3Zp2K8S1KNVmmWp2QzNQs13PDPqFDdzHvS6KQajhk"
    "A/+pqvoMbEo79jU/TZWUgWHcQpEUmXLkeTM0cizNzCU27/eM8j+Pb3bK7jVeDmDAeRGjQa"
    "xLz/CxEzyKS93HVyZNfmH83VjNjGzgNt9wPRbCEvEBDoJ4yvmk0p/ZW7pXnXjIO2DX+sg7"
    "yE+Z/FlfkoLIMoHdnL1xRVD/dn35tUaDSiXK6jExQ/RvZJMxb5ki1BgWzSxcmXArabvsBm"
    "UWbmX491i0qTSxQ5kQkEMK5FCA/1DbvWMBnXaMXnbwvPf1gZhKLsJMQjuCqH1yOTAediI4"
    "8nIaxqzoRG94Lv+rKhP82XaNmm0rEynN7YLJjNbsFvJ+l7+cXJyhb1dnp+fX5/H5nM4fv1"
    "g8Fa7Oji8qxwK3CdSUyqKQTidEVwxSzvTak0E6ozbidXa3kcEsSyIVV9iQYr9P7DX2fCKO"
    "/s4uTrba+fPC2JZNfXNjRi2GAg+bxLDDDbSDg9DqYe4JIw2yhdDq5zjrMqHV2Z5bmfSGKi"
    "F5IS3CFru2/yD+NtcQTqZpGR3V0BKu0riMbSwzm6xIOFsRZx2KCpPV6gViYTAVBDSRZwTB"
    "jLGaanZuXmpHU3doyHZs6/prW7SG62n+VABY/n1Yfvrtycwz/JCeb6pkf1kWOH8Fzn/hu/"
    "+DBaRDI+SZEGCtgDW3uNVotLwInIzbSbSU1NiTQjtN7jMyeGXJs/y6KlBnV9SyuTo/vZGL"
    "v/IMVgRAsHsoBBF9Y/fQCOpOg4fy1K6AXCwxv1voxRzj3C65CDQi0IhDfGVHSigBjfgcZ1"
    "2KRgyp2bNbhENBUsNZH+8sV19uiy5gm4gSgLeV4cjk+pliqMKx2wwH6/mKhDu+yiVZSMca"
    "x0zP1Zw/JTkdUvq7Tr9lZd8f8Ew9yLIiqKFDqH1vWwTXDHuuuVQw7Mpi/fFcb7oCumX3T2"
    "C6vojVqnf9pBIQ4Sjh9WGOMuUkg0xoNxJ8PBC3SIE/uMRSRjoTAneDCtZxlr4q2jkxwFvF"
    "vWN44drHs8BcYmstckPUu5FFsnt5lMezu3TiUOaOCTVXW16kHRVk9DRzxdEm4xOKEh/3dA"
    "plqdAj07GlkvDjt31PjE6ju+gKEn7AwsQeFYhiX9jZAx6ls1wKJ3pes6NhT6T+Ed1FY5Co"
    "UmNyEPZHKr3VcRjilacValXvdelUraJ36eAbl/5HMrZiZ4f/k56nspEVeTVCJrKiFmvfNV"
    "njENMIBJpksmAT6CXCLKL7nca3G6X6KF6tCuETn40Hd+1HGnwleCK7ONkaOrEojG05M8tb"
    "bgJiEqPdMiwQWLFnYAVUV+mK34SQlXqoxxm8IBOykm5zinZ6SQzeqO1hsYUTZc/Q2G/5e4"
    "0MZmklrrTGhpRdHqnPAv0l1au36C6pFr+9sdjNEqPkAAt4g64UGUQ1lmCCiBP17vIt7CPD"
    "sZDLheMP6KUNCjCutg9r9c4QgjosTQnO8+d4nkMIqm6zLhOCek8hrc53fWhNMr7H6mXs1D"
    "voamYLMTUyKdb1CdaV9Gp6vinWU00kdFKKey7JR0K8UkoBTgUgBXgPj23ohoY926GaW1kQ"
    "Et2lirqFwsYZDfGniUBv7br4obnpZ+NuP/Y0rd2lxm6UxXTayFvjC7Hju/YKq2JbFoO2Fo"
    "JKI0DK9UXKFar77UnKFaoKjgxmWVKuvDXWeFeFqxl4z/15TzHE6abaAsRn+XuNax+WRbh8"
    "Bik3v1GiliWqy6pHEqiVlx3JPKlGEnxjxDkxcX03l9KIyXZePhZQae/CYm9QNB7dkQfsMN"
    "o8uRFyfWSglWveI/aAn+gFl5lgASIB4h2YsIUWvrtibHqAke8+BlWmvpMnbGfsS2EQJl1h"
    "d66/OaDDSpeoefdPJX4fGtK0y51AyMQTpIRBAdGDHlIa021HAeW8DIAsA7Lr+9gUKJCNeU"
    "o5qR7TlJ6G8WsxS4lpHyqrORnfo78m0S5G6bNR936C13NYXk+IXRsUTQYcjj6xa/831uwP"
    "BPZyem2y1VL+Iz9UykROJF6hS7pAqM3Kg+DQOsDUVA0n9P/MYnXwA/0QW4SZrczMtQ0TH1"
    "Hrl38mtIzbuPGtszLu6XiDjntEdCSjVtCLgOJDDWxyR5yXPADOpwcB3cKisDjbYlFzEP4G"
    "4W9j2sQ0Vgkg/E23WZcJf4uO1l1mvSjZS9E2qM63a/3FaKrmGzV1vyIHEQdVQuIPjkYF1H"
    "pGIhXoLRKpN26tZS6CvgckFHr9rleGbdebqTm5/kzU190u2LfTD+/Ttcp+aVqm11+OLy4E"
    "rHuIV1Uwb/D3unDceLwWNHDTjn72201hM69EhKYb+sXl15+T4eUw0SLYUb6PUihuTgSqJ+"
    "0ei5s5oGWBzyQgCHoP4PF3zzYcQ7xn128zJTENGsP3vdcM1536dMrI8/Gm6oSxRRYLYq6F"
    "S7lZ6ytKdqX3VbB+O3y1LyJh1Wy/gkxHdt/4SNNCRS5xQGItojkJKBFdhjPyDajWes1JdR"
    "ZDUVmkKcijjaFYq1eLXu9VK3qnpTt+nO98d+2pbbt5EWDbtjrXOVxVeJUd64nz9ufkfuNC"
    "Wda3nl9dym0T+3CsR/g3eNfTCZJ0sc/SFbLd0X789sfjd0fIQAHV5rGFWOlCxCgw9Lh02Y"
    "/r+Q9ZzRe6pDYo8Vlz/zaJi7tUY9Bbu/Otc/Imd5+4pAxjJ+IYd/rhnBWWocqGYWcVasDP"
    "Dn72MRFXI/W4gp/9Oc66jJ99+GVmxuokHL5PSx+WmWsdsx0cW1VJ8G/t7mYBtr+6qwDbP0"
    "aMh872V7cRoPuB7ge6X1+6XxceukKa1hN71Xz3PVvM5FNhRqnJybSVaY/8/NV3nbuvrrir"
    "R3ZxspX0fGRjqQUq2daDF7HmMj/EBTKYKH2V7hnFmKwFTkcGaO2ExM5IRnpcLEP0FTGmIW"
    "D8pMGKY4jrZLf/CGg7MrStHWpo9H+IRq87L1OjgGxJCnSTapC0j417VXskk4KI83wormXt"
    "xHXn5YDpHgrTLePfsI0g3GHCc2Iw30OZbxnPBn0i53Z38GIWJHvJIBwKLTzwSa6+1VAwBA"
    "qGDMQWn4yoYEjS41pg2OfaX9eb9VkX1Wzw9jgm5C3d0EWhcY8dZK0ZyrzoRlTjkn5XexNQ"
    "A9uma8Fn4UIGenT9e2Hg0l63EprpuUqu/N6ze7wBE/1JTfRsHirY1ru6CkIahim07+ziL9"
    "EOelJerh/dGAot7KYl+djE5GEnZbgkCjbQUCZexuaNzkEicJvU7595mf560njYsdgk9bKF"
    "tt+VZmGYWIByMzWXCmmUUNEGN2eRzHwo2Rn17aryQju2qhoYog3AtdGpysKhQewqxvXBcp"
    "kEBMntHiRnCxuENcYXJCIQXKCQ5JbYgLuQ/EVRYACHrNvGdrsa/1cUAvZvO/tX2+hGvRuR"
    "Up+bocEsy/4VV9iQuL/PVO08pV8f8+9e4f/ylycyHCBTYzkeicQ2IrAea8gEHBYBF+Lv4a"
    "w2xLTehizLaUjDvZ1K2JBvp7U2JLtUbtfBX6HdXJYlWQ1pGp10lkcSLi16XOzCupZlQTsd"
    "8kwTQRWI+n0zGq1BBmDXLgtw+4Pbf6CK/5Dd/ky3z5rB1ij/hW6xkup/oVutXIC/jxfYx6"
    "y5xyJq2oHeTD/+YCH6kctcAbzACHPpB/Qp2Iod/iREJuvfwZpfiqP6W7ovmCLDMkUgFqCX"
    "gzV5S1T8AnkZKFO8T/68u/ZFbq+G5PlUokelMRf0NUZf7R9rwyaixO76FZ4T6X+BH/x5sX"
    "ZMno82XxM7JE7wij32L11NQN/LnnWlfFD1iWVC/VXYTD4YrU8MKnvV7zr6RgGBsQzGMhjL"
    "ysbyt8jAPTUCfCAwlfOXJ3Kx8oFsoLzD49hR7ENERoDimwT0M0yN1aO4QKdBdy1mu86x7T"
    "p3AQrdCVq6j8gnwf2GXggqJnKL9751Yk0w4DY1fqD2f4BYz03eopN99khNZ/ZbwNpvcl2J"
    "rXorYG09MWIdPePvMbl1XI+ucS7iRPZ5/A2phB8GExS49GOD3sGkI6PGnYZzzy16+gzPps"
    "sMxcv91llQRQn70Rdz3JDF/xv2Pb2B767vllE30QlKaQs+Ll2MkgTA7/SXICThOqkpQb9p"
    "FKjDIDqgo38/MAL2Z7BHzFz/TjAIWIQ+WQSOeXVrrg8rTAR2DCncaV/uKn2644DCgJ5uhq"
    "1Wfi8TAbuqfToh2Wmk2YREoEcyge36/TAJ09cSTML0dS2TwC6V+hVAyVzNzCmBT7eSWF48"
    "0tVsKqGsRuH/rRU7yWlWaghXBcFuFRWTGUrU7OjVzQY2oGQe7MkHXPp3X+lPI1y8smxA9d"
    "2taQZSvx33ivPA9mBZmIWHUAFp+k3Q118uLtSoF4lgcWr137j0P/2Eij/p3tJZoPhepFaM"
    "5tlDTQBI4fpEhtZKvj9+gPjvMZ5fkwa6BLpDdBjvvUNeGpRaGJhxWHW2QVrtE5FdQzFonn"
    "rXgjTAUWt3vbk3/xE55ERKYHJJSv97yA2WKAGW+AF5Ta74Hoj5IRN/30/IXGIjZH49B2Mr"
    "4FcozlY6OnQR/X1BfEEEcBcPAK10WFppbsXJKqY5EQ110/ZjJH1sBGopn5mEdulLh69lPE"
    "d0VC3A/FoR4fmGapUr1XY4JSnQWIR10umBp+j2vOvb7UkPl0irH+PuEB+OWLVPTkFut7Dd"
    "8Vg5bZayGTRTAH7l7dSBTJguWLBgwYIFq2bBkgUxedOv4zDEK6/Omq0Mm0hatqkgODa0Mi"
    "GfKJt0YNpL18mk7jo03ZWSLp4TAUNdQhWHWql9hDaHS6rmLV1bsBU3wFyQApwlcAbaKR+v"
    "fHgoE7B8eFgfscyuDYV2GthKbpt1AhsdbHSw0cFGBxu9YKN/ImZ4Tm3uA4Fhnl6bNFnjzG"
    "83I8mwVk3w39OANZMF/EKzp6c0yaE2xXM8UCGFTrdZl0mhg7jiTutIW0qUWzIewJUAl/7d"
    "WBDdW49uKqAhvO0zxoHrCw6CessqHq5Na/v26IiB1lSrIjr6omr4O31kFemGepmJANS8KE"
    "zBrmkAFSLhiUxdbNO3x98ciEzd5NqkydR13JAsNsx4zwZvDalmhZSMyK3NApe9dbBEBlrh"
    "IKBfE7nrMCAW5gWV6IPRi1/xKS+itJ6zu8xxMnKCrr9cv6wGVLd/+5Z94Sfk7rnY3n+aTt"
    "++/TB9/fb9x8N3Hz4cfnydHhPVS03nxcn5z2wfK7xiEhb60nAcNe0nJ6Kh/tO+Oxc85t17"
    "zGsS9OoRrk3QAx+j0McIrrCxczgyzF18sAtdYU1nclFOJ29YD8dzg88sxrUFn9mX7E4jmw"
    "hZf1lxDQ7JX5ZgL7AhctOy1YTILYZOo1Z/PzBM011Hby3b6xgd/09W+DSuxZN+Bjr9IHV6"
    "YOI7JItDEtpKunwqoCG8b6YfZVT56cd6XZ5dK4WzuZZSCHcyXjtF/s1rqSRVNqwe39fVNF"
    "WbOIKCyQ3ujni8dgB3Yiklp2MF4GZzKScG3T+H4+au2khLw7HsnaIbipIwy0OeZYhcqt9D"
    "9eU/YsNHsf5zQQji6KveVOWS2lBHWyGwOmet70sSecfZvcaFsSxLVHxZxSxRaem2AKz25Y"
    "drag5LEG95Jw53kRMsaDdyEst+/vsVttPkbTHYeb/8yI7WOrj/0yU9+VcSHFsrEuVTCDjK"
    "wvVJE1G5JAHPKcuGQnb9mA6ZSQOp+EACElLFSYU4yMtoyH61Ty5a2DP8MOm5Lu/LzktpCH"
    "T7MalslwqZlSZKSGP2XY2qXxRrMu5GCHpTIjg1zqpVCky6JO+UQawI7gnjMFUmaRSNO8cN"
    "iEDnaXjh80L6sbJSrPe0gfSeVjlvwzeXVCtUrW6XF+sxfjr9ZLQB1B5V0rEqk1IU0imMpL"
    "PexBFiLZioVMv/lt1sZCjLmqnFBbaHqeqaa6Zv7WmpUsw/xXfSCPSujdUUMrGtmke02VS1"
    "8iMlypzTEWuT9Ua2UHIuoOQePyEfm65vIdP1CGue7GOUzida+O6KxdMHWFTdvLX7gs08LJ"
    "sZAnEgEEe7QJz6HLiaQJweUuCexpzrpOfNo88YBmcHx3NRUkPH80gczVLxBSlNruhrLomB"
    "jSThH817JPa3kgq+kJEhLe0lLS2zIUXT5wxVsQGQM2Ob9f+c8dx2DapSl+CV70AlqidVxd"
    "kMKOiK8XANNcX2FXH+rwK2yXgNwW3fUUWsmbNezbFfRfjMMf2NR5Gq2xlyklpg3aT/nf12"
    "06yKp+rfxeXXn5PhZf28BvvZnFjfVZZ4VbKrCeh1j+54rVM0LNFCr8c5k9DOCyaDbj24FW"
    "znxA+Xs8SjKuuqLUo9Zz9tTqFTs9iqgmCzbbfZSvpzb+GXQ4NZ1mCrrrLdnVup8be/d0tH"
    "W7lT99anLJRLWHEqH+hVb9xGLqNZMS6sYxMXqi0/uY0LOUv10OubswTVlnWbdYEDoVJtOT"
    "rbd5n1omQvWah9brLjnePqq51M1XyjZnNU5CCLrhqhCCW1gRMeJ08GdaB7C2MG2gdonwFx"
    "D5MOaR8rapAcmEtsre29k3D53a7jm2k0BUUFLcaM7h/t4EXGnDjWL1V2bmGHLv7N6RKb9w"
    "cCtqw4YCJBmJFYYmamIlKl2hM5xOWQu0AG8jGdmiDE/hEvpL4wTIyMO4O9sfyD808/mBQD"
    "xBtQT5DhWPHHKPIc8k/YXyQu3979IyGYfFjsXtS5Xs0/mpfp0UPKVl4/XtL2LReo1t55tX"
    "boCN11DUJizfgmP7vHSqU0y3I7oT003qhja5xtdruhXZUEvLfjbZHM7isZiLZr1DGipNZY"
    "XDCp8cHcFL5y+cvJxRn6dnV2en59HueopMQ2v1jkPa7Oji/K2VVLHwdL1xZocg0wF6QAZw"
    "mcoa/G2L11Q64rObgpbtmHA1UmNK4wOTSQpZOnFEtMtlfDAwp4yJLdMVW2J2l7xWnDq+he"
    "o1Vt+qVti5gJaNsKqFtpWz83VqKMRzwcLVw/qarB6NOk8gZx4kUWV94IfkIkDBB990JMZW"
    "zbfQyonI9/jK//yC8Fr7yNqLhHx0+TaedT8qrxG7AfclF//2TtfVL+OBul1uIHOF6I4ATr"
    "ACI4n/2sy0Rw1qV1NgRJtZzO+bRbaZEFl6EJp/U04VRY4bUui6W+hE1RCgrZ7FHIxlv7dI"
    "iSIy0noqEjrX1fJX1cKK5CWL/C8zKwvvdY31auzYDsAs/L9OjJtNxHx3aN5PuMzmGcwDar"
    "6/Ndv9wFov2v+oM/L9aOyVBF8zWxQ2qQvWKP/UtXE9L3u5CalLIvQirQ41sQrOdR9faxvg"
    "YQN5GD91CqSvhhQ5Xww2qV8AXGM1N8otZyGwWZ/rwJr7tCuXUXDdnFss2JQaPE4VixVfIi"
    "KVSsGvxSloPQF4nQlwSzwF37oggYCbgzUe2OhE5OXGuzYzPfDWxfI9i+8HeP0NvtMMdFSZ"
    "jlIc9yYgDPauIY6jOpK4Kg4ZU1PB8/EPy4Q5p6VRDy1Kvw3vmGaoRTXgQgFWT1FvK8FBN7"
    "RbIAMqROQ+yjHrimUTCqh1lRDLCFdP+2ox+3pPtfUT356vz05kC8nluA+DmE75ZfZAmIIY"
    "K3lQheMbhcmW0B2p+T+4xLLZPFNa/zF1ClXwB9/eXi4qBBBW4B3kq1BT1hFqr/NXjLBKLj"
    "h/3bSBYips8e9No/+gtGj5DbFpGe4isblj7DqcTW4PSbJUZsyD1FCjHa0CYOLhT3OEKYhT"
    "PEAeLm0nDu6H3mG/S4dFcT9EjCJQ8gd9xQUDmkg/tDmZBhhZCzlqAz5XiMohR4hrZ6hkJX"
    "HeS8jIbxje2DbPDqWhwjBZiLUgC0NNCK2cmZCNCfVRqJHZAqqzYZr93e20mgFpRNGHuKjE"
    "xiVKJB70LEAg0rTcPm8mf3JAFUE6KHBrQiRzjA7qjxDLju6qDekmVXJzIWbDJwq+H6V/cR"
    "uawsZcZQI3/tBHFWc5z5fIQilz9ij5ygBcZRFcrHJTGX6K/n18iwDC/klSiDR+wHVQu2yw"
    "eBKTssUxayoZ/joQ/Z0LrNuiBEr5INjR2GuWAXbWxqkJOCrgbyXQ2iw3G2UuyAUhLr0VKl"
    "6s7asPuxVz9KWKsfa23Vj5BS1Dm1siTB7J7+ISprNy/TZ+YtXrn9LNv2s8sZZPSRC3JXBb"
    "o+4bYoBbm2hS27jVxblsBPbTFWONhRbGBVEtSOauygj5UbElGi1Q3+XrN3ZxIawNukYJ79"
    "dtO8tlP98uLy68/J8PKCH3jM8Ojt6wrtp0JLSUZqXjr4xqX/6T5O80mno6UoTTFBuBfp99"
    "n448wJ/c2BgPJLr02aCL+F8ccMp8Na7RRdotB+P/DWc6oALCOzzVhbBLPlApUGgVsDlgW4"
    "NZh16BXd84k+wjmuvtrQK7rLXtH0L79z1Wq95WW6MgWfrmBn+6Y296gL7Yt6jPMyGgb6Ta"
    "VCp6YNoVNTQegU93irUBqZhBYY901qBK6vUnIiGQ68f3kXTm1F4Q5x5qxXFQaiuI5z8j2S"
    "c4at6rk68JabgJjEcI5Q+uNt0imAfhb9cOvQWx+h5P5PHkVcMOwVvLgFuR79uOkno3Xkps"
    "jtUmGvJAsVjIas3rv+nZpenwlACOz2EFiKVhVbqEBQ4bazVVWTuf00Ua88KfNyHc7d7wcC"
    "Djx/edJEg/NUzZmbjZRoJ2S5KwoY4qLo0WcVhp0sTzLKoOTBpz62jQ22UOiiK2yRABkLFo"
    "HKWrCb7mpFwvIp3vrNWw5wPSF3z4WH/9N0+vbth+nrt+8/Hr778OHw4+t0A6peatqJTs5/"
    "ZptR4RzZztbzf4Vab40T2tC2HXn7VVVD1yOmCrqpgH41a99MZcLf6Kh6s2BaCYHzjE3SfU"
    "A2iignAk0q9gkWAjefZg4fubw5rgzsVLg4LwkOn4FZhHtF87Snbl+vglNm5whU7eRSo5od"
    "rFiMaDxqq4p96WD0gH2yICYvhIOYKAqYRky1XQPxeEbeX5P9G3ff5Uox+z3uKVXNJGvvtl"
    "JBL+xuszmxuF1R7rxZbBmcvwoK+SAVcmjo3lFRU2ga17WftSZu/Mwx/Y1HUapBuf+gcY1c"
    "gMXdX3plF6S0AL5rW56d4bOVoWTO52UAZAmQB9QzY2jQj93AKNbYCfHKEyUuXq8M265Xc3"
    "Jy2gQxvJ1+eJ8qN+yXJr3m+svxxUVVuVkHu4XeBuCjHcULM44umNix2IT0cva0nEt9R8F4"
    "NJSiMHMiGp7tHcTw+O4DsWqaHzSoqkUxDVIfu1aiUsRMxSoMFUEAe7tZAG6QZ+IGGQhDTl"
    "/f8AsOAuNOyJLnL0+amHI6WQ/YDzhBPVvlJKRY81gAGSEPFwlY1TrHxPTLrubY/wlFaxB5"
    "2Ge8t8XLoVnItFlwKSIWesHKgrMriPCK3ygIXR9byLijy+elmFLv4ZkCvv33AlJsEH1wxK"
    "1XL7CnpsVA4l9j5t1OelP8EwJjxsDDs1lWgj8W0Il872UK8pAX3h9pW6coBsq4hDJe2Jtk"
    "00fyMtrQL+1l8tm1TfMaGGK7vmmeDiu3fYVbdXfQeFtomQOZu5aAANnivUuEtIC3b+cdGI"
    "/1K10v47EYQ2catr1jEF1BFEj7IZP2BQtbSdMSSOpkVnSValW2x/fMuTot3W5kYMsmXgkW"
    "26AysArTIGK8StMkR3nJUV3HKC/zE7KNIJxRQ58xSIyDSigpHn2H/QkKjXvsoDVnn1iGlO"
    "8+Its171knPPY7S7TiHfJ8wwkMXky0Snb19lQh3ZUozD5eRG9E/PO+1NVz4a06K6wGlk+H"
    "hEh+tcsCnJfRL2Gr/fjQeBdRRHgPbmTQ+HaQbkhCW61tZCIAjt6t4I4iBMf1sNMPwC1zT4"
    "mKo+ZyyUtpQ0j37HThGKozETkxyOUbMgkBFOMzpBhN290tIrggCPTioN9sNlUzuoYDtcqW"
    "ZTntdL92DBeFcK8cJRUxM4LEhpNY8vPfr7CdMlA1xGMxhmtk22od71gq3OGHxCSeIWxfpQ"
    "LWt+xOOoGlxKjm4zr8B2LimbkU7f0Jrklbje3oXkf3O41vN8rdXgyuAgOdX2ICArq0AiVD"
    "Lr2SlAQXzUQ2iDjIKBDEWdUu+kRCP2Yxjbxwl2Ehc+0Hrqjd7f63kwqW5A/JYrP4bwIm+f"
    "fGgcAx98UxF2dBOnGgOHfAN0tkwyQLXH4N50XAHSxqPuqq0Z/JeFiwEgt2+IUCR0stL1x/"
    "FhfeVtsRqoLQYqO6Ldz5VMeaBaar5t0rienngGrfwWcazozFGghwbizTXpCDdtvyVdr/5R"
    "JnJ56vIAjc7lCIPxlu18aLnRw2mRjwukPmdVOrW90fWhEFp+huTlG2e6jDn5cC5HdDHoKm"
    "IWj66Q+S0QdNnxDbPg/x6kDAV6fXJk1ktWdsVsyunNPRM5IMlyoOYFPdkoUes3x7CpRJbM"
    "KBOmK1b6PbItfnlxdrx5qglRGaS2yxDx03nEQM9Nyl/zFWLMZZQF93+ByZors+9uJmau46"
    "NN0VdJmGYGhN0kCTBa0Abk5EQ3zb51IpXjP6OAtTI0AR54Kcdtxq+5QUgyza/nfAuiCoHd"
    "gdBKBn+UWKgf5VSe3gbn9tU+2E+LMFFujttfpFQQa8BVUD1F2rQpqTAECrgFJNW81x6Pae"
    "NtHPBtBJB6y+u3dqvlgju04N0YIMUE7bKafMeN6TbGJMxlV6s5GBLEs1FZZXgWQ6Pb4+Pf"
    "50dlDeEFpAVr7f7MA2BFlUa9rN0sejr79cXDwlbxev6BrmLlvvktxd9rZtZ+9uWPGAApfG"
    "+DXWlcoyNkk1gV95ODD6Rj/hxihij4mqaAYhotpQSr6xW/mWgL3r8Dktd6IFom5Pog4S0O"
    "qh1zdIYe1ZO856URJmfSizLohdqGT18PPGEubJs0kXT3hBqGm+d5nrJ91aG2aWzdYICwyM"
    "mHPny2zhrkVuo8bgxKIgRCfKRydy5IKl8UZlVReEtOOA3r2WWNfvXteua3ZJALLvPgrSKG"
    "t114KMNpFKrZFAcZiAAqA5CYCzAicJAvq8GbXYVBZpWQyArQOW+3R2gTYTBHDL4EYRQTMK"
    "FX+5FdAVSAK8ZXgjP6RnEGsnB2ZeEMAVgxtFL+DdAC4LA8giR/EO67csBsCKgN1x7YpEAe"
    "CKk3PtzOabCJEKtg3p0kWxPjuLboI4AHmMzEOMm5pPOS8Djvoal7JMSSYWur5niaF8wPzI"
    "WLV26gsp18vhbrmvbkhMfCCsmJMfMJFxZTrZWIlKOTnXIRNcEDNyMobsU88IAmxFPQTJnW"
    "OEax8jar6b9xN0j70QuayrIGsjWJAllqiITkdPunVunePipwHzdHLvJ1rQ1RSVgmeV3l/4"
    "2MMG/SWqB2+9jPoeLg3nDvNGh0v6bcE3OkDfaLSoFUNlC0LtHMJPC3LHQcn4ge0fqspOUU"
    "pDD0s3ofaQ1QBZDbplNUBCVA+dIbgGo2IgZRJg4FejmE1MHnbtMJcXhfibocTfSJWGYUX5"
    "ozdj15L+BWkoFDOcYKtothUokB4s/Evf4lZknYEfXZ/I2PduOlSqxEAS+WsE9yyffxFl/P"
    "P2Z767vlvm7PKfIvubBUuhhWvb7iOzlH38Y3yP4Ed+LXjlbcRlBjp8lkypgTTMC3/3CF0+"
    "7N2kg35PIv3T67l4WX6dexnYL2DUQ8DzIHZfjY9eCHjWbdZlAp6HRXkMiMbrpHkg9nGctC"
    "btsswLdWWJ60SWsgZys52grkq2UjF3QGu6fbTzX0sB6pKYhgzTm2mTDpalyn9oSJX/UKlO"
    "vDQcB9sqSOdEdES59VAHauepObNSAQ3h7YD2p3usGr6ZhIYAt78hx6G7akFnRSEoACEkpH"
    "cK54NQvm3AjiFpMOE1+vH/TWU2hWn9pjAVVTWjhpoy0iUx7RytHfRE8rFniAMlG3pP5YX0"
    "a9LR/hkXA6ZOVBUEwTU0HFqqykbmXAWKk1yU1JCN1Gman7ze5oDZmvatr8SfprptZmKwaQ"
    "75bYKm6c9kjqFpeh96Zt+VSYemaLRt6vOYE9WOsZkIJJFtrUvad+nMoa3YumSxiVztzKzn"
    "TWXZtgDrF+/Y5AlO41u2srjmX1flqqRlsnXPnMc4gu+K30ujtdxH4mMMWn1cZIbq9sBIPx"
    "srFRkZjWdhii9Yw3D6w0sesEhY2yML+z+hQg4IWhn3OOA9kiig2ErkWQHWgH75+HdxZGSH"
    "z1KKjMyFUPHIx2BtmhhbGMIfu1JLIPzx+QTCQfjjc5x12fDHIaUhDoh+bN+ejvFS43kLQv"
    "p5x9oneSECpKsIEFXKTWOy7aNMFdiP9VVgP1aqwI4iDsTDjsVA6gXjDoIb6Um4omazKbCs"
    "mwpIF+R6rB+dfjLaAtI+pn9twLTDXcqViYShaJls0bI8eortsCqSwD1X1/bCIPbaV1rROR"
    "HtjsROmuOtA8zqQSYVDTL+WBbx2htoh3/79kqBhKtg3kwKlGXBqT4cFqBK/nCuV9XXa+3n"
    "mdTRXmp0TVqteNHKhRlGhrK8h9ISe9IyH+XTFM64xv4DMXm9iAOBfyh/edLkHQrWHu8KaS"
    "YjtxfFdJDr2MTByFwH1CDBPgqip9F/gyBuwWegFXHID57v3vnGCsUnHnok4ZJeW7qBR0KD"
    "TgwdbSA6DQ/YD7gnUVAbs4cHyniJWLdAEq4Td2dtuYzc6R6NiVxJ2Mh/BL6kPn1JDazGmb"
    "NeVfa8J2c4Hg0SqjMcidgRin+4dfibwj6Jf7h1oiDDIxT9W37bpFgnGdKpnnOqpNOCo08z"
    "l4+Moy807rGzw5zn5UCbH7I2D2HQz2aO5xsVMqQgpB0B0oG/IFIo1QzjohCYxgLmNKfQq2"
    "FbFQR8RTnlrACoErA5CaD6q4DmzVY1YAWSrQA8equxgSor2fsQzb+FK6vuihJR/bW+lE7j"
    "+scKcfFQl4A3YZ32xPbYWhFH+7SJ3OnTAtcr3rark3Hp4BuX/kdyKk5LNxvThi07EYLTSm"
    "ZC9iPUIyL8Ew7uD0SEeu7yRIZQt5KREl2mEnYaLbHt8aZLC4wt9nchdpsjxKpvodBFHoWE"
    "VX9GLu/0NEmJ8CVrbjxBHl0w9AnUwsNh0qup1Geq02dBX6hh8d5ArdZDry+1CjkUus26TA"
    "4Fdhjmgl20MaY0JwURpQoRpfwQVCE9UwHtCM8OKosx1UIF3FRAO3DbT0x5xLZqF7KciHYA"
    "T1/L5FDQUfWFHl9XsigGxyyPXsut8HS7meKNnJ6iJb4HozcKK3wLn3d6fH16/OmsAxv8hp"
    "j3WBzWVhgwkbHDw2yshCWe2sKRWNQreb6piy6jZnIWWyaytve+3z6BabwPG6vN90DCjSg8"
    "rToAzHMwz8FQA/McZr1t89yks3Dn+jWBMtujUPPyQ27BwKeUDjxC8Q+3TlyB6ChpgHjr+N"
    "h0fSs4QvEPt058Kh0lR+GtszLsxdrhlWWPUO6XW3rXuzscRBeyn28dl52QR4j/Uz6LnyZy"
    "hz4uxCLv5plj+huPzlWtuz6RG/JctxLydvbbTeEVTvB88eX4t5eF1/ji8uvPyfAc/qcXly"
    "dl+2tFFUwBPfO368uvNSpLKlHeVokZon8jmwSdOZYP/pysbTRfEzuk+twr9ry/dGUBN0wH"
    "Q6h5OsrIl7ZKdoPydIwu/J75wBTB5zKR94ztb55NWJB9/MMAo+6jb6bYKT2RgP4plSxs4k"
    "dNr+1dOiJUpSHseTi6XFWFrxjOivMtktdQnddpyiGb4dnMMWQzQDbDWMjFAfucNMAXosMh"
    "Onw8EEtFh9f7TXO5uUvGw1ZRV6n7HvnorphJoxHknVZ9z0MmcH6WEJV1fUZmpZwDlNVix0"
    "7ob6KKGrHTMloOR1F5dUwnxEdUqaLwMX8lCScsQphdS0OLDSd4xL4wALmTJ0DY8bD8mlTJ"
    "XrqCKkNyhF8mPWTu+yBap0fxer11XI99K9fnHCD/aQAsHzggwAEBDggItNDO5S4TaJHsw4"
    "oVBYtSkIdepRpixVIJ1oIMEAzbCYYscHFP07cSNDkynGXN38IKkyAX8moa5EfLFMMs7oyD"
    "qod5Sr88VVjpHGAvmiyBBV0dNGmyoyly7K81IylWtTkvJhFNHKfQpuG90R2whVxqBbMM57"
    "h2JTNtibNw/RW9Fj9OFE289/0EhnIhIDi+RxQHDObzE5nPySzII5uTgKNVoLAkL8oOBkBJ"
    "FCyAMVkA4GvsRVUFN42KGtXgphHnVPWtRP0jPk3qNah/ZOeNtPqUO6PkHBHeem6TYElVmC"
    "2qDXpxu/7wAR/ert+/Nul/D9+9NunPb14vbtfv8Pv3L49YARNispaxUb2TQOyY6PyJ4KgA"
    "TUs/fPOcRWgrZZanAlp4GbquizB3LUFo2g3+XrNYk/FagNu3C4dt2ipgJ+MB7B3ATk/eHS"
    "y0siyYaGMy0bLZU+0PKJAEZ00L1TLasyc+cQvgQGBHxFck7AdZrjUanSnsIfYdHOYb/zw6"
    "VIGfb4qBRPF4noCDPPYQ3leIhFhEwHbzEJkaD7k6XZG5aEG9BqjXMKBdS98TCuo16Dbrgm"
    "SgSr2G3C6rOOtFyV4yvp6gfNQI57j6aidTpap6VuRA8aySQfzfCqb1XFAyXgsDuusqjg1M"
    "2/YI61GwbgfmkuDFEeL/3DpGELgmod9qFn9e+oCOCEPsWLzZYfojK8UQEItXn0l+Kuv1Mh"
    "M4leHypvVc3rTa1drD9NvbobAGQ/1LUhLTLt/0UKoc52FDOc5DUTnO0HettSlO1qun9Mpy"
    "GqDdO7G3dOn5e4+VUqoLQjuBPrSjtWPHANT+7rP2N0WEfolZsF4pqIxFISigUwNqTSDJNl"
    "hTMQC24pOlx9vMEhZUrw/Wz8sApGVIH6ge6apiWhQCUKF+Re8xsE8SCzmoDmRQFGRQoZDS"
    "RUFkqlbE9WZ5XQqBTa1SvCJyT57mbqjRJBSjXFzbdh+xqJeNOmCf+c10hSowl9ha2yK+Rh"
    "2q6/hm2oIVNQtsB6voXtpCRQ3NdnAioVYgVUNTJFIOFJu47Jm5OYpGLg0JB/QroK+/XFy0"
    "2cVFcHjWRgCVj1ipbIKCwNbQoF+XRsjDb0wjNGz3bo3RPcZewKJyWN5k/o7I9XlNl8elm3"
    "yOLfbbisfxPy6xM2H/FVWY7+xBtw4J0aMR0IErj/sd+RgSBihiP14hlrzgu4/Iw350Z7Qy"
    "7nGA8AP2N4h+G3uDqPm58tywIRW0EnSUe8kg2KjvYCM+j4qlK3IikJ1QsYDv6Z+xq8s0kR"
    "20x5TRdnSK6H9vHU43HSH+zy4ezw4Kv6rn3uoaN6VTDE16Ku0SFlmShfLYQ57pwHR9AeN9"
    "vaL6Re2ZlAppFCL1dvrhfXoYsV+azqHrL8cXF0J/106vTF4OXpchvy5QfKAbNS62BNUCNv"
    "MygOp2T0aWfLOnEyPL9BkZwLLsSmFpias5QElz/WplFDwetfxW5hHZymwtsqE7lBaLpANk"
    "xDlqMuXDhDLbSoTFGwNUCINEtEHuLCNNSYJqVqBQjh/VBoUS9J629Z7qEgZ1vRV1/SkVyj"
    "QupFalzEeObFUqg/xguapr2CeulfgsLWOTqoeIBPQzZK1D+lnIL8eFDQolDQJWHO392z9N"
    "b9cf3mLrZU2ptU4eI1Res3eDPoavfP7sigpLR2LP8MNVkiNGR4PPE/TaYexvGuu1UGBBt1"
    "kX8OPVAguGICeQTXeNwm2IsgELczzC+W2YTzZH5WTK6OCqoCYXwpBJDzqIYeX6Dk/ijn+4"
    "dYwFq7Pkus4RSn+8dfADjsbFP5TVjKcJcjANzzBJKFjazW7SvJxO5mQbrtJMLVOt0lGS0w"
    "lYYD8GjSpks4G7cqz8h3jvbQPcws10Bbh86ki0ooK8wd7zBnug8uK0pXomL8tr2k7k5cZK"
    "uIfj4Rmp5i4W2A8mPGvA89kl4qAFdtJUgkJ2wiOdf/dR5ENu78ZbuDoecA1eZmDjBrlRjZ"
    "SXATbuOc66DBsHuTFPShvxk3NGj02FY6wgA0aiwAiPtI3Z0l2L6hs0E3Jl2f4A5n/2wCk5"
    "KDjXZ8E5oOja2h2AQnoGITTRe1RndMdFMrZb3MlAmeYjKefDkvb9nHkcxawEUbjK4Z/eGL"
    "frD6/nf7pdv5++/8CaBb4xjqhR/UDXCZ0RI0x+TpuHBIIAmj4euC2UJqPywEh/SiOdaoEr"
    "wxf4GxtP4pwUnMQKJ3Hg+gKzeEsGbCyjTclH8OkOc5MAhRF8umPDFxRy8OmOAGDw6T53n+"
    "4x9om5PBDYlfGVSZNNaWRjtpmT9cBC9/hhmV613ePrO5vUt48flLdEHuJil6TDQwnHCB1V"
    "3yeJXSuVDaMvlQLC8XAN0X0j1RrpTUNrpDfV1kj0iaFQEfjb9eXXGud+JlL28RIzRP9GNg"
    "lGrAyIwGVgFBiESmukchekSdFDy25w8tSNmf/z/wGLqhTv"
)
