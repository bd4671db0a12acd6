from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS `dict_charge_item` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL UNIQUE,
    `name` VARCHAR(64) NOT NULL,
    `category` VARCHAR(16) NOT NULL,
    `unit` VARCHAR(8) NOT NULL,
    `price_fen` INT NOT NULL,
    `insurance_code` VARCHAR(32) NOT NULL,
    `specimen` VARCHAR(16) NOT NULL,
    `pinyin` VARCHAR(64) NOT NULL,
    `enabled` BOOL NOT NULL,
    KEY `idx_dict_charge_name_03a7f5` (`name`)
) CHARACTER SET utf8mb4 COMMENT='One charge item (收费项目): lab and imaging requests, services, materials.';
        CREATE TABLE IF NOT EXISTS `dict_diagnosis` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(16) NOT NULL UNIQUE,
    `name` VARCHAR(128) NOT NULL,
    `pinyin` VARCHAR(64) NOT NULL,
    `enabled` BOOL NOT NULL,
    KEY `idx_dict_diagno_name_7d5860` (`name`)
) CHARACTER SET utf8mb4 COMMENT='One diagnosis of the ICD-10 list in use (诊断字典).';
        CREATE TABLE IF NOT EXISTS `dict_drug` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL UNIQUE,
    `kind` VARCHAR(16) NOT NULL,
    `generic_name` VARCHAR(64) NOT NULL,
    `trade_name` VARCHAR(64) NOT NULL,
    `form` VARCHAR(16) NOT NULL,
    `strength` VARCHAR(32) NOT NULL,
    `strength_value` DECIMAL(12,4) NOT NULL,
    `dose_unit` VARCHAR(8) NOT NULL,
    `unit` VARCHAR(8) NOT NULL,
    `pack_size` INT NOT NULL,
    `route` VARCHAR(16) NOT NULL,
    `price_fen` INT NOT NULL,
    `insurance_code` VARCHAR(32) NOT NULL,
    `manufacturer` VARCHAR(64) NOT NULL,
    `knowledge_key` VARCHAR(48) NOT NULL,
    `pinyin` VARCHAR(64) NOT NULL,
    `enabled` BOOL NOT NULL,
    KEY `idx_dict_drug_generic_7b74b5` (`generic_name`),
    KEY `idx_dict_drug_insuran_dc5ee5` (`insurance_code`),
    KEY `idx_dict_drug_knowled_9d42f7` (`knowledge_key`)
) CHARACTER SET utf8mb4 COMMENT='One drug of the formulary (药品字典): names, form, strength, unit, route, price, insurance code.';
        CREATE TABLE IF NOT EXISTS `rx_ruleset` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `version` INT NOT NULL UNIQUE,
    `state` VARCHAR(12) NOT NULL,
    `note` VARCHAR(200) NOT NULL,
    `based_on` INT,
    `created_by_id` INT,
    `created_at` DATETIME(6) NOT NULL,
    `published_at` DATETIME(6),
    `published_by_id` INT
) CHARACTER SET utf8mb4 COMMENT='One version of the review rules (审方规则). Exactly one is published at a time; a draft is';
        CREATE TABLE IF NOT EXISTS `insurance_notice` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `notice_id` VARCHAR(64) NOT NULL UNIQUE,
    `kind` VARCHAR(16) NOT NULL,
    `hi_rxno` VARCHAR(40) NOT NULL,
    `payload` JSON NOT NULL,
    `outcome` VARCHAR(16) NOT NULL,
    `received_at` DATETIME(6) NOT NULL,
    KEY `idx_insurance_n_hi_rxno_04e3c4` (`hi_rxno`)
) CHARACTER SET utf8mb4 COMMENT='A notification from the centre (review result or pick-up result), kept once by its id.';
        CREATE TABLE IF NOT EXISTS `signer_key` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `provider` VARCHAR(16) NOT NULL,
    `key_id` VARCHAR(64) NOT NULL UNIQUE,
    `public_key` VARCHAR(160) NOT NULL,
    `private_key` LONGTEXT,
    `certificate` LONGTEXT NOT NULL,
    `subject` VARCHAR(128) NOT NULL,
    `created_at` DATETIME(6) NOT NULL,
    `revoked_at` DATETIME(6),
    `account_id` INT NOT NULL,
    CONSTRAINT `fk_signer_k_admin_ac_64da2212` FOREIGN KEY (`account_id`) REFERENCES `admin_account` (`id`) ON DELETE RESTRICT,
    KEY `idx_signer_key_account_f3ee8c` (`account_id`, `provider`)
) CHARACTER SET utf8mb4 COMMENT='The signing key of one console account at one provider (builtin SM2 or a CA).';
        CREATE TABLE IF NOT EXISTS `signature` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `subject` VARCHAR(64) NOT NULL,
    `role` VARCHAR(16) NOT NULL,
    `signer_name` VARCHAR(64) NOT NULL,
    `algorithm` VARCHAR(16) NOT NULL,
    `digest` VARCHAR(64) NOT NULL,
    `value` VARCHAR(160) NOT NULL,
    `signed_at` DATETIME(6) NOT NULL,
    `account_id` INT NOT NULL,
    `key_id` INT NOT NULL,
    CONSTRAINT `fk_signatur_admin_ac_6544d7c1` FOREIGN KEY (`account_id`) REFERENCES `admin_account` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_signatur_signer_k_18e2347b` FOREIGN KEY (`key_id`) REFERENCES `signer_key` (`id`) ON DELETE RESTRICT,
    KEY `idx_signature_subject_f0bcaf` (`subject`)
) CHARACTER SET utf8mb4 COMMENT='One signature over the canonical form of one document at one moment.';
        CREATE TABLE IF NOT EXISTS `rx_exam_request` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `number` VARCHAR(24) NOT NULL UNIQUE,
    `kind` VARCHAR(8) NOT NULL,
    `state` VARCHAR(16) NOT NULL,
    `items` JSON NOT NULL,
    `clinical` LONGTEXT NOT NULL,
    `diagnoses` JSON NOT NULL,
    `total_fen` INT NOT NULL,
    `signed_at` DATETIME(6),
    `signature_id` INT,
    `consult_order_id` INT,
    `department_id` INT NOT NULL,
    `doctor_id` INT NOT NULL,
    `institution_id` INT NOT NULL,
    `patient_id` INT NOT NULL,
    CONSTRAINT `fk_rx_exam__consult__6ca06483` FOREIGN KEY (`consult_order_id`) REFERENCES `consult_order` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rx_exam__record_d_b17e66ba` FOREIGN KEY (`department_id`) REFERENCES `record_department` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rx_exam__doctor_71b89a78` FOREIGN KEY (`doctor_id`) REFERENCES `doctor` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rx_exam__org_node_0970843b` FOREIGN KEY (`institution_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rx_exam__patient_4fce1254` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE RESTRICT,
    KEY `idx_rx_exam_req_patient_7a6111` (`patient_id`, `created_at`),
    KEY `idx_rx_exam_req_doctor__b39909` (`doctor_id`, `created_at`)
) CHARACTER SET utf8mb4 COMMENT='A lab or imaging request (检查、检验申请单) written in a consultation.';
        CREATE TABLE IF NOT EXISTS `rx_prescription` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `number` VARCHAR(24) NOT NULL UNIQUE,
    `kind` VARCHAR(16) NOT NULL,
    `state` VARCHAR(16) NOT NULL,
    `previous_id` INT,
    `version` SMALLINT NOT NULL,
    `patient_name` LONGTEXT NOT NULL,
    `sex` VARCHAR(4) NOT NULL,
    `birth_date` DATE,
    `age_months` INT,
    `weight_kg` DECIMAL(5,2),
    `pregnancy` VARCHAR(12) NOT NULL,
    `gestation_weeks` SMALLINT,
    `allergies` JSON NOT NULL,
    `current_medication` JSON NOT NULL,
    `diagnoses` JSON NOT NULL,
    `herbal_doses` SMALLINT,
    `herbal_usage` VARCHAR(200) NOT NULL,
    `note` VARCHAR(500) NOT NULL,
    `total_fen` INT NOT NULL,
    `signed_at` DATETIME(6),
    `signature_id` INT,
    `digest` VARCHAR(64) NOT NULL,
    `finding_level` VARCHAR(8) NOT NULL,
    `problem` BOOL NOT NULL,
    `modified` BOOL NOT NULL,
    `reviewed_at` DATETIME(6),
    `review_rounds` SMALLINT NOT NULL,
    `appealed` BOOL NOT NULL,
    `valid_until` DATETIME(6),
    `account_id` INT,
    `consult_order_id` INT,
    `department_id` INT NOT NULL,
    `doctor_id` INT NOT NULL,
    `institution_id` INT NOT NULL,
    `patient_id` INT NOT NULL,
    `reviewer_id` INT,
    CONSTRAINT `fk_rx_presc_mp_accou_9f14609a` FOREIGN KEY (`account_id`) REFERENCES `mp_account` (`id`) ON DELETE SET NULL,
    CONSTRAINT `fk_rx_presc_consult__87ccb39d` FOREIGN KEY (`consult_order_id`) REFERENCES `consult_order` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rx_presc_record_d_00c07828` FOREIGN KEY (`department_id`) REFERENCES `record_department` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rx_presc_doctor_fe0d65b5` FOREIGN KEY (`doctor_id`) REFERENCES `doctor` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rx_presc_org_node_a066e6d3` FOREIGN KEY (`institution_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rx_presc_patient_47284882` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rx_presc_admin_ac_5d47169d` FOREIGN KEY (`reviewer_id`) REFERENCES `admin_account` (`id`) ON DELETE SET NULL,
    KEY `idx_rx_prescrip_state_fac38e` (`state`),
    KEY `idx_rx_prescrip_previou_79e037` (`previous_id`),
    KEY `idx_rx_prescrip_signed__258e7e` (`signed_at`),
    KEY `idx_rx_prescrip_problem_891103` (`problem`),
    KEY `idx_rx_prescrip_modifie_f5010e` (`modified`),
    KEY `idx_rx_prescrip_institu_669dcd` (`institution_id`, `created_at`),
    KEY `idx_rx_prescrip_departm_88ef12` (`department_id`, `created_at`),
    KEY `idx_rx_prescrip_doctor__c11523` (`doctor_id`, `created_at`),
    KEY `idx_rx_prescrip_state_c3e31d` (`state`, `created_at`),
    KEY `idx_rx_prescrip_patient_4bfd8f` (`patient_id`, `created_at`),
    KEY `idx_rx_prescrip_reviewe_e9df9e` (`reviewer_id`, `created_at`)
) CHARACTER SET utf8mb4 COMMENT='One prescription (西药/中成药 or 中草药); the state machine is in core/rx/states.py.';
        CREATE TABLE IF NOT EXISTS `rx_diagnosis` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(16) NOT NULL,
    `name` VARCHAR(128) NOT NULL,
    `prescription_id` INT NOT NULL,
    CONSTRAINT `fk_rx_diagn_rx_presc_0890c997` FOREIGN KEY (`prescription_id`) REFERENCES `rx_prescription` (`id`) ON DELETE CASCADE,
    KEY `idx_rx_diagnosi_code_c01760` (`code`, `prescription_id`)
) CHARACTER SET utf8mb4 COMMENT='The diagnoses of a prescription, one row each, for searching by diagnosis (审方管理).';
        CREATE TABLE IF NOT EXISTS `rx_item` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `seq` SMALLINT NOT NULL,
    `drug_name` VARCHAR(64) NOT NULL,
    `strength` VARCHAR(32) NOT NULL,
    `form` VARCHAR(16) NOT NULL,
    `dose` DECIMAL(10,3) NOT NULL,
    `dose_unit` VARCHAR(8) NOT NULL,
    `frequency` VARCHAR(8) NOT NULL,
    `days` SMALLINT NOT NULL,
    `route` VARCHAR(16) NOT NULL,
    `quantity` INT NOT NULL,
    `unit` VARCHAR(8) NOT NULL,
    `price_fen` INT NOT NULL,
    `amount_fen` INT NOT NULL,
    `group_no` SMALLINT,
    `note` VARCHAR(100) NOT NULL,
    `override_reason` VARCHAR(200) NOT NULL,
    `drug_id` INT NOT NULL,
    `prescription_id` INT NOT NULL,
    UNIQUE KEY `uid_rx_item_prescri_0ab5af` (`prescription_id`, `seq`),
    CONSTRAINT `fk_rx_item_dict_dru_a3fa476a` FOREIGN KEY (`drug_id`) REFERENCES `dict_drug` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rx_item_rx_presc_3966e9be` FOREIGN KEY (`prescription_id`) REFERENCES `rx_prescription` (`id`) ON DELETE CASCADE,
    KEY `idx_rx_item_drug_id_12444e` (`drug_id`, `prescription_id`)
) CHARACTER SET utf8mb4 COMMENT='One drug line of a prescription, as prescribed (names, strength and price kept as they were).';
        CREATE TABLE IF NOT EXISTS `rx_rule` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(48) NOT NULL,
    `kind` VARCHAR(16) NOT NULL,
    `subject` VARCHAR(48) NOT NULL,
    `params` JSON NOT NULL,
    `severity` VARCHAR(8) NOT NULL,
    `message` VARCHAR(300) NOT NULL,
    `source` VARCHAR(200) NOT NULL,
    `enabled` BOOL NOT NULL,
    `ruleset_id` INT NOT NULL,
    UNIQUE KEY `uid_rx_rule_ruleset_a927b9` (`ruleset_id`, `code`),
    CONSTRAINT `fk_rx_rule_rx_rules_48ad77dd` FOREIGN KEY (`ruleset_id`) REFERENCES `rx_ruleset` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='One rule of a version: a kind the engine knows (core/rx/rules), the drugs or classes it';
        CREATE TABLE IF NOT EXISTS `rx_event` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `order_id` INT,
    `item_seq` SMALLINT,
    `event` VARCHAR(24) NOT NULL,
    `actor_type` VARCHAR(16) NOT NULL,
    `actor_id` INT,
    `actor_name` VARCHAR(64) NOT NULL,
    `note` VARCHAR(500) NOT NULL,
    `data` JSON NOT NULL,
    `at` DATETIME(6) NOT NULL,
    `prescription_id` INT NOT NULL,
    CONSTRAINT `fk_rx_event_rx_presc_48aaa27d` FOREIGN KEY (`prescription_id`) REFERENCES `rx_prescription` (`id`) ON DELETE CASCADE,
    KEY `idx_rx_event_prescri_9c83a1` (`prescription_id`, `at`)
) CHARACTER SET utf8mb4 COMMENT='One step of the timeline of a prescription and of its order (医嘱处理时间轴).';
        CREATE TABLE IF NOT EXISTS `rx_review` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `round` SMALLINT NOT NULL,
    `kind` VARCHAR(12) NOT NULL,
    `ruleset_version` INT,
    `findings` JSON NOT NULL,
    `decision` VARCHAR(8) NOT NULL,
    `reasons` JSON NOT NULL,
    `note` VARCHAR(500) NOT NULL,
    `pharmacist_name` VARCHAR(64) NOT NULL,
    `signature_id` INT,
    `took_ms` INT,
    `created_at` DATETIME(6) NOT NULL,
    `pharmacist_id` INT,
    `prescription_id` INT NOT NULL,
    CONSTRAINT `fk_rx_revie_admin_ac_454d4464` FOREIGN KEY (`pharmacist_id`) REFERENCES `admin_account` (`id`) ON DELETE SET NULL,
    CONSTRAINT `fk_rx_revie_rx_presc_990aa7da` FOREIGN KEY (`prescription_id`) REFERENCES `rx_prescription` (`id`) ON DELETE CASCADE,
    KEY `idx_rx_review_pharmac_6fbf87` (`pharmacist_id`, `created_at`)
) CHARACTER SET utf8mb4 COMMENT='One check of a prescription: the rules engine s (kind auto) or a pharmacist s decision.';
        CREATE TABLE IF NOT EXISTS `rx_appeal` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `reason` VARCHAR(500) NOT NULL,
    `state` VARCHAR(12) NOT NULL,
    `decided_review_id` INT,
    `created_at` DATETIME(6) NOT NULL,
    `prescription_id` INT NOT NULL,
    `review_id` INT NOT NULL,
    CONSTRAINT `fk_rx_appea_rx_presc_321bb138` FOREIGN KEY (`prescription_id`) REFERENCES `rx_prescription` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_rx_appea_rx_revie_fe49d589` FOREIGN KEY (`review_id`) REFERENCES `rx_review` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='The doctor s appeal against a rejection; it goes back to a pharmacist.';
        CREATE TABLE IF NOT EXISTS `delivery_address` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `deleted_at` DATETIME(6),
    `deleted_by_id` INT,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `receiver` LONGTEXT NOT NULL,
    `phone` LONGTEXT NOT NULL,
    `region` VARCHAR(64) NOT NULL,
    `detail` LONGTEXT NOT NULL,
    `is_default` BOOL NOT NULL,
    `account_id` INT NOT NULL,
    CONSTRAINT `fk_delivery_mp_accou_9919acdf` FOREIGN KEY (`account_id`) REFERENCES `mp_account` (`id`) ON DELETE CASCADE,
    KEY `idx_delivery_ad_deleted_5c8b6e` (`deleted_at`)
) CHARACTER SET utf8mb4 COMMENT='A saved delivery address of a patient account (收货地址).';
        CREATE TABLE IF NOT EXISTS `rx_order` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `number` VARCHAR(24) NOT NULL UNIQUE,
    `state` VARCHAR(16) NOT NULL,
    `fulfilment` VARCHAR(8) NOT NULL,
    `receiver` LONGTEXT,
    `phone` LONGTEXT,
    `address` LONGTEXT,
    `pickup_code` LONGTEXT,
    `pickup_code_bidx` VARCHAR(64) UNIQUE,
    `drug_fen` INT NOT NULL,
    `delivery_fen` INT NOT NULL,
    `amount_fen` INT NOT NULL,
    `paid_at` DATETIME(6),
    `dispensed_at` DATETIME(6),
    `dispensed_by_id` INT,
    `shipped_at` DATETIME(6),
    `delivered_at` DATETIME(6),
    `collected_at` DATETIME(6),
    `collected_by_id` INT,
    `returned_at` DATETIME(6),
    `return_reason` VARCHAR(200) NOT NULL,
    `refund_state` VARCHAR(16) NOT NULL,
    `cancelled_at` DATETIME(6),
    `account_id` INT NOT NULL,
    `institution_id` INT NOT NULL,
    `patient_id` INT NOT NULL,
    `prescription_id` INT NOT NULL UNIQUE,
    CONSTRAINT `fk_rx_order_mp_accou_7fa5d7a5` FOREIGN KEY (`account_id`) REFERENCES `mp_account` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rx_order_org_node_2395eab8` FOREIGN KEY (`institution_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rx_order_patient_6d37781b` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rx_order_rx_presc_ca8bfd8d` FOREIGN KEY (`prescription_id`) REFERENCES `rx_prescription` (`id`) ON DELETE RESTRICT,
    KEY `idx_rx_order_state_1496b0` (`state`),
    KEY `idx_rx_order_institu_e8ea40` (`institution_id`, `state`, `created_at`),
    KEY `idx_rx_order_account_d8496f` (`account_id`, `created_at`)
) CHARACTER SET utf8mb4 COMMENT='The purchase of one approved prescription; the state machine is in core/pharmacy/states.py.';
        CREATE TABLE IF NOT EXISTS `rx_shipment` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `carrier` VARCHAR(16) NOT NULL,
    `waybill_no` VARCHAR(32) NOT NULL UNIQUE,
    `state` VARCHAR(16) NOT NULL,
    `last_event_at` DATETIME(6),
    `order_id` INT NOT NULL UNIQUE,
    CONSTRAINT `fk_rx_shipm_rx_order_a98580c5` FOREIGN KEY (`order_id`) REFERENCES `rx_order` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4 COMMENT='A parcel handed to a carrier through the logistics interface.';
        CREATE TABLE IF NOT EXISTS `rx_shipment_event` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `event_id` VARCHAR(64) NOT NULL,
    `status` VARCHAR(16) NOT NULL,
    `description` VARCHAR(200) NOT NULL,
    `location` VARCHAR(64) NOT NULL,
    `at` DATETIME(6) NOT NULL,
    `received_at` DATETIME(6) NOT NULL,
    `shipment_id` INT NOT NULL,
    UNIQUE KEY `uid_rx_shipment_shipmen_a0bbc2` (`shipment_id`, `event_id`),
    CONSTRAINT `fk_rx_shipm_rx_shipm_6b138a43` FOREIGN KEY (`shipment_id`) REFERENCES `rx_shipment` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='One tracking event from the carrier, applied once by its event id.';
        CREATE TABLE IF NOT EXISTS `invoice` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `number` VARCHAR(24) NOT NULL UNIQUE,
    `key` VARCHAR(32) NOT NULL UNIQUE,
    `kind` VARCHAR(8) NOT NULL,
    `refund_id` INT,
    `original_id` INT,
    `reference` VARCHAR(64) NOT NULL,
    `buyer_name` LONGTEXT NOT NULL,
    `amount_fen` INT NOT NULL,
    `items` JSON NOT NULL,
    `file_key` VARCHAR(80) NOT NULL,
    `issued_at` DATETIME(6) NOT NULL,
    `email` LONGTEXT,
    `emailed_at` DATETIME(6),
    `email_error` VARCHAR(200) NOT NULL,
    `account_id` INT,
    `org_id` INT NOT NULL,
    `payment_order_id` INT NOT NULL,
    CONSTRAINT `fk_invoice_mp_accou_d47b69b5` FOREIGN KEY (`account_id`) REFERENCES `mp_account` (`id`) ON DELETE SET NULL,
    CONSTRAINT `fk_invoice_org_node_111330f2` FOREIGN KEY (`org_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_invoice_payment__519f06f6` FOREIGN KEY (`payment_order_id`) REFERENCES `payment_order` (`id`) ON DELETE RESTRICT,
    KEY `idx_invoice_referen_4547a4` (`reference`),
    KEY `idx_invoice_account_891b84` (`account_id`, `issued_at`),
    KEY `idx_invoice_org_id_915a26` (`org_id`, `issued_at`)
) CHARACTER SET utf8mb4 COMMENT='One electronic invoice (blue) or its reversal (red).';
        CREATE TABLE IF NOT EXISTS `insurance_rx` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `state` VARCHAR(16) NOT NULL,
    `trace_id` VARCHAR(40) NOT NULL,
    `hi_rxno` VARCHAR(40) NOT NULL,
    `sign_digest` VARCHAR(64) NOT NULL,
    `sign_value` LONGTEXT NOT NULL,
    `sign_cert_sn` VARCHAR(64) NOT NULL,
    `review` JSON NOT NULL,
    `pickup` JSON NOT NULL,
    `uploaded_at` DATETIME(6),
    `revoked_at` DATETIME(6),
    `reviewed_at` DATETIME(6),
    `picked_up_at` DATETIME(6),
    `last_error` VARCHAR(200) NOT NULL,
    `institution_id` INT NOT NULL,
    `prescription_id` INT NOT NULL UNIQUE,
    CONSTRAINT `fk_insuranc_org_node_3fa3ca39` FOREIGN KEY (`institution_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_insuranc_rx_presc_4b4dad3b` FOREIGN KEY (`prescription_id`) REFERENCES `rx_prescription` (`id`) ON DELETE RESTRICT,
    KEY `idx_insurance_r_state_a2a345` (`state`),
    KEY `idx_insurance_r_hi_rxno_cc8577` (`hi_rxno`)
) CHARACTER SET utf8mb4 COMMENT='One prescription at the insurance e-prescription centre; states in core/insurance/states.py.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS `rx_rule`;
        DROP TABLE IF EXISTS `rx_order`;
        DROP TABLE IF EXISTS `rx_review`;
        DROP TABLE IF EXISTS `insurance_rx`;
        DROP TABLE IF EXISTS `signer_key`;
        DROP TABLE IF EXISTS `dict_charge_item`;
        DROP TABLE IF EXISTS `rx_shipment_event`;
        DROP TABLE IF EXISTS `delivery_address`;
        DROP TABLE IF EXISTS `invoice`;
        DROP TABLE IF EXISTS `rx_item`;
        DROP TABLE IF EXISTS `rx_ruleset`;
        DROP TABLE IF EXISTS `rx_event`;
        DROP TABLE IF EXISTS `dict_drug`;
        DROP TABLE IF EXISTS `rx_prescription`;
        DROP TABLE IF EXISTS `rx_appeal`;
        DROP TABLE IF EXISTS `dict_diagnosis`;
        DROP TABLE IF EXISTS `insurance_notice`;
        DROP TABLE IF EXISTS `rx_shipment`;
        DROP TABLE IF EXISTS `signature`;
        DROP TABLE IF EXISTS `rx_exam_request`;
        DROP TABLE IF EXISTS `rx_diagnosis`;"""


MODELS_STATE = (
    "eJzsvety3DbWNnorKP3ZdlXHkVuW7ShTUyUrSsYztuUtKcnsL5rqlyLRaozYJMOD5H6/mX"
    "vfAHgmQTbQTVIktKpmHKnJBbYegMBazzr934O1a2E7eHXh332hPx2coP974Bhr9kP10gwd"
    "GJ6XX2AfhMatze91/buFk951G4S+YYb086VhB5h+ZOHA9IkXEtehnzqRbbMPXZPeSJy7/K"
    "PIIX9GeBG6dzhcYZ9e+ONf9GPiWPgbDtJfvfvFkmDbKn1bYrFn888X4cbjn310wp/5jexp"
    "twvTtaO1k9/sbcKV62R3Eydkn95hB/tGiNnwoR+xr8++XfKXpn9R/E3zW+KvWJCx8NKI7L"
    "Dw594u8s8OFosvF9eLq/PrxeJAASDTdRi49KsG/K+/Y1/hu/nrN+/evD96++Y9vYV/zeyT"
    "d/+NH50DEwtyeL5cH/yXXzdCI76DY5yDavqYIbEwwjq4P9ErIVljMcJlyQrSViL6Kv2hin"
    "uKchvw6Qc58vlqGwJ6+gdaF469Saa8Befrj5/Pr65PP39lj1sHwZ82x+/0+pxdmfNPN5VP"
    "X7x9yT536YsUv2HZIOj3j9d/Q+xX9H8uvpxzeN0gvPP5E/P7rv/PAftORhS69NV8XBhWYX"
    "Wmn6ao0TvzWY88a8dZL0vCrI9l1lOMCtOefPt81umejneb9bJkB7OeLNKWSR9yk53uHNdf"
    "7XSqbjcLpQOzJrf97NxpXod9mTs5PXNw+X9rmJ6tDF8Manp/BUv6Fae4M66NbwsbO3fhiv"
    "76ev6+BbrfTi/P/nZ6+YLeVXkXviSX5vG1Mr739E8T43vuRGuO8Uf6nQzHxDWsU9kxY33w"
    "9fLit49fzs5PkOe7D4T+HfQvWK9JENAbbpyzj9f/3wkySbgpf3zx6xd+wY2cyqXP5z99PD"
    "v9dILW2CKmYS8IxYeEUcivnl5dnV9dfT7/cn2CjCDAQbDGTli+5+OXn369ur6kw9O/NaJw"
    "bRZU1zccEhj8W++wNo7mEkvjaN64Mtil8sIwE8tD9sVL7+9mMfRhAVA9447+hFwfUU3aIi"
    "FKv/PTo+0ZdGAFtNP7+3r1anAfHAyyx82PjyWgpXc1YsuvlcG18QO26+herQ3bbjydM6Gd"
    "TuWddrfDfs/ko/m7t9lxzH5pO4mvPp9++lQ/junIoWGGC9VjuSo33JEx0MJ9+0Zi3b5907"
    "hs2SUx1B4FSoD1uWP6G49i1Q54Jr0T4iNTLtushvN/XpcMhhTaF59P//myZDR8uvjyS3p7"
    "YSrOPl18qEwBNQKonRCoLPSCiHZrvJfNeW1sFobn2fTfTF2qA/7BdW1sOGLMm4aoTMAtHa"
    "OvGcg+GXbVf7i4+FRa9R8+Vpf1r58/nFOrgE8JvYmEsVFa29mpdrwktmCj+fvVxZcGJSQX"
    "qRIUxAzRf5BNggmasC14Myzad5nqhjIr8w1sgOou4xk+NxFUuIOSDPAG8XJmfozlvZB0j/"
    "GqA/yz62Ny5/wDb2qmbgXVuudmWgD/N11C6af5V/SNx8z5U15Z9O+PWSp25fKcGq0fzyjS"
    "DOhbw7x/NHxr0YC4uSI2PQodwV6eSP78j0tsZxbvM4G7ol+siSNQL1QQOmVjnJqcqBgP7d"
    "IxTjmRws55YnJM9gUuG/Q0H1NjBOk2hylShn+Hw+6g4+OmCpemyGVrr/THAnzy8NGFhx3f"
    "tdlfuufaO0/H0fRMeAqcJrmyvNUmICYx9j0Hvqbj6AoUveIES+wHCzfac+fKsLpOxtQfM7"
    "KnBvtsIMt2es93zdD1F6ZBP9gTvHioMzqSptv9k4E1yTW2pivMuNsXqM/xKJquqBUJFreu"
    "e08H2hOnv5HgQzyQruuJYWXaxCHm/lCd8XF0RsqjIOyvmFKovsYD6YzVAwlIuMAPneD1Gx"
    "vs/EFjyCzsGX7YgdnzUzaQrlD52HR9a+Fj+pWDfeG65INdxmPpitjS+HNBF4RP9lUcfjb+"
    "PKfjbHQF6pbY9oKEeL0nTh/oOB/pMJpqWJ6x4XwgfXOohbin0h6PdcGG0nVZBdh/ICzucm"
    "Xsu19dxUOdrQxtd6sg8jzXDxchMe/3Zuqv4sGu+Vi6Isau0qd28j6exWNp/T4+EAu7C991"
    "993nf2MDXdJxdEXK4ozKviopH0RviBaBucJWZO+rYcVYXSWD6Y4ZVbW6wYtFdWmKFTek99"
    "6n6BhaA9QJ06A/zRBjFYTY6wKqKzoO1ReWRFt+FH8z1h0xDed0KM15Bs/PB9/bl1P4nprC"
    "5X/rRGO//Ka1sk6cB5davHuC9DEeRV+QgshngbsL/9u+QCUjXX7TCSwWsevO3UKkbimGt3"
    "ypzjUnJp4Y1gsHX7v0H2m2Wc5gnCIzmHI39Bn3XQCW0Dc/JcNpiBj3wLqOg80UiX0xY67Y"
    "0oCaoMZe2PV8XXmF14Zj3PFvyYZjwqK4cEEJqmrceHMdKh6lvjAKt0IxqqFWAxSjgrJEMy"
    "hGBbMOxah6P3InOMf1VxuKUfVYjCoKsK9a+aIoM97aOPKQ9lz1wiKBZxsb5QIjVTntii90"
    "D7VnBMEjM+9XRqBYfKgiOOYCYDvC3UutC98VOkibKyxkAnvVV9htWf9lGTnchka3EbFD4g"
    "Sv2PP+2tdyH7rswjoKQhaS5NzhRbqiBfxDa+GRhiEGLDyS7v3TrTuSbiYxjruopw1DDKKn"
    "PgU3pIeiSgIGsuorVxSD+j4K75lt0L3Kdu8Ylaf8htWE4d0a87u1W8k4KBW3R6k4Dt7ill"
    "gC/2OLJl2S6gl3ncxD1hNDidfIBYar4zlyRqOlTBZFq45tjzWyxgavbJGsfFXtUSELkplH"
    "nDoySbCS6AMfe/beuW5xysglHUom3W2ScNFNzQgjf1+krtJxNNrwakBhf3GPNx0ghX16kO"
    "iKlI8fCH7kNVCeKhR0im+i/20RI7d3KOglH0YjmHYM3LOynKN9w6mks5emhKhCHNVnryWI"
    "Kr84a4ugWntK4VMHp+h3rqegNXHId57v3vnGGjFP4gzdU6PfQbcb5HrYIRZ6YTgWoqC77J"
    "fHFXZQuMKIfhe0MgJEzcuXrw4qgPUxPgR2jSuwK549FS4ilwA39VYeInkhVPAtiADRs53o"
    "MRY7LOGikA4sZt8os4p99Csx1V6ZLq7I6gD30KQx+MCG9YFBtHPzTjPNuFeZaGfwfOrt+a"
    "z5M2TIdx8v6WNX1GC5x/syNJfxWNdsqAm++nK5zcUq2XuQWQrFtsf5mrTDRG1nekosjTXZ"
    "n4H/mY2iLVXKMdokdSsWa0PUbVQdLdnqFVNcW2XEjNu9q7nrD1kQ99592L/QTozVRz6Urq"
    "9kxKq3PwVaU1xaydu4xutb7Acrsm9FmRiyz3w4XRfYnW+wrcvHJiYPQrNXAbBf2GCaI3VH"
    "YdpT49IaJsM0Wc+JgKWtifKFlIE65QNqDxe1oACu7TZPJ/Xu5YvdT/EYpCe8YS9YhAjf11"
    "lBpz339d/YiCxSRFPEIOxPop6TRd8YEm4W5gqb9/vWvkoGO2Nj6bpXQVeACVVxn+IrCUXc"
    "oYg7FHEfF177K6dn8ShMj/eyrA4d4UpKbierrIv+0XFg5FlhQF2xW7q27bKo5g7L4f/Mx9"
    "QVMdZ/j+I1ZO3yKeoULCh27RnOZhEawb5q/mk62LUhVS1zkgsrRYx00CrtLB5J330LkjCU"
    "lpZl+Zwd3HN7xzZ5wP7mNB5O17UFxctlUBq6ePlU3julrB7FhJVSNJIgZ6UardSatlIKk+"
    "J3b01euXAwIkEQYQsl0ohL/xj/J0DukqWNIB5Uh5auv0YGir2p7DcqFAUYWTiMKzjXs1f6"
    "eMAe6Sv/Dkl9eTfHqCe3a5djcfRWIjj9qBobmAens0vtKS3LLB5KFutcoq8KddPHu9jsxS"
    "P0bdohSLYsqWF09NRDZGtRPjtUfg6gsNok5tfHD5x8UJ/isiTM8phnGVJZms9JfVNZkixy"
    "tRJYZSEog7W9DFYhWX/PUlilAgETA1m2GFZ5fZUKYp2dXp2d/nTeVg+rT1OY27jnnmuuDg"
    "SGcOHqrM0M5lblAmc3brWAzxn/FRujzBY1UBDd/psam6nVeoupGUpt2DBAZuT72AkRXUdr"
    "j16nZqlhoRcmvf59gmvwfWzWvvI2glIOPT7rxrlxmK3tu4/Iw342csgqRzwaAcL02ShRGt"
    "CLm4O1d/J6fkO/4k2eLnRyfHPw8kdeMyJ+rks35hvnjg4avEKX2KLfwzTMFQ7od2T30d/Z"
    "A+l/mAxdb+FqhgKX/mXxzbYbBOyh5IGKOC4VcO72NeGTv0zFtCyIaGfKvzmUMC3fHDaalu"
    "xSuynPl4KAFCR3jadYJjLcAXbY7+n1w3x+dPRufnj09v3xm3fvjt8fZsdY/VLbefbh4y/s"
    "SCvNhiD5eef62p2X1R7bSTdRjVFgKGTssmRCbJ+n72lkkfBvFFnR4ZtfbD17DXbbYpXet/"
    "XovaLTbMdH1sq1LfpbfIwQj52O7Ee6mIkzo8eIyU6txxWxeTUj7PCb6UHDTqb4LkT/x508"
    "9WO3x+dAJaVxVVIK8J+KJ1UsAOfUbueUajea4ZvQTLbjz9owVZBNbgdghcCO6ZT95N41Hr"
    "LsmsQZaye3jaa3a9sWq9nZNcgOO9YT7tlMQIFfVDbBtDW9pmtqidh5FmLOZ0fhlC1LadhK"
    "77VMpMLr5kiF17VIhRgytdqQRRkdahX2rSvGeKm24SxLgea4FeahG9qMrIpsxw16DTONJF"
    "VYsOLYUw1CxLpfraHhU+Ve+YiriMG2IAu02hFXEgKQt4Ic+0brCDf3480l9mrIOzJVogXX"
    "XjrvGssQC3pTNMOeCQDqu6NOBA7X5r2EiHytsInUN5Gk4obiVl2WApi368lRaLpqtkhBBK"
    "xqCava8/HDQtX7UhLSEObuVzJzZi8UPTFFGdgstkM8ehfixNbvWHxdLD05YKnvp55nE9NI"
    "sKk7voQ3zlq9YJnIwqjIbO/XxUI4gpCEEfuEhXnYGx4S4qJbzM4gZNBPswcUb56hRxKukB"
    "GGhrniSf2Cdl2dDw8xJuOKMYFsjmbopxmbJ5PNEXnWjrNeloRZH8usN0VklkrDhUYYCSoi"
    "tMSaZxID6n5BdLsmYYjTrzM5c4ahhtdYlMZzjb81R5nnQhpo2m3vTR8dzQqKhhLBVxbbi+"
    "bbbQL+sowc7gpCtxGxQ6pCvWLP++sTTEwv7B/dTwM1z1guocF7UN5sjg9lMlzoXY3bDb9W"
    "RTjp/X27UfPo1gV78uxOLkVTCO9Oee1FUUhsH492VFeKhw6IGJ3m229qM0Wrjq1yWvOFf/"
    "fFtaZoWMgmNeerqpTQfEnX9+XHs+unymguEFsBa7rAVdV2Aiy/bybLf5VFttJfv6+IuWog"
    "oBCrG44DZCCeYLxBL1yfV+cq3POSJUDRGzZ0u/mOrQuWJcXGeTQ2dTas96cJyLE/ktiKg3"
    "8BTQY02Rj3tYkSJkCTPcdZl6HJ4kNoB3OqLgjmlCBSNj/ulTVuoSwo3wKUW8I4G9Fti+J8"
    "vqi2mDSJagZWzXarprS2xJWamjcJQFimGJZobxyVCfnBsOL+XgcCuzG/OJM0Fm8NK2n8J2"
    "cs3kRv8KF1E72fv13Sf29vD2+i4+XxMSJr1uSIlaza8AIanu8+ELqaZoguAJ/EFwp2nCBQ"
    "ouOxIUoCzL+JbE8TNQTA/HuOsy5j/rkmL1dIzzqB05JNe4MzoCzWNucTnO+W+WVzVi34Rv"
    "+wO9dXqphflIFoWIlQ4+LXquHcHGdSEdPAwz50pEngRr6plA+SS2gAdyV6av5eJnxq/r45"
    "fopdq+SDpDVc1fiLqhhQGNspjAyzDmzsr8WxJgazrJVdXWNjKjp9hv2QLFn+AD4QWNjFyz"
    "NJG9usyIymRheYtHsXl/SJYSudYpmEdnWnj+YSh9jRvLml0bx6hMVF0HcwHUuCYDmOxXKU"
    "4Quw47s23zaVdqyqmD7F7bpVWlQOVcGk1GfkwsHXLv1HUr05L440qemQVW6qK1HGe7Cfxr"
    "KJ39K6rsIvSGsp2d3bEyZZQwniWsT8rhDIxQf4kfeqCHAYUiwDxJrJsoCtB+wHjJifoaXv"
    "/i9rdkFXCb0VuR4WuQJ6eQJoT+PSnsAh8BwPeHAI6DbrMg4BM4kbkGayk/vBStpqJakW+R"
    "y+vOeEHQRt6b7nTrSuqb1Pn/pr+cYyVCSuD366PP35+gRx2Rvn4uv5lxOuOd04Z58urs5/"
    "OkGm7QZJOvHTJwcn2t8i0foUlDORqDa9PjqLfGRTv9MZXRKEVL3xnMh1RSx+oXfRvouCMM"
    "djm2MFzidfDKn5XF8LHxLJn/9xiW2jweVdZByukh12gtpEE8cjZij3BGsvKmwKQN3aEfZ8"
    "sjdQH9JxdAKqVx9m6TVsYgaL76k8Q7gIimKdujL/OMg4yFQ5g4TNpyTo1LXrJ1GqR49w3X"
    "CpQ9pcXacoM3xpnadRtHopopOyxqopiTU5yEgU9CcGMl8zWleGzI9VArW3qSACZ8T24MJM"
    "J9ozsDDzBk8MXlm/e3FdjSmgMDfzBIp4yQaUUsJLoRhSrvo02LJQOOUEUTiXxF8bcZXhJb"
    "HpFMxQXGprhvA3Y40Mx6IfBHQyeYdrh/fLFrrqu33CjXPjXK9wciviNR0RCdCdS7VLJ072"
    "M+nq/z5H5Xt+U/DK2/zIEwRdZlKgeM8JbhzDxyxgIE0fZFVmiImREfBfl7b7iAzrgb0+jY"
    "ECBdskj/atWieFmwrZiAfxmmZg0PVBRQq35Z/XZfjfxB/ouya2orhzTYwXPwiMexzxPh8M"
    "zEVgJr1t4s/z3wvft/Rs8fiN36gsnH8NSYH820oKlIKqm2XAIoSQjVGcUxpreRCyodusy4"
    "VsFPbcCnvrujY2nKbQjYJcZcpvqWBfs5x9MixV8eHi4lNpRj98rOa//fr5w/nli9d8KulN"
    "JNZLBTY0U0FsWx3xohwgroB4SfWRDaApCenXjLinWu4qCOeq6bjDZkYTAxabVyqsci4xjn"
    "Lt7LHalGvPui/soDJVZSHAYjw6Ul01to0gXKhX56+IaZfR3kuJ/jLNUaFDbddoSg0riVWg"
    "XjI5rV6hny5+/fDpHH29PD/7ePUx2dyyd4ZfLGtFl+ennypI52SN7ILOJQZcy47r4GHWc/"
    "c6UZWlk17ONXoPFvT2BZ3TlbILOpcADX/7ao7R2qm5R0EQVJ0xqzrjqDk8sgnuPIwCHOqd"
    "Y1rwF6khWxcEfEUkGlSagmCQiQSD5AUYhCu4A2iffQEvMcSV4IY9Qda/Enn97JEA+Qkrvo"
    "9ML5OFeXvBd/pN0JdfP31qix+r9jncM+Hlkg9yaqZ3abLEy1uu4WF/T5y+sjH0WZtqOUEF"
    "paBcX1CMZ1qnSSKJrzycRtgqRG3mp7ggarN0xDdHbZa0Cqj6OCkdfIYgCO75hENBENxznH"
    "WZILhYD9xl1suSg1DbT1AOcYJzXH+106lSTQysyQGjXWcHx1ae6ulKf3VfnYpYCyda38ZG"
    "UBngc8f0Nx4FqknXK0hqUQmsbUPqo4NFhuDilljfVFZ4XVK7KnfdL3VvlQR7KC3zTEoHJ/"
    "7QK5yDp7y6y1I94a7Vyma0ADHxYpeOT0LhAUOwWM/Gozc30TF+bxwMMgHdB08HHjaJYYdK"
    "wJeEtIvf7H6V23SROgGmOrgKymWpwVTCgVDufil7RhA8ur61WBnBSmkfqQrqcGCW0Z4fH0"
    "vATe9qxJtfq4RxRkG4MFeGc4cXKYYCEr4te6tpiAETudIXYLJ5XBDi068Rv/YWhmm6kWpb"
    "lpocMCRbY3wgUmKASIl8YXaA8WfvNB9rWmtZFuTai7xHjETec37fwqDFdvearO5yxhOUmp"
    "UDil5xguX+ASWpx/46GU9XvHx8S7/egnXZ2DtWiY10ptcRU86tNh7cyKeq555I/ZyOoytQ"
    "Q4Z0TROglKyjm8vj/lAlo53ywXTF7NF3nbuF4+79+v3OBvri6vv6LQ1GA9Nb9tcXfqZDnc"
    "UjaY1WV/oVw0tLHUspInXXEMtM2WoLtSxqZBIhl4uweP/WMpl/I0Ho+hvkLnlJyIJJiYxC"
    "fctbbLus6WTo1utg7jYExHaOK7ZTvZSHxlU8emHMbzcLw1oTRZ62IgU0Yp2jVQ9RhIDUcQ"
    "UryoQhL313vdjZ3dEgDT4PSGseFFu6wHdew0JZQHm7YwmynDvMcs66CrRtzuC/k4C54UyS"
    "cOKVdwIAWwJs4ebZAHWzL69PWqDgUBDwAWV3gwwRUHB1yHEBp6wTxXdM80VMCPG+Frkxf0"
    "cecFAy6R9XboDR75jaiCFiD6MThVhUD1q7D5ha+jWuoPtH3DiGE3e9SNy0J5yFSOOJkGGz"
    "9hqm4dC7UGjcY8S6adBn3NKbrfxJvPsG05zppXu8wRZiAWGs/cY99sK4uwb/yvSTYOU+sr"
    "YdJqbfD9M/IQgibLHeHh6hCu+M9/eg90UBHSbybpyk/wb7/vQH+pd49DbGviESvkIfqTj7"
    "swzk4Mf4IZbvenGTjuwL/j90PIePSP+gxnYdwKE8ZX4snTrlAMSSkBYJKX1H1Cav2Q6piW"
    "VJDe3/idj7KSbtece7NemOoEX3NOY3PjWVc0+rYsCIQk9KYEjLqj/wdsAojcr6lmOUnsru"
    "LhQdE1re5aJkUt0q43JoCyOX6rMM0h8H5e6Y+VNDaBQ4rA1o4wdsq9h/mYCGtl/39dbzpS"
    "2Lby6hIcA9NFRipLRy36qyFAAtATRV5JRhLsoAyBIgQ1RT372J6Pbq+jFIaptyQUrDpdzL"
    "yUchU2s+URABmgQCx54nLZKZRmovT1UMaJHttEjJCt2TFtExrWBWoUWqa2xMtMjPxprw7a"
    "BGiCRXZm1UyDK/RyLuIL77FfoYBijAdAqdkBg2ItyL7uDYYf9obBBxTpCHXc/G6N8ucdAj"
    "CVdxEMEDCXmuCgrde+wg12fe84PKbPX4qBvHNxzLXcc3M6fuDD2uiLlCLgsqWGNW9449Ev"
    "PoAObadx/pomahCcjHnm2YGJz6IyR0wJfyHJUGKHqt26wLfNK13MixlezVKmyHHYxZNKIs"
    "wiWhTkqzjahYbPckgUWCwLUfdqvbXpGF6Jnx7FT1A4orj2oWbVEErNnt1izHqwNLVqVK1t"
    "gglrVki2tLOaq+QCA8dFGTgFl45w96UQfl0Dlmg+5flofh9JEPpStQidndBVCfcdo1QEeg"
    "7nxj7xfvFzaGTgD1T6/Fu1Qjx5ZtYtuItgXO7txKt/3OElDisrsWIqxIRzwGesGU7WCGbG"
    "w8sCyWeE3M0AobdrhCjCF5OUPLmO9KhVbuGtdrgvT0DJlIqALzqBr89IHcPRe67If5/Ojo"
    "3fzw6O374zfv3h2/P8yUp/qlNi3qw8dfmCJV0oO3k2r39I9XMQPT+zU0tLsPerBwaBBBDN"
    "rfry6+NJh+mUTV6CNmiP6DbBL0trEf/GUZOTxGC91GxA7p9vCKPfavB/1u9yK4GUIlA7DW"
    "TaTaOGRWtuzYANVuIuBlnjp1KEMYQ3hG5+EZiWqjVuelKAMkhwDVILr9NzYVgyHKQrBYt3"
    "JHuRa6J3mUO9sntm6lq2AU39jtlUb4pjkwKTeypSuLbPF8aahaL9gYAFsZbMsbonJPgP6Z"
    "hYTXa6QWct5vK7dA8lu3x/IUA2QodC6v5sFKcMSdH2csXMZAAbX0MDUrnHv0PVoTh3zn+e"
    "6db6zTsiAbJrI2NqyGBqIridiIhGmBjTrfMNxjITxnXOE5PAZLuehGWQq6kG513kNLzEFg"
    "9gsku3zGSiMxP/2cle5DJKB6zDblZ+x0jFR8BFSP0Xt+ffxAz/BdprgsCbM85lmG4Ovmc1"
    "JfLp3VvN+l6WZNDghgoNUHQpUrDqq1zMpCQKsDrf5UtHq+dQ7M/04V39pZsx3j5G0Hgl0G"
    "3/LWOEKCPYkHbSTY83jRrQT7Or9VhmBP1l0xru4kpr9ZcWgf0efZG1ZQ+oWHecHslzPEqi"
    "A9YE6D3zGO+4WNlyH6HvmY1dG2+E9LhvlLIbk+wCMFxHopmC9Z8P8Cth2SYcd4cGhsj0Ey"
    "rG6zLiBf6q2yXVspVTO9f0AfRH5w9u+JeC/hiHjf6Id4X3VDKNd+e4LCbwfJYT6Qq0cmEP"
    "p1cyD061og9AMxVBBObh8QX642TXL5gqOyd0el46ptEOn92kE7l6pbOG+pWziv1y1keUg7"
    "qTQlQfAejUeBqeut9PTaaYqLcjDDY57hndxE4CMCH9FgqIIz4ylyBMCToZImsN2N8TREe1"
    "xQQMCwZ5UGtlLrd9mdW5n1/+H3uv7/IPrnByj+FeP/4TUbXzCS2wyR67xk/RdRYLoeRu6S"
    "p6kzujT9ORlkxutFEoffnNScrBHrgzxRJmc+eTBf5PFo7Ef+ROgfMizDHoNew7WFF0oFNM"
    "yNn8sEWM+bA6zntQBr03BYU546wB9c18aG0+C8yKUqKN9Ssb5gzj4Z1gj4cHHxqaT/f/hY"
    "qe/w5dfPH84vX7zmuNOb4kQjgRo5olhrMMIgFBdmGUJxwQmo5PoFIqA7pa9SbQ1jNVjLQo"
    "BrE66qZVjKQoArEFdPRlwVjG8grraCW35xJdHFAuMa0G1CNztuVGnBEhmLWV9cgcmtWlv0"
    "lA+lEeYVM8p0KYw+a0oT7FuL9ZIPdhmPNVnDqR0wdpU+dUH/0L1r/J7FY12woTSCq3d2Pn"
    "klmzj6/I2VY+oXRi6wlbC/cDCK70drw2L1WizevYmPNEPByn1kPZqKJPkJely5yHYZ64CM"
    "EK03KH7tBDVluh9emoqPVQCoX9us2j5x/Vpg6Xtl6aHLd9/Npw2f7kExSAooV8S0izTsDW"
    "jRbr0VZuGWPX2Qu6+aBBWWnwMVHSuI6tQeEHtARAMRPV1cW4joLLprTz5Pt841MxGXByw0"
    "sNDTRHdnFrpP+uurEZKG5k3ppVkb7eUVbpJoke5hP3Ad1oA8rcVABQLWKelHzkBRvc/+jn"
    "0PRCzW0zzcpPGhWe2GMMD2krU5583HHRy3NCfBgn0uKPswzDOhoPK4AlAhzqcZen2NKyjx"
    "oNusC4L6ah60+DDdqVl0SXKQyM0hN9npznH91U6nSrU4YU0O6hPWDX3+3xqmLUn6yf0aei"
    "m653WJtYjbd9QRPndMf+NRpJqUvYKkFli37Ujn/7wubUa1roXZhvTp4ssv6e3VVoYN2Cs3"
    "fahL9jUBOnV+4K0ylNd5JtVTbw2tlzj0NBlmF4+N/TrGrSl3BSlIuVNIuZtQYaab6O27uX"
    "kTvcG3xsEgi7v7Ik13rFaMQD9pBjuX0M6zL7N1NO8ctY3jlvjhamEJ6+Qx61SMb1mqzTLV"
    "6oRkpma1/B32Cb11F/O+IgqZmWM28J+qCNLIprRnX/PTFJUZGcYd1JSRqd5eLOEZGvYioP"
    "juGeD/Gxvoio4zXdu/PRsidcEtzBU27/dE62My2BkbS1fEnjThZpKIPWHGzaTxSpJAOgEs"
    "Xmi6IvZAArLvq/gbG0NrgBaha7ldoHRNx9EVKfzNWHe0uZ/ToTTf2j0/H3xPtL4WhtIVLv"
    "9bJ4fg5Tftzr8+Y+5yJV4QdVfS8Lemm+aGBb9dKtl0jY0g8vGa6sYs0M1AfBDEBol/T2L6"
    "TpKsT2yh2w2PfEsi6XhNxzhZlF6LadcH/JL1SDqooN77A28cH3uuH8YyBlq5gcdH5z2e+D"
    "GDghB7r9AH23UtxDYI9mXQPcZeHM8XbILQtYnJRB4MO8LIcKy4PiUxKpfmzU2eHtLzmj2O"
    "/feerulao6c/ihGT/A62LmKAOE8FubLjzJVN50qWIE/v18Jt37f/gb9bAnYXm2Rt2A3kbi"
    "pTpXVjoVeJ8ATRbuPHz88+fj799OLdbF7xoWWeiVqPiHjj2gXdeSfwjpP86wpd+mcJ2NTm"
    "fSG9X8N9oePmPMVTsb54Wx0/FVENw3l18vwEbuSbanUoMokBvc9pIMfkXqRUIZVGN7lfO8"
    "9+D4W4Ic1Es4QDmTSTxIRTc1WXhSAvWhj1FZv/ykH+dUEIBajDG5PuSsAWRQDSrdEVBW5n"
    "z+iKQvLtxDYF2eCK8n64PeM849f2RFbWrzaylSsLa/GNbYhYadhyO8D2GcQE1Y8a5bigPn"
    "0Lp07wyBnpmmMhuTJr8ypwZ6OR37jNn9CMrpAiD3AQJI4k7oWkPzMMqxw5MOCjZMCLUyav"
    "QVSkQO8VKGb5G1cG9e9XF18a4l4ziarlSMwQ/QfZZMo+fhFqDIuSeVjLnaqmSc3Kdh8boJ"
    "o7tTb8eyzaVNpyenIhSOlRSOkJ8J9qu3cioNOOMcgOXsyZfyBqxGouoR35131KYGA87ET9"
    "FeU0JP4mQvRJuSY8l/9VtQn+2XaNJp4vE6nM7ZLJTNYwEvpLL3798Okcfb08P/t49TE5n7"
    "P54xfLp8Ll+emn2rHAbQI1pbIspNMJ0RczVTC99rTxWRTpVT7axGCWNfPLK2xMFfs+2BH2"
    "fCKu2ZdfnG21829L93Zs6psbtluzl9/DJjHscLOfmf9cbHwoiAeeSiiIB7O+V0G8fM+tTX"
    "pL1EdRSMPotO7tP6ialocEz2ViluhdzUHB81rcEttYFjZZk3CxJk4UirrvNeoFYmEwFQQ0"
    "kWcEwYKxmmp2blFqR1N3bMj2bOv6kS1aw800fyYALP8+LD/99mThGX5I4oB1FbK/Kgucvw"
    "Lnv/Td/8UC0qEV8lwIsFbAmlvcajRaUQROxu0kWkZq7EmhnaXjTAxeWfKsuK5K1NkltWwu"
    "P55dy1XN8Qxv79Tkr2wMjaDuNTG5SO0KyMUK87uFXiwwzt2Si0AjAo04xld2ooQS0IjPcd"
    "alaMTQ8Heb9bKkhrM+3Vmuv9wWXcA2EZVt39Y8JZcbZoqhd8qOCbbR7ZqEO77KFVkoojuN"
    "mRblc7Q4fypyOjRi6LtoCTVoyANeqAdZ1gQ1dAh1722L4VpgzzVXCoZdVWw4nut1X0B37P"
    "4JTNcXsVrNrp9MAiIcJbw+zFGmnGSQC+1Ggk8H4g4p8AeXWMpI50LgblDBOumtoIp2QQzw"
    "VnHvGF4Y+XgRmCtsRSI3RLMbWSS7l0d5OrtLLw5l7phQrf6Ri3SjgkyeZq452mR8QnHi45"
    "5OoTwVemI6dqNXSLBT7FunPR5FV5DwAxYm9qhAlPjCzh/0KtRRPebZ0bBvlfZ4FI1BokqN"
    "aXRQdfy3wlCnYYjXnlao1b3XlVO1jt6Fg69d+o9kbMXODv8nPU/li+bkaoRMZEUj1r5rhq"
    "6/MI1AoEmmCzaFXqZYPh/vLBlukuqjeLUqhE/8bDy4kR9r8LXgifzibGvoxLJ0b8eZWd5q"
    "ExCTGN2WYYHAij0DK6C6Sl/8JoSsNEM9zeAFqRqd6TanaKdXxOCNkqh6WDxR9gyN/Voca2"
    "IwSytxlTU2puzyWH0W6C+ZXr1Fd8m0+O3NaK5XGKUHWIBcB6MMGUQ1lmDG2q6wPiy8RxHv"
    "yuJy4eQDemmDAox5T5ZS15lOR4YQ1HFpSnCeP8fzHEJQdZt1mRDU8Xdd4qfeQV8z22tbCC"
    "z03rZW5BM6bietFA9cko+EeK2UApwJQArwHh7b0GV9Eneo5lYVhER3qaJuoRGqNfRJBfra"
    "uGsKMD80N8Ns3N3Hnma1u9TYjaqYTht5Z3whdnzXXiv3d6mKQbsMQaURIOWGIuVK1f32JO"
    "VKVQUnBrMsKVfdGhu8q8LVDLzn/rynGOJsU+0A4vPiWNPah2URrp5B/bYmkaguqx5JoFZe"
    "diLzpBpJ8JUR58TEzd1cKnfMtvPyiYBKexfevT2+H92RB+ww2jwdCPGm7GvXvEfsAT/SCy"
    "4zwQJEAsSbAGELLX13zdj0ACPffQzqTH0vT9jO2FfCIEy6wu5cf3NAb6tcgpbsT8ydQMjE"
    "E6SEQQHRgwFSGrNtRwHlogyALAOy6/vYFCiQrXlKBakB05SehvHrMEuJaR8qqzm9f0B/Ta"
    "pdTNJno+79BK/nuLyeELs2KpoMOBx9Ytf+30SzPxDYy9m12VZL+c/irVImcirxCl3QBUJt"
    "Vh4Eh6IAU1M1nNH/M4vVwQ/0Q2wRZrYyM9c2THxCrV/+mdAy7mLgG2dt3NP7DXrfI6J3Mm"
    "oFvQgoPtTAJnfEeckD4Hx6ENAtLA6Lsy0WNQfhbxD+NqVNTGOVAMLfdJt1mfC3+GjdZdbL"
    "koMUbYPqfLvWX4ynKmsoL3lg1uQg4qBOSPzJ0aiB2sxIZAKDRSINxq11zEXQ94CEQq/f1d"
    "qw7WYztSA3nIl62O+CPZq/e5utVfZL2zK9+nz66ZOAdQ/xug7mNf7WFI6b3K8FDdy2o5//"
    "87q0mdciQrMN/dPFl1/S26thomWw43wfpVDcgghUT9o9Fjd3QMsCn0tAEPQewONvnm04hn"
    "jPbt5mKmIaNIYfeq8Zrzv16ZSR5+NN1QljiyyXxIyES7ld6ytL9qX31bA+Gr/aF5OwarZf"
    "SaYnu296pGmpIpc4ILER0YIElIiuwhn7BlRrvRakeouhqC3SDOTJxlBE6tWio71qRe+0dK"
    "eP853vRp7atlsUAbZtq3Odw1WHV9mxnjpvf0nHmxbKsr714upSbps4hGM9xr/Fu55NkKSL"
    "fZGtkO2O9tOj70/fnCADBVSbxxZipQsRo8DQ48plP0a33+U1X+iS2qDUZ8392yQp7lKPQe"
    "9s5Bvnw+vCOElJGcZOJDHu9MNbVliGKhuGnVeoAT87+NmnRFxN1OMKfvbnOOsyfvbxl5mZ"
    "qpNw/D4tfVhmrnUsdnBs1SXBv7W7mwXY/vquAmz/FDEeO9tf30aA7ge6H+h+fel+XXjoGm"
    "naTOzV8933bDFTTIWZpCYn01amO/Lzd9917r644q4e+cXZVtLzkd1LLVDJth68iDWX+S4p"
    "kMFE6at0zyjGdC1wOjJAkRMSOycZ6XGxCtEXxJiGgPGTBiuOIa6T3f0joO3I2LZ2qKEx/C"
    "Eav+68TI0CshUp0E3qQdI+Nu5V7ZFcCiLOi6G4lrUT112UA6Z7LEy3jH/DNoJwhwkviMF8"
    "j2W+ZTwb9Imc293Bi1mSHCSDcCy08Mgnuf5WQ8EQKBgyElt8NqGCIWmPa4FhX2h/3WzW51"
    "1U85u3xzEhb+WGLgqNe+wgK2Io86IbcY1L+l3tTUANbJuuBZ+FCxno0fXvhYFLew0lNNML"
    "lVz52It7vAET/UlN9Hweatg2u7pKQhqGKXTv7OIv0Q56UlFuGN0YCi3spiX52MTkYSdluC"
    "IKNtBYJl7G5o3PQSJwmzTvn0WZ4XrSeNix2CQNsoV235VmaZhYgHI7NZcJaZRQ0QU3Z5Hc"
    "fKjYGc3tqopCO7aqGhmiLcB10anKwqFB7DrGzcFyuQQEye0eJGcLG4S1xhekIhBcoJDklt"
    "qAu5D8ZVFgAMes2yZ2uxr/VxYC9m87+9fY6Ea9G5FSn5uxwSzL/pVX2Ji4v5+p2nlGvz7m"
    "373G/xUvz2Q4QKbGcjxSiW1EYDPWkAk4LgIuxN/CRWOIabMNWZXTkIY7mkvYkEfzRhuSXa"
    "q26+Cv0G4uy4qshjSNTjrLIwlXFj0udmFdq7KgnY55pomgCkTzvhnfrUEGYN8uC3D7g9t/"
    "pIr/mN3+TLfPm8E2KP+lbrGS6n+pW61cgL+Pl9jHrLnHMm7agV7P339nIfqRy1wBvMAIc+"
    "kH9CnYShz+JEQm69/Bml+Ko/o7GhdMkXGZIhALMMjBmr4lKn6BogyUKd4nf96NfJHbqyV5"
    "PpMYUGksBH1N0Vf7Z2TYRJTY3bzCCyLDL/CDvywjx+T5aLcRsUPiBK/YY//a1wQMvexZV8"
    "oHVZ9YLjRchc30g8n6xKCyV/Ouo28UEBjLYCyDsaxsLH+NDdwzI8AHAlO5eHkmFysfyAbK"
    "OzyOHSU+RGQEKBkkoJ9haqyeJAU6DbprMdv1Ftuucxeg0J2hlfuIfBLcb+iFoGYidzj2jZ"
    "NoggG3qfEDtf8DxHpu8had7LNHajqz3wLWfpPrSmzVWwFr64kR6+iZfI/ZjeN6dI1zESe2"
    "z5NvSCX8MJihwKUfG3QEk94ZN+40nHtu0dNneDZdZihZ7jfOkipK2I+/mOOGLP7fsO/pAL"
    "4b3a3ibqIzlNEW/L5sMUoSAH/QX4KQhFFaU4J+0zhQh0F0QO/+48AI2J/BHrFw/TvBTcAi"
    "DMkicMzrW3NzWGEqsGNI4U77cl/p0z0HFAb0dDNstfJ7uQjYVd3TCelOI80mpAIDkgls1x"
    "+GSZgfSjAJ88NGJoFdqvQrgJK5mplTAp9uLbG8fKSr2VRCWY3C/zsrdlLQrNQQrguC3Soq"
    "JjOWqNnJq5stbEDFPNiTD7jw777Qnya4eGXZgPq729AMpHk7HhTnke3BsjALD6ES0vSboC"
    "+/fvqkRr1IBItTq//apf8MEyr+pHtLb4Hie5FaCZrnDw0BIKXrMxlaK/3++AHiv6d4fs1a"
    "6BLoDtFjvPcOeWlQamFkxmHd2QZptU9Edo3FoHnqXQvSACet3Q3m3vwtdsiJlMD0kpT+91"
    "C4WaIEWOoH5DW5kjEQ80Om/r4fkbnCRsj8eg7GVsCvUJyt7O7QRfT3JfEFEcB9PAC00nFp"
    "pYUVJ6uYFkQ01E27j5H0sRGopXzmEtqlLx0fyniO6F2NAPNrZYRvN1SrXKu2w6lIgcYirJ"
    "NODzxFt+fd0G5PerjEWv0Ud4fkcMSqfXJKcruF7U7HyumylM2omQLwK2+nDmTCdMGCBQsW"
    "LFg1C5Ysicmbfp2GIV57TdZs7baZpGWbCYJjQysT8omySUemvfSdTOpGoemulXTxgggY6h"
    "KqONRKHSK0OVxRNW/l2oKtuAXmkhTgLIEz0E7FeOXjY5mA5ePj5ohldm0stNPIVnLXrBPY"
    "6GCjg40ONjrY6OVGU/TkvsMfqdV9IDDNC1dnbRY5890tTH7zgqR3b3U2sxTTWAgxIfTiJn"
    "p7fPT2JnpvHf1wE/3w/h39991bjF+eILoCeA4oWRt3zDPsY97pl6WdYv+BmJj+tGbNpAh9"
    "Vt3t3O+jgD0YF3sAZTSe49kP2X66zbpMtp+ZpILIGqTp/d2Yo0+7jfYcAM3/qwBtev9gXa"
    "kmTL2aFIk711fit4syQL5KkK/071SKQkvvH5Cqonro7fz1MITVewl83zfC+75W49mnuvBi"
    "iQVmYHPNqqIMWNrixOrIZzbzQvVkq0tqR7l2f8YFHjapTqfEaRdltIO4+13YI86GKAGcS2"
    "gHbx8VgdmfrRrqV5AasGvdJAt01njQp2HqfiLGneOyxq8Coi6/ONvK01mle6VYukwEuUte"
    "++3j2U/fvT7kqW+IOCgKMKPU3t+aBiPWDOsmOr49fkf/ff3u/UsxHdfBmMC7Ae82FTVxmg"
    "wM8G7PcdaBd3tShRl4twzbuQxnQe9qRnde5y3AHgF7BOyR/e0RM2yKG8iubbdGpMMFlIL3"
    "/8hK3fBz519gFoBZAAoimAUw6z2bBVCRrNcO1E9pc2kOLv27saAuWDO6mYCG8HZvFgSuLz"
    "gImmOyk9uH8xH31dWh80SGkXZj08S6Kpmy3+gj60i3dNpMBaBbRmkKdi0gOBZT14/uDkRm"
    "Lvt8tt3hlt4m52ujd6cusaXrryPb8DfcE3b0dnkTHb8xX5c8YfTb0m8VzPjNM0QfwTfxGW"
    "LRTDPku1FIn8QDb2YoixFBTDdocMwN/AXAiwfm+lSUpGkabmCuP8dZBy/ek9qT42dCDh5x"
    "EGJ/oPZe3ftJOSbEXKj6S6ty+vlNuzff6aMsrIx0WQqcp1thZiq0CsDp/RpSUN3vF6llog"
    "JwUUZDkHsIqE8AWzwYdiTYLH5isfOG3Y52LlxVJ2PpV8koE8S/rULP+dnHz6efXryez95U"
    "uKl0Kt7U6hRbboAXqolOJSENl3XHmU7jzyObKrKeYd4vAvK/go2iOYesKDOcf+B1X/h27B"
    "/gfJvKas0ENFyuPWQzQdbjM816rJlzk016XBtOtDTMMPKxr4J1VQ4Muq0G3b3jPtrYusOq"
    "xWxrgrot6zcyqsSbZl3iDQR2Q2C3VqEHCt7uoj6S/xk8mDoQTFAyxs//uMR2Vi5dXJDva2"
    "G8NIR7YsrJf9M1WKnK999eYwSwTR6wvzkQxQmk12ZtsQKOG5LlhpUGzG+Wihgw4qL5rC2a"
    "FwUrZKA1DgL6NRHV7ANiYe7Kpw9GL37HdDMMURDdslFucXrnDF19vmpI1O12+I69/R/I3X"
    "Nx+P8wnx8dvZsfHr19f/zm3bvj94eZ1l2/1KZ+f/j4C9twShuTRFjAynActQjJggjYlhK2"
    "JdTj778ef0P73xautKn97/R1xF4qmEOh7akHjsiECyUHu7DQdtuZXJbTiQsb4HiuGQi1+a"
    "hPhnJF7s/5SBObiCa9f1apxl1eg2Oqxp1iL7AhCtOy1YQoLIZee2L9cWCYphvFby3b61gM"
    "IL3nD7py72qfxR0qRBKg8Y9S4x9/BNuE4yRCEtpqsVSpgIbw9lLn49a1lBj39H7t1PzXh1"
    "INstltzfge1ltk28S5VwE4vV87gHuxo9LTsQZwuzFVEOvAohpZU6iJGFCCyPu6BbUyHMve"
    "KeGiLAmzPOZZhmSq5j1UX3YkMXLU2pCVhaCHnyD1vWhBKoIrEAWI6xBTw10N2FwA4NzK0h"
    "XIj31ZOu80H2taGMvSdOWXVUzTVZZuB8Be+HdfkkBCPWHNX9jtkNYouz3BPWXj6b9wBWeN"
    "Kstc9FjyeBCC9wzsKQahTExTfJKAnr+RgC3XuDWpgJAvXZ+1sfIrEvD2zPmtfZLyUCxjyG"
    "IZDyQgIbUDVHiwooyGZG73XLmFPcMP11h0BrUFbhSlNAS6+xBftkuFjHQQ9XZmdEWzcVUQ"
    "a+MqJgh6W8bm6fV5da2SIG40rApiTXBPGMepPEmjWOhRI/3CF4X0czJIOXHmLT6ced2FY/"
    "jmimqFqkH9RbEBo/qzTyYV1l/Odw0JVuWuykI6xUz1xbMkiHVgsVIt/2s+2MRQljVYywts"
    "D1PVNSOmb+1pqVLMf0pG0gj0vo1VumHfx99LZKqmV2fbDNXbwo1bs09OHZb34dI/kk0W69"
    "pmIAuvXfS3j1cnPC2E2zr0265vsY/oT66HnQAZjkV/CRB9+0JBFcruhhW2hiB0ZkgYpYuQ"
    "/dV8PGgT8aSmdD4PCjpfSQhsPAkbb2zdpbQCl1iLeFOqI3zumP7Go0g17RIFSS2wbvPnn/"
    "/zuqRR1wpEZ+78Txdffklvr1aNrizsBuAbN+ZGvJ+vTl2u5GWoFZLJBAa0vZm6gtOv0nuU"
    "qlSQakuMaq2hB0QHPcPooIL+qUYE1AVh4xJtXLaryLAUJADR7fRKxYAaLOJibDDL8iv193"
    "Z76AVbkt3wV1fJSJqCW3h3S6he0m368uPZ9VPl8lHkz2ziEPNAzMgkF2fbCBkzv0+Gj3Gj"
    "MKHzUO4AZe08cgoFrdzAI6FBQX8k4Qo9rrCPGYtCAiEX08GQMjwMdOp8cgoGGsw9o7beWh"
    "EvtmsaYn2kJR+tIKOdu7if1uluQMQoNzsvCyLQzE9Q9xRMQTBchoa5a8NF0jkcun4nrmE6"
    "jkag9+0YTgATWyE5mu1WiJXft90KQfHd1ApwUYBxULAgAubNdVmXwW2WhMAU6W5cCKMGw2"
    "M0GwMYHhOOTZ9CHZehTI7uOzZ52CSGTUKlQi5lKe1g7iUQOGYZ1WyQkgyYH9vNj5zK3Z/V"
    "z+njiWEsa3uUVtfuZgdzD+xvdGjmQxnA5IjDdxuNjiy6d6vZkd8pYXjQOyLen8RCaY4CSs"
    "f4EfnYdH0Lma5HqPFg+Bhl84mWvrtmoaWBKB61u3HB8BiX4QE1Dp+5bjycXTdcjcO/X118"
    "EQPcUOPQImaI/oNsEkz4lBPBypBgIzcHmlZjSmflcC82QDXQ9NFn2a7ODlF7ZUkNo/YmEq"
    "WXYtJexCst2aBeaaooBoaRRF2kYnWM/W2jUl2OiSGtUmSmuMzGVMa8kDQpNgAKKZXt+n8h"
    "kbPboim16KO170Dw0ZOq4mwGFHTF5HYNNcXuFXHwAEDO15Prf33kfGUILm6J9U1lidclB2"
    "uwOuG1TtGw1HoG5xLaOWJk0G0Gt4btLfHD1SKt7lM3Kxss+pLUc64ZBLF0EEs3YoOty1i6"
    "zPjb37Olo63ct3uLewPFlm3qKGw3a9PkLhmXFstwZrLIwz5xLRbVxuPc4lA4N4l6MzYnyD"
    "Q8wyThhtdBWbmPiP4NG+6OirOkRY6tjkeX6RmWhxLScRWbf4GRvaeRzSBX0C6S2591RUd6"
    "dPmiEILWQgiJhBZGXVnrlWl11NzoqNbmiJoHStim9wOy25BNN2yFXbQoAjqwIF8nLzciiW"
    "guAMlPVTCXGC+WWCWZrCABcFbhjPUqNdO3JANv/HarN1de93dTapfJNKuYvKXVtbu1m5Sk"
    "3N/WLRTB1ATxvi3d31hpxfOHZk9u4YbZNqs37nuAH6TjOa9XGJkrw7nDyHbvyvlcJwizbi"
    "ZJJVA+KKs34fmuFZnY+pGXCSUWIgH/yXNtG5mRH7h+3Qzu8TkyBnGFSaOvC3TEHmdHbD79"
    "whO2xWB5aKzdrYPR0r2PyTM2tmsIMG4OayyIQGTjHpGNUI+wedVDPUJwnIHjbJKOsz6V5J"
    "/yLlMCDfmnUg+qZvU4ziBalFtW9RzxCPXWntwbA+ftczxvI8/acdbLkjDrY5l1QT5J8u1L"
    "fVzxbrNeluxg1reHeQ25yU53juuvdjpVtxtFHr4qB83U6w4OKBIEKQLTpLSoEk8eBPC2N1"
    "nMhAZssZhu/JPtsAhkBpAZWpMZxfPQCegfsXB9C+9bWPMsHuvCT5I1NIFfFCARmCtsRTbe"
    "E7HYe3+VDKY7ZnS/7QYvMuWIUSmsQrz2KBjd4HWdDDY97V8FskfXv2fdw/bPaIhR+z0fT1"
    "Pg8DdjvfAx/cLBvuXNzulQl/FIur6Znp8PvidaXwtD6QRXnz6SjxZ2qNazOVth8/5A4CYp"
    "3zCT8JSQRGJhZiJbw4kuHBapE8shLheH+iSvEfbj3sJLw8TIuDOYqsY/+PjTdybFAHkrN3"
    "RnPP8l/hglDYjZJ+wvqkcWDfNIKCo3LrfOA/YJ/VwpT7ooM2CmNFt5B33B3DNl5Uah6aqx"
    "VgURDYmr7gsw+9gI1Jrq5BLa5fvPj2UydOhdzYWXj2tZOsRa8E1+cY+VilxX5XZCe2Sab9"
    "80LNvsdkO7Lgl4b8fbIjnhV2EGbddocoWRRpZwyaSmB3NbuunFrx8+naOvl+dnH68+JhGd"
    "mUeTXywT3pfnp5+qVVZX1CRZubZAk2uBuSQFOEvgrO64hzCNcbnwZYJzDNN0o4Yg/+aany"
    "Uh8BsJ/HJJJUc1XMtCgKtEJdV4JXbgi/vsneZjTQxkWW9c+b3d3pS7UI50T3QLFVA1xbb8"
    "7u7u5eyG5L7ktKE8zT1O1WZY2raMmYC2rYG6lbb1C/dK1D5KbkdL10+7azD6NO3AQZy0L3"
    "k8fPAjImGAmOcHUxnbdh8DKufj75Pr3/NLwStvI6qF1PPTdkgF5QOwHwrh3lTmj4OMP87v"
    "gkJKELo/js1KY+sAQvd1m3WZ0P2m8s4t0bEdl3V+2q20zILL0ITzZppwXo+Obalm2ZzzXZ"
    "aCtO890r69yKe3KDnSCiIaOtK691XSx4WsTbXKCi/KwPreY31Ta4SwIi4qC7woM6An03If"
    "nbSUxRQdxils9JuHBrFVlrtAdPhVf/CXZeSYDFV0GxE7pAbZK/bYv/Y1IUO/C5lJKfsiZA"
    "IDvgVBdLtmndIm+xpA3ESxrqlUw+rjlobVx/WG1awUpCk+UVvLR5oNJyoUkDzwDLKLZVsQ"
    "GyQ3eSyqysit2Dp5kTYsVg1+qcpB6ItE6EuKWeBGvigCRgLuXFS7I6GXE9fa7LB7FeVg+x"
    "rz9oW/eYQOt8MclyVhlsc8y6kBvGiIY2gpZV0VBA2vquH5+IHgxx3qk9QFoUBJHd4731CN"
    "cCqKAKSCcg6lPC/Fig4iWQAZamZA7KMeuGZRMKqHWVkMsIU6L11HP26p83JJ9eTLj2fXB+"
    "L13AHEzyF8t/oiS0AMEbydRPCKweXKbAfQ/pKOMy21TBbXos5fQpV+AfTl10+fDlpU4A7g"
    "rVVb0BNmofrfgLdMIDpv5NFlGHrWNkeT/WO4YPTGjkRifGXD0lV7E7FbWEMpxGhDmzi4VN"
    "wj7RwUB4jH/YVm6HaDHlfueoYeSbjiAeSOGwoqh/QwPpQJGVcI+dJ31wvleIyyFHiGtnqG"
    "Qlcd5KKMhvGN3YNsxKXvGEYKMJelAGhpoBWzk/fs8TkyBbBrGokdkCqrNr1fu723l0AtKJ"
    "sw9RQZmcSoVIPehYgFGlaahi3kz+5JAqgmRI8NaEWOcISdw5IZcN31QbMly67OZCzY9Mat"
    "huvf3EfksrKUOUON/MgJkqzmJPP5BMUuf8QeOUNLjOMqlI8rYq5YX1xkWIYX8kqUwSP2g7"
    "oF2+eDwJQdlykL2dDP8dCHbGjdZl0QolcvPe4wzEV9yNu62RSkoJ2NfDub+HBcrBVbX1XE"
    "BrRUqboTGfYw9up7CWv1faOt+h5SinqnVlYkWNzTP0Rl7RZlhsy8xWt3mGXbfXY5g4w+ck"
    "nu6kA3J9yWpSDXtrRld5FryxL4qS3GCgc7ip0LK4LaUY09NDB0QyJKtLrG3xr27lxCA3jb"
    "FMzzf163r+1Mv/x08eWX9Pbqgh95zPDk7esa7adCS0lGal44+Nql//Qfp/mk09FRlKaYIN"
    "yL9PvZ+PPcCf3NgYDyy67N2gi/pfHnAme3baP7miGTKUfoRbdUAVjFZpsRWQSz5QKVBoFb"
    "A5YFuDWY9c65tbQPvPqslyUHyXF+ghN9gnNcf7XTqVJNwq3JQTBPnXEy6V9+56rVeivK9G"
    "UKPl3Bzu5Nbe5RF9oXzRgXZTQM9JtLhU7NW0Kn5oLQKe7xVqE0cgktMB6a1AhcX6XkRHo7"
    "8P7VXTizFYU7xLkTrWsMRHkdF+QHJOcMW9VzdeCtNgExieGcoOzHm7RTAP0s/uHGoUOfoH"
    "T8J48iLhn2Cl7cktyAftzsk8k6cjPkdqmwV5GFCkZjVu9d/05Nr88FIAR2ewgsRauOLVQg"
    "qHHb+apqyNx+mqhXnpR5EYW37rcDAQdevDxro8F5qubCze+UaCdkuWsKGOKi6NFnFYadPE"
    "8yzqDkwac+to0NtlDooktskQAZSxaBylqwm+56TcLqKd754B0HuH4gd8+Fh/9hPj86ejc/"
    "PHr7/vjNu3fH7w+zDah+qW0n+vDxF7YZlc6R7Ww9/69Q621wQhvatiPvvqpq6HrEVEE3E9"
    "CvZu3ruUz4G72r2SyY10LgPGOTdh+QjSIqiECTin2ChcDNp5nDRy5vjisDOxUuLkqCw2dk"
    "FuFe0TzdqdtX6+CM2TkCVTu91KpmB2sWI5rctVXFvnAwesA+WRKTF8JBTBQFTCOm2q6BeD"
    "wj76/J/pt03+VKMfs96SlVzyTrblipoBc22uKWWNyuqHbeLLcMLl4FhXyUCjk0dO+pqCk0"
    "jevbz9oQN37umP7Goyg1oDx80LhGLsDy7i+9sktSWgDfty3PzvDF2lAy54syALIEyCPqmT"
    "E26KduYJRr7IR47YkSF6/Whm03qzkFOW2CGI7m795myg37pU2vufp8+ulTXbmJgt1CbwPw"
    "0U7ihZlGF0zsWGxCBjl7Os6lvqNgPBpKUZgFEQ3P9h5ieHz3gVgNzQ9aVNWymAapj30rUR"
    "lipmIVhpoggL3dLAA3yDNxg4yEIaevb/gZB4FxJ2TJi5dnbUw5nawH7AecoF6sCxJSrHki"
    "gIyQh4sErGqdY2L6Zde32P8RxWsQedhnvLfFy6FZyLRZcCkiFnrByoKzK4jwit8oCF0fW8"
    "i4o8vnpZhSH+CZAr79jxJS7Cb64Jhbr19gT82KgSS/Jsy7nfam+BcExkyBh2ezrAR/IqAT"
    "+T7IFBQhL70/0rZOWQyUcQllvLQ3yaaPFGW0oV+6y+SzG5vmtTDEdnPTPB1WbvcKt+ruoP"
    "G20DEHcutaAgJki/cuFdIC3qGdd2A8Nq90vYzHcgydadj2jkF0JVEg7cdM2pcsbCVNSyCp"
    "k1nRV6pV1R7fM+fqrDLcxMCWTbwSLLZRZWCVpkHEeFWmSY7ykqO6TlFR5kdkG0G4oIY+Y5"
    "AYB5VSUjz6DvszFBr32EERZ59YhpTvPiLbNe9ZJzz2O0u04h3yfMMJDF5MtE52DfZUId2V"
    "Ksw+XsZvRPLzvtTVc+GteiusBpZPj4RIcbXLAlyU0S9hq/v40GQXUUR4D25k1Pj2kG5IQl"
    "utbWQqAI7ereBOIgTH9bAzDMAdc0+piqPmcilKaUNID+x04RiqMxEFMcjlGzMJARTjM6QY"
    "TdvdLSK4JAj04qjfbDZVC7qGA7XKllU57XS/bgwXhXCvAiUVMzOCxIYPieTP/7jEdsZANR"
    "CP5RiuiW2rTbxjpXCHHxKTeIawfZUKWF/zkXQCS4lRLcZ1+A/ExAtzJdr7U1zTthrb0b2K"
    "xztLhpvkbi8GV4GBLi4xAQFdWYGSIZdeRUqCi2YiG0QcZJQI4rxqF30ioR+zmEZeuMuwkB"
    "n5gStqd7v/cFLBkvwheWwW/03AJP/ReiNwzENxzOVZkE4cKM8d8M0S2TDpApdfw0URcAeL"
    "mo+6avRnej8sWIkFO/5CgZOllpeuv0gKb6vtCHVBaLFR3xbufKpjLQLTVfPuVcT0c0B17+"
    "AzDWfBYg0EOLeWaS/JQbtt+Srt/3aJsxPPVxIEbncsxJ8Mt2vj5U4Om1wMeN0x87qZ1a3u"
    "D62JglN0N6co2z3U4S9KAfK7IQ9B0xA0/fQHyeSDpj8Q2/4Y4vWBgK/Ors3ayGrP2KyZXX"
    "lL716Q9Hap4gA21S1Z6DHLt6dAmcQmHKgTVvs2Hha5Pr+8jBxrhtZGaK6wxT503HAWM9C3"
    "Lv3HWLMYZwF93eNzZIru+thLmqm5UWi6a+gyDcHQmqSBpgtaAdyCiIb4ds+lUrwW9HEWpk"
    "aAIs4lOe241e4pKQZZvP3vgHVJUDuwewhAz/OLFAP965Lawd392qbaCfEXSyzQ2xv1i5IM"
    "eAvqBqgbqUJakABA64BSTVvNcegOnjYxzAbQSwesobt3ar5YY7tODdGSDFBO2ymn3Hjek2"
    "xiTMZlNtjEQJalmkrLq0QynZ1enZ3+dH5Q3RA6QFa+3+zINgRZVBvazdLHoy+/fvr0lLxd"
    "sqIbmLt8vUtyd/nbtp29u2bFA0pcGuPXWFcqy9ik1QR+5+HA6Cv9hBujiD0mrqIZhIhqQx"
    "n5xobyLQF71+NzOu5EC0TdnkQdJKA1Q69vkELkWTvOelkSZn0ssy6IXahl9fDzxhLmybNJ"
    "F094SahtvneZ6yfdWltmls3WBAsMTJhz58ts6UYit1FrcGJZEKIT5aMTOXLBynitsqpLQt"
    "pxQG8OJdb1m8PGdc0uCUD23UdBGmWj7lqS0SZSqTMSKAkTUAC0IAFw1uAkQUCft6AWm8oi"
    "rYoBsE3Acp/OLtDmggBuFdw4ImhBoeIvtwK6AkmAtwpv7If0DGLt5MAsCgK4YnDj6AW8G8"
    "BVYQBZ5CjeYf1WxQBYEbA7rl2RKABcc3JGzuJ2EyNSw7YlXbosNmRn0U2QBCBPkXlIcFPz"
    "KRdlwFHf4FKWKcnEQtf3LDFUDJifGKvWTX0h5Xo53C33xQ2JiQ+EFXOKN8xkXJlOfq9EpZ"
    "yC65AJLokZOxlD9qlnBAG24h6C5M4xwsjHiJrv5v0M3WMvRC7rKsjaCJZkiSUqotPTk26c"
    "G+e0/GnAPJ3c+4mWdDXFpeBZpfcXPvawQX+J68FbL+O+hyvDucO80eGKflvwjY7QNxovas"
    "VQ2ZJQN4fw04Lcc1AyfmD7h6qyU5bS0MPST6g9ZDVAVoNuWQ2QEDVAZwiuwagYSLkEGPj1"
    "KGYTk4ddO8wVRSH+ZizxN1KlYVhR/vjN2LWkf0kaCsWMJ9gqnm0FCmQAC//Ct7gV2WTgx9"
    "dnMva9m90qVWIgjfw1gnuWz7+MM/55+zPfje5WBbv8x9j+ZsFSaOnatvvILGUff5+MEXzP"
    "rwWvvI24zECPz5IpNZCFeeFvHqHLh72b9KY/0kj/7HohXpZf514G9gsY9RDwPIrdV+OjFw"
    "KedZt1mYDncVEeI6LxemkeiH2cJK1JuyyLQn1Z4jqRpayB3GInqOuSnVTMHdGa7h7t4tdS"
    "gLoipiHD9HrepoPlqfLvWlLl39WqE68Mx8G2CtIFER1R7jzUgdp5as6sTEBDeHug/ekeq4"
    "ZvLqEhwN1vyEnorlrQWVkICkAICemdwvkglG8bsFNIGkx5jWH8f3OZTWHevCnMRVXNqKGm"
    "jHRFTDtHaw89kXzsGeJAyZbeU0Uh/Zp0dH/GJYCpE1UlQXANjYeWqrORBVeB4iSXJTVkI3"
    "Wa5ievtzlitqZ76yv1p6lum7kYbJpjfpugafozmWNomj6Enjl0ZdKxKRpdm/o85kS1Y2wu"
    "AklkW+uSDl06c2wrtilZbCZXOzPveVNbth3A+tk7NXmC0/SWrSyuxddVuSpplWzdM+cxie"
    "C75GNptJZLa5M4Dy4x8Z5QfYxH0QmkAWJHk5XVHDyaL73t0aN+fq9U+Gh8P4vlfMG6qtMf"
    "XvKoTsJ6Q1nY/xGVEmXQ2rjHAW8kRQHFVirPqtQG9Msnv4vDR3t8llL4aCHOjIeHBpFpYm"
    "xhiBHtS3eDGNHnEy0IMaLPcdZlY0THlKs5Io62e9IhwUuNDC8J6edC7J4JhzCZvsJkVHlJ"
    "jRnJ9zKlct83l8p9XyuVO4lgGQ87FgNpEIx7iAClJ+GaGsymwKZuq7JdkhuwyHb2yWSrbP"
    "uY/rUB0w53qekmEobKbrKV3YroKfYMq0kCQV9f20uD2JGvtKILItodib10EIwCzIpmpmUf"
    "cpJdFvHGAbTDv3t7pUTC1TBvJwWqshB5MB4WoE7+rAzHsnea57IkzPIUZllVH6jJgTZQ1w"
    "ZSkFQ7ClfltDuX5ocytjK9qznr4bBmLXPnlGoEj7VfvImOBE9rwInVSWxEtdzOxFCWjzux"
    "xPEReeTJ05RDusL+AzF5FaADgUO7eHnW5s4OIo/3+jXTO7eXOnaQ69jEwciMgtBdYx8F8d"
    "Pof4MgaaxqoDVxyHee7975xholKjp6JOGKXlu5gUdCg04MvdtAdBoesB/woAdBxeMBHijj"
    "1mY9YEkYpZEZjUWQCuZIfE/s+8ZG8SNwfg/p/G6hYc+daF3b856ckn00SKhOyaZiJyj54c"
    "bhbwr7JPnhxolDx09Q/N/q2yZFk8uw5M0kea1IAkQmaOajlolMCI177Oww50U5MEzHbJhC"
    "csuzmePbjYpxXBLSzjLuwcEZK5RqhnFZCExjAblTUOjVsK0LAr6iSiGsrLMSsAUJYCPrgB"
    "bNVjVgBZKdADx5q7GFKqvY+5CjtYUrq++KErlajc7fXrO1pgpx+VCXgDdlnfbE9tRaE0f7"
    "ZLjC6dMB1yvetuuTceHga5f+IzkVZ5XBprRhy06E4LSSmZD9CPWYCP8JB/cHIkK9cHkmQ6"
    "hb6Z0SvQNTdhqtsO3xVnpLjC32dyE2zAliNRVR6CKPQsJq+iOX9++bZUT4irWsnyGPLhj6"
    "BGrh4TDtwFfpHtjrs6Db37h4b6BWm6HXl1qFpC/dZl0m6Qs7DHPBLtoaBF+QghB4hRB4fg"
    "iqkJ6ZgHaEZw/1IplqoQJuJqAduN1n0j1iW7W3ZEFEO4B7CWQbHbM8eS23xtPtZoq3cnqK"
    "lvgejN4krPAtfN7Z6dXZ6U/nPdjg18S8x+KwttINMxk7PMzvlbDEM1s4FqM2rxOi201TdB"
    "k1k/PYMpG1vfd4+wSm8e6arOLqAwk3ovC0+g1gnoN5DoYamOcw612b5yadhTvXbwiU2R6F"
    "WpQfc2MdPqX0xhOU/HDjJCXTTtK2tjeOj03Xt4ITlPxw4ySn0kl6FN44a8NeRg6vF36CCr"
    "/c0FHv7nAQX8h/vnFcdkKeIP6f6ln8NJE79HEhFnk3zx3T33h0rhrd9ancmOe6k5C3839e"
    "l17hFM8Xn0//+bL0Gn+6+PJLensB/7NPFx+q9teaKpgCeubvVxdfGlSWTKK6rRIzRP9BNg"
    "l6cywf/CVd2+g2InZI9blX7Hl/7csCbpkOhlD7dFSRr2yVbIDqdEwu/J75wBTB5zKx94zt"
    "b55NWJB98sMIo+7jbyZ4R1oKSGQS0BWrVjaC+AGrnebZu/S5qUtD2PN4dLm6Cl8znBXnWy"
    "SvoTqv05RDNsOzmWPIZoBshqmQiyP2OWmAL0SHQ3T4dCCWig5v9psWcnNXjIeto67SoiL2"
    "0V0yk0YjyHttU1GETOD8rCAq6/qMzUo5ByhrHoGd0N/EFTUSp2W8HE7ifhCYToiPqFJF4W"
    "P+ShLOWIQwu5aFFhtO8Ih9YQByL0+AsONx+TWpkr1yBVWG5Ai/XHrM3PdBvE5PkvV647ge"
    "+1auzzlA/tMIWD5wQIADAhwQEGihnctdJtAi3YcVKwqWpSAPvU41JIqlEqwlGSAYthMMee"
    "DinqZvLWhyYjjLmr+lFSZBLhTVNMiPlimGWd4ZR1UP8ywONorrkQqM59L1WZv1nIQtLbJK"
    "qXJmcyLGWZG0yyI3Z1n4Alob5opVsCQBIg6918ffJwLf8xuCV95GbCx3NK5MHDF9dvI6FO"
    "pWiqtZVtjPagnMwki2Gy4sY5P9TNcQcS2INIZI45HsfhorwBBprNusy0QaO9H6VlTju9mF"
    "nUto1+9xLpOcOm9OTp3XklPviaPU6jG9Xwsere/ggPH1y3u6pds9uklJlwX/vQbyFkq4Kq"
    "zFeh6aF05BvONOA5WFXpfULtZIZqtu3qnrVQQSxKjBWAf6am3YdqNZURHViAM8mr97mxkX"
    "7Jc2u+Lq8+mnT3X6z/OJiRVb8ZZkgP4TkKqP9O+gel5DYZH29VqV1QngLlZssFl7obsW4L"
    "rl0CsKwoG3iyPUth0cBAsr8hvqHzYfeSJZ7Q697gu8PJCA8DaveOmKGpm21oOqC0NZKIWy"
    "UOOr0DyOTbyzU9IzyC58VkEMUjDGw13VKUvDNLEXClMw2me4JDjIHD9BzR4tptjHawbiLq"
    "9xRRRe5THPc/xG7jTPFVGY5zHPM6Q+P6fZxo4V7DDNBTE4nEc8vUvikGC106ZdEYXXeMzz"
    "7GMjUGNjcgntOJheasAG0XptiOp9XeNvTe2vchENMB6aavTxMnKshbILuSqnAfR9O5JjyH"
    "Y04UqicEqM+ZQITCGD3O6MyoQ04i+7cEKZ7notzMVrqS2Si2i3Kx1LHbrHLYfucf3Q9XeM"
    "dyzKwZY06i2pEFBen+GGHakg0za7Ws0sm62qSloIwFfYhSpi2u1EPdR9XWHznm4oZJcO9z"
    "Vh2JDGvCGZVBfaLbOiKAhzPPY5Vg7KyoS0qZbahRa8JkFSAFcFy1wKwCyqu667VgszKUho"
    "ZJ5112GdLsIF3pHaqAnDpj7mTR0KUfbzDlnYM/yQ8RZq0NbkAF0Rujy1WhHZogygKkD1zj"
    "dUl2tRBI5SqEc7fCRsnKOkhG1ZCHDdXoYHStAW9L5uStAKVnEH8H7NR9IU3PLLKwEuP6I6"
    "gPaXdJxpnWiyuBZP8hKq9AugL79++nQg0MA6gPWnbCBNF2xJ75RYr7kF0AW6pcF0RbhqM0"
    "mgDJXre6pc31z5rBA++4DZ42u4q5RWL9YyO3/Qa4GXY42/GeuFj+kXDvbF7JwOdRmPpM9B"
    "VsnKzwffE6yvhaE0Qkup/mAx2I31KG1GNG0bL/3iXmYDagTsjrUa4/1rS8HGbJOTrNq4wJ"
    "mAVO3GtfuAeT+CpMIivdl31zMUujPWrP1xxX55XG3QC1Z5kd+CGH9vEwe/FJdt3H9IaGow"
    "rhKK2ZqSDZvJBLQoHNF3yAx7PdRjt8tSEJm0FebQVQe5KANrWarFHTN7OUYKMJelAGhpoB"
    "UduFDbv82t4Lhqm0N6v3Z7by/x6TukwkMF3lGFlkg1HuFGiFrXkYIIuOW2u+Wy6vx70pfV"
    "vgATQ1mWwywurxJ7eXZ6dXb60/kTt21IGJFmGiCnTLZTADlfs936v6bGd+ylQAFaY4uYho"
    "3iAZj17lYbMLy4id7fmsZN9O74h3fs59vDm+h4eXx8gm6iN/joll//4SY6Ojx8Te86Ytff"
    "HZvH9K6j5Tz9/O0xnjO594flz+Ox3x4bVvrJ8REb8/jt0WsB0TC5by/ThaLgES62lQCyY0"
    "iyA/pFPEe9BfpF6DbrgkDomuPIXBG8pHO59myD7NIrtC6vBXkxdP0K5sBjjvwVCeiJLkhw"
    "3Vagvy4P87BTjf5gj0moCMMM7DADFjHuHDcg6vW6S5KA/Q7YG9YDMdW7g+RigPoOqAfkzt"
    "lJ8SoJQr7ZeNSsunYNmTsHkAYxGVxHwWFPnmNpYbAhjLyvMHLIKek4p0TFN7DVRZOGSw7k"
    "oHnSLaQn98xeLpdL1103Rl3mF2dtrpYHYmF3wWtJKIRaXrlrHK4oXihcGSFa0fHpZFqsc7"
    "WB2GAn6N8uoZ/MkI2X4Qz9GRk2CTcz5GMWT2mxH5ZREP/AvBx0rLpXpL/HyLgv2AM4HKo+"
    "iw/k7rm4LX6Yz4+O3s0Pj96+P37z7t3x+8PsbK1fajtkP3z8hZ2zJZV+u3MDOrj22B7Xwq"
    "FB7Dq8f7+6+NJg42QSVfuVmCH6D7KJVM7GbrFEf1lGjsmdo7cRsUPiBK/YY/960O+JIIKb"
    "IdROLFQ5hFnZSGUD1OgcCDiauAtHxnHHkgCJSTzlIhZ1QYiJHEOZrdG9O/3awqnStKe59h"
    "tTSy+TsSaGsKypUFhZYkuhYV/oAF6G7NfyiNPaF+SN4uqu2FAW4GmC5tg8fHQeSBzVddBg"
    "xhXumEnacqQsstWgO0UBhdvG30XsKv7mEQY/yoehP4ZuYnWhF/S/PEXyAbMUuIDq25gqd8"
    "79jN6RhLHRu2+iN8vXRhxNJoh5G+iZkH0HAWkTOTk01mshIE23WZcJSPNdW62BT3K/hvxM"
    "Hwmg99hZrIxgpQJxWaoboJ/2vCrB/FaGBnvbTIO9rdFgXnRrk2C1MCKLuAKyt60He012wB"
    "bs6RxMtgN7Ch5Xa3cEPpMF4OWB5xo4xou0BKBq+nOTvHaJpe8l9pr3jVvN++pOU8VNsdaq"
    "SBg4QMiLHvCs5EY83qmrcElSQy1/ulq9wJgLdrPkAohvncT8+vjBvd+xJ2hREmZ5zLMcaw"
    "zW4nazi6ZRkAO/mDCaGRy54MgdOaLgyB3ckZvvnk/ix50qxrVDB1zmz9dlXpyHBp95Zaqk"
    "nOaVBSNXcdbDfuA6yLDWJKRLAWUe6xl6JOGK/2JjZDgWu5V1P2RVncWlZvcYS+DlLkQwV4"
    "i4Akf0r3rVFt9lmPgLaq75UK0FnOMj2b8m6iYF5/hznHVwjj+xc3xX39XT+awGA7tjrxU0"
    "X+2pPSgJPNsQWInNi7cgouG6PZpLLNyjeePKZZcgtGMUEQYQ2vFEwAfRLft2t4IzsRX0kh"
    "wArrDSS9a0wl5eE9RwR+8+AIFHN9Zh3lLyKpPSAuPBK16pdiF5ii4vKad2MMjC7t6eKfDf"
    "u4XjlUS1C2XqJRLvqVzjI3McdG3YxCU7diC7SoIQWzIeaqvOaCYVbFVV+1xqQB0z+2SySi"
    "YrfrPD+1QQg7dpzG9TUs1op3i8oiTM8rhnOalQxX306runUH63fXQ6s9zhLgohZRBSNpYg"
    "nK0hZc3BN912qC+VEZzkrtHeaz2vNhEsGvZcRbTK1To0WZ8NmA2M1hQXWHYqd/AiXqZjaY"
    "RV37GCOWYNkYIlUKXiBP2ShFSUYCyCLURvxsaa95PP6tqs8foWs8Zv3JeIXB/xh72cIdZ8"
    "hMUBrnw3ulsh1mCefUT/WmRYhhdiXxxI2O/joKIOBA1O5DybaPgYBA0+x1mXCRqEisd9+X"
    "ySk25xj5ViripiGuLcvZeePi7EOwRnVuU0BLv7ILfbTYgFtkej1pXdD5SWKIDKjXxRU7WW"
    "DSKT0K7Y1vzwUGK10ruaq86za/8VGMw7ejtKohpqNtPVZET+jpD+XYvICUVdBthMN81yWa"
    "5tmvWaYjZtUGYAygxMDVHwCfXpE2pqnQbZ7/plv+frXMBml14CGSZbnr/mMjGD7C6RSz8J"
    "ott/YzOkP/Nf19giBkqD1sWs9C6DyDTqSkbJzML0d5bePkN/0JuDkIRR6l8pkJ6Q3Q5E9T"
    "j2p4lSlkBUP8dZlyGq011chSopymjI7XWfFZIliYnVaInsslRQu4yQ7lnrANNTSLCHbUku"
    "y8W0WNKDZ5dVlDtp2rUipwX4ffsKCpqzvPZbFgLSQ+Q1GF2KZM2sOHC9OAd2iudgKSJrl5"
    "B5AdSQctRaSCA0/N2U+rIkpKSMR4evm27Y2c0RV5SDGR7zDBe4MdVU56ognPzb3R0VKnJP"
    "Vv7Cv/tCf5ogzLJ0fH2VNbg+xpgPMxXQmxJi9kdK/1yYgr+oA7z0rOU9inyYyYDVp/vwLE"
    "4MPjVN7MVni8CNWL9p1uZOjHsvpznHrP9YUUyi87RHZ5pKoqQmJIpHwBZ3CT5gnxW5Zg5D"
    "lo5CnKXrr+m15HGirtJ7jyespZ2Mxq4nY9RqZ4MzcUhnYjoL8sgWJEBXFdj06Yuyg8FXEQ"
    "VX3ViMQBkHLVTwHcT2K5wge9p9n73TfKyJgSxr+ZXXl2oRhAGUqN+S06RZg/otP2+k1afC"
    "GSXZfyQuh0tVmC2qDXpxE717h49voreHJv33+M2hSX9+fbi8id7gt29f0j/UpdYHDniDkS"
    "XGTV1K+n4i5BeDpqUfvoUitSRU6/yQCWjoxO4+TuPWtQQZnNf4W1PCW3K/FuAOHZ7BNm0V"
    "sNP7AewdwM5O3h0stKosmGhTMtHy2VMtSSyQhESvBlvtaeyJn7gFcCCwI5IrEvaDLNca35"
    "0r7CH2HRyilRt4JDQozu6jQxX42w2/nn6c3r8kfhAijz2Eau0oICEWEbD9PEQmEwQ7DJb4"
    "JeDmImR5DG8uQJbHczyhIMtDt1mXyfIo7LKKs16WHCRIbMhNdrpzXH+106lSVT1rcqB41s"
    "kg/t8aps1cUHq/FgZ03/kMLUzbuROta+6W6bFuB+aK4OUJ4v+5cYwgcE1Cv9Ui+bzyAb0j"
    "DLHDYmbotfTHG4fuFsTCTniC0p+qer3MBM5luLx5M5c3r+dceZh+ezskIpapJX2iLKZdct"
    "uxVOGl45bCS8f1wkv0Ub5rRaY4OLWZ0qvKaYD24MTeyqXnr2LlwZLQTqCP7Wjt2TFQYAcU"
    "coQKUpAhpNJOwwhZL5IgEiQmN1dPKgkNF1VyOBFtMcGnIZBkG6yZGABb88nS421huY5AW2"
    "xEtSQDkFYhjesMKWJaFgJQq6BCvlbvMbBPEgtZVcUm7yGAJLhxJsGxp9G/YsEK5fp75uCc"
    "xWNd+EnNHk3wL20IKV5x3lI3gMV5S5oj1kUOYewAPysMqCtoS9e23ce938gYsJ/5YLpCFZ"
    "grbEW2iBFUh+oqGUxbsLD/wCKsO8EqHktbqIiwUcIOOJEpFx5vBynEa4+i0A1Q18lguoKF"
    "vxmsWxz9wsG+2eHndKjLeCRd0WLd39PB90Tra2EoneCqhyFKpJddOPjapf9I2lOn1po48v"
    "llozJcO0gua6jw3YT6o+vfB9uaoaYzILsv/l4edFpenNbFqxwWW9L9G0NkqxaCVLpdSWBr"
    "7OzvKyPk8ammERq2exdhdI+xF6SlzIsjIm5cn6DHlZt+ji3225onuj2usDNj//I41gqovT"
    "3oxiEhejQCeiM9dVlgDr+HhAGK3QOvEG8d6j4iD/vxyGht3OMA4QfsbxD9NvYGEYse2m7Y"
    "UiuhFpVb2JkgGnfoaFw+j2p0ZlEE0vdqFHFzC8btMUVTaMfI/Vp0iui/Nw73x5zErRuqW5"
    "WMF7/7Wp87FKfQNbBYpyDT7FTaJW+gIgslJ8c804Hp+gKX8NWa6hfNRaZTIY1iiI/m795m"
    "hxH7pe0cuvp8+umTMCBkt1aJ3aZcjAxgnV4XqM7TjxqXWIJqGQ1FGUB1u6s/z07d08ufp8"
    "JODGBZSqq0tMTljgS7QgfIQjGppywmVXLYNvJbuUN3K7O1zG/dofZmLB0gI0nilqmvKZTZ"
    "VkMz2RighCZkao9yZ5lozi6UewSFcvqotiiUoPd0rffUlzCo652o60+pUGZhbY0qZTHwba"
    "tSGRRvlitLin3iWqnP0jI2mXqISMD6PVtRSD8L+eWk8k+p5k/Aqoe+PfphfhO9O8LWy4Za"
    "pL08Rqi85u8GfQxf+fzZNRWW3olZV4h1mkRN7wafJ+i149jfNNZroQKRbrMu4MfrFYgMQd"
    "I8m+4GhdsQpcuX5niC89syn2yOqtUG4oOrhppcCEMuPeoghrXrO7zKSfLDjWMsWSFC13VO"
    "UPbjjcOagvH7kh+qasbTBDmYhmeYJBQs7XY3aVFOJ3OyC1dprpaplrGqyOkELLAfo0YV0r"
    "3BXTlV/kO893YBbmkwXQGunjoNOd8Nu0UHMENivURi/QBUXpJ12czk5WmZ24m8wr0S7uHk"
    "9pxUc5dL7AcznjXg+ewScdASO1kqQSk74ZHOv/so8iF3N/AWro4HXIOXGdi4UW5UE+VlgI"
    "17jrMuw8ZBbsyT0kb85FzQY1PhGCvJgJEoMMJjbWOxciNReZZ2Qq4qOxzA/M8eOSUHFVmH"
    "rMgKFF1XuwNQSM8ghCZ+j5qM7qTGz3aLO71RpjtXxvmwpH2/YB7HMStBHK5y/MNr4yZ6d3"
    "j7w030dv72Heum+9o4oUb1A10ndEaMMP05664VCAJohnjgtlCanMoDI/0pjXSqBa4NX+Bv"
    "bD2JC1JwEiucxIHrC8ziLRmwiYw2NZHBpzvOTQIURvDpTg1fUMjBpzsBgMGnCz7dUuHTRv"
    "uyWBp1q40ZFm+WsDPT+9OMiMTmK9QyPKGW4J8RMe+Rjz17Qy08FBdAL8j6zFokxp3jBiRA"
    "NglCkYnZ27NunIu0jTTP/eDj/oiCleHTT5mL5TvXsTfokYSrwpOzOnrJ92G9qH0UFEzhgN"
    "fNu3H+J//of1g2SYDlS95VHNCzRH2n91XTQ3IHNRi74JF+8m12or5J8Eg/x1kHjzS9yg/N"
    "k/jsZI1c2cl5kpygN052aJ7k5+c4fNUtvXnFb+Ek+vHKv3I9N7u8dS0Bm/v3q4svYnTT+6"
    "u7GzFD9B+ucfUF8sFflpHDu8ei24jYIdXgX7HH/vWgX1NCBDXDp7Sx1bq7Vhu5VnYsNkC1"
    "u6uY7X0+RG93fOSTsr0jq3EIZO9YUQUy8jmRkSPbFrrhIhu6YAxMkxX7YDQyZZVmGVvJsk"
    "rHDoXOD3XqiqrZa7y+xTGrlAZPnNTLjKAXOd4vC4PVCLM+H3bj8NFYtAY1ltoCO3j7iWLC"
    "BV3aER18xer8hewr8ucEcZeI5lAP2ZCOkZw9epNeK8O52430KkkC/TEl+gNU5gGVO9BBnl"
    "4H2a5rK/ZD213TnkQrNNUo3L3Uur+R4Mx1HGw2qXTlG1rVuRUJ2F9XvFeqMl3BQYxc59al"
    "fxS2UOhypeeBUMUGGUFA2LIIT1DwSEJzhYMZ+tvHK5Q/b4bMyA+YX9Kx0AobdrgSV6jr93"
    "F76FzgWQTPIihZ4FmEWd9Rtc627cVuaWxCeQijVwijZ+WN157hbHadAZE8zIDKDFiGF2KB"
    "kt3sxi2IDOfIpT+u3b78iWVX7tFcwpV7NG905bJLZZDXScSmLMLp/QPC+4hvV657PwzC7y"
    "UAft+I7/sqvJzbVME3ExgQ4GGQfT2XwZbe1RznMa/hS5+4JHd1gJtjEXIJiEYobdSdRCNg"
    "amoIFNVzx/Q3dGe2GqISMjEtwm/a9NDzf163o56poZ8uvvyS3l6dispLwM13lV0ml4BtRm"
    "ab8VzbXtBV6jqWoEpHc/mTithwUQxHUwm7sY2A2igPjKZVt3BrwtBtdDw2bZ3K4NPlYxOT"
    "h50IDZE8zPjoZ5ztgrvPd0kaZnv0s419X00XKUtpp48cHR7K2OyHh81GO7tW6cydbIICTo"
    "rcNaojRSltAoB/mM+Pjt7ND4/evj9+8+7d8fvDTCWpX2rTTT58/IWpJ6VJEJBSnmcTVeAL"
    "QoD7brhbEYXQpBAJ9O826MtygP5u6Pt4GQXq200mBLjvhvvoynlM3sFeC7HaLf6ntXKCYh"
    "DQHnUTJhEFtKVqQg+hQL+x0JcDQQhQfGHWFvrzkN0iFfHjRmHaszwJuIn7QRb+6BkyAl5m"
    "noXdOFEcZU0EBQ06GE9YEq+yWFlwU/xX1ttLJs9mtxWCRqCEAAT6jMNcnmjIBwT6PMdZlw"
    "n0yTfj2qQ3UyYlIS1cZn1nrLeFzzfjXJbSjprqAeaGsPgWiDMJgHcrvLZrGmKTo4VeLcho"
    "B3Evzl6+sy7Sbr31g1iMc1lqzx7A03FSCFoAByH2VFZoer92q3MuswHMmzeAeW0DYNm6Su"
    "FkmUBf4NbsrgPXi9u9DPH2S738Le9+FV9M/65dNPCiHPgox6Nu162sAP+pwFgkd2tDX3cW"
    "tnPruvd0xd9u1Gjpqhgk/k6A89cM34TiVMO2LAS4bk9Yh9rSPdWWFqzlDgD+mo+kKcDlV1"
    "gC3Oyw6gDez96pabrRFM83WXyrZ7tyvYWiBR4a9iKgCIuiPRLhn/9xie0maiPz99GBrug4"
    "+sBetldY7PPeGAUkPH/QqhhIjY/oAqOrhKfQZH8sYRS6ltsFRtd0HF0xyjN6QyO43xOt03"
    "SwazqWToj1WbmvsFU1BXdkG9mWCI84bYTfuDXOg47pbxAXiKvX0R98jEJ64M2QS8995GG/"
    "VIyFVVJh0RmxDLFOUBICOmPtJh5XG+S4ggCQPh8kExkSp9IQSxAYUrmT8YoRh7WYj/Ev1o"
    "Iic0wy8kQtcqQtmlCz4JFBAgmbQ0yyma7NQTOXXJQBp7OEuy5wI99Uo+szCQ0B7ji1HtxM"
    "z8jN9IQe5q59TPnRqYJuJMpf6M+LN9im0AO+g3l4RmYMd02U+9gI1GJNcgnt9oE3Mll8b5"
    "qT+N7UcvgsHBrEVoE3l9AO3l6yJD1jY7uGQMdtrg5TENmrPMzItoah68CwAFX1KIpcCmIo"
    "xhxDsUcJh+6rN4zN5tFpohMuaYd5LkvC6zzmWYaAk3716JhvVkK2KAKmCcSaPFFGbm0Vd4"
    "BuloI7rRUsC23xzR1V16vchd3kOkv929s8ZymRKtMNnt2bNkXn0ic8c5nzhdx5xTtIGaFB"
    "P8brgP/K/Fk+9lyfrg20dH1hrnS3QwudY9mKN9luUHWJQUr0oCnRimWKzcHLFA/GmD5Tut"
    "/DjsVAGgTj7llptrJViKj0fihSDOQUWLMK1iyUUWje4/Qto/AUNvboprdfI3toA3Bs8O5t"
    "AYoLXQ1vAJ7FHRDazMCzrEmCjDG4yHsqyBXNSk03wykFMwa16lexSefZhskqYHETjncFni"
    "H2zWMrz/3OcsW1tPp5jEwgJViMYDHqbDHS05uI2daWXgi5CBy3AjcB/6/Cgk3v13DBdt/m"
    "arcebk/TuS3dhSfbuC1MkoBkV3J6v35RTZ2vYwbVQpmvK0sN2brNoHv+dEm7u4ioKRGZgH"
    "ZLeS4VoDdvCdCb1wP0IPIA3OQjtuR3Klw9rD3P822bLPk0GXebDZ+ev9uN9yt3TY1eii23"
    "kVMbemUErOm85TLj2UjqVr/wjM0M3bHPZshkTXzMkF6Mva8sOXGNLWISB7+cIZs493Hj+t"
    "iDi726QT/so9sdwqkH/J4uYDDzoVb2OLe5idL9UCv7Oc66jJNn/BmfE6b0+FmmAG56v4bg"
    "9mC2429KhcfT+zUEtxdDcnwRTE9ZF7fjRHsomKhPXoCOmELMQiO83cUsQNXJzqtOPjF/VK"
    "5AJuCQaiXKmnmkcmk0OS6JRWikcoT1WCkF889YID8P07/dlBifF64fB2hwceZd4IH89KP1"
    "S3EYSB8PEfBDtZJZ7iNd0exm6KQG7NDoNrCJ8gTADj3HWZdhh3y8ZqAqdZ8qyoDLVhdLm5"
    "3YD3gYkHvpQbNQL71UltJuLb9+KwNzdfcpwPwWWv0omDUTPA/qaoDvums1eqUgAVUX6oQV"
    "N2jUEC2KAGEFJCCQgOOlqhpJQHF7lIze2BNWldYoU4W2uA02QNtMAhZzWjiP5e7bFuUsHU"
    "cjyHttPJADJuBJS2jKcKRmSUCiisrSWBN7g9Z4fcvr/z8QxlnSv91FBmKM60n64Yyxndjj"
    "P1nYtIlDb3R9RA1d9wFbojoq3Q4uDJzLSOHkRYeQOSBFR7m5TJQeA1L0Oc66XMjc2Og6AY"
    "WUHC9TJezSQ3GXMqllUeCTxvMqCfikWM3ZqepxURJmecyzbBtBuAgwdnaY56oszPSYZzqx"
    "RtTIt7IQ0G+i9G9q7amBWpAARLcTmqk5vSfxpmsLylmFfCusru2xjUbORQKvuRXa8m44pu"
    "hG1vTZCCMfHwgYu/zirI2xC0q3yVW2SkUQVfjiGELTcFyHmIbNQgjXafwhnYOIxyMaIf99"
    "7bLfGupYdTDo9oBFIOGGJOGC6Pbf2FRKCiqI6NcHrvvum75rKzEf6f0a5lx1Hz3DtiTsL1"
    "RrVlXENIS6+3Vs2HeuT8LVWgXoktCAVN7V5/l3V5+PBqLyOl/WFrnDgdKmnEvAYpZYzA+G"
    "HSntGJmAhvC+fisToEvvalnB9QBdtsXuQlKWBMHLMxYqS8a3B0xWP0zWPd6oYZoLAJ7beS"
    "yKVgc8yxXXKf8RjzUxgGV5lnxdSQTmdUdhnVpr4jxrFksmPq9vGite3A00Vrby22ksanQl"
    "b9t2Hut6FVNOLOuVCqXkEoORmsgoQSvlmDzffSAW9tGLpFsMojYAiwoz0NmpICO389FlUn"
    "ELr0Q6IqTiDkt4ZbgrKP9FGS31/67t1yaFpaWMU5PGsiPAT7uGe7ZevejWJuZCqLe0rOKS"
    "lJbruAc71vPJAwVEDPa5Y/obFjjVtG+UZHeCfEKBF+f/vC4ZqrUmaZmx+uniyy/p7dXOaW"
    "X4TeyHZElMYfjgNf7WcBpWxDTIQx0a+HE6hgYEvBquKVPNjN7VErBZq2gGEfDN6OvLkvn4"
    "wb3fMX6zKAlRfRDVN4EXuV/uDkimYUmmsoOHRwPtmQRaCoLSBPRek0DPvxnrS0z//iA8EL"
    "BxxcuzNj7O/7bA9N6FX7hZIgmUzgUjvsjauGPcWSKNXtxEb9+bh/Tfd/j4Jjo6PHydfvKD"
    "8d68id4dHx3dRO9vl+9uouOj4+OX6NEnYYiduGUCw5DODV8sovTQoR4rQ+MVCk8Wa+rN0B"
    "/sW4cuVNuDxNJxblgaq9WQWKrbrAv07FpiqROxcgEqLEUuoR3TDN0YplPNfhIZ0ZZvLMOB"
    "CLbOnVAkxGuBbfL3q4svDfpVKlA9AogZov8gmwS9GYYHf1lGjsnbgicO5uAVe95fn4BOZg"
    "C108lV5riyrbMBajy+TXieiLIPpSioAas8NI1vEePOcQORkd78IpSE4GXo/GUI3dCwF0us"
    "0re8JDMcM3jY1+bfcYjkaMKNgVLvjVLPGEc1Ur0qBiVV669PQoMtXN9SLa0qEgWI6xBb2D"
    "P8cK3cwaomB24hEbqcd1VEtigDqApQhcbo/eILLe0GcRKXjqg60squ4rN4vIt0uGkdbLKe"
    "YtHBLpH2kXvA9kT5p2ygia1mWYBL548Mspkm0AW6pcF0RbiqO0mgXDi6OoD5wr/7Qn/SGO"
    "P6US8BMrRu7KR141OnhX31S396LRaldP3/b+9qe9vGkfBfIfIpAbxtEidtuj0ckLbBoYe0"
    "WaQtcEB78MoSbesiS15KSmLg7r8fqTdTEiWTsmRLzHzJbh2NFD+kyOEzM8+MtiSjrIoXSy"
    "kd8VYsG+Tq3dsZ/Tl+M3v9K7zA59av8M352Wn8EcsgST+9Gl+8iz89eR9pGUUBFrQ0zIVN"
    "72v7LEHEpNPxNXl+Hf3Of7Vai5WRDvFHyCSqFNayUrJKbg+QS2Vhv8lCUcVf1CTGEPxo4y"
    "doRAmpMT1djgeaJAGpMS9x1CE1BlJj+pMa04GuW++yYw43ddtHd8WcMS/0FXnHvFVHMZ7h"
    "eVucqhgmvpA2+LY0HKe6kd7GbH9s7lm3mI7P377J4GT/qEPy25fr29tqdlys7rit9rpgrM"
    "Wyu/ciYPystAjHl2uQppVfgWV8h2rXoeQ5TG0SLCaWcIdj7rgY3LxVnSs+2JCECF/mSReV"
    "SOd4svTcYCFIaqsurcwZQYJCebl9wvZ8EUwe5oJZiU2bbmFiZHN2xXkZG75KbjA8kOtm5s"
    "3Hz3TjOr4cxV2a6Opqx7RstiYI1ETw3DVcU024hTfa4+Lqeu5gu9czNdyoqG/yhPGDYKGo"
    "d8kE5hotGW04ZxQ9TOa2WmJxzggSi+v9tSZZ9iEhzOldYotp3wjPItWjI7aGYWp9mCApv4"
    "eDssBkajgTSzwu9dtF0Rb2ChG0oU+dcBXHp2in3cHy/FRGsY5eVc1Ln5Z8TNdTo07T67VD"
    "91IK3csadC/L6ELtzkuu3dknOz3cUCSU7uyz8mEQvWL2tOS3r7U7o9+KPp8+4hELqperUS"
    "4Zagd2y4oIK+LR7yxoL/XB8xxsuFXkWGZVAHhKzdpBuLTqZ5Dvd9n/cHd3m1vxP3wuBnF+"
    "fPlwc398ViAky6vG0rNs+gjBYlyLNm8GcMvDnWQ/NhT95E2hRLnPfk48WBPiha6lzCKUjL"
    "U5KrRCOK9W2HCUVyzerLMVqwzo8JesR8OxrUnoBrbA7alfsgqmsGT1eck6lFBxz4YUFBUG"
    "BzEoKoCiwtBQBUUFUFQYIq5p+Z4asAUr2MRAqgKkKoYIMEhVgFTF8DEGqYo+SFV00yP6y0"
    "q+d89Ad7ma1j30T0Bff9zeHgmdthbgVeyONFCEC/5qBcTVWiulFE/bnxDvaccOSbyKyqf0"
    "vhqtIvk9Taza3hSvz0EcG9YRqji0sSNY98/X0W10BQk/Ynb5jhjdPOq1cQu2iZ0xuo9uox"
    "NIStJZGzwrzu4pmncu/u7RHzKYanZuL55eQpJ6HbtC9Tm92f2zRnDtIMe2cRS26LLlPIpa"
    "gTYrd+VWdbbvC4yyohXkzZCR00kbIc/FiHpHCBvmYoRmHkE+NghTPpuj6Rplj2OKapdTgz"
    "X2u5y++xW+jf7/7cXpm5OyHNveniqjv2Ym5+mctB1Inu1X8iwZA9m8zWzMdBCM6FpJRizN"
    "UVNropMaxx46xPMLh7JaT9ESAlvb4y9FEdJdKb/C7QYGtjTvV55sOe7k4/W3j9efbvogUx"
    "sRAltcopQ0qPWG7PQiKZlai4Rz5DBNV4FLYvjpB1NsoWP2l/kjRG8brS3IcC36e9vE6AGv"
    "AnY1dTjW6AkTLHCAOn+awPH5WXpvfPxX7Ojk/CH2d4E/dFh/iI1MCdX6xOTERKf9o42MZD"
    "abK8TJaoqveCMN3aD2K7DSlUkFZd5GQ5DHMno542q9nHFJL4eegwWVVzXVbcn1GoLb/imJ"
    "6UKUwa0V1UpNdtbT6hvWEoJaZ6ejsbSiFgNqQr+cWgUsb6ThFG65MnNGMP2SiqplOSPAeB"
    "vGlrFWLhhLbcAxKySreqGaBEpmoOE8bX87+ys03MAOBKtB5UzlTXSara3lV6vuYLB5yS6s"
    "EZehKNiTs4H5KpivxjJKRVODNW8EuApwndOtaDVxPVVXgLfTqMyiDW8A9NBST0BKD+2sRg"
    "/trKyH5j1iQmwLTwg2fFHMpBpogal2mHei8BdxiGqFmRsLWHZFZYMQZ4U46+HAbj3OWlwt"
    "WoD4U3IbTaHlVshetVi9DyNYS/Hq6PPRlhg1SS+SilGzq+OAcdKR6Hf6v6xtWdSZlO5oLK"
    "D84HpPPjpOe5IyG/9kFF3BIPRZd1PTMXyWfRcfUUvR6Q6e88ulA2xi4voj+i8frQxC4Qro"
    "7UfIx/QxdrCOItvMfol9piiM/IX35L5Hf/peSEz8J4oi4dEVBM8wwfSG1QHv6A/CcatTlj"
    "FWDHZDUBuS/A5Cn1zI8CcX1QTKRYlBgU6HXXY6DKf/waYS98eZaHdean/2RluBUqeFjUU/"
    "2iywx2rTZiHdjZUmPGej4aLSMuGduDcqAHMmGuI7luJgxjUczLjMwcROo9Isziy0W7U7Yb"
    "mwy765qt4nZ7VHuc/Ulx6s2mdynFGUd8oZAe21nfbiTo070jHs/P8NDxFiaTGG3OzqUz1B"
    "in0FLZMMy1ZmJpkIcuRMQpUw3iRmKFixdUSllCoVr96ZF/ST87N3J6/QzTO9tbOOyh5tH6"
    "3CKXVfF9hCRoAMxOR339P/WsSYBSiu7CzxNft59C8XW3R5skbchcfseZ5jxUWbOLAJtk4i"
    "HsdlLiEyF4Y7Zzec03mEGAO0MZYs0gSeZp88TWWH9EpkW2+OrgG+fG68sIt0XWK8uIF0lz"
    "5o9IbvKcTdeiNZyB7o0sefGj6mm7HKgsCbaJTp0p7wOMHsu0+ma0XV8aIdgFsNrnobl7xl"
    "Cy0R+ubWH9EvaN25zvoo03qpwrVPPRKSCVvbIiHzKRuMe9EWmmH0uRnGZrRUl0+BJSygFX"
    "xI9am9wJQIuD8VSbIk+2FgC2k7cmSqlEYqAyjiNDiJwFpSw9hcJqcOFalKIx/FhvEx3mfk"
    "AMEswkkvfY/sAM097CP2PVHgMTkD6nwvDdP2gwr5p1ZuC9RBv6gD9fziQ6QV7y2o1Ulz60"
    "HQCd4qrh8ZIpvA6rct6iMkrf4U2xYJbMHHgEMaHNLYLSCFfz89gJp0AAJUoTCif4URJBOs"
    "3jUWr5/2dRHg3Hvcq1h8os0uPLdmsu21x1acXSUVifcDvEpj4cwNEOvsRVFq+imrRogEwa"
    "NQ+Xg8pT/fjM/oz3enF7GeMAuez+jPd5cz+snV7O1Fhazf3p4so21cXKiozwRKfns9ETdo"
    "LQstZbe05wzwctJAIZG30wjXNsrvs9VVllPIDDRkbc5l1BHPq9URz0vqiEbUmC/CSAHjvJ"
    "WGQLdfqGOot0M2du2G3M9VoT0RmQgfVQXVvJV2eTbtC6hCClOXnDlzz8roVleXpddDbVmO"
    "WGyjtkyd8AWiF4heoCSBkjwkJXko3izhLIXE2YbPrK9i2VwmRZ2ZC2w+lBmr3+O6kqigJJ"
    "H/8NFxpAjCVoITpvXB52fQ37JgKKsLEBNlHT1HihbLrJkFF1AEcmy/6SJeKFKtqKdxMqP9"
    "bQtn3eLbBoMD+h8dZoSkVY7qlVECSyAZyrN3Rr8HfZ6SAghv049zGnueNue0dFNVWVR4G+"
    "2IiZYVQOLER6UZz5nAhG99wgMD1yUDt3G5lblkgal2mHfQkYue940gJFiNfimagbdS9lYC"
    "z3uYiOTKKlHlLABQSAYGjriwrqsxxEU7eKVALB0I+F6B3WlOcJ6+3RHoa2tpu9emybreDG"
    "/ZkMa5uGbmUKZ/Bfr64/a2Ls7BRXCjis1d6365elVN5nantb+fsGM/YrK+tiz6ysTrUiEi"
    "VLxkVBcYspKL2X6dXb01PnSNfOMRWyi1Rol1EsahY47dABnx28RSmt9cjt/8Cq+s87e/ws"
    "u341P28+JUkDrd6p2hLLhfcR7w76uh19e/D1dWw1HPW8Ko92XUU4y4YU/+ej5uwLyKJqOe"
    "t9yLBs8+F9nhjnH51U6HSlWAp2QHR3dRCa+JmQ9UxvXGNcl6RXGpig9tDLWI69e9Mjf/+l"
    "4fAsremNu7r/9ILy/GhYpBCs8VhCa2wJ5ZAeYNMCd4rhhl3lhoAXjXgSALB4btKM/qjZkW"
    "KO97Wtt+9h1KyNf2Rsgb7rE9QvbJYPsjJOyAav0XbwRM93am29iQpTtyr19W8sRr30CWZV"
    "7z86tf2eV3rNL8SJhcHv9qtCW33MuuktISXIXEXBh+pIfAugXQexOPsX58GOB9lAAeiZah"
    "pWEu7Lgzge2iqM9kwmSvX0dX+K9Wa7HAYIfPkkkxZ2KGdhCmJHimwcYnm4/QT/5lgjx04C"
    "d7t8wNlKkCfvIljroMP+mGy6mIW6lJ9Mws2jkJHXYp7Vjqon/qpIdDt319i1nozGxnqSjW"
    "krfS4jjfcWr+oQjYnjHbL4F/feGQc+kfSqBzdgB7g5lumw/hapK2uFeb73lbgH8n+CdT23"
    "pW2U1Ftq2MQY/8wg6iECScT2ZYpXaWNwFeVsB3Zzl8irgWzPaH7elAgDWWEWWrBmveCCas"
    "qCjBsBu159qYQWeu/lArgrQg219h12+W/VWwhZEexkgrp4CVLSEJTNA0eGGvVo1epLwlvE"
    "a9fo1iV6xpumzOFka6zyNNx83BZsMgY8EWRnoYI63c3blsCVujKD86CInb6E0qmMKL1OcX"
    "KR6sSZOekgVD7eRizqUkes5rJHrOyxI9BM9C15ooR3CLdtqh3X4c12R5kXSxb+QNFGxhEe"
    "vzIgY5yR01AdrkV6phWzYEfIVUbVRxrygdkzMCXIehyzP41F6oVei+VuGe7oT3nz9+PxKt"
    "Ei3A+8fmTpqCm18cJcAtlBDsCPAdmX9NMkY0Bbi8s1eArFJuIyvwdefi7x79ITvdd5T3Ou"
    "ia3Za4V8WIVA0AC2yIU19T4al0ELbLT33j7jXIw5FYfUqh+itDQFD+xaNTW//FD4mMetTK"
    "IPTsihYGxc5CgYcMZBqE2JigYEG8cL6ICrIcb27Td9lklVgBJjPDxCLFqB3vBipRUIU1kC"
    "1woPU4UIX1EkddpgorWadVaGbORMMSlvY55idjPbUdh46ACsp5K+0K3sYyvYHG1b2BxqXe"
    "QP0reBPESZINcqjhEsfwg0nUcrzBNlEyhoBJfzaGsj8QSUqoMaO8CVCiYkq0mvPYQB+9JD"
    "vqOqdHx5tHvdg8gbhzYc7uzAlxoiuDmq+ydBD/mqrzQA3pjXge1nAc2USVIjrijUSO7mBN"
    "TtklDxQ8FNmhGfGWESeROLMjJkvj2NhCHp0aaLpGduAn19qWuG/q7rcUEB8/c+xavFvSkf"
    "o3ECIHJESyYVDwLnkbDY9JHfTJou54KNj06h34sHnlc78Bbt95t+rCJnW9JHNm2iWVdZLC"
    "53imoQo0b6Mdyu2vF+oHUG35SZ2OnYl0S7Ok8pyphgM9UCJaJvyQOfZqXTLzVpDptj0Tqz"
    "p6r5zKohC87xvIsmflwgTrk2zsZ/fRs018JDhTp78a1Z2mbe4iqTM0ZkVRxHNtEyW26Hjq"
    "hPgEeSQ63BJ66CG+4aBjgi1Bb6mmN5HReeUSDG3fDzllV4/MC5/C6Xmfp2cQeuxU6PEBr1"
    "WwTS7XDtj2A4oP9GspIZtcryEZ0bquY1SoprTa5mygGrdc0OARe267hqMasstZAbCiMucZ"
    "JjhxhBVqMTdG+inqtk/nTMM1JpPoXyWYt+gw5k21WH7rDvadqI+C0Fo31ZEBXgpiGv/8dv"
    "e14lCRGhTZK9sM0H+Rk/Ta7oQJ/hvdYU2GGJqGthPYrv+KPe/vXTHENUgygOoneXE+j/KM"
    "FLtBcZLPbAdPFN1l3kY7Uv5KJvJxVR34uCrFPTaH7BLG9dxtzhCY2yExt3jZpK1dZgWyye"
    "rbdQReo/csbwkZmH0OhUVjNcGEeErsWcFMu12rk4D9oeRBevb6tE9KzFX5iDnE8urUQNZR"
    "NKpBcrbIFDDeHi/N4dZC0PSP+H6NU4z7scFKqCyUp5uE1kISrNsRY/01FjbrpASohxFf6d"
    "nW1oL2Cv0T0Ncft7eHi/j7IWED9NULKiP/+UtG9RkAycXUBQ2kUwGuEbt6ZsfZilzeO33d"
    "CWZh+0cbPyHqCNPxY1F91qjlt3CVfHIyQg94FeSy4kUp9t09BvQGepYgEE0+xfz6nJF20e"
    "z24ysQze4wtX5hT8izWn03Z6JfePBC5oR+UX1Avyidz6k76XiGYAZXh1I4k34EU9hjtQmm"
    "eGFgeqJgbfWU50y0I6XaX1MgEf7lhFMUqsT3cr64fz6qO1vcP8ueK8iz3JmCZQbzKnXICC"
    "JnP7sTwr/lfh+fAt6jSMSDCYohk55lX2fXv45/8Wq1Fqchd/kwOF/063wBemYvZR0FPTOd"
    "R10QNC3pmfVPBepwp7D2fVK2i6sSNbyNdm5/+wfdgVAJg8XXt+fuxLLn2BfsCzXLRN5Mu4"
    "ncgZ4HQ+zRcELBcvwdP1cV9OasNIB536lhEYAmJsHEV1KfKNppAH3XMzyOQKlQkhsLYCRb"
    "ZyRZ/C9cKTHEmQUMR+vDEa4Y+97wAJYzhSzV/hy4yudsuqZ5Dw1pat4SRrnno0x3rqbDzJ"
    "vCOPd5nNmWSIcqXDUY6KItjHSfRzqW41YtLshbaXdI6KS2AFpkQivHocXTahLioR0etMPr"
    "5byXLk1oox2eYmrFNSa2uTgSZFUkvxnVJVQYm2u2pVJUowVpCf1KS2Ayd4oSwZyJhnm555"
    "eXMs7X5WW188V+VyjsXAkowWqEk8s1RPdMyrU9q3Ftz8quLX1iINQSrSZdOZP9s66HORu2"
    "xq8eNE/wf/8HGapKAA=="
)
