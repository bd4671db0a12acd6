from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS `dict_item` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `kind` VARCHAR(32) NOT NULL,
    `code` VARCHAR(32) NOT NULL,
    `label` VARCHAR(64) NOT NULL,
    `sort` INT NOT NULL,
    `active` BOOL NOT NULL,
    `extra` JSON NOT NULL,
    UNIQUE KEY `uid_dict_item_kind_122e43` (`kind`, `code`)
) CHARACTER SET utf8mb4;
        CREATE TABLE IF NOT EXISTS `family` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `name` VARCHAR(64) NOT NULL,
    `dissolved_at` DATETIME(6),
    `owner_id` INT NOT NULL,
    CONSTRAINT `fk_family_mp_accou_6e085409` FOREIGN KEY (`owner_id`) REFERENCES `mp_account` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4;
        CREATE TABLE IF NOT EXISTS `family_event` (
    `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `kind` VARCHAR(32) NOT NULL,
    `detail` JSON NOT NULL,
    `at` DATETIME(6) NOT NULL,
    `actor_id` INT,
    `family_id` INT NOT NULL,
    `subject_id` INT,
    CONSTRAINT `fk_family_e_mp_accou_e98a602e` FOREIGN KEY (`actor_id`) REFERENCES `mp_account` (`id`) ON DELETE SET NULL,
    CONSTRAINT `fk_family_e_family_d77faf94` FOREIGN KEY (`family_id`) REFERENCES `family` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_family_e_mp_accou_21a2ac75` FOREIGN KEY (`subject_id`) REFERENCES `mp_account` (`id`) ON DELETE SET NULL,
    KEY `idx_family_even_family__82cc49` (`family_id`, `at`)
) CHARACTER SET utf8mb4 COMMENT='What changed in a family (joins, leaves, grants, health data), for the family home.';
        CREATE TABLE IF NOT EXISTS `family_invite` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `token_hash` VARCHAR(64) NOT NULL UNIQUE,
    `phone_bidx` VARCHAR(64),
    `relation` VARCHAR(16) NOT NULL,
    `expires_at` DATETIME(6) NOT NULL,
    `used_at` DATETIME(6),
    `revoked_at` DATETIME(6),
    `created_at` DATETIME(6) NOT NULL,
    `by_account_id` INT NOT NULL,
    `family_id` INT NOT NULL,
    `used_by_id` INT,
    CONSTRAINT `fk_family_i_mp_accou_7e4c458e` FOREIGN KEY (`by_account_id`) REFERENCES `mp_account` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_family_i_family_2165e11f` FOREIGN KEY (`family_id`) REFERENCES `family` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_family_i_mp_accou_5a031060` FOREIGN KEY (`used_by_id`) REFERENCES `mp_account` (`id`) ON DELETE SET NULL,
    KEY `idx_family_invi_phone_b_362188` (`phone_bidx`)
) CHARACTER SET utf8mb4 COMMENT='An invitation: to a phone number, or a share link / mini-program code anyone may use until it expires.';
        CREATE TABLE IF NOT EXISTS `family_member` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `role` VARCHAR(8) NOT NULL,
    `state` VARCHAR(12) NOT NULL,
    `via` VARCHAR(8) NOT NULL,
    `relation` VARCHAR(16) NOT NULL,
    `note` VARCHAR(200) NOT NULL,
    `joined_at` DATETIME(6),
    `ended_at` DATETIME(6),
    `account_id` INT NOT NULL,
    `family_id` INT NOT NULL,
    UNIQUE KEY `uid_family_memb_family__b95039` (`family_id`, `account_id`),
    CONSTRAINT `fk_family_m_mp_accou_fdd24ed3` FOREIGN KEY (`account_id`) REFERENCES `mp_account` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_family_m_family_1b46c550` FOREIGN KEY (`family_id`) REFERENCES `family` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='An account in a family: invited or applying (pending), active, or gone (left / removed / refused).';
        CREATE TABLE IF NOT EXISTS `family_grant` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `scope` VARCHAR(24) NOT NULL,
    `can_act` BOOL NOT NULL,
    `expires_at` DATETIME(6),
    `revoked_at` DATETIME(6),
    `created_at` DATETIME(6) NOT NULL,
    `family_id` INT NOT NULL,
    `grantee_id` INT NOT NULL,
    `grantor_id` INT NOT NULL,
    CONSTRAINT `fk_family_g_family_3d2f21f4` FOREIGN KEY (`family_id`) REFERENCES `family` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_family_g_mp_accou_f69b102d` FOREIGN KEY (`grantee_id`) REFERENCES `mp_account` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_family_g_mp_accou_384fec9b` FOREIGN KEY (`grantor_id`) REFERENCES `mp_account` (`id`) ON DELETE CASCADE,
    KEY `idx_family_gran_grantee_a1c7f6` (`grantee_id`, `grantor_id`, `scope`)
) CHARACTER SET utf8mb4 COMMENT='`grantor` lets `grantee` see (or act on) one scope of the data of the grantor, within one family.';
        CREATE TABLE IF NOT EXISTS `family_grant_access` (
    `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `scope` VARCHAR(24) NOT NULL,
    `action` VARCHAR(32) NOT NULL,
    `target_type` VARCHAR(32) NOT NULL,
    `target_id` VARCHAR(64) NOT NULL,
    `at` DATETIME(6) NOT NULL,
    `grant_id` INT NOT NULL,
    `grantee_id` INT NOT NULL,
    `grantor_id` INT NOT NULL,
    CONSTRAINT `fk_family_g_family_g_708622af` FOREIGN KEY (`grant_id`) REFERENCES `family_grant` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_family_g_mp_accou_4db10523` FOREIGN KEY (`grantee_id`) REFERENCES `mp_account` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_family_g_mp_accou_3bff3907` FOREIGN KEY (`grantor_id`) REFERENCES `mp_account` (`id`) ON DELETE CASCADE,
    KEY `idx_family_gran_grantor_a1b67b` (`grantor_id`, `at`)
) CHARACTER SET utf8mb4 COMMENT='One access made under a grant, shown to the grantor: who looked at my records.';
        CREATE TABLE IF NOT EXISTS `notify_message` (
    `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `kind` VARCHAR(32) NOT NULL,
    `title` VARCHAR(128) NOT NULL,
    `body` VARCHAR(1000) NOT NULL,
    `link` VARCHAR(255) NOT NULL,
    `read_at` DATETIME(6),
    `handled_at` DATETIME(6),
    `created_at` DATETIME(6) NOT NULL,
    `account_id` INT,
    `org_id` INT,
    CONSTRAINT `fk_notify_m_mp_accou_e6a11a22` FOREIGN KEY (`account_id`) REFERENCES `mp_account` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_notify_m_org_node_c3d6feb0` FOREIGN KEY (`org_id`) REFERENCES `org_node` (`id`) ON DELETE CASCADE,
    KEY `idx_notify_mess_account_2a6463` (`account_id`, `read_at`),
    KEY `idx_notify_mess_org_id_dd5d87` (`org_id`, `read_at`)
) CHARACTER SET utf8mb4;
        CREATE TABLE IF NOT EXISTS `notify_delivery` (
    `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `channel` VARCHAR(16) NOT NULL,
    `outcome` VARCHAR(16) NOT NULL,
    `detail` VARCHAR(255) NOT NULL,
    `at` DATETIME(6) NOT NULL,
    `message_id` BIGINT NOT NULL,
    CONSTRAINT `fk_notify_d_notify_m_2ce80bb3` FOREIGN KEY (`message_id`) REFERENCES `notify_message` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='One attempt to push a message outside the app (WeChat subscribe message, SMS).';
        CREATE TABLE IF NOT EXISTS `his_patient` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `mrn` VARCHAR(32) NOT NULL,
    `name` VARCHAR(64) NOT NULL,
    `id_number` LONGTEXT NOT NULL,
    `id_number_bidx` VARCHAR(64) NOT NULL,
    `gender` VARCHAR(4) NOT NULL,
    `birth_date` DATE,
    `institution_id` INT NOT NULL,
    UNIQUE KEY `uid_his_patient_institu_74e798` (`institution_id`, `mrn`),
    CONSTRAINT `fk_his_pati_org_node_e3c1f1a2` FOREIGN KEY (`institution_id`) REFERENCES `org_node` (`id`) ON DELETE CASCADE,
    KEY `idx_his_patient_id_numb_f7f8b2` (`id_number_bidx`)
) CHARACTER SET utf8mb4;
        CREATE TABLE IF NOT EXISTS `his_admission` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `visit_no` VARCHAR(32) NOT NULL,
    `department` VARCHAR(64) NOT NULL,
    `admitted_on` DATE NOT NULL,
    `discharged_on` DATE,
    `diagnosis` VARCHAR(200) NOT NULL,
    `archived` BOOL NOT NULL,
    `patient_id` INT NOT NULL,
    CONSTRAINT `fk_his_admi_his_pati_7bd619f9` FOREIGN KEY (`patient_id`) REFERENCES `his_patient` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4;
        CREATE TABLE IF NOT EXISTS `his_document` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `kind` VARCHAR(32) NOT NULL,
    `title` VARCHAR(128) NOT NULL,
    `body` JSON NOT NULL,
    `written_at` DATETIME(6) NOT NULL,
    `admission_id` INT NOT NULL,
    CONSTRAINT `fk_his_docu_his_admi_60cfcb08` FOREIGN KEY (`admission_id`) REFERENCES `his_admission` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='A structured archived document; record copies are generated from these.';
        CREATE TABLE IF NOT EXISTS `record_department` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `deleted_at` DATETIME(6),
    `deleted_by_id` INT,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL,
    `name` VARCHAR(64) NOT NULL,
    `active` BOOL NOT NULL,
    `institution_id` INT NOT NULL,
    UNIQUE KEY `uid_record_depa_institu_ab93dd` (`institution_id`, `code`),
    CONSTRAINT `fk_record_d_org_node_e4dd4b0d` FOREIGN KEY (`institution_id`) REFERENCES `org_node` (`id`) ON DELETE CASCADE,
    KEY `idx_record_depa_deleted_987c1f` (`deleted_at`)
) CHARACTER SET utf8mb4;
        CREATE TABLE IF NOT EXISTS `record_identity_check` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `verifier` VARCHAR(32) NOT NULL,
    `outcome` VARCHAR(16) NOT NULL,
    `reason` VARCHAR(255) NOT NULL,
    `id_photo_key` VARCHAR(64),
    `face_photo_key` VARCHAR(64),
    `distance` DOUBLE,
    `threshold` DOUBLE,
    `at` DATETIME(6) NOT NULL,
    `account_id` INT NOT NULL,
    `patient_id` INT NOT NULL,
    CONSTRAINT `fk_record_i_mp_accou_0602f135` FOREIGN KEY (`account_id`) REFERENCES `mp_account` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_record_i_patient_2785dc67` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='One identity check of a requester: the face against the ID-card photo, and the ID number and name.';
        CREATE TABLE IF NOT EXISTS `record_request` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `number` VARCHAR(24) NOT NULL UNIQUE,
    `admissions` JSON NOT NULL,
    `purpose` VARCHAR(32) NOT NULL,
    `contents` JSON NOT NULL,
    `delivery` VARCHAR(16) NOT NULL,
    `delivery_detail` JSON NOT NULL,
    `state` VARCHAR(16) NOT NULL,
    `reason` VARCHAR(500) NOT NULL,
    `fee_cents` INT NOT NULL,
    `paid_at` DATETIME(6),
    `document_key` VARCHAR(64),
    `document_source` VARCHAR(16) NOT NULL,
    `ready_at` DATETIME(6),
    `expires_at` DATETIME(6),
    `download_count` INT NOT NULL,
    `reviewed_by_id` INT,
    `grant_id` INT,
    `identity_check_id` INT,
    `institution_id` INT NOT NULL,
    `patient_id` INT NOT NULL,
    `requester_id` INT NOT NULL,
    CONSTRAINT `fk_record_r_family_g_63e9b215` FOREIGN KEY (`grant_id`) REFERENCES `family_grant` (`id`) ON DELETE SET NULL,
    CONSTRAINT `fk_record_r_record_i_64bb2a1d` FOREIGN KEY (`identity_check_id`) REFERENCES `record_identity_check` (`id`) ON DELETE SET NULL,
    CONSTRAINT `fk_record_r_org_node_0de36407` FOREIGN KEY (`institution_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_record_r_patient_3344a544` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_record_r_mp_accou_71ceabff` FOREIGN KEY (`requester_id`) REFERENCES `mp_account` (`id`) ON DELETE RESTRICT,
    KEY `idx_record_requ_institu_093a2a` (`institution_id`, `state`, `created_at`),
    KEY `idx_record_requ_request_c4e0f2` (`requester_id`, `state`)
) CHARACTER SET utf8mb4 COMMENT='A request for copies of archived inpatient records; its state follows core/records/states.py.';
        CREATE TABLE IF NOT EXISTS `record_request_event` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `from_state` VARCHAR(16) NOT NULL,
    `to_state` VARCHAR(16) NOT NULL,
    `actor_type` VARCHAR(16) NOT NULL,
    `actor_id` INT,
    `note` VARCHAR(500) NOT NULL,
    `at` DATETIME(6) NOT NULL,
    `request_id` INT NOT NULL,
    CONSTRAINT `fk_record_r_record_r_c122f771` FOREIGN KEY (`request_id`) REFERENCES `record_request` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='The tracking timeline of a request: every state change, by whom, with its note.';
        CREATE TABLE IF NOT EXISTS `record_room` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `enabled` BOOL NOT NULL,
    `review_mode` VARCHAR(8) NOT NULL,
    `fee_cents` INT NOT NULL,
    `his_kind` VARCHAR(32) NOT NULL,
    `his_config` JSON NOT NULL,
    `contact_phone` VARCHAR(32) NOT NULL,
    `notice` LONGTEXT NOT NULL,
    `institution_id` INT NOT NULL UNIQUE,
    CONSTRAINT `fk_record_r_org_node_f239129d` FOREIGN KEY (`institution_id`) REFERENCES `org_node` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='How one institution runs record copies: review mode, fee, and which HIS adapter answers.';
        ALTER TABLE `patient` ADD `gender` VARCHAR(4) NOT NULL DEFAULT '';
        ALTER TABLE `patient` ADD `relation` VARCHAR(16) NOT NULL DEFAULT '本人';
        ALTER TABLE `patient` ADD `verified_at` DATETIME(6);
        ALTER TABLE `patient` ADD `birth_date` DATE;
        ALTER TABLE `patient` ADD `is_self` BOOL NOT NULL DEFAULT 0;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE `patient` DROP COLUMN `gender`;
        ALTER TABLE `patient` DROP COLUMN `relation`;
        ALTER TABLE `patient` DROP COLUMN `verified_at`;
        ALTER TABLE `patient` DROP COLUMN `birth_date`;
        ALTER TABLE `patient` DROP COLUMN `is_self`;
        DROP TABLE IF EXISTS `notify_delivery`;
        DROP TABLE IF EXISTS `record_request`;
        DROP TABLE IF EXISTS `family_grant_access`;
        DROP TABLE IF EXISTS `family`;
        DROP TABLE IF EXISTS `family_invite`;
        DROP TABLE IF EXISTS `family_event`;
        DROP TABLE IF EXISTS `his_patient`;
        DROP TABLE IF EXISTS `dict_item`;
        DROP TABLE IF EXISTS `record_identity_check`;
        DROP TABLE IF EXISTS `record_room`;
        DROP TABLE IF EXISTS `record_department`;
        DROP TABLE IF EXISTS `family_grant`;
        DROP TABLE IF EXISTS `his_admission`;
        DROP TABLE IF EXISTS `family_member`;
        DROP TABLE IF EXISTS `notify_message`;
        DROP TABLE IF EXISTS `his_document`;
        DROP TABLE IF EXISTS `record_request_event`;"""


MODELS_STATE = (
    "eJztfWtz2ziW9l9B+VNSpe5OlDjxpKemynactHccO2u7p+fdTpcGIiEJa4pUk5Qc7e789x"
    "fg/QJSgETSJHw+dNomcUD6AQic85wL/vdo6ZjE8n68cefX7KejD+h/j2y85D8Ub43QEV6t"
    "0hv8go+nVtDWcecTO2419XwXGz67PsOWR9glk3iGS1c+dWx21V5bFr/oGKwhtefppbVN/1"
    "yTie/Mib8gLrvx+x/sMrVN8p148a+rh8mMEsvMvS01+bOD6xN/uwquXdr+p6Ahf9p0YjjW"
    "emmnjVdbf+HYSWtq+/zqnNjExT7h3fvumr8+f7voL43/ovBN0ybhK2ZkTDLDa8vP/LnTSX"
    "rtaDK5vrmf3F3cTyZHCgAZjs3BZa/qBX/9nL/CD+PXb9+/PXnz7u0JaxK8ZnLl/b/DR6fA"
    "hIIBPNf3R/8O7mMfhy0CjFNQDZdwJCbYL4P7kd3x6ZKIEc5LFpA2I9Ef4x+KuMco1wEfX0"
    "iRT2dbF9CzP9C8sa1tNOQ1ON9ffrm4uz/98pU/bul5f1oBfqf3F/zOOLi6LVx98e4lv+6w"
    "Dyn8wpJO0G+X978g/iv6r5vriwBex/PnbvDEtN39fx3xd8Jr32Gf5uMEm5nZGV+NUWMt01"
    "Ffr8w9Rz0vCaPel1GPMcoMe/T26aizNZ3sN+p5yQZGPZqkNYPe5SI73DEuf9rxUE23E6UN"
    "syS3e+/ca1y7/Zgb2T1TcIP/lzA9X2BXDGrcvoAle8UhroxL/H1iEXvuL9ivr8cnNdD94/"
    "T2/JfT2xesVeFbuI5ujcN7eXwf2J8mxvfCXi8DjC/ZO2HbICWsY9k+Y3309fbmH5fX5xcf"
    "0Mp1NpT9HewvWC6p57EG3+zzy/v/9wEZ1N/mL9/8eh3ccNZ24daXi4+X56dXH9CSmNTA1o"
    "QyfKi/9oO7p3d3F3d3Xy6u7z8g7HnE85bE9vNtLq8//np3f8u6Z3/rmsG1nTBdH9vUw8Fb"
    "7zE33owlpsabceXM4LfyE8OILA/ZDy9u38xkaMMCYHrGnP2EHBcxTdqkPorf+enRXmHWsQ"
    "Lacfu2Pr0S3EdHnaxx4+NjCWhZq0psg3t5cC2yIVYZ3bsltqzK3TkR2mtX3mt1e9Xunvxm"
    "/P5dsh3zX+p24rsvp1dX5e2Y9exjw5+obstFue62jI4m7ru3EvP23dvKactviaFeMaAEWF"
    "/YhrtdMazqAU+k90K8Z8plndVw8c/7nMEQQ/viy+k/X+aMhqub689x88xQnF/dnBWGgBkB"
    "zE7wVCZ6RkS7Od7K4rzE2wlerSz2b6IulQE/cxyLYFuMeVUXhQGYsj7aGoHkSrez/uzm5i"
    "o3688ui9P61y9nF8wqCIaENaJ+aJSWVnamHc+oJVho/uPu5rpCCUlFigQFNXz0f8ii3gBN"
    "2Bq8ORb1q0xxQRnl+QbeQXGVWWE3MBFUuIOcDPAG4XTmfozZg5B0D/EqA/zJcQmd238n25"
    "KpW0C17LkZFsD/jqdQfDV9RRc/Js6f/Mxif3/IUvE7txfMaL08Z0hzoKfYeHjErjmpQNxY"
    "UItthbZgLY8kP/39lliJxftM4C7oF0tqC9QLFYROeR+nRkBU9Id2aRinlEjh+zw1AkwOBS"
    "7p9DTtU2ME2TJHGFLYnRO/OeiCfmOFS1PkkrmX+2MBPnn42MQjtutY/C89cO5dxP1ouic8"
    "BU6DnFmrxdajBsWH7gNf4350BYrdsb0Zcb2Jsz5w5Uqwuo/61B8zeqAG+2wgS1b6lesYvu"
    "NODMwuHAhe2NU560nT5f7JwBrkHFuyGYbnhwL1JexF0xm1oN5kxRA4XIX4hXpfw450nU8m"
    "WWHXb0Db+ph0pCtULjEc15y4hL2ydyhct0Fnt2FfOiHGmTFn7GQYsRxXlr9VBtdxltXA3t"
    "jk3mH/SMMb9abJGseBXI6XBWiX2GZLuRl1x4VFvJggBL/Im1XH4Qcs3QRnmkIwflezAYLx"
    "ISx7BMH4MOoQjP80YTX9HmMIxu80GH/tEVc18i8r09/Y4N5E/ZnUW1l4qxxgWZTTLvisea"
    "hX2PMeudm1wJ5i8HVBsM8JEH2K9XMdS8TdVUeYJQIHxZftN63/OlvbBgcRTdfU8qnt/cif"
    "97e2pnvXYWfLtedPjAW252QSz2gB+VAbeFnRRYeBl/HaP9y4y3gxCXHcRz2t6KITPbUvkZ"
    "nDU1Spx0FW/eSyYhDfrPCdWZitVZYz51Se8hdWEoZvq8/f1n4pM5Aqc0CqTADeZErN70qa"
    "dE6qJdx1Mg95TSAlXiMV6C6PseeMRk2aAEOrjG2LOQJ9g1c2SSCdVcoZAkoeUkWf35dVjc"
    "MvvTmq8/YtV0quvqNT9BthC5yPltSmP6xcZ+7iJeKs1wg9sA2KmY9b5KyITU30AtsmYmPt"
    "8F8eF8RG/oIg9i5ogT3ElsKXPx4VxqmN/sEJ2S8nZDh6KvtmKgGU6s49M/oglEjrVASUkp"
    "0A87hP9kqTB7JVVroLsqB6q6vewCR0yyRAzEj1SjPM6AGZmBHgj/Tmj0pWoUySs0tm7LEL"
    "pko/kEPzkG7Dvu55VwP89NVytg6DSiVlq5+fST1MzKpju8QML6lFD012+MR72eo6oQKMth"
    "Oy4SH8kyUW1axTR+tio29+aR4xPD04J1B/yLywguOGaYSNfIyXQVe6fpJrngP4FGgNcWpF"
    "X+OSLKfE9RZ01QhkX4LudJ1gcxfzpcslBqEbodmrANhn3pnmSM0ZTAdqXFrDhA2DZy57PP"
    "hXFHWpDNRp0KH2cDELCuDabfM0kosrn4g7xG0Q8rp3Y0RNNv5BnfIFMR4OhOoy6uyc96Xr"
    "lwcpy42nLCs65HOclsAnX+S8at3yObJNzjl/YxNEPW9NTBRJo0D65/B/HnJm3C2OAmoWzR"
    "x3iTAKdXL+GxNi1gwyiU+CSPCyd76NBxzgnv9vn6q4OaPm2vmQ37yTcHG+KTLMmfr8717u"
    "cNnPElZNFutUorOa/YPDO1MF7fuKsq9pD1dLXlJDH9vQHS0lrmiPLGwPkhwGMb4u2bBtcJ"
    "8hzkvCKPd5lCEgonqf1DcgIoqSVQtHzwtBSPrukPRMMPKBYem5AOiBgSwbmJ6fX7ng9PPT"
    "u/PTjxdPFZt+ujap/wtbDY5ExaiSm6PaSlS82WQRt9tp/t4xSC2CXOcRLRzLZL8FAeE+XX"
    "G7lP9oLBiYI2aeGmyzRY8LagXx4sQOGnsOl/XCVojyo9NM4pat4BafA7Hq/YpV98ifAh6N"
    "ziuBjQS0OUXtL+Pxmzfvx6/evDs5fvv+/fHJqwTi8q06rM8uP3O4c9t3OdhUtTZF9yUpBl"
    "X/QyHKr/XN4MqZV+4F/J7EVmBFzXpTkLBuJdBsie1kIejrQvxsBiCjiCtbt9patQOxYqXI"
    "CxyUXw9GR2GbzUtpWP/ptQyl/7qa0n9dovRDyNTy8LIyOqSGtZ2JF+KlWjsuLwWa406Yu6"
    "7C0LN00oarSmIjjrxQmLDiWA0NfKnNz9bwyDflLa4gBsuCLNBqW1xOCEDeCfKUzBxX6Zji"
    "VAJOKd6/XCSe+WFKgSzsiQCgvj/qdKWyloStYRHZuYhEIaGKS3VeCmDerSevfcNRs0UyIm"
    "BVS1jVK5ds1AtYZ4U0hLn5mdx/N8zAwO2LI0Z4CLjIK1N1WniNi0Z4armUv+bolLvBPZ/6"
    "66ACOZffBm51B00JXyARZleTB2Qbj9Aj9RcI+z42FsHRdoKico13D376fvnpISavGnp9Y/"
    "LgYCvdRl3gwyrXp/Cxvxakt1WrJ6lEh1aMt54uqe+T+HUGp2tz1Eh8xmse6nvyvcrtnhXS"
    "wGas+27aqG6YUTSU2Ke8GJwf0zg1xdZTT81tk0po8B3kF5vjV68kVhvWqnK5Ce4VEd5Q8r"
    "jHYXZlQTjNrux3TFDaKzspKwrpSf3RjspKMZyZcPh3U5OgAmcmIKnUlJ6emZAhtjyPDVmg"
    "qtYTYGm7kSz/lRfZSX/9tqDGooKAQh5xN8RDGAWpPlv0wnGDGguZNi95EglrsGXLzQ98Xv"
    "BME97PI96W2bDWnyYgx36PHP9HfwBNBjRZH9e1gRImQJM9x1GXocnCTWgPc6osCOaUIIwz"
    "3e6VNW6hLCjfApRrYgwr0a0LMXy+qNaYNJFqBlbNbqsmN7fE+fbViwQgLFPSQLQ29sqEPM"
    "NmWB3xSGA3pjdHksbiFPOajYnITmPx2/oteWV+W5+M383Yv9Ppq2/r49nxMaLLleOy+cBP"
    "yONFCFaus6FsNo0QmwAuDW9k7DhBoETDfUOUBJh/A1meBmoIgPn3HEddxvxzDGPtumzwRE"
    "5LPuwVzoC8WN2YD3C8a8aXj1nx5Dv2h80dV6nuaVYGomElQo2zr1XCuTrOpCCmgYe960gT"
    "z1m7hlKyQiqhAdyF6KnxiUz41PikOn6K3yskK8TntqnxF0UxoDB2Uxg1J+0p29gqx+31DW"
    "ZZK7s4x/pUOvCcuD6d8fwBciSwsLO3R5I2tlGQ6U0BKTBpDy7Q51JsKe1iiYR+BwGMJTax"
    "N+PqwvTj4hYWHvawh+mYEwTLsS+WowxfQGzXsYJlU2nFKorpU3mtWaVFZVMVDEp5RG5scu"
    "+wfyTVm4tsT4MaDlnlpjgTZbwHh2ks2/ArLesqwQ1pLSVpvTthEq3YNuaY1PghE8gVdPAz"
    "or6HPOL7DEsPWXTDo7fQhrgeJ+ZHaOY6/0Ns5LBZwpoiZ0VEroBWngDaU7+0J3AIPMcNHh"
    "wCuo26jEPAcESnxdcw2VF7sJJ2WkmqFSi7rz05YAdBXbrvhb1eltTep0/9NV088xWJ66OP"
    "t6ef7j+gQPabffP14vpDoDl9s8+vbu4uPn5AhuV4UTrx0ycHR9rfJNL6FJQzkag25yU0Fv"
    "nIh36vPTonCKl6/dmRy4pY+EHvo31nBWGM+zbGCpxPOhli87k8F1TObQ4Yh7tohR2gNlHF"
    "8YgZygPBOogKGwJQU2tNVi49GKizuB+dgGrVh5n7DKuYwex3Ks8QTrysWKOuzN+PEg4yVs"
    "4gYfMpCTp17fpJlOreI1w2XMqQVlfXycp0X1rnaRStVoroxKyxakpiSQ4yEsszG8j8aqiH"
    "SevKkPmhSqD2NWVEYI/YHVyY6EQHBhYm3uCBwSvrd8/Oqz4FFKZmnkARz9mAUkp4LhRDyl"
    "UfB1tmCqd8QAzOGXWXOKwyPKMWG4IRCkttjRD5jpcI2ya74LHBDE4JtoMzh4Wu+maf8M3+"
    "Zt8vSNQUBTUdEfXQ3GHapR0m+xls9v+UovJT0Mj7cbX9OUgQdLhJgcI1x/tmY5fwgIE4fZ"
    "BXmaEGQdgLfp1ZziPC5oZ/PpWBAhnbJI32LVonmUaZbMSjcE5zMNj8YCKZZun1skzwNwUP"
    "dB2DmOvwWJUQr2AjwA9kHRxCwcGceEZ08Ep4Pf098765Z4v7r3yjvHD6GpIC6dtKCuSCqq"
    "tlwCKEkI1e7FMaa3kQsqHbqMuFbGTW3AJ76zgWwXZV6EZGrjDkUybY1ignV7qlKs5ubq5y"
    "I3p2Wcx/+/XL2cXti9fBULJGNNRLBTY0V0EsSx3xrBwgroB4TvWRDaDJCel3Um5LtdxVEE"
    "5V036HzfQmBiw0r1RY5VSiH+Xa+WO1KdeenL6wh8pUlIUAi/7oSGXV2MKeP1Gvzl8Q0y6j"
    "vZUS/Xmao0CHWg6uSg3LiRWgnnE5rT6hjze/nl1doK+3F+eXd5fR4pZ8M8HNvFZ0e3F6VU"
    "A6JWtkJ3Qq0eFcth2bdDOfm9eJiiyd9HQu0XswoXdP6JSulJ3QqQRo+Ltnc4jWXod7ZARB"
    "1emzqtOPmsM9G+DGwyjAod44phl/kRqyZUHAV0SiQaUpCAYZSDBIWoBBOIMbgPbZF/ASQ1"
    "wIbjgQZP0rkZf3HgmQn7Die8/0MlmYdxd8Z2+Crn+9uqqLHyuec3hgwstt0MmpEbfSZIrn"
    "l1y8Iu6BOH3lfegzN9VygjJKQb6+oBjPuE6TRBJfvjuNsFWI2kx3cUHUZm6Lr47azGkVUP"
    "VxUDr4CEEQ3PMJh4IguOc46jJBcKEeuM+o5yU7obafoBziAMe4/GnHQ6WaGFiSA0a7zA72"
    "rTzV05X+ar46FTUn9no5DY2gPMAXtuFuVwyoKl0vI6lFJbC6BamNEywSBCdTan5XmeFlSe"
    "2q3DU/1VeLKNhDaZonUjo48bue4QF4yrM7L9US7lrNbE4LUINM9jnxSSjcYQgWP7Pxzdtv"
    "62Nygo86GYDmg6e9FTEotnwl4HNC2sVvNj/LLTZJbY8wHVwF5bxUZyphRyg3P5VX2PMeHd"
    "ecLLC3UFpHioI6bJh5tMfHxxJws1aVeAf3CmGca8+fGAtsz8kkxlBAwtdlb1V10WEiV/wB"
    "DDaPC0J82jXil6sJNgxnrXosS0kOGJKdMT4QKdFBpEQ6MRvA+MvqNO1rWHNZFuTSh3xAjE"
    "R65vyhhUGzx91rMrvzGU9QalYOKHbH9maHB5TEHvv7qD9d8ZrhjbN2mTp1IGCf4n50BarL"
    "MKVhAhQTUOyDeTwcqqi306AzXTF7dB17PrGdgz+/33hH146+n98Mc2qTNTl8D/zEujoPe9"
    "IaraZ0Bo6XlnqDUpTlvmGDiQJRFz6Y1TIkwggnfrb9ztKPv1DPd9wtcmZBmcOMmYRwpmbj"
    "lFgOP0jRd8q1HffrAuIV+xWvqF6eQuPKFK2wwNPtBJtLqsg9FqSAGivzjuphdxBk2a8APJ"
    "nQ2pnrLCd7U/gV0sDjQ6pup9iyCb73HBbKAsq7nSWQudtg5m5SKb9ucQaflATMFXuShGMq"
    "vxIA2BJgCxfPCqir/VNt0gK5hF4BI1BM+JU6CSJMNZ7gVKrNFMPfj/InT6RP9aEIf7f2vE"
    "U2xFIx5xMBLQL9265llk5tWXxTCQ0BbqFYMd8clWtC56UAaAmg2caoDHNWBkCWABnY1bbr"
    "/rLl1XFDkNQW5YyUhlO5lZ2PQaZW2DEjAgQ2ENjPk8BOTCO1j6coBoTfbsIvZ4UeSI3oGN"
    "4wKpAjxTnWp6MxP+ElDZaDEiES3RnVUSGztA3UVhrS1z2q4TagttJz3D+htpJuox5jVFdb"
    "qW+VYZ7Qlms+39qknudYm/1KVxVk4VyG/nxF5cXTeWTIqxkeWREwOnYbHQFeDRgcKomCfY"
    "NY1uDIzi1lJ2zGzts0EcLOLYSLjV4WXiHxfdNEFhfH6TLoSlegloRX3GoEqC8kLpymI1Bz"
    "Fx/84X3mfegEUPssSLhKVVIhySK2iw+ZkKTlzgyR3xbYR2HlERNRntMR9oFe/LdDbW+ELI"
    "I3hP0/nBMjtCDY8heIW+8vR2jmuEFaSCS0cJhKeFTAua1nyASsZAgi1RiVMzp/LlTOX8bj"
    "N2/ej1+9eXdy/Pb9++OTV4nyVL5Vp0WdXX7milROD95N+DywP17FCIzba2gENu+bNomPqS"
    "BUqPpY6FQCjoXOGYBNHAsNzsCh01oyZCZ40Rv3okeqjVpaUFYGSA4Bqt56+t/EUPRZ54Vg"
    "su7kjlIt9EDyKPWJDmzeSidNZL/Y3YkpwaLZMSnXs6kri2x2f6ko3CVYGABbGWzzC6JyWb"
    "T2mYWI16ukFlLebye3QNOmO8mFUxsFzQOqiEHnBCUjHJugsPj9CDHTHiOPWXqEmRX2A/oJ"
    "LalNf1i5ztzFS2Sw10DY3nKRJd6itUcQm0nUQtRH5PuKMpWtzDd091gIHelX6IjvPBBbuf"
    "BxXgoOYtjpWIZTATqB2c2Q7PKJBZXE/PBTC5oPd48W8z0CJPKSGtIzA6FjpOIj2Aa+V2SZ"
    "B/Evgxhfl2zYHr7PEOclYZT7PMoQGFy9T+rLpfMSafucO1CSAwIYaPWOUA0UB9WjRPNCQK"
    "sDrf5UtHq6dHbM/w4V39Jesxvj6GsHgl0G3/zS2EOCPYoHrSTY03jRnQT7Mm0qQ7BH8y4b"
    "V/chpL+JGfDcq5W1ZWOAXqyIbbIfXo4QL1azIQENPucc9wuLzHz0E3LJ0tkwMf7TjGP+Uk"
    "iud/BIAbGeC+aLJvwfwLZDomYfNw6N7TFI1NRt1AXkSyklwHUspUTNuH2HPoh042zfE3Ei"
    "4Yg4qfRDnJSOH1Yt0fUE9bmOos28I1ePTCD06+pA6NelQOgNxSoIR807xDdQmwY5fcFR2b"
    "qj0nbUFoi4vXbQjqXKy41rysuNy+XleB7SXipNThC8R/1RYMp6K9u99hrirByMcJ9HeC83"
    "EfiIwEfUGargzHiKHAHwZKikCex2YzwN0R4WFBAw7EmlgZ3U+jxpuZNZ/1fQ1nH/hdif76"
    "HwV0L+hTxC0AtOchs+cuyXiJPZnuGsSHxCIqdL45+jTkbokfoLageNw3cpE+udPFEmZz56"
    "cDDJw974j8ET4ZiHbhn2EPQSrjW8UCygYW78WCbAelwdYD0uBVgb2OZnp5QBPnMci2C7wn"
    "mRShVQnjKxtmBOrnRrBJzd3Fzl9P+zy0J9h+tfv5xd3L54HeDOGoWJRgI1skex1mCEQSgu"
    "jDKE4oITUO2QViACWqBXIn1bDda8EOBahatqGZa8EOAKxNWTEVcZ4xuIq53g5j9cSXSJwL"
    "gGdKvQTbYbVVowR8YSfnypwORWrS16GnSlEeYFM8pwGIwuYa/sHVqL9Tbo7Dbsa7CGU7cl"
    "WbNzrIp0TqegHPU8wanATgb6xiYobI+W2OQFSEzCy5YEPY2Qt3AebV7bJMP6fkCPCwdZDj"
    "ejEfbRcovCeSQoktJ899LccrinQUHWal3tiQuyAu3cKu0Mpwu3fegtdtkaFIKkgHJBTLvQ"
    "udaAFq3WO2EWLtnDB7n5MkBQMvg5cKuhgqjOVQFTBcwqMKvDxbWGWU3ClQ4kqHQ7imUkIq"
    "eAVgVadZjo7k2rtkl/fcU+rTiNKL41qqO9VplGu8sYoBVxPcdGOC0uwAQ8fvTPzwEDxfQ+"
    "6wf+HoiarFvqb+OAx6QYge8Ra4aoF1zlYY88ApL9PuHXBXUMunkmVAjuV0QlBK5UQ6+vcQ"
    "U1C3QbdUGUWsmHFm6me51+nJPsJBSxy0V2uGNc/rTjoVKttleSg4J7ZUMfjmdvkdel5iQ8"
    "j6KM8IVtuNsVQ6pK2ctIaoF13Yp08c/73GJUOoYvWZCubq4/x82LZ/NVYK98ikFZsq0B0O"
    "kog+DsB+V5nki1dFiE1lMcDunoZhUPjf0yxrU5ZBkpyCFTyCEbUKWhb+t378fGt/VbMsVH"
    "nUzu5qsOzXnxE4F+Ug12KqGdZ19m6aheOUoLx5S6/mJiCgu/cetUjG9eqs4y1WqH5KZmsZ"
    "4bcSlruo95XxCFVMM+G/hPVdWnZ0Pasq/5aaqk9AzjBoqkyJQjz5qhoWNpYiyI8XBglP9l"
    "1Nk572u4HECP8yIGg1ibnuFT23sUl7qP7ozq/MLkO15OcNpwl2+4GgthiXiPeF405MGgsp"
    "/5V3pQnXjIO+D3usg7yA6Z/F5fkILIMoHdnH5xeVD/4+7mukKDSiSK6jE1fPR/yKJDXjJF"
    "qHEs6lm4IuFW0HZ5B0UWbondByJaVOrYoVQIyCEFcsgjf6qt3pGATitGJyt41vu6oYaSiz"
    "CV0I4gap5c9vBmL4IjK6dhzIpO9MbKCf6q0gB/shxcsWylIoWxnXGZwZrdQt7v5tezqwv0"
    "9fbi/PLuMtqfk/ELbuZ3hduL06vSthDYBGpKZV5Ipx2iLQYpY3odyCBdMBvxLu1tYDDLkk"
    "j5Gdan2O8za01WLhVHf6c3Rzvt/GmubcOmvrE1wiOGvBUxKLb8LRwHB6HV/VwTBhpkC6HV"
    "z3HUZUKr0zW3NOg1VUKyQlqELbZt/0H8beZAOJlDy1irmiPhSgeX8YVlYtEl9SdLaq99UW"
    "GySr1ALAymgoAmWmHPm3BWU83OzUrtaer2DdmWbV13bYnmcDXNnwgAy38Iy8/enk5W2PXZ"
    "/qZK9hdlgfNX4PxnrvM/REA61EKeCgHWClgHFrcajZYVgZ1xN4mWkBoHUmjncT8Dg1eWPM"
    "vOqxx1dsssm9vL83u5+KsV5kUABKuHQhDRV96HRlC3GjyUpXYF5GKB+d1BL2YY52bJRaAR"
    "gUbs4yc7UEIJaMTnOOpSNKLPzJ79IhxykhqO+nBHufxxm2wCW1SUALyrDEcq180QQxWO/U"
    "bYW0+X1N/zUy7IQjrWMEZ6qub8KcjpkNLfdvotL/u+IRP1IMuSoIYOoea9bSFcE7JyjIWC"
    "YVcU647net0W0A27fzzDcUWsVrXrJ5GACEcJrw93lCknGaRC+5Hgw4G4QQp841BTGelUCN"
    "wNKlhHWfqqaGfEAG8V9w5e+WuXTDxjQcy1yA1R7UYWyR7kUR7O6tKKQzlwTKi52rIizagg"
    "g6eZS442GZ9QmPh4oFMoTYUemI4tlYQffe0HYnQe9qIrSGRDhIk9KhBFvrCLDRmks1wKJ7"
    "Zf863hQKT+EfaiMUhMqTECEA5HKunq1PfJcqUVamXvdWFXLaN3Y5N7h/0jGVuxt8P/SfdT"
    "2ciKrBohE1lRibXrGPzgEAN7Ak0ynrAx9BJhFmF/51F3g1QfxbNVIXziE944azfU4EvBE+"
    "nN0c7QiVmubcOZWavF1qMGxc2WYYHAigMDK6C6Slv8JoSsVEM9zOAFmZCVZJlTtNMLYvBF"
    "7Q6Lze0oB4bGfs32NTCYpZW4whzrU3Z5qD4L9JdEr96huyRa/O6Dxe4XBMUbmBcc0JUgg5"
    "jG4o0QtcOzu1yTuAjbJnIC4egCu7VFHiHl48Ma7RlCUPulKcF+/hz3cwhB1W3UZUJQHxik"
    "5fGuDq2J23dYvYzvekdtjWwupkYmxbo6wbqUXs32N8V6qrGETkpxxyX5qE+WSinAiQCkAB"
    "/gsfUdH1uTPaq5FQUh0V2qqJsvPDijJv40FujsuK5g09x2s3A3H3ua1O5SYzeKYjot5I3x"
    "hcR2HWtJVLEtisGxFoJKI0DKdUXK5ar7HUjK5aoKDgxmWVKuuDRWeFeFsxl4z8N5TzHEya"
    "LaAMQX2b6GtQ7LIlzcg5QPv1GiliWqy6pHEqiVlx3IOKlGEnzlxDk1SPVpLoUWo928fCSg"
    "crwLj71BYXs0pxtic9o87gg5LsJo6RgPiD/gZ3bD4SaYh6iHghOYiIlmrrPkbLpHkOs8em"
    "WmvpUn7GbsC2EQBpthc8fdHrFmhVvMvPtDid+HA2ma5U4gZOIJUsKggOhRBymNybKjgHJW"
    "BkCWAdlxXWIIFMjaPKWMVIdpSk/D+DWYpcS1D5XZHLfv0F8TaxeD9Nmoez/B69kvryfErv"
    "WKJgMOR5/Ytf+MNPsjgb2c3BvttJT/zDaVMpFjiR/RDZsgzGYNguDQ2iPMVPVH7D9usdpk"
    "wy4Sk3KzlZu5FjbIB2b9BteElnETHX+zl/iBtces3SNiLTm1gl54DB9mYNM5tV8GAXAu2w"
    "jYEhaGxVkmj5qD8DcIfxvSIqaxSgDhb7qNukz4W7i17jPqeclOirZBdb596y+GQzXdqqn7"
    "JTmIOCgTEn8GaJRArWYkEoHOIpE649Ya5iLYd0B9odfvboktq9pMzch1Z6K+anfCvhm/f5"
    "fMVf5L3TS9+3J6dSVg3X2yLIN5T75XheNG7bWggetW9It/3ucW81JEaLKgX91cf46bF8NE"
    "82CH+T5KobgZEaietH8sbuqAlgU+lYAg6AOAJ99XFraxeM2uXmYKYhocDN/1WtNfd+rTKS"
    "PPx5uqE8Ymnc2osRZO5XqtLy/Zlt5XwvpN/9W+kIRVs/1yMi3ZfcMjTXMVucQBiZWIZiSg"
    "RHQRztA3oFrrNSPVWgxFaZImIA82hmKtXi16fVCt6L2m7vBxnrvOeqW27GZFgG3b6VwP4C"
    "rDq+xYj523n+P+hoWyrG89O7uUj03swrEe4l/jXU8GSNLFPklmyG5H++mbn07ffkAYeUyb"
    "JybipQsRp8DQ48LhP66nP6Q1X9iU2qLYZx34t2lU3KUcg95Yz9/ss9eZfqKSMpydiGLc2c"
    "UpLyzDlA1spRVqwM8OfvYhEVcD9biCn/05jrqMn73/ZWaG6iTsv09LH5Y50Domezi2ypLg"
    "39rfzQJsf3lVAbZ/iBj3ne0vLyNA9wPdD3S/vnS/Ljx0iTStJvbK+e4HHjGTTYUZpCYnc6"
    "xMc+Tnb65jz68d8ake6c3RTtLzkbdlFqjksR5BEetA5oeoQAYXZZ/SA6cY47kQ0JEeWts+"
    "tVKSkW0XCx9dI840eJyfxLw4hrhOdvOPgGNH+ra0Qw2N7jfR8HMPytQoIFuQAt2kHCTtEv"
    "ygao+kUhBxng3FNc29uO6sHDDdfWG6ZfwbFvb8PQY8Iwbj3ZfxlvFssCcG3O4eXsycZCcZ"
    "hH2hhXs+yOWvGgqGQMGQntjiowEVDInPuBYY9pnjr6vN+vQU1bTx7jgmtFo4voN8/EBsZK"
    "45ykHRjbDGJXtXa+sxA9tic8Hl4UIYPTrugzBw6aCuhGZ6ppJr0PfkgWzBRH9SEz0dhxK2"
    "1a6unJCGYQrNO7uCj2gPPSkr141uDIUW9tOSXGIQutlLGS6Igg3Ul4GXsXnDfZAK3CbV62"
    "dWprszaVbENvkgdbKENn8qzQwbRIByPTWXCGmUUNEEN2fS1Hwo2BnVx1VlhfY8qqpniNYA"
    "18RJVSbxMbXKGFcHy6USECS3f5CcJTwgrDa+IBaB4AKFJLfYBtyH5M+LAgPYZ902stvV+L"
    "+8ELB/u9m/yoNu1E8jUjrnpm8wy7J/+RnWJ+7vE1M7z9nrk+DdS/xf9vZIhgPkamyARyyx"
    "iwisxhoyAftFwPnkuz+pDDGttiGLchrScG/GEjbkm3GlDclvFY/rCD6h/VyWBVkNaRqddJ"
    "ZH6i9Mtl3sw7oWZUE77fNIU0EViOp1M2ytQQZg2y4LcPuD27+nin+f3f5ct08Pg61Q/nOn"
    "xUqq/7nTauUC/F0yIy7hh3vMwkM70OvxyQ8mYpcc7goICoxwl77HnkLMyOFPfWTw8zv44Z"
    "fiqP6G+gVTpF+mCMQCdLKxxl+Jil8gKwNlig/Jn3fWrsjtVZM8n0h0qDRmgr6G6Kv9c40t"
    "Kkrsrp7hGZHuJ/jRX2dr2wjy0aZravnU9n7kj/1bWwPQ9bTnp1JuVH1iqVB3FTbjC4P1iU"
    "Flr+pVR98oIDCWwVgGY1nZWP4aGrjn2CNHAlM5e3skFyvvyQbK20EcO4p8iAh7KOrEY9cI"
    "M1Y/RAU6MVu1uO06JZZjzz3kOyO0cB6RS72HLbvhlUzkBvv+ZkeaoBfY1GTD7H8P8TM3gy"
    "M6+bVHZjrz3zx+/GagK/FZb3r8WE+C+Ime0XuMvtnOis3xQMQO7fPoDZmE63sj5DnsMmY9"
    "GKxleHAnth8Ci549Y2WxaYai6f7NnjFFibjhi9mOz+P/sfXAOnCd9XwRniY6QgltEbRLJq"
    "MkAfA7+8Xzqb+Oa0qwNw0DdThER6z170fY438Gf8TEceeCRsAidMkiBJiXl+bqsMJYYM+Q"
    "wr3W5bbSp1sOKPTY7oYttfJ7qQjYVc3TCfFKI80mxAIdkgl81e+GSRi/kmASxq8qmQR+q3"
    "BeAZTM1cycEvh0S4nl+S1dzaYSymoU/t9YsZOMZqWGcFkQ7FZRMZm+RM0OXt2sYQMK5sGB"
    "fMCNO79mPw1w8sqyAeVvt+IwkOrluFOce7YGy8Is3IRySLM3Qde/Xl2pUS8SweLM6r932D"
    "/dhIo/6drSWqD4QaRWhObFpiIAJHd/JENrxe9PNhD/PcT9a1RDl8DpEC3Ge++RlwalFnpm"
    "HJadbZBW+0RkV18MmqdetSANcNDaXWfuzX+EDjmREhjfktL/NpnGEiXAYj9gUJMr6gNxP2"
    "Ts7/sZGQuCfe7XswkxveAOw9lMWvsOYr/PqCuIAG7jAaCV9ksrzcw4WcU0I6Khbtp8jKRL"
    "sKeW8plKaJe+dPxKxnPEWlUCHNzLIzzdMq1yqXocTkEKNBZhnXS24Sm6Pedduz3Z5hJq9U"
    "NcHaLNkaiek5OT2y9sdzhWTpOlbHrNFIBfeTd1IBOmCxYsWLBgwapZsHRGjeDQr1PfJ8tV"
    "lTVbajaStGwTQXBsaGVCPlE2ac+0l7aTSZ21bzhLJV08IwKGuoQqDrVSuwht9hdMzVs4lm"
    "AproE5JwU4S+AMtFM2Xvn4WCZg+fi4OmKZ3+sL7dSzmdw06wQ2OtjoYKODjQ42es5G/0gN"
    "/5LZ3EcCwzy5N6qzxrnfbkLjZo2a4L8nAWsGD/iFw56e0iSH2hTPcUOFFDrdRl0mhQ7iil"
    "utI20qUW5xewBXAlz2dxNBdG81uomAhvA2zxh7jivYCKotq6i5NkfbN0dH9LSmWhnRwRdV"
    "I9/ZI8tI19TLjAWg5kVuCPZNAygRCU9k6hKLfT3u9khk6sb3RnWmru34dLblxnvaeGdINS"
    "+khEO3Ng9cXq29BcJoSTyPvSZy1r5HTRIUVGIPRi9+I+dBEaX1lPcyJXHLEbr7cveyHFDd"
    "fPcN+8LP6Py52N5/GY/fvHk/fvXm3cnx2/fvj09eJdtE+VbdfnF2+ZmvY7lPTMJCX2DbVt"
    "N+MiIa6j/Nu3PBY96+x7wiQa8a4coEPfAxCn2M4AobOocjw9xFG7vQFVa3J+fldPKGdbA9"
    "1/jMIlwb8Jl9SXsa2EDI+svyc7BP/rIYe4ENkRmWnSZEZjK0GrX6+xE2DGcdfrV8reN0/B"
    "+88GlUiye5Bjp9L3V6YOJbJIt96ltKunwioCG8r8cnMqr8+KRal+f3CuFsjqkUwh23106R"
    "f/1KKkmVN6vG91U5TdWitqBgco27I2qvHcCtWErx7lgCuN5cyojB6Z/9cXOXbaQFtk1rr+"
    "iGvCSMcp9HGSKXqtdQffmPyPBRrP+cE4I4+rI3VbmkNtTRVgiszljrh5JEq9O0r2FhLMsS"
    "5T9WMUtUmLoNAKt9+eGKmsMSxFvWiRO4yCkRHDdyFsl++vstsZLkbTHYWb/8wLbWKrj/3S"
    "Y9+Qv1Ts0lDfMpBBxl7v6ojqhcUC/IKUubQnb9kDaZUQ2puKEe9ZnipEIcZGU0ZL+aJxdN"
    "ssKuH5+5Lu/LzkppCHTzMal8lfK5lSZKSOP2XYWqnxerM+4GCHpdIjgzzspVCgw2JefKIJ"
    "YED4SxnyqTNIp4bjseFeg8NR98Vkg/VlaK9R7XkN7jMueNXWPBtELV6nZZsQ7jp5Mrgw2g"
    "XjElnagyKXkhncJIWjubOESsAROVaflf084GhrKsmZqfYAeYqo6x5vrWgZYqw/xj1JNGoL"
    "dtrCaQiW3VLKL1pqqZbSlR5py1WBv8bGQTxfsCivv4GbnEcFwTGc6K8sOTXYKS8UQz11ny"
    "eHqPiKqbN9Yv2Mz9spkhEAcCcbQLxKnOgasIxOkgBe5pzLlWzrx5dDnDYO/heM5Lauh4Ho"
    "ijWSq+IKHJFX3NBTGwkST8o1mPxOFWUs4XMjCkpb2khWnWp2j6jKEqNgAyZmy9/p8xnpuu"
    "QVU4JXjp2lCJ6klVcT4CCrpi1FxDTbF5RTz4vwK2cXsNwW3eUUXNib1eTolbRvjCNtztii"
    "FVtTJkJLXAuk7/u/jnfb0qnqh/VzfXn+PmRf28AvvJlJrfVaZ4WbKtAeh0jW55rjM0TNFE"
    "r8Y5ldDOCyaDbjW4JWyn1PUXk9ijKuuqzUs9Zz9tRqFTs9jKgmCz7bbZCvpzZ+GXfYNZ1m"
    "Arz7L9nVuJ8Xe4d0tHW7lV99bHNJRLWHEqG+hVbdyGLqNJPi6sZRMXqi0/uY0LOUvV0Oub"
    "swTVlnUbdYEDoVRtOdzb9xn1vGQnWahdLrLDHePypx0P1XSrZnOU5CCLrhyhCCW1gRMeJk"
    "8GdaA7C2MG2gdonx5xD6PGaZ82yYxLk9js9bbnC2I8HAn4jHyDkQSlQSOJiZGISBXTjuVQ"
    "IIecGcLIJWysPZ+4H4JS1zNsEITnmGMaXLj8+IPBMEDBEcEjhG0zuoxC305whf9F4gLb7T"
    "8Swn37xb+EZ4urebCyMh36sPjM68aP1bxuCfW0W6+nDWf2tl0ljpqTvc6rL8rBkfW77SW+"
    "2O2HdlkS8N6NN5xfvzPAAM6vHwzOcPLB0P0pfa7817shbphlhzoAGtcA7BvI0uktikUAm6"
    "uyACUWZKPQIqrswBi024A2vA37Gqxq020MWh4zAW1bAnUnbetm2koUWoiao5njxnUPOH0a"
    "10agdjTJotoI3s+I+h5i355PmIxlOY8ek3PJT9H9n4Jb3o+rraj8QstPkzlwpeD3CDrgP2"
    "Tisv7gB7Ak/HHaSu0QFuB4IcYOrAOIsXv2oy4TY1eVeFcTxtJwwt3TLqV5FlyGJhxX04Rj"
    "YQ3OqjyD6iIjeSkoNXJAqZHV2mVNlBxpGRENHWnN+yrZ43xxnbjqGZ6Vgfl9wPzOnrkuO8"
    "GzMh16Mk3n0bYcHL/P4BzGMWyTqpOYq6e7QLT7WX/019naNjiqaLqmls8Msh/5Y//W1oB0"
    "/S0kJqXsh5AIdPgVeOtpWF97qJ8BxE1k4D2WquN8XFPH+bhcx3lGyMQQ76iV3EZOpjtvwq"
    "u2UG7cRUP3sWwzYnCUXX+sWEEWUVRKVjX4pSgHoS8SoS8xZp6zdkURMBJwp6LabQmt7Ljm"
    "ds/jVrewfA1g+SLfV5R1t8cY5yVhlPs8yrEBPKmIY6jOdS0JgoZX1PBcsqHkcY9E4rIgZB"
    "KX4Z27WDXCKSsCkAryLnN5XoqplyJZABmSWyH2UQ9ckygY1c0sLwbYQkJ209GPOxKyb5me"
    "fHt5fn8kns8NQPwcwneLH7IExBDB20gErxjcQJltANrPcT/DUstkcc3q/DlU2Qug61+vro"
    "5qVOAG4C1VW9ATZqH6X4G3TCA62Rx+0F8uYvpio9f60V0weojcroj0BF/ZsPQJSSR2Bqff"
    "LwjiTR4YUojThha1Sa64xwdEeDhDFCBuLLA9Z/1Mt+hx4SxH6JH6iyCA3HZ8QeWQFvqHMi"
    "H9CiHnhzZOlOMx8lLgGdrpGfIddZCzMhrGNzYPMlsrHTfESAHmvBQALQ20YnZyKgL0Z5lG"
    "4hukyqyN22u39rYSqAVlE4aeIiOTGBVr0PsQsUDDStOwmfzZA0kA1YTovgGtyBH2sCpmNA"
    "KOszyqtmT53ZGMBRs33Gm4/uI8IoeXpUwZauSubS9/vvwHFLr8EX/kCM0ICatQPi6osUC/"
    "XN4hbOKVH1Si9B6J65Ut2DYfBKZsv0xZyIZ+jps+ZEPrNuqCEL1SNjSxOeaCVbS27HxGCu"
    "rOy9edDzfHyVLxjIqCWIeWKlN31tjqxl49kbBWTypt1RNIKWqdWuGnqz+wP0Rl7mZlusy8"
    "JUunm2nbfHY5h4w9ckbnZaCrE27zUpBrm1uym8i15Qn8zBbjhYNtxSOGCoLaUY0tnDTk+F"
    "SUaHVPvles3amEBvDWKZitnInet5jhwdvXJdpPhZaSjNS8scm9w/5pP07zSYejoShNMUF4"
    "EOl3SlxqLI4EhF90Z1RH9uG0TaOH+AJ39rSnxXjCj7X2sJhYREOneSvnbPCPSgHhqLmG6L"
    "6WcvK+rnHyvi47eaNSVSrWR0YEilspGhkHqQqHbmb//v9kv0lX"
)
