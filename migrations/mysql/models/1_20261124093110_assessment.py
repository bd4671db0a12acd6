from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS `assessment_cycle` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL UNIQUE,
    `name` VARCHAR(64) NOT NULL,
    `status` VARCHAR(16) NOT NULL COMMENT 'DRAFT: draft\nOPEN: open\nCLOSED: closed',
    `settings_version` INT NOT NULL,
    `opened_at` DATETIME(6),
    `closed_at` DATETIME(6)
) CHARACTER SET utf8mb4 COMMENT='A periodic-assessment cycle; its settings live in versions, frozen once it opens.';
        CREATE TABLE IF NOT EXISTS `assessment_application` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `status` VARCHAR(16) NOT NULL,
    `statement` LONGTEXT NOT NULL,
    `attachments` JSON NOT NULL,
    `reason` VARCHAR(500) NOT NULL,
    `reviewed_by_id` INT,
    `reviewed_at` DATETIME(6),
    `org_id` INT NOT NULL,
    CONSTRAINT `fk_assessme_org_node_d35a1a39` FOREIGN KEY (`org_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4 COMMENT='An institution applying to become an assessment institution, with attachments.';
        CREATE TABLE IF NOT EXISTS `assessment_assignment` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `assigned_by_id` INT,
    `assessment_org_id` INT NOT NULL,
    `target_id` INT NOT NULL,
    UNIQUE KEY `uid_assessment__target__8589b5` (`target_id`),
    CONSTRAINT `fk_assessme_org_node_1a3ec6e8` FOREIGN KEY (`assessment_org_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_assessme_org_node_215ffbb2` FOREIGN KEY (`target_id`) REFERENCES `org_node` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='Which assessment institution serves a county (or one institution) in a cycle-independent way.';
        CREATE TABLE IF NOT EXISTS `assessment_bad_record` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `occurred_on` DATE NOT NULL,
    `category` VARCHAR(64) NOT NULL,
    `description` LONGTEXT NOT NULL,
    `source` VARCHAR(128) NOT NULL,
    `physician_id` INT NOT NULL,
    CONSTRAINT `fk_assessme_physicia_55d8ca91` FOREIGN KEY (`physician_id`) REFERENCES `physician` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='不良记录 imported by the province, queried by institutions.';
        CREATE TABLE IF NOT EXISTS `assessment_cycle_settings` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `version` INT NOT NULL,
    `settings` JSON NOT NULL,
    `created_by_id` INT,
    `created_at` DATETIME(6) NOT NULL,
    `cycle_id` INT NOT NULL,
    UNIQUE KEY `uid_assessment__cycle_i_683c1e` (`cycle_id`, `version`),
    CONSTRAINT `fk_assessme_assessme_7a21c723` FOREIGN KEY (`cycle_id`) REFERENCES `assessment_cycle` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4;
        CREATE TABLE IF NOT EXISTS `assessment_enrolment` (
    `created_at` DATETIME(6) NOT NULL,
    `updated_at` DATETIME(6) NOT NULL,
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `confirmed` BOOL NOT NULL,
    `cancelled` BOOL NOT NULL,
    `procedure` VARCHAR(16),
    `state` VARCHAR(32) NOT NULL,
    `filing` JSON NOT NULL,
    `submitted_at` DATETIME(6),
    `last_reason` VARCHAR(500) NOT NULL,
    `exam_score` DOUBLE,
    `makeup` VARCHAR(16) NOT NULL,
    `makeup_score` DOUBLE,
    `result` VARCHAR(16),
    `result_at` DATETIME(6),
    `assessment_org_id` INT,
    `cycle_id` INT NOT NULL,
    `institution_id` INT NOT NULL,
    `physician_id` INT NOT NULL,
    UNIQUE KEY `uid_assessment__cycle_i_b0634c` (`cycle_id`, `physician_id`),
    CONSTRAINT `fk_assessme_org_node_0d87e259` FOREIGN KEY (`assessment_org_id`) REFERENCES `org_node` (`id`) ON DELETE SET NULL,
    CONSTRAINT `fk_assessme_assessme_c1482cde` FOREIGN KEY (`cycle_id`) REFERENCES `assessment_cycle` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_assessme_org_node_087011bf` FOREIGN KEY (`institution_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_assessme_physicia_7090b605` FOREIGN KEY (`physician_id`) REFERENCES `physician` (`id`) ON DELETE RESTRICT,
    KEY `idx_assessment__confirm_a7be9e` (`confirmed`),
    KEY `idx_assessment__state_686a5a` (`state`),
    KEY `idx_assessment__makeup_9228f2` (`makeup`),
    KEY `idx_assessment__result_b12625` (`result`),
    KEY `idx_assessment__cycle_i_7b2cf7` (`cycle_id`, `state`),
    KEY `idx_assessment__cycle_i_774f72` (`cycle_id`, `institution_id`, `confirmed`)
) CHARACTER SET utf8mb4 COMMENT='A physician in a cycle: confirmation, filing, review, exam and result in one row.';
        CREATE TABLE IF NOT EXISTS `assessment_certificate` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `serial` VARCHAR(32) NOT NULL UNIQUE,
    `issued_at` DATETIME(6) NOT NULL,
    `enrolment_id` INT NOT NULL UNIQUE,
    CONSTRAINT `fk_assessme_assessme_8c8b7407` FOREIGN KEY (`enrolment_id`) REFERENCES `assessment_enrolment` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4;
        CREATE TABLE IF NOT EXISTS `physician_transfer` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `reason` VARCHAR(255) NOT NULL,
    `by_admin_id` INT,
    `at` DATETIME(6) NOT NULL,
    `from_institution_id` INT NOT NULL,
    `physician_id` INT NOT NULL,
    `to_institution_id` INT NOT NULL,
    CONSTRAINT `fk_physicia_org_node_937600d8` FOREIGN KEY (`from_institution_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_physicia_physicia_eb185836` FOREIGN KEY (`physician_id`) REFERENCES `physician` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_physicia_org_node_5f7980a0` FOREIGN KEY (`to_institution_id`) REFERENCES `org_node` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4 COMMENT='History of the institution a physician belongs to.';
        CREATE TABLE IF NOT EXISTS `assessment_review_action` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `level` VARCHAR(16) NOT NULL,
    `action` VARCHAR(32) NOT NULL,
    `from_state` VARCHAR(32) NOT NULL,
    `to_state` VARCHAR(32) NOT NULL,
    `reason` VARCHAR(500) NOT NULL,
    `actor_type` VARCHAR(16) NOT NULL,
    `actor_id` INT,
    `at` DATETIME(6) NOT NULL,
    `enrolment_id` INT NOT NULL,
    CONSTRAINT `fk_assessme_assessme_4f761ad9` FOREIGN KEY (`enrolment_id`) REFERENCES `assessment_enrolment` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4;
        ALTER TABLE `org_node` ADD `profile` JSON;
        ALTER TABLE `org_node` ADD `may_apply_assessment` BOOL NOT NULL DEFAULT 0;
        ALTER TABLE `physician` ADD `must_change_password` BOOL NOT NULL DEFAULT 1;
        ALTER TABLE `physician` ADD `password_hash` VARCHAR(255);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE `org_node` DROP COLUMN `profile`;
        ALTER TABLE `org_node` DROP COLUMN `may_apply_assessment`;
        ALTER TABLE `physician` DROP COLUMN `must_change_password`;
        ALTER TABLE `physician` DROP COLUMN `password_hash`;
        DROP TABLE IF EXISTS `assessment_bad_record`;
        DROP TABLE IF EXISTS `assessment_cycle`;
        DROP TABLE IF EXISTS `assessment_assignment`;
        DROP TABLE IF EXISTS `assessment_review_action`;
        DROP TABLE IF EXISTS `assessment_certificate`;
        DROP TABLE IF EXISTS `assessment_enrolment`;
        DROP TABLE IF EXISTS `physician_transfer`;
        DROP TABLE IF EXISTS `assessment_application`;
        DROP TABLE IF EXISTS `assessment_cycle_settings`;"""


MODELS_STATE = (
    "eJztXVtz2zYW/isYPSUzahrLseN1d3ZGdpStt7aVsZW227rDgUhIwoa3EqQdbTf/fQFSvF"
    "8ESCJN0nhJLAIHoj4cAOeOvwaGpSGdvJk6y1v61+Ac/DUwocH+yDYNwQDadtzAHrhwrvt9"
    "LWepmGGvOXEdqLr0+QLqBNFHGiKqg20XWyZ9anq6zh5aKu2IzWX8yDPxnx5SXGuJ3BVyaM"
    "Pvf9DH2NTQV0TCj/YXZYGRrqXeFmvsu/3niru2/WdXpvvR78i+ba6olu4ZZtzZXrsry4x6"
    "Y9NlT5fIRA50ERvedTz2+uztNr80/EXBm8ZdgldM0GhoAT3dTfzcuRI/GyjK7XSm3E9mij"
    "IQAEi1TAYufVXi//ole4XvRkfv3r87Oz59d0a7+K8ZPXn/LfjqGJiA0Ifndjb45rdDFwY9"
    "fIxjUFUHMSQU6ObB/UBbXGygYoTTlBmktQ3pm/CPLO4hylXAhw9i5GNuawJ6+gO1qamvN1"
    "NegfPs6mZyPxvffGJfZxDyp+7jN55NWMvIf7rOPH11+po9t+hCClZYNAj45Wr2I2AfwW/T"
    "24kPr0XcpeN/Y9xv9tuAvRP0XIsuzScFagnuDJ+GqNGe8ax7trbjrKcp5ay3ZdZDjBLTvn"
    "n7eNbpno52m/U05QFmfcOkFZPe5Cbb3TnOL+1wquZrRejAzNFtPzt3mtdmF/NBTs8YXP//"
    "HKaXK+gUgxr2z2BJX7GLO6MBvyo6Mpfuin48Gp1VQPfz+O7yx/HdK9orsxZuN02joC2N7x"
    "f604rxnZie4WN8Rd8JmirKYR3Sthnrwae76c9Xt5eTc2A71iOmv4P+AsPAhNAOD+bl1ezf"
    "50DF7jr9ePr51m+wPDPTdDP5cHU5vj4HBtKwCnUFU3yw67l+6/j+fnJ/fzO5nZ0DSAgixE"
    "Cmm+5zdfvh8/3sjg5Pf6tH4VorVNaHJibQf+sdeON4xMEax6NSzmBNacZQN5oH78IL+x+G"
    "GerQAKicsaR/AcsBVJLWsAvCd35+tG1IBxZAO+xf19LLwT0YNLLHjU5OOKClvUqx9dvS4O"
    "roEel5dO8NqOulp3NEtNOpvNPu9rbeM/l49P40Oo7Zh6qT+P5mfH2dP47pyC5UXUX0WM7S"
    "NXdkNMS4p+84+Pb0XSnbsqZiqG0KVAHWE1N11jbFqhrwiHonxFsmXFZpDZNfZymFIYT21c"
    "3419cppeF6evvPsHtiKi6vpxeZKaBKANUTiAijJ0h6x+O1bM4GXCvQtnX6byQu5QG/sCwd"
    "QbMY87IhMhMwp2PUNQPRk2a5/mI6vU5x/cVVlq0/31xMqFbgTwnthN1AKc3t7FQ6XmC9YK"
    "P51/30tkQIiUmyBgqsuuB/QMekgypsBd4Mi+pdJruhDNP2BjZAdpexoeOrCCK2gxSNtBsE"
    "7Mz8GIsvhUb3AK88wB8tB+Gl+RNa51TdDKp5z023AP4WslD4NH5FBz5Fzp80Z9HfH1ipWM"
    "vdhCqtV5cUaQb0HKpfnqCjKSWIqyus06PQLNjLN5Qff7pDeqTxvhC4M/KFgc0C8UIEoTEb"
    "Y6z6hor2mF0OjFNsSGHnPFZ9TPYFLhp0HI/ZYwTpNocoUtBZIvdw0PnjhgJXT5GLeC/1Yy"
    "V8/PBRxkOmY+nsl+7Je5NwnJ6eCc+BUyc5y16tCVYx3Pcc+BSO01egaItJFsghiuXtuXNF"
    "WM02Y/YfM7ynBNtryJgiYI2shAKQUg3yTcbIyD6BJlz6P4l9N/umIsG2IIYuK/iWB9L5Yr"
    "YCE11lNF1TrCOj6WRc1VBG08lZl9F0MppORtM9czSdR5Aj6rpP0rQ3uKc1bnsNE1uHa+EI"
    "iSxd77zHh4fahoQ8WVTPWEEiGD2VIWxzBGObnPWOpaMCc0u5izgi2MtBvBtb/33hmSoDEc"
    "w9rLvYJG/Y9/2jLnZv2m9seMRV1BU0l0gJObrAVlEZOVEyRIORE+He393AiXAzCXDcRTwt"
    "GaIRObUtoRXdE1QxYSCLLrkkmQxQElhnOqR7lW4tmSlPeIXliOXaavPa2i3mVca67hHr6o"
    "OnzLH2VUiSTlHVhHuf1EOW1C9k14gJmktEaLlFoyLOj6KVx7bGIL+2wcsb5RdzlXCIX50+"
    "vxu7wuEXNw6rvH2GLeTqG4zBL4hucC4wsIm/sx1r6UADMKvXEHyhBxRVH9fAspGJNfAKmh"
    "qgc22xD08rZAJ3hQB9F7CCBNCt8PWbQWae6hhfOiHb5YQMZk/k3IwppEl165m5WRBCRuuY"
    "RAolWwFmIXr0lZQvaC0sdGdopegtLnpLS0KzlgQZM1K+03QzeoAnZkTaj/ptP8pphTxZSg"
    "5a0K9dUVH6C9o3kPguGGvGhurg0hcLut4PKpGY63Yuky0w0d+/fwj/p2CUHmFUp+0gtfwK"
    "zAfZ5VlpQUjtC3x2hKmJACbEQxrYUAOf+ofgP6q+L5gGD/xTBCwsxwCQjmVgfc0+USKPIK"
    "AhF/lO67whoY4v2MOS8B8Xi2hkm+69U3ePT3lqAWUPw0QtoNPXW6wLwRSKYB1TNFYfqHN4"
    "JzKuvtqYrqYdpMI0ZQ/Vga7LhJnYx50CxomMx+jE/DrokR6Du0xxmlLOcptnWdpuys/J/t"
    "puNg49Mc95mkh6z7d7zxN+0z096ClfbcdA5vWhp/kr5Ue/HN9fjj9MnsuNPvY07P5Id4NB"
    "Ud5s1DisTJpl3ZRV2G+r+ntPIdURcKwnsLJ0jX7yfdcutpleyv5UVxTMIVVPVXrYgqcV1n"
    "3XNjL9zsRitCToBTAr06ohJ68F1/g90q3eLrc6QX8WGNDwshTYDUFvKrb+bTQ6Pn4/ent8"
    "enby7v37k7O3EcT5piqsL67+yeBOHd95v5hoGk3z2TOdSlUScEjUfhhcW8vSs4C1cRwF+q"
    "Zba2onVO0EPdtiG9kI2roRv5gJSAjiwtptb7XajmixXMYLum1aTjA7AsdsmqqHqapHPCb9"
    "o3KT/lHOpB9AJhYymKTpQxRb3UGDAV6iae5pKik5boW56YSRlkW+HrgABlTDkAsBhi0O0u"
    "iBL/Xw3BqUlxU+4jJkclvgBVrsiEsRSZC3gjxHC8sRuhIhppA3Iuxe2QIu3KBOJi/sEYFE"
    "fXfUsS2ylwS95SaydRNxEP2RRHSrTlNJmLfLyZ6rWmK6SIJEatUcWrXtoEfxWltJoh7CfH"
    "hObr8bpmPgtsURU3jhSJFXpuxmkgoXTeENKVz+msGYucGj62mBf5Oa71a3wByxDRJAM3GX"
    "bbLzEDxhdwWg60J15V9aUJD/fvDhpZ++XX56GZNXDn1/Y/JkDe6+zXqBDyuX2UZc6HpCN6"
    "LGFA1qMcSbG9h1Ufg6nZO1GWqo+KqpGfpa5nZPEvVAZ2y6EENC0BCyPqXJZKnbg5um6H5K"
    "xNw2MUUP1kF6szl5+5Zjt6G9Srcbvy2L8CNGTzvU3c8TysL7eb9jhNJO2UlJUpme1B7pKC"
    "8Uy/KO+6+bigQVWd4RcKWmtLS8Y+HFp9UGsNQFqXz2rzTJVvPXLyusrkoMUIAg5xERAIGf"
    "6rMGryzHr7GQ6POaJZHQDmu63XzH+IJlmrBxnuA6bw2r/dsKjGO/bxz/gz+kmUyaydq4r3"
    "XUYCLNZC9x1nnMZNF966LqVJ5QqlMFYZzxcS8scRfSSuG7AOWKGMNSdKtCDF8uqhUqzUY0"
    "k1rNdq0mxVvF+fblm4REmKekQdHe2CoV8gJqd0hl15QV6I1x45BTWZxDTXFikq3K4oP3Dr"
    "3VHryz0emC/jufv33wThYnJwAbtuVQfmDF/FkRAtuxHjHlpiGgDODgoCGhxxUEShx4bBkl"
    "IdW/jmxPHVUEpPr3EmedR/2zVNVzHDp5RU5LNu0lzoA0WdWcd3C+K+aXzVm2SD/9YUvLEa"
    "p7mqSR0bA8l1UnXiuHc3mcSYasBx72piNNiOU5qlCyQkzRA7gz0VOjM57wqdFZefwUa8ve"
    "Z7gpMS9mv8iSSRPGdhNGxaUAwjq2yM0AbYOZV8vO8libSgdeIsfFC5Y/gAYFGnayecipY6"
    "sZmtYUkJIq7d4F+hwMdaFTLKLo30UAI45D7HhUXph+lD3CgssedlAdU4RSc2yL5shjL0Cm"
    "Y+n+tim0Y2XJ+lN57bBCi8ihWjAp+RmZmmhm0X84xZtJcqROTQevcJPlRB7vwX4SyzpYpX"
    "lZxW/gllKi3hw3Btv0GLM0rH6XCOTyB/gBYJcAglyXYkmAjh9Z9BZ4RA67JJMMwcKx/otM"
    "YFEuoV39e3+Lcibr+AYpPbVLepIOgZd4wEuHQN9mncchoG7iBrgt2Zv+UkvaqiWJVqBsvv"
    "Zkhx0EVem+E9MzcmLv86f+ag5cuIKG68GHu/HH2TnwaR/M6afJ7bkvOT2Yl9fT+8mHc6Dq"
    "FtmkEz9/cvBG+lM2Up+AcFZE2pv7Eg4W+cimfqczOkUoU/XacyLnBbFgQe8ifScJ5Ry3bY"
    "4FbD4xM4Tqc54XRC5s9i0O95sdtoPSRJmNp9hCuSdYe5nC2gpUra65FHeVGbyS7Mdv+FJI"
    "kuygHrrfB5FpLZQ5ZB7ic9qdxIXGZ5EVW49wXh7PQ1peNCZJ03zFmOeRH2qpDRMaQ0Uz7X"
    "J0MtEuz9nSRl0OdTetlTw26kAkEFtNCRJ5RmyPmYtkoj3j5SInZ8fg5XUnJ/mqTXFysfZS"
    "IIinVBsuITwVYcDlgQ5jCBP1QM4BhXOBHQMGxXMXWKdTMARBBakhQF+hAaCp0QeETqZ/+a"
    "3pX6Vb6IE+7Dc8mA/mbIU2XYFfqhBgApYWlS7NIIdNpdz/fYzK934n8sZe/+DnvVlMpQDB"
    "nkMeTOgg5gcPs+JY8RSsIgCJ/3GhW08Aao9s+ZT6vxO6SRzEmtVOEp38FxrQ9sSzROLdIO"
    "BzBhDlmT+kWiPd6a3YbHssqkh3et9mnc+dHm6yuUm/sCwdQbPMrZ6gy0z5nBIeZpZzu2o0"
    "7c2q2xfT6XVqQi+usqlJn28uJnevjvyZpJ1wIFsV6IHsGNV1ccCTdLUBnl9W3UfcdiwVaV"
    "7R9WNVl60kiPp3iWlNZbZFEI4IGrsNcqeAhtZE5wQagohhNKZoRyFt9rW9KaQd1cXfQWDK"
    "0krXd3skpLxgrEPiKuJ10zNkvcs1rqV4OjN7KEQtvCv0o27BsqSdFFkG6gWj69US+jD9fH"
    "E9AZ/uJpdX91ebzS1aM35jWii6m4yvM0gb8AvyhO6pjCmaO7FNy0TNsPPhJaIArx24OUso"
    "+ZmDnwM7qQg/xxQ1yffPFxt+eGYOwNrp0oUEoRR02izotKMWbMsm+OBxANIjfHBME44jMW"
    "TzhBLfIguarAAkoxk6Es0QJ8YXcvABoH3xhZWKIc547/cEuf8VovNnDwfIz1iJu2VyGS/M"
    "2wtx0zcBt5+vr6sCoLL3z+2ZsXHnDzJWw149YXGxpI3EoZeua1aMa1gfhiN5KD1cP/j6m2"
    "BYXXxKFYTVpY6w8rC61Kkpq811SsYcAhng9XJCfWSA10ucdZ4Ar0DO2WXW05SNmG6foQxb"
    "B+c4v7TDqRLN3MrRSYtt3voly+LUWBYHa4rpGXPk5BGemKqztilSZcJegrIXWFftSHWUzo"
    "8QVOZY+yrC4nnK3pXXOjyr26tNMIMQm0dUfQhCbZrDffCEuTtN1bvggBo4m9kFsIqUXa6a"
    "KSRuMFqOXRZ3/O7BO0FncNDIBBw+NpjYSMVQd4WATxH1Ljzx8FyuUyY1CaJCuAjKaarmIu"
    "e6yso2JOTJcjRlBclKaB/JEvbhwEyjPTo54YCb9irF22/LhCl6xFXUFTSXSAkxLLDCV+Um"
    "lQ3RYJpSuAA6m6UkY1jq1eINW4Gqanmi90Hk6KSJZGsQiwwFaCAUIGbMA2B8Y4/jsbrFy7"
    "wg5xbyHkEA8WXXewYCpO7Z7gl3pxN6ZI1LPqBoi0kWyNkTp8izP9uM1ye86ixDlAeuKm4i"
    "iS5H/ITiJvtvLUr0Iyau5ayBtfAL8CSOBwAT1YTmSLfYzTWula86tNsQMlCjXYEa4lmnPU"
    "44rUX7na8VqBlYUOfKUEmVIK9viccbyOiSdkUe8MQULRzLUHY2XZRQS/uFzMFpFFvK4Dvz"
    "cCGtRFnedX5o+wXfXedVm7O0xXHAXHImcRjk0juBBJsD7MLNk+ee28aqE6cydQosAtlMHq"
    "4axUEOkQJjKplb0aVTbVihsuvoEelCAQIhQS9iGOuuQxKvGV58Y4oeAlxDmUF2/gkXc0xT"
    "SaA5gKZnnzDMSRoJMgfI0oBad8U+ur1aTgCS2KacoOohK9dy8lHIxIoyJUikjVraqF+mjT"
    "oKQRBbPFkyadPbbtNLXb6zp/WjjxEfw4z9I8tjbbqX6RN0ccmtTGHTsDL4IdFJmje6tMCH"
    "FeYNWTriJR6hsnRE32Y9xEiWjpClI2TpCFk6ooP5mLJ0hCwd0ZYTQdaO6B2Ly9oRjXD2Tk"
    "mZMiNT0DAnMwVFSgbvlyZYp1FujBysrgYFNrlNy7AyBCnuIy1yXVrZwwqL3CNyiGBITIKk"
    "F9JvA3lCbFEJILzp3kN0j7iCCI4qggiO8kEE9BvdQq9R+eWmCZLmbzd9HjH3YPeY5gSFJg"
    "+zb/8HV6aIvg=="
)
