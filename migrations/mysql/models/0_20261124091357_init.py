from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS `org_node` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `deleted_at` DATETIME(6),
    `deleted_by_id` INT,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `name` VARCHAR(128) NOT NULL,
    `kind` VARCHAR(32) NOT NULL COMMENT 'PROVINCE: province_commission\nCITY: city_commission\nCOUNTY: county_commission\nMEDICAL: medical_institution\nASSESSMENT: assessment_institution\nINDUSTRY: industry_organisation',
    `code` VARCHAR(32) NOT NULL UNIQUE COMMENT 'region or credit code',
    `path` VARCHAR(255) NOT NULL,
    `level` SMALLINT NOT NULL,
    `contact_name` VARCHAR(64) NOT NULL,
    `contact_phone` LONGTEXT,
    `address` VARCHAR(255) NOT NULL,
    `parent_id` INT,
    CONSTRAINT `fk_org_node_org_node_5421412d` FOREIGN KEY (`parent_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT,
    KEY `idx_org_node_deleted_86a6b8` (`deleted_at`),
    KEY `idx_org_node_path_579ca7` (`path`)
) CHARACTER SET utf8mb4;
CREATE TABLE IF NOT EXISTS `admin_account` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `deleted_at` DATETIME(6),
    `deleted_by_id` INT,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `username` VARCHAR(64) NOT NULL UNIQUE,
    `display_name` VARCHAR(64) NOT NULL,
    `password_hash` VARCHAR(255) NOT NULL,
    `roles` JSON NOT NULL,
    `must_change_password` BOOL NOT NULL,
    `password_changed_at` DATETIME(6),
    `disabled` BOOL NOT NULL,
    `last_login_at` DATETIME(6),
    `phone` LONGTEXT,
    `phone_bidx` VARCHAR(64),
    `org_id` INT NOT NULL,
    CONSTRAINT `fk_admin_ac_org_node_f072b531` FOREIGN KEY (`org_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT,
    KEY `idx_admin_accou_deleted_c768c0` (`deleted_at`),
    KEY `idx_admin_accou_phone_b_8ac484` (`phone_bidx`)
) CHARACTER SET utf8mb4;
CREATE TABLE IF NOT EXISTS `mp_account` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `openid` VARCHAR(64) NOT NULL UNIQUE,
    `unionid` VARCHAR(64),
    `session_key` LONGTEXT,
    `disabled` BOOL NOT NULL,
    `created_at` DATETIME(6) NOT NULL,
    `last_login_at` DATETIME(6),
    KEY `idx_mp_account_unionid_1308fe` (`unionid`)
) CHARACTER SET utf8mb4 COMMENT='A WeChat mini-program user, known by openid (and unionid when the app has one).';
CREATE TABLE IF NOT EXISTS `mp_refresh_token` (
    `jti` VARCHAR(36) NOT NULL PRIMARY KEY,
    `family` VARCHAR(36) NOT NULL,
    `expires_at` DATETIME(6) NOT NULL,
    `used_at` DATETIME(6),
    `revoked_at` DATETIME(6),
    `created_at` DATETIME(6) NOT NULL,
    `account_id` INT NOT NULL,
    CONSTRAINT `fk_mp_refre_mp_accou_e0398931` FOREIGN KEY (`account_id`) REFERENCES `mp_account` (`id`) ON DELETE CASCADE,
    KEY `idx_mp_refresh__family_d4e0e0` (`family`)
) CHARACTER SET utf8mb4 COMMENT='One issued refresh token; tokens of one login form a family for reuse detection.';
CREATE TABLE IF NOT EXISTS `audit_head` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `seq` BIGINT NOT NULL,
    `hash` VARCHAR(64) NOT NULL
) CHARACTER SET utf8mb4 COMMENT='Single row holding the tip of the chain, locked while appending so rows chain in order.';
CREATE TABLE IF NOT EXISTS `audit_log` (
    `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `seq` BIGINT NOT NULL UNIQUE,
    `at` DATETIME(6) NOT NULL,
    `actor_type` VARCHAR(16) NOT NULL,
    `actor_id` VARCHAR(64),
    `actor_name` VARCHAR(64) NOT NULL,
    `org_id` INT,
    `action` VARCHAR(64) NOT NULL,
    `target_type` VARCHAR(64) NOT NULL,
    `target_id` VARCHAR(64) NOT NULL,
    `before` JSON,
    `after` JSON,
    `ip` VARCHAR(64) NOT NULL,
    `request_id` VARCHAR(64) NOT NULL,
    `outcome` VARCHAR(16) NOT NULL,
    `prev_hash` VARCHAR(64) NOT NULL,
    `hash` VARCHAR(64) NOT NULL,
    KEY `idx_audit_log_org_id_b99db2` (`org_id`),
    KEY `idx_audit_log_action_286eba` (`action`)
) CHARACTER SET utf8mb4;
CREATE TABLE IF NOT EXISTS `physician` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `deleted_at` DATETIME(6),
    `deleted_by_id` INT,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `name` VARCHAR(64) NOT NULL,
    `id_number` LONGTEXT NOT NULL,
    `id_number_bidx` VARCHAR(64) NOT NULL UNIQUE,
    `phone` LONGTEXT,
    `phone_bidx` VARCHAR(64),
    `practice_category` VARCHAR(32) NOT NULL,
    `specialty` VARCHAR(64) NOT NULL,
    `license_no` VARCHAR(32) NOT NULL,
    `institution_id` INT NOT NULL,
    `mp_account_id` INT,
    CONSTRAINT `fk_physicia_org_node_b8ba3ad8` FOREIGN KEY (`institution_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_physicia_mp_accou_fd95475e` FOREIGN KEY (`mp_account_id`) REFERENCES `mp_account` (`id`) ON DELETE SET NULL,
    KEY `idx_physician_deleted_d014fb` (`deleted_at`),
    KEY `idx_physician_phone_b_0a5823` (`phone_bidx`),
    KEY `idx_physician_license_1f4ab6` (`license_no`)
) CHARACTER SET utf8mb4;
CREATE TABLE IF NOT EXISTS `patient` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `deleted_at` DATETIME(6),
    `deleted_by_id` INT,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `name` VARCHAR(64) NOT NULL,
    `id_number` LONGTEXT NOT NULL,
    `id_number_bidx` VARCHAR(64) NOT NULL,
    `phone` LONGTEXT,
    `phone_bidx` VARCHAR(64),
    `account_id` INT,
    CONSTRAINT `fk_patient_mp_accou_c9ea831e` FOREIGN KEY (`account_id`) REFERENCES `mp_account` (`id`) ON DELETE SET NULL,
    KEY `idx_patient_deleted_5dfc63` (`deleted_at`),
    KEY `idx_patient_id_numb_66ff10` (`id_number_bidx`),
    KEY `idx_patient_phone_b_48296f` (`phone_bidx`)
) CHARACTER SET utf8mb4;
CREATE TABLE IF NOT EXISTS `aerich` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `version` VARCHAR(255) NOT NULL,
    `app` VARCHAR(100) NOT NULL,
    `content` JSON NOT NULL
) CHARACTER SET utf8mb4;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXW1z4jgS/isuPmWqslMJed3c1VWRDLPDbQJTgdnd25srl7AF6OK3seRkqL3579eyMX"
    "4FLMCOcfQJkNS2/HRLre7HEn+1TFvHBn0/cKd9+Na6Uf5qWcjkX9JVx0oLOU5UwQsYGht+"
    "W9udqlbYakyZizQG5RNkUAxFOqaaSxxGbAtKLc8weKGtQUNiTaMizyLfPKwye4rZDLtQ8e"
    "//QDGxdPwd0/Cn86ROCDb0RG+Jzu/tl6ts7vhlPYt99Bvyu41VzTY804oaO3M2s61la2Ix"
    "XjrFFnYRw/zyzPV493nvFk8aPlHQ06hJ0MWYjI4nyDNY7HHHalTWUtX+YKQOuyNVbQkApN"
    "kWBxe6Sv2nn/Iu/NQ+Pb86vz67PL+GJn43lyVXP4JbR8AEgj48/VHrh1+PGApa+BhHoGou"
    "5kioiGXB/QA1jJg4H+GkZAppfSH6PvySxj1EeR3wYUGEfGRtVUAPD6gPLGO+UPkanEe9h+"
    "5w1Hn4zG9nUvrN8PHrjLq8pu2XzlOlR5fveLkNAykYYcuLKL/3Rp8U/lP5c9Dv+vDalE1d"
    "/45Ru9GfLd4n5DEbhuaLivSYdYalIWrQMtK65+hbaj0pKbVeF62HGMXUvuh9pHWY0/F2Wk"
    "9K7kHrCyNdo/QqJ9nD1XF2aIeqGs9VIYeZkdvsO7fSa7WDeS/eMwLX/8xgejdDbj6oYfsU"
    "ltDFQ5wZTfRdNbA1ZTP4edq+XgPdb53Hu0+dxyNolRoL/UVVO6hL4vsEj5aPb9fyTB/jHv"
    "QJWRrOYB3K1hnr1ufHwW+9/l33RnFc+5nAc8ATmCahFBp8te56o3/dKBph82Tx4Evfr7A9"
    "K1X10P3Qu+vc3ygm1omGDJUAPoR5zK/tDIfd4fCh2x/dKIhSTKmJLZZs0+t/+DIcPcLl4V"
    "k9gGuuwlofWYQiv9db2MZZu4BpnLVXWgavShqGtog8ig68sP1+jKGMCADWGVP4ptiuAitp"
    "nTAl7PPro+0guLAA2mH7soZeBu5Wq5I5rn1xUQBaaLUSW78uCa6Bn7GRRXdoIsNY6Z2XQl"
    "t55a1mt5NyffJZ++py6Y75j3WeePjQub/PumO4MkMaU0XdclquOpdRkeFenhew28vzlWbL"
    "q/KhdgCoHKy7lubOHcBqPeBL6a0Qr9nicl3U0P1jlAgYQmiPHjp/vEsEDfeD/i9h85gq7u"
    "4HtykVQBAAcQIVMfSYSONsvJTJ2UGuv0ASiZwSMjJqCqZpnsWdPOWmHAO8sgB/tF1Mptav"
    "eJ5Z6KdQzeatDwvgH6EJhaVRF130skx9Jy0Lnj+I0XnNYxeW7L07QJoDPUba0wtydXUF4t"
    "qMGDARWFnMbxeSH399xMZyvf9G4E7NriaERbsh1OHX6Gh+mFafoHO/ODmzOSUaQbti9Tm8"
    "TpOA4oPRbtuxQZgYntkqs22mS5CFpv4j8XvzO+UZVw6Llza+1VSeb+oqijWVfN4h+dZjye"
    "e9IWZH8nlvUeuSz5N8nuTzyubzPIpd0eRhXKa+9EJtEoc6oY6B5sI52rRc4/JX+4faQZS+"
    "2BBnzBAV5G9SgnXmUOuULnRtA+fEwf8cDvr5SC8F0j6XaEz5n2IQWlrioPX3iWdpHERl7B"
    "GDEYu+5/f7R1nmvgZuDtD6/Hg6FZ7yrPwC6fy46VGmajNkTbEaWnROjsIGFSArXz2rLpHS"
    "1hiuUZaawrm/WoXcDgb3CYXc9tKMxJeH2+7j0amvHWhEgkRk1qcuJ5MAx22WpysuUck6tT"
    "YU0sEtVAnlIIsOubhYhcNsWXKw48xAMFcZ9pSn8oRHWEZYjq06j63tWHfJtu/AtvvgqWOi"
    "fxdaSSekSsK9SeEh31YklNeIBKp7FarmGY01XDuglcW2RKK9bvAWZdojqxKm2cvk/B6cNY"
    "RfVHm8ju0zHSGqr9VRfscwwTHFJBb5yXHtqYtMhWe9jpUncFAQPs4V28EW0ZUjZOkK6Nrm"
    "P15m2FLYDCvQF2WGqAJT4bv3rZSeyri+JCHrRUIG2hPxm5GETKlu9JmLASGUtI5E5KJkI8"
    "B8owR0SX3Cc+FFd0pWLr3Fl94yk1BtJkG+M7J6pjnMtweKvDMi80fNzh9losIibwq7eAK3"
    "ncFS+gnv+obnY3CtEb/UAQ59sbdhd4NK5GXYeg6TDTDB82MusBtKwVUahFGZuYPE8MtJH6"
    "SH59oMQmJeKJZHGFhYIZR6WFcW0oov/bfgA8L3CY/gFd+LKBPbNRUE1zKJMee/QMijWNEx"
    "wz5pnU0klHGDHTIJ/2VEJCJbNG9cuHt2WWQ3ctoZxnYjX77bkF0IVCiCdSRR2Q7lg8M7wh"
    "d/dwiMpi1WhUnJBoYDh74mTL37uNUL41S+j3EQ+nXxM7jBbVSclJRarrOWZe5mtZ9sbu5m"
    "QeiJMedJIcmeb2bPY7zpjgx6gqs9MJCLcuhJ+0rw6Hed4V3nQ/e1aPSOpxP2CWaDVt6+2W"
    "Xl8dpNs7yZOgvbbQx/hwCpgRXXflFmtqHDL5+7ZsThcSn/qs0AzGMITzVwtsrLjBg+tY0t"
    "vzG1uSwNWimEHxSlYzcbBZd4H0mr14tWp/hbTgKNTFcCuxBozJlRP7fbZ2dX7ZOzy+uL86"
    "uri+uTJcTZqnVY3/Z+4XAn3HeWFxPdRlP97pmD2qokQEiU7gzu7elKX8DrCrgCY9GsNmcn"
    "rJsJGjbFVjIR1HUifjMKiC3EhaPbxka1BxLFFkpewLRpu4F2BNxsUqqBW1VPi6T0T1en9E"
    "8zKf0AMrFXBuMyTXiLreyXBgO8RLe5J6XkynEjzFVvGKnZm697PgADaeErFwIGm/+SRgO4"
    "1P1bK0MuLO6FXVxKTE4LRYEWc3EJIQnyRpDHeGK7OYa8+ryLSGKnAy9qtpSo+mQLNGHYFY"
    "F9KSBR3x514ojMJUFrOYlsnERcDA9JRafqpJSEefM62WOaLRaLxERkVF0gqnZc/Cx+1lZc"
    "qIEw79+S60/DHBi4NSFiok0POUxMYkfEaiomsf+iPlTMW+Fh5DHW8rU2eYy11Lo8xlpSff"
    "IY61fL4su/pS0x/CC6annmOC8Bt+EokIRkI7Cu+iSQJYLCB/FlJRu307KEA8TlMZNVW7g8"
    "ZrIay+Z5AcL/bRsQmdqu0PbhXOEKU9BfvXN8dv7Vu8DXqJp09P7/Upo6WCPIYELAJ4Rkzn"
    "+jlRtgpBbFsAgXQTkp1bT/8N6/KRO4G2Ee75ZYLJMVlJvwcqKZ6MBSMXgzcjJU3LjDMWaS"
    "WaTlOcH8/ok9jtkhvOK84HyD3gPGIjtJa2bLRUHODOQExtALpf/l/v61NpOGp1DlkVbRAV"
    "VrKKtYI0lYHdI8eiwJqzdEXUjC6i1qXRJWkrCShJUkrA441ykJK0lY1cUjSMaqcSYuGauK"
    "thO/zhFvNbPuRp7wVjOMi+blapyU62CXaLNW3pE+Qc3x2gN9ojYyI3dII/t4TUbuGbtUcG"
    "97TKQRq9+kj2pfXBRwUv6/3K/wUn5dyk05QrskF80biO7pyUmR/WUnJ6s3mPG61D8z2RbD"
    "ee5p9dbfmMhOm3/rhnYVu39fdWPUj/8Di+jrdQ=="
)
