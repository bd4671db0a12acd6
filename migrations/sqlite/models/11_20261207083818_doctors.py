from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "doctor_consent_version" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL UNIQUE,
    "title" VARCHAR(64) NOT NULL,
    "body" TEXT NOT NULL,
    "fees" TEXT NOT NULL,
    "published_at" TIMESTAMP NOT NULL,
    "published_by_id" INT
) /* One published version of the informed consent (知情同意书): notices and fees. */;
        CREATE TABLE IF NOT EXISTS "doctor_consent_acceptance" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL,
    "accepted_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "mp_account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_doctor_cons_account_bdb5ae" UNIQUE ("account_id", "version")
) /* A patient account accepted one version of the informed consent. */;
        CREATE TABLE IF NOT EXISTS "doctor" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "deleted_at" TIMESTAMP,
    "deleted_by_id" INT,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(32) NOT NULL,
    "title" VARCHAR(24) NOT NULL /* chief: chief\nassociate_chief: associate_chief\nattending: attending\nresident: resident */,
    "specialties" VARCHAR(500) NOT NULL,
    "introduction" TEXT NOT NULL,
    "photo_key" VARCHAR(64),
    "enabled" INT NOT NULL,
    "rating_sum" INT NOT NULL,
    "rating_count" INT NOT NULL,
    "text_done" INT NOT NULL,
    "video_done" INT NOT NULL,
    "institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE RESTRICT,
    "account_id" INT UNIQUE REFERENCES "admin_account" ("id") ON DELETE SET NULL
) /* A doctor of the internet hospital, owned by the hospital of the first practice site. */;
CREATE INDEX IF NOT EXISTS "idx_doctor_deleted_fcfcde" ON "doctor" ("deleted_at");
CREATE INDEX IF NOT EXISTS "idx_doctor_enabled_2e95a4" ON "doctor" ("enabled", "deleted_at");
        CREATE TABLE IF NOT EXISTS "doctor_consultation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "order_id" INT NOT NULL UNIQUE,
    "kind" VARCHAR(16) NOT NULL /* text: text\nvideo: video */,
    "at" TIMESTAMP NOT NULL,
    "completed_at" TIMESTAMP,
    "score" SMALLINT,
    "rated_at" TIMESTAMP,
    "account_id" INT NOT NULL REFERENCES "mp_account" ("id") ON DELETE CASCADE,
    "doctor_id" INT NOT NULL REFERENCES "doctor" ("id") ON DELETE CASCADE
) /* What the catalogue keeps of one consultation order: who consulted whom and when, whether */;
CREATE INDEX IF NOT EXISTS "idx_doctor_cons_account_b8ff0c" ON "doctor_consultation" ("account_id", "at");
        CREATE TABLE IF NOT EXISTS "doctor_follow" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "mp_account" ("id") ON DELETE CASCADE,
    "doctor_id" INT NOT NULL REFERENCES "doctor" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_doctor_foll_account_d9a15c" UNIQUE ("account_id", "doctor_id")
) /* A patient account follows a doctor. */;
        CREATE TABLE IF NOT EXISTS "doctor_schedule" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "day" DATE NOT NULL,
    "period" VARCHAR(16) NOT NULL /* morning: morning\nafternoon: afternoon\nevening: evening */,
    "capacity" SMALLINT NOT NULL,
    "department_id" INT NOT NULL REFERENCES "record_department" ("id") ON DELETE RESTRICT,
    "doctor_id" INT NOT NULL REFERENCES "doctor" ("id") ON DELETE CASCADE,
    "institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_doctor_sche_doctor__eca28a" UNIQUE ("doctor_id", "day", "period")
) /* One period of one day a doctor is on duty at one of the practice sites (排班). */;
CREATE INDEX IF NOT EXISTS "idx_doctor_sche_departm_8538e5" ON "doctor_schedule" ("department_id", "day");
        CREATE TABLE IF NOT EXISTS "doctor_service" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* text: text\nvideo: video */,
    "price_fen" INT NOT NULL,
    "window_hours" SMALLINT NOT NULL,
    "enabled" INT NOT NULL,
    "doctor_id" INT NOT NULL REFERENCES "doctor" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_doctor_serv_doctor__4f2220" UNIQUE ("doctor_id", "kind")
) /* A service a doctor offers, its price in fen and its consultation window. */;
        CREATE TABLE IF NOT EXISTS "doctor_site" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "primary" INT NOT NULL,
    "sort" SMALLINT NOT NULL,
    "department_id" INT NOT NULL REFERENCES "record_department" ("id") ON DELETE RESTRICT,
    "doctor_id" INT NOT NULL REFERENCES "doctor" ("id") ON DELETE CASCADE,
    "institution_id" INT NOT NULL REFERENCES "org_node" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_doctor_site_doctor__d958de" UNIQUE ("doctor_id", "department_id")
) /* A department where a doctor practises (多点执业: several, at several hospitals). */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "doctor_site";
        DROP TABLE IF EXISTS "doctor_service";
        DROP TABLE IF EXISTS "doctor_consultation";
        DROP TABLE IF EXISTS "doctor";
        DROP TABLE IF EXISTS "doctor_consent_acceptance";
        DROP TABLE IF EXISTS "doctor_follow";
        DROP TABLE IF EXISTS "doctor_consent_version";
        DROP TABLE IF EXISTS "doctor_schedule";"""


MODELS_STATE = (
    "eJztfWtz2zi27V9B+ctNqtTpRI6TjHtqqmzH6faMY+fa7um5pz2lA5GQhTFFqknKjs6Z+e"
    "8X4PsBUoBEUiS8P3TaFrFJeQEE9l779b8HC8cklvfm2n24Yj8dHKP/PbDxgv9QvDRCB3i5"
    "TC/wD3w8tYKxjvswseNRU893seGzz2fY8gj7yCSe4dKlTx2bfWqvLIt/6BhsILUf0o9WNv"
    "1jRSa+80D8OXHZhd//yT6mtkm+Ey/+dfk4mVFimblvS03+7ODzib9eBp9d2P6XYCB/2nRi"
    "ONZqYaeDl2t/7tjJaGr7/NMHYhMX+4Tf3ndX/Ovzbxf9pfFfFH7TdEj4FTMyJpnhleVn/t"
    "zpJP3sYDK5ur6b3J7fTSYHCgAZjs3BZV/VC/76B/4Vfhi/e//x/afDD+8/sSHB10w++fif"
    "8NEpMKFgAM/V3cF/guvYx+GIAOMUVMMlHIkJ9svgfmZXfLogYoTzkgWkzUj0TfxDEfcY5T"
    "rg4w9S5NPV1gX07A80r21rHU15Dc53F1/Pb+9Ovn7jj1t43h9WgN/J3Tm/Mg4+XRc+ffXh"
    "Nf/cYS9S+IYlN0G/Xdz9gviv6L+ur84DeB3Pf3CDJ6bj7v7rgH8nvPId9mo+T7CZWZ3xpz"
    "FqbGQ666ulueWs5yVh1vsy6zFGmWmPvn0662xPJ9vNel6ygVmPFmnNpHe5yQ53jsuvdjxV"
    "0/VE6cAsyW0+O7ea125f5kZOzxTc4P8lTM/m2BWDGo8vYMm+4hB3xgX+PrGI/eDP2a/vxp"
    "9qoPv7yc3ZLyc3r9iowrtwFV0ah9fy+D6yP02M77m9WgQYX7DvhG2DlLCOZfuM9cG3m+u/"
    "X1ydnR+jpes8UfZ3sL9gsaCexwbc22cXd//vGBnUX+c/vv71KrjgrOzCpa/nny/OTi6P0Y"
    "KY1MDWhDJ8qL/yg6snt7fnt7dfz6/ujhH2POJ5C2L7+TEXV59/vb27Ybdnf+uKwbWeMF0f"
    "29TDwbfeYm0cjiWWxuG4cmXwS/mFYUSWh+yLF49vZjG0YQEwPeOB/YQcFzFN2qQ+ir/z/t"
    "FeYnZjBbTj8W29eiW4Dw462ePGR0cS0LJRldgG1/LgWuSJWGV0bxfYsipP50Roq1N5q93t"
    "bbtn8uH444fkOOa/1J3Et19PLi/LxzG7s48Nf6J6LBflujsyOlq4H95LrNsP7yuXLb8khn"
    "rJgBJgfW4b7nrJsKoHPJHeCvGeKZd1VsP5P+5yBkMM7auvJ/94nTMaLq+vfo6HZ6bi7PL6"
    "tDAFzAhgdoKnstAzItqt8VY25wVeT/ByabF/E3WpDPip41gE22LMq25RmIApu0dbM5B80u"
    "2qP72+vsyt+tOL4rL+9evpObMKgilhg6gfGqWlnZ1pxzNqCTaav95eX1UoIalIkaCgho/+"
    "jSzqDdCErcGbY1G/yxQ3lFGeb+A3KO4yS+wGJoIKd5CTAd4gXM7cjzF7FJLuIV5lgL84Lq"
    "EP9t/IumTqFlAte26GBfB/4iUUf5p+RRc/J86f/Mpif3/IUvErN+fMaL04Y0hzoKfYeHzG"
    "rjmpQNyYU4sdhbZgL48kv/zthliJxftC4C7oFwtqC9QLFYRO+D1OjICo6A/t0jBOKZHCz3"
    "lqBJjsClxy05P0nhojyLY5wpDC7gPxm4MuuG+scGmKXLL2cn8swCcPH1t4xHYdi/+lO669"
    "8/g+mp4J+8BpkCtrOV971KB413PgW3wfXYFiV2xvRlxv4qx23LkSrO6ie+qPGd1Rg30xkC"
    "U7/dJ1DN9xJwZmH+wIXnirM3YnTbf7vYE1yDW2YCsMP+wK1NfwLpquqDn1JkuGwO4qxC/U"
    "+xbeSNf1ZJIldv0GtK3PyY10hcolhuOaE5ewr+ztCtdNcLOb8F66IjbDfzCrh91o1/3qC/"
    "7jnN1nrStQZnBu7foGBjfRG6KJZ8yJubJ2XVAhVrfRzXTHjPoN4cV9ZxphxVl8Z+xk2Psc"
    "r5+/VD4IHGdRjeq1Te4c9o/0URDdTRN9jAO5GC8K0C6wzdROM7odFxZx+IJ0oSLHX50zFH"
    "gUJjgzFBKHuloNkDgEKSQjSByCWYfEof2EAPZ7jsuvNiQOtZg4tPKIqxqlnJXpbx7DltGb"
    "zUcom9RbWnitHAxelNMuULZ5qJfY85652TXHnmKiSEGwz8laW8LdSlyy6whplupo2ERgp1"
    "jY7Zb1n2cr2+AgoumKWj61vTf8eX9pa7l3HSK7WHn+xJhj+4FM4hUtIB9qg8QrbtFhkHi8"
    "9w83RjzeTEIct1FPK27RiZ7alyjy4Smq1OMgq75yWTHIxVB4zyzM9irLeeBUnvIbVhKGd6"
    "vP79Z26X2Q1rdDWl8A3mRKze9KmnROqiXcdTIPef0yJV4jFegu57rnjEZNShNDq4xti/lM"
    "fYNXNqEpXVXK2UxbekjNJBRhV+eodFBDP3f0nR2jX5c1XtH04qjOJbpYKvlDD07Qb4SdAj"
    "5aUJv+sHSdBxcvEKcGR+iRneLMxl4jZ0lsaqJX2DYRA93hvzzPiY38OUHsu6A59hA7L16/"
    "OSgA1sb9wVPbL09tOHsqykUqAbzzRsUieiGUmP1UBDS3jQDzQH72lSaPZK1smRRkwT5Rt0"
    "+AbumWboHAmuqdZpghFjKBNUCy6U2ylUxnmaoVLpmxx86ZKv1Idk0svQnvdcdvNcBXXy0J"
    "dzeoVHJw+/ma1MPErDp2SszwgloNZIOwu2ibCxJgtJ6QJ56TNVlgURFSdbTOn/QtGJBHDE"
    "93TvLWHzIvLMn7tHtmSIjVRXArXV/JFU/q3gdaQ1xa0du4IIspcb05XTYC2dfgdrousAcX"
    "863LJQahT0KzVwGwn/nNNEfqgcG0o8alNUzYMHgpCo9HSItCU5WBOgluqD1czIICuDbbPI"
    "0UV5CvrDDEYxAKdWzGiJps/oPGE3NiPO4I1UV0szN+L13fPKhBoYoYv7r7XnUW3oVv68sk"
    "nkRHuKKSAXwQe3gTVUbDCI6zzA11xW7mWJbzzEzFBst5fAnuqRNiSiFFitEyOcJZEDBTJK"
    "RrY2ZyTHgwemPkzLVNEPW8FTFRJI0C6Z/C/3nImfGYFRT4TdDMcRcIo9Bg5r8xoZVHkEl8"
    "EuSylENn2njADrEz//KpSgxCNFy7AI/DDxLxB4dF90+mG9KH1xviaWYJ5S2LdSrRWYekwe"
    "GdqTn7fUnZ27SFHzQvqaEDfOhe0BKRu0UdCQ/StAYxvy55YsfgNlOcl4RZ7vMsQ7RS9Tmp"
    "b7RSFMKullCTF4Kkms1JNZlMgR0Ta3LZCQMDWTa1Jr++cuk1Zye3ZyefzxvLrlE0hQMb93"
    "zpGPMDgSGcuTqqM4MDq3JCkoEbLeDzJ+KuQ2OU26IYeavpv5ixGVutU8LMUGbD+h4yVi5v"
    "tITYOlos2XVmlmITvTLY9R8jXL0fQ7P2zXItyCNp8Vn39r3NbW3XeUZL4iZ39nnayjP2EG"
    "HPRpHSgF7dHyyWx+/G9+wr3qcRYcdH9wevfwoSVsLnOmxjvrcf2E29N+iGmOx7GNiYE499"
    "Rz6O/c4fyP7HZdh68+cj5DnsLwsHW47n8YfSJyZiO0zAftjVhI/+MhXTMiOinSn//q2Eaf"
    "n+baVpyS/Vm/LBUhBQg/Sh8hRLRLTpxPun8fjw8OP47eGHT0fvP348+vQ2OcbKl+rOs9OL"
    "n/mRlpsNQXz71tU6Gi/S0beTbqAao8BQSNhlyZjnNk/fk5VJ/V8YsqLDN71Ye/ZiPmwyj8"
    "dtPHpv2TRb4ZE1dyyT/RYeI3TJT0f+I1vM1B6xY8Tgp9bznFpBKiWxg8HsoOEnUzgKUd4m"
    "3iRu+dht8TmQxtmvNE6P/KF4UoUCcE5td06p1rbrvqTdYOsHLrChgmw0HIAVAtunU/bSea"
    "g8ZPk1iTPWiob1plJ83Rar2dnVyQ7b1xPuxUxAhl9UNsG0Nb2Ga2qJ2HkeNhbMjsIpm5fS"
    "sDDvO5lIhXfVkQrvSpEKIWRqtT+yMjqUo2hbVwzxUi3qnZcCzXEjzF2Xx+tZCZuGy/1jI4"
    "4nVViw4ghUDULEml+tPnaZcq98xBXEYFuQBVrtiMsJAcgbQQ59o2WEq6v7pxI7lffvmSpR"
    "g2srdfzxzCeCwpjVsCcCgPr2qFOBw7V6L6EiXytsIuVNJEpDU9yq81IA82Y9eeUbjpotkh"
    "EBq1rCql665Em9s1BWSEOYm1/J3Jk9UfTEZGVgs9gMce9diANbv33xdfH6FN6CJyEvlxY1"
    "cIRN2fElHDiq9YIlIhNckNlcLJyHcHg+9VdB9y0uvw5CQhw0JfwMQph9mjwgO3iEnqk/R9"
    "j3sTHnFz1BrfDGbw8xJv2KMYFsjmrohxmbB02dX+KsV0Vk5soO+thfCeoi1MSaJxId6n7e"
    "arqgvk/irzM4c4ajRhZElMZzR75XR5mnQhpo2nXvTRtF6zOKhhLBlxeD3qmNs39sP/XUPG"
    "OphAbvQX6zOXork+HCRlVuN8G1IsJPlDxv0ci9LAid3Muu3QSlrfLas6KQ2N4f7aisFEO/"
    "wN3fm5rUZugXiKSSmrvqF7g9A+Z5bMoCVbWeAEvHjWT5r7zIRvrrtzk15hUEFPKIyzN1MQ"
    "oSjNfoleMG1bkyY17zBCg2YM22mx/4uuBZUvw+z3hdZsNaf5qAHPs9iq04+CfQZECT9XFf"
    "GyhhAjTZS5x1GZosPIS2MKfKgmBOCSJl0+NeWeMWyoLyLUC5JoyzEt26KM6Xi2qNSROpZm"
    "DVbLZqcmtLXKmpepMAhGWKYYn2xl6ZkKfYDIveHwjsxvTiSNJYnGJeij8R2Wgs3q/ek7fm"
    "/erT+MOM/Tudvr1fHc2OjhBdLB3X5yWr1kEBjaXrPFG2mkaILQCXhhcydpwgUKLhe0OUBJ"
    "h/A9meBmoIgPn3EmddxvxzjKBcITvrBE5LPu0VzoC8WN2cD3C+a+aXz1mx4Bv7wx4cV6li"
    "flYGomElQo2zX6uEc3WcSUFMAw9715EmnrNyDaV8kFRCA7gL0VPjTzLhU+NP1fFT/FohHy"
    "Su4arGXxTFgMLYTGHUNFBXtrFVuqj3DWZZK7u4xvpUdPqMuD6d8fwBciCwsLOXR5I2tlGQ"
    "6U2NLjBpdy4u6VJsKZ1iiYR2dacPxxKH2OG4uqXRuHiEhUXQtzAdc4JgOfbFcpThC4jtOl"
    "awbSrtWEUxfYrbNau0qByqgkkpz8i1Te4c9o+kenOevdOgpkNWuSmuRBnvwW4ayzp8S8u6"
    "SnBBWktJRm9OmOQNJahjUuOHTCBXcIOfgl4VHvF9hqWHLPrEo7fQE3E9TsyP0Mx1/oc3u2"
    "CrhA1FzpKIXAGtPAG0p35pT+AQeIkHPDgEdJt1GYeAEcUNSDPZ0XiwkjZaSapFPrsv7zlg"
    "B0Fduu+5vVqU1N79p/6aLp75isT1weebky93xyiQvbevv51fHQea0719dnl9e/75GBmW40"
    "XpxPtPDo60v0mk9SkoZyJRbXp9NBb5yKd+qzM6Jwipev05kcuKWPhCb6N9ZwVhjvs2xwqc"
    "T7oYYvO5vBZOI8kvf7shFq5weWcZh9tohx2gNlHF8YgZyh3B2okKGwJQU2tFli7dGajT+D"
    "46AdWqDzP3GlYxg9n3VJ4hnHhZsUZdmb8fJBxkrJxBwuY+CTp17XovSnXvES4bLmVIq6vr"
    "ZGW6L62zH0WrlSI6MWusmpJYkoOMREF/YiDzNaN1Zcj8UCVQe5syInBGbA4uTHSiHQMLE2"
    "/wwOCV9btn11WfAgpTM0+giOdsQCklPBeKIeWqj4MtM4VTjhGDc0bdBQ6rDM+oxaZghMJS"
    "WyNEvuMFwrbJPvDYZAYdru2gX7bQVd/sE+7te/tuTqKhKKjpiKiHHhymXdphsp/BVv+PKS"
    "o/BoO8N8v1T0GCoMNNChTuOd69jV3CAwbi9EFeZYYaBGEv+HVmOc8Im0/89akMFMjYJmm0"
    "b9E6yQzKZCMehGuag8HWBxPJDEs/L8sEf1PwQNcxiLkKO9eEeAUHAX4kq6DPBwdz4hlRb5"
    "vw8/T3zPfNPVt8/8pvlBdOv4akQPptJQVyQdXVMmARQshGL84pjbU8CNnQbdblQjYye26B"
    "vXUci2C7KnQjI1eY8ikTbGuWk0+6pSpOr68vczN6elHMf/v16+n5zat3wVSyQTTUSwU2NF"
    "dBLEsd8awcIK6AeE71kQ2gyQnp14y4pVruKginqmm/w2Z6EwMWmlcqrHIq0Y9y7fyx2pRr"
    "T7ovbKEyFWUhwKI/OlJZNbaw50/Uq/MXxLTLaG+lRH+e5ijQoZaDq1LDcmIFqGdcTqtX6P"
    "P1r6eX5+jbzfnZxe1FtLkl70xwMa8V3ZyfXBaQTska2QWdSnS4lm3HJt2s5+Z1oiJLJ72c"
    "S/QeLOjNCzqlK2UXdCoBGv7m1RyitVVzj4wgqDp9VnX6UXO4ZxPceBgFONQbxzTjL1JDti"
    "wI+IpINKg0BcEgAwkGSQswCFdwA9C++AJeYogLwQ07gqx/JfLy2SMB8h4rvvdML5OFeXPB"
    "d/ZN0NWvl5d18WPFPoc7JrzcBDc5MeJRmizx/JaLl8TdEadv/B76rE21nKCMUpCvLyjGM6"
    "7TJJHEl7+dRtgqRG2mp7ggajN3xFdHbea0Cqj6OCgdfIQgCO7lhENBENxLnHWZILhQD9xm"
    "1vOSnVDbeyiHOMA5Lr/a8VSpJgaW5IDRLrODfStPtb/SX81Xp6LmxF4tpqERlAf43Dbc9Z"
    "IBVaXrZSS1qARWtyG10cEiQXAypeZ3lRVeltSuyl3zS305j4I9lJZ5IqWDE7/rFR6Ap7y6"
    "81It4a7Vyua0ADXIZJuOT0LhDkOweM/Gw/f3qyPyCR90MgHNB097S2JQbPlKwOeEtIvfbH"
    "6VW2yR2h5hOrgKynmpzlTCjlBufikvsec9O645mWNvrrSPFAV1ODDzaI+PjiTgZqMq8Q6u"
    "FcI4V54/MebYfiCTGEMBCV+XvVV1iw4TueIXYLB5XBDi064Rv1hOsGE4K9W2LCU5YEg2xv"
    "hApEQHkRLpwmwA46/Lk/Rew1rLsiCXXuQdYiTSnvO7FgbNtrvXZHXnM56g1KwcUOyK7c12"
    "DyiJPfZ30f10xcslU/b1JrzLxs6xSvxOZ3odMfncavzkrFymeu6I1Jf4ProC1WVI1zABis"
    "k6trk87w5VdLeT4Ga6YvbsOvbDxHZ2fv1+4ze6cvR9/WaY08BsyO76whd2q7PwTlqj1ZR+"
    "xfHSUsdSikjdNsQyUbbqQi2zGplEyOXEz47fWCbzF+r5jrtGziwoCZkxKRHO1LecEsvhTS"
    "d9p1wHc7tbQGxnv2I71Ut5aFzFoxXGfLqeYHNBFXnaghTQiGWOVj1EEQJS+xWsKBOGPHOd"
    "xWRrd0eFNPg8IK25U2zZAt96DQtlAeXNjiXIcm4wyznpKlC3OYP/TgLmijNJwomX3wkAbA"
    "mwhZtnBdTVvrw2aYGMQ0HAB+TdDTJEQMbVIccFnPBOFD9wzRdxIRT0tUiN+Qf6RLycSf88"
    "dzyCfiPMRvQRfxibKMSjetDCeSLM0i9xBc0/4t7Gdtj1InLTHgcsRBxPhLDF22sY2GajkI"
    "8fCeLdNNgzpmywmT4p6L7BNWd26ZGsiYl4QBhvv/FIln7YXSP4yuwTb+4887YdBmHfj7A/"
    "wfNWxOS9PZaUKbyjoL8HG7fy2G1Wy3s76r/Bvz/7gf0lSzaMs2+I+m/QBRPnfxZGNnkOH2"
    "K6zjJs0pF8wf/D7mcHd2R/UGW7DuBQ9pkfy6ZOOQAxJ6RFQkrbEbXRa7ZFamJeUkP7fyD2"
    "foxJfd7xdk26V9CiexjzG56ayrmnRTFgRKEnJTCkedUfeDtglHplfcsxSvuyuzNFx4SWd7"
    "4omVS3yrAc2gSnUm2WQfr9IN8dM32qD40Cu7UBLfJELBX7LxHQ0PZrvt56urRl8U0lNAS4"
    "hYZKnJRW7luVlwKgJYBmipwyzFkZAFkCZIhqars3EdteHTcESW1TzkhpuJRbOfkYZGrNJz"
    "IiQJNA4NjLpEUS00jt5SmKAS2ymRbJWaE70iI6phWMCrRIcY31iRb5ghc02A5KhEh0ZVRH"
    "hczSMRJxB+HoN+jC95BH2BTaPsUWooEX3Sahw/4ZrxG1j9GSOEuLoH851EbP1J+HQQRP1A"
    "9yVZDvPBIbOS73nh8UZqvFR93bLrZNZxEO5k7dEXqeU2OOHB5UsCC87h1/JAmiA7hr33lm"
    "i5qHJiCXLC1sEHDq95DQAV/KS1QaoOi1brMu8EmXciP7VrJXq7AdfjAm0YiyCOeEGinN1q"
    "Nisc2TBCb1PMd62q5ue0EWomf6s1OVD6hAeVSzaLMiYM1utmYDvBqwZFWqZPUNYllLNru2"
    "lKPqMwTCUxM1CbiFd/6kF3WQD53jNujuZXk4ThfBrXQFKjK7mwDqK4m7BugI1IOLd37xfu"
    "b30Amg9um1cJeq5NiSTWwT0TYhyciNdNtvPAElLLtrIsqLdIT3QK+4su2NkEXwE89iCdfE"
    "CM0Jtvw54gzJ6xGahXxXLDR3FqRcE6SlZ8hEQmWYR9Xgp1P68FLosj+Nx4eHH8dvDz98On"
    "r/8ePRp7eJ8lS+VKdFnV78zBWpnB68mVR7ZH+8ihkYj9fQ0G4+6MEkPqaCGLS/3l5fVZh+"
    "iUTR6KOGj/6NLOq1trEf/Hm2soMYLTRdUctn28Mb/ti/HLS73Yvg5gjlDMBSN5Fi45BR3r"
    "LjNyh2EwEv89CpQxnCGMIzGg/PiFQbtTovWRkgOQSoeqvpv4ihGAyRF4LFupE7SrXQHcmj"
    "1Nk+sHUrXQUj+8ZurjQSbJodk3I9W7qyyGbPl4qq9YKNAbCVwTa/ISr3BGifWYh4vUpqIe"
    "X9NnILNB26OZYnGyDDoHOCah68BEfY+XHEw2Uw8pilR5hZYT+iH9GC2vSHpes8uHgRlwVZ"
    "c5EFXvMaGoitJGoh6scFNsp8Q3ePhfCcfoXnBDFYykU38lLQhXSj8x5aYnYCs5sh2eUzVi"
    "qJ+eHnrDQfIgHVYzYpP32nY6TiI6B6jN7z65IndoZvM8V5SZjlPs8yBF9Xn5P6cum85v02"
    "TTdLckAAA63eEaqB4qBayywvBLQ60Or7otXTrbNj/neo+JbOms0YR287EOwy+Oa3xh4S7F"
    "E8aCXBnsaLbiTYF+lQGYI9WnfZuLrjkP7mxaFdxJ5nrXlB6VdLEhTMfj1CvArSEwlo8AfO"
    "cb+yyMxHPyKX8DraZvDTjGP+Wkiud/BIAbGeC+aLFvw/gW2HZNg+Hhwa22OQDKvbrAvIl3"
    "KrbMdSStWMx3fog0gPzvY9EZ8kHBGfKv0Qn4puCOXab3so/HYQHeYduXpkAqHfVQdCvysF"
    "Qj9RrIJwNLxDfAO1aZDLFxyVrTsqbUdtg4jHawftWKpu4bimbuG4XLeQ5yFtpdLkBMF71B"
    "8Fpqy3stNrqynOysEM93mGt3ITgY8IfESdoQrOjH3kCIAnQyVNYLMbYz9Ee1hQQMCwJ5UG"
    "NlLrD8nIjcz6fwdjHfe/EfvzPRT+Ssh/BzUbX3GS2/CRY7/m/ReRZzhLgpxZkKbO6dL45+"
    "gmo6BeJLWDwVHNyRKx3skTZXLmowcHizy8G/8xeCL0D+mWYQ9BL+FawwvFAhrmxo9lAqzH"
    "1QHW41KAtYFt3pSnDPCp41gE2xXOi1SqgPKUibUFc/JJt0bA6fX1ZU7/P70o1He4+vXr6f"
    "nNq3cB7mxQmGgkUCN7FGsNRhiE4sIsQyguOAGVXL9ABDSn9BWqrRGiBmteCHCtwlW1DEte"
    "CHAF4mpvxFXG+AbiaiO4+RdXEl0iMK4B3Sp0k+NGlRbMkbGE98UVmNyqtUVPgltphHnBjD"
    "IcBqPLm9J4u9ZivQludhPea7CGU7clWbNrrIp0TpegHPU8wanARgb62iYoHI8W2OQFSMyg"
    "HVFwpxHy5s4zbzqUZX2P0fPcQZbDzWiEfbRYo3AdCYqkNH97aW45PNOgIGu1rrbngqxAO7"
    "dKO0Pb6ra7KWOX7UEhSAooF8S0C51rDWjRbr0RZuGWPXyQmy8DBCWDXwK3GiqI6lwVMFXA"
    "rAKzOlxca5jVJFxpR4JKt1YsIxE5BbQq0KrDRHdrWrVN+usb9mlFN6L40qiO9lpmBkn0/F"
    "4S13Ns3lE7Li7ABDze+uengIFiep/1A/8eiJq8Sbe/jgMek2IEvkesGe/bHXTTtknYo5t6"
    "E/65oI5BN8+ECsH9iqiEwJVq6PU1rqBmgW6zLohSK/nQwsN0q+7HOclOQhG73GSHO8flVz"
    "ueKtVqeyU5KLhXNvTjlvay1G48XkMvRfO8LjUnYT+KMsLntuGulwypKmUvI6kF1nU70vk/"
    "7nKbUakNX7IhXV5f/RwPL/bmq8BeuYtBWbKtCdCplUHQ+0F5nSdSLTWL0HqJQ5OObnbx0N"
    "gvY1ybQ5aRghwyhRyyAVUaul99+Dg27lfvyRQfdLK4m6869MCLnwj0k2qwUwntPPsyW0f1"
    "zlHaOKbU9ecTU1j4jVunYnzzUnWWqVYnJDc1i/XciEvZ0G3M+4IopBr22cDfV1Wfnk1py7"
    "7m/VRJ6RnGDRRJkSlHnjVDQ8fSxJgT43HHKP+L6GZn/F7D5QB6nBcxGMTa9Ayf2N6zuNR9"
    "dGVU5xcm3/FigtOBm3zD1VgIS8R7xPOiKQ8mlf3M39Kd6sRD3gG/1kXeQXbK5M/6ghRElg"
    "ns5vSNy4P619vrqwoNKpEoqsfU8NG/kUWHvGWKUONY1LNwRcKtoO3yGxRZuAV2H4loU6lj"
    "h1IhIIcUyCGP/KG2e0cCOu0YnezgWe/rEzWUXISphHYEUfPksoeftiI4snIaxqzoRG8sne"
    "CvKk3wF8vBFdtWKlKY2xmXGazZLeT9rn89vTxH327Ozy5uL6LzOZm/4GL+VLg5P7ksHQuB"
    "TaCmVOaFdDoh2mKQMqbXjgzSObMRb9O7DQxmWRIpv8L6FPt9aq3I0qXi6O/04mijnT/NjW"
    "3Y1DfWRthiyFsSg2LLX0M7OAit7ueeMNAgWwitfomzLhNane65pUmvqRKSFdIibLFt+w/i"
    "bzMN4WSalrFRNS3hSo3L+MYyseiC+pMFtVe+qDBZpV4gFgZTQUATLbHnTTirqWbnZqW2NH"
    "X7hmzLtq67skRruJrmTwSA5d+F5Wffnk6W2PXZ+aZK9hdlgfNX4PxnrvM/REA61EKeCgHW"
    "ClgHFrcajZYVgZNxM4mWkBo7Umhn8X0GBq8seZZdVznq7IZZNjcXZ3dy8VdLzIsACHYPhS"
    "Cib/weGkHdavBQltoVkIsF5ncDvZhhnJslF4FGBBqxj6/sQAkloBFf4qxL0Yg+M3u2i3DI"
    "SWo468Od5fLLbbIFbFFRAvCmMhypXDdTDFU4tpthbzVdUH/LV7kgC+lYw5jpqZrzpyCnQ0"
    "p/2+m3vOz7E5moB1mWBDV0CDXvbQvhmpClY8wVDLuiWHc817u2gG7Y/eMZjititapdP4kE"
    "RDhKeH24o0w5ySAV2o4EHw7EDVLgTw41lZFOhcDdoIJ1lKWvinZGDPBWce/gpb9yycQz5s"
    "RcidwQ1W5kkexOHuXh7C6tOJQDx4Saqy0r0owKMniaueRok/EJhYmPOzqF0lTogenYUkn4"
    "0du+I0Zn4V10BYk8EWFijwpEkS/s/IkM0lkuhRM7r/nRsCNSfw/vojFITKkxAhB2Ryq51Y"
    "nvk8VSK9TK3uvCqVpG79omdw77RzK2YmuH/17PU9nIiqwaIRNZUYm16xi8cYiBPYEmGS/Y"
    "GHqJMIvwfmfR7QapPopXq0L4xBf85KzcUIMvBU+kF0cbQydmubENZ2Yt52uPGhQ3W4YFAi"
    "t2DKyA6ipt8ZsQslIN9TCDF2RCVpJtTtFOL4jBG7U5LDZ3ouwYGvste6+BwSytxBXWWJ+y"
    "y0P1WaC/JHr1Bt0l0eI3Nxa7mxMUH2Be0KArQQYxjcUbIWqHvbtck7gI2yZyAuHoA3ZpjT"
    "xCyu3DGr0zhKD2S1OC8/wlnucQgqrbrMuEoD4ySMvzXR1aE4/vsHoZP/UO2prZXEyNTIp1"
    "dYJ1Kb2anW+K9VRjCZ2U4o5L8lGfLJRSgBMBSAHewWPrOz62JltUcysKQqK7VFE3X9g4oy"
    "b+NBborF1XcGiuu9m4m489TWp3qbEbRTGdNvLG+EJiu461IKrYFsWgrYWg0giQcl2Rcrnq"
    "fjuScrmqggODWZaUK26NFd5V4WoG3nN33lMMcbKpNgDxefZew9qHZREunkHKzW+UqGWJ6r"
    "LqkQRq5WUHMk+qkQTfOHFODVLdzaUwYrSZl48EVNq78NgbFI5HD/SJ2Jw2j2+EHBdhtHCM"
    "R8Qf8BO74HATzEPUQ0EHJmKimessOJvuEeQ6z16ZqW/lCZsZ+0IYhMFW2IPjrg/YsMIlZt"
    "79U4nfh4Y0zXInEDKxh5QwKCB60EFKY7LtKKCclQGQZUB2XJcYAgWyNk8pI9VhmtJ+GL8G"
    "s5S49qGymuPxHfprYu1ikD4bde8neD375fWE2LVe0WTA4egTu/Z/I83+QGAvJ9dGGy3lP7"
    "JDpUzkWOINumYLhNmsQRAcWnmEmar+iP3HLVabPLEPiUm52crNXAsb5JhZv8FnQsu4iRvf"
    "2wv8yMZjNu4ZsZGcWkGvPIYPM7DpA7VfBwFwLjsI2BYWhsVZJo+ag/A3CH8b0iamsUoA4W"
    "+6zbpM+Ft4tG4z63nJToq2QXW+besvhlM1Xaup+yU5iDgoExJ/BGiUQK1mJBKBziKROuPW"
    "GuYi2HtAfaHX73aBLavaTM3IdWeivm13wR6OP35I1ir/pW6Z3n49ubwUsO4+WZTBvCPfq8"
    "Jxo/Fa0MB1O/r5P+5ym3kpIjTZ0C+vr36OhxfDRPNgh/k+SqG4GRGonrR9LG7qgJYFPpWA"
    "IOgdgCfflxa2sXjPrt5mCmIaNIbveq/przt1f8rIy/Gm6oSxSWczaqyES7le68tLtqX3lb"
    "A+7L/aF5KwarZfTqYlu294pGmuIpc4ILES0YwElIguwhn6BlRrvWakWouhKC3SBOTBxlCs"
    "1KtFr3aqFb3V0h0+zg+us1qqbbtZEWDbNjrXA7jK8Co71mPn7c/x/YaFsqxvPbu6lNsmdu"
    "FYD/Gv8a4nEyTpYp8kK2Szo/3k8MeT98cII49p88REvHQh4hQYep47/MfV9Ie05gtbUmsU"
    "+6wD/zaNiruUY9Abu/O9ffouc5+opAxnJ6IYd/bhlBeWYcoGttIKNeBnBz/7kIirgXpcwc"
    "/+Emddxs/e/zIzQ3US9t+npQ/LHGgdky0cW2VJ8G9t72YBtr+8qwDbP0SM+872l7cRoPuB"
    "7ge6X1+6XxceukSaVhN75Xz3HVvMZFNhBqnJybSVaY78/M117IcrR9zVI7042kh6PvOxzA"
    "KVbOsRFLEOZH6ICmRwUfYqPXKKMV4LAR3poZXtUyslGdlxMffRFeJMg8f5ScyLY4jrZDf/"
    "CGg70retHWpodH+Ihq97UKZGAdmCFOgm5SBpl+BHVXsklYKI82wormluxXVn5YDp7gvTLe"
    "PfsLDnbzHhGTGY777Mt4xngz0x4Ha38GLmJDvJIOwLLdzzSS6/1VAwBAqG9MQWHw2oYEjc"
    "41pg2GfaX1eb9WkX1XTw5jgmtJw7voN8/EhsZK44ykHRjbDGJfuu1tpjBrbF1oLLw4Uwen"
    "bcR2Hg0k63EprpmUquwb0nj2QNJvpeTfR0HkrYVru6ckIahik07+wKXqIt9KSsXDe6MRRa"
    "2E5LcolB6NNWynBBFGygvky8jM0bnoNU4Dap3j+zMt31pFkS2+ST1MkW2nxXmhk2iADlem"
    "ouEdIooaIJbs6kqflQsDOq21VlhbZsVdUzRGuAa6JTlUl8TK0yxtXBcqkEBMltHyRnCRuE"
    "1cYXxCIQXKCQ5BbbgNuQ/HlRYAD7rNtGdrsa/5cXAvZvM/tX2ehGvRuRUp+bvsEsy/7lV1"
    "ifuL8vTO08Y1+fBN+9xP9lL49kOECuxgZ4xBKbiMBqrCETsF8EnE+++5PKENNqG7IopyEN"
    "dziWsCEPx5U2JL9UbNcRvELbuSwLshrSNDrpLM/Un5vsuNiGdS3Kgnba55mmgioQ1ftmOF"
    "qDDMC2XRbg9ge3f08V/z67/blunzaDrVD+c91iJdX/XLdauQB/l8yIS3hzj1nYtAO9G3/6"
    "wUTsI4e7AoICI9yl77GnEDNy+FMfGbx/B29+KY7qb+i+YIr0yxSBWIBODtb4LVHxC2RloE"
    "zxLvnzzsoVub1qkucTiQ6VxkzQ1xB9tX+ssEVFid3VKzwj0v0CP/jzbGUbQT7adEUtn9re"
    "G/7Yv7Q1AV0ve96V8knVJ5YKdVdhM/5gsD4xqOxVvevoGwUExjIYy2AsKxvL30ID9wx75E"
    "BgKmcvj+Ri5T3ZQHk7iGNHkQ8RYQ9FN/HYZ4QZq8dRgU7Mdi1uu06J5dgPHvKdEZo7z8il"
    "3uOaXfBKJnKD9763I03QC2xq8sTsfw/xnptBi07+2TMznflvHm+/GehKfNWbHm/rSRDv6B"
    "l9j9G97SzZGg9E7NA+j74hk3B9b4Q8h32M2R0MNjJs3Intx8CiZ89YWmyZoWi539szpigR"
    "N/xituPz+H9sPbIbuM7qYR52Ex2hhLYIxiWLUZIA+J394vnUX8U1Jdg3DQN1OEQHbPTvB9"
    "jjfwZ/xMRxHwSDgEXokkUIMC9vzdVhhbHAliGFW+3LbaVPtxxQ6LHTDVtq5fdSEbCrmqcT"
    "4p1Gmk2IBTokE/iu3w2TMH4rwSSM31YyCfxSoV8BlMzVzJwS+HRLieX5I13NphLKahT+31"
    "ixk4xmpYZwWRDsVlExmb5EzQ5e3axhAwrmwY58wLX7cMV+GuDilWUDyu9uRTOQ6u24U5x7"
    "tgfLwiw8hHJIs2+Crn69vFSjXiSCxZnVf+ewf7oJFd/r3tJaoPhOpFaE5vlTRQBI7vpIht"
    "aKvz95gvjvIZ5foxq6BLpDtBjvvUVeGpRa6JlxWHa2QVrtnsiuvhg0+961IA1w0NpdZ+7N"
    "v4cOOZESGF+S0v+eMoMlSoDFfsCgJld0D8T9kLG/7ydkzAn2uV/PJsT0gisMZzMZ7TuI/T"
    "6jriACuI0HgFbaL600s+JkFdOMiIa6afMxki7BnlrKZyqhXfrS0VsZzxEbVQlwcC2P8HTN"
    "tMqFajucghRoLMI66ezAU3R7PnTt9mSHS6jVD3F3iA5HotonJye3XdjucKycJkvZ9JopAL"
    "/yZupAJkwXLFiwYMGCVbNg6YwaQdOvE98ni2WVNVsaNpK0bBNBcGxoZULuKZu0Z9pL28mk"
    "zso3nIWSLp4RAUNdQhWHWqldhDb7c6bmzR1LsBXXwJyTApwlcAbaKRuvfHQkE7B8dFQdsc"
    "yv9YV26tlKbpp1AhsdbHSw0cFGBxs9Z6N/poZ/wWzuA4Fhnlwb1Vnj3G83ofGwRk3w35OA"
    "NYMH/EKzp32a5FCb4iUeqJBCp9usy6TQQVxxq3WkTSXKLR4P4EqAy/5uIojurUY3EdAQ3u"
    "YZY89xBQdBtWUVDdemtX1zdERPa6qVER18UTXynT2yjHRNvcxYAGpe5KZg2zSAEpGwJ1OX"
    "WOztcdcHIlM3vjaqM3Vtx6ezNTfe08EbQ6p5ISUcurV54PJy5c0RRgvieexrImfle9QkQU"
    "El9mD06jdyFhRRWk35XaYkHjlCt19vX5cDqpu/fcO+8FP68FJs7z+Nx4eHH8dvDz98Onr/"
    "8ePRp7fJMVG+VHdenF78zPex3CsmYaHPsW2raT8ZEQ31n+bdueAxb99jXpGgV41wZYIe+B"
    "iFPkZwhQ2dw5Fh7qKDXegKqzuT83I6ecM6OJ5rfGYRrg34zL6mdxrYRMj6y/JrsE/+shh7"
    "gQ2RmZaNJkRmMbQatfr7ATYMZxW+tXyv43T8P3nh06gWT/IZ6PS91OmBiW+RLPapbynp8o"
    "mAhvC+G3+SUeXHn6p1eX6tEM7mmEoh3PF47RT5d2+lklT5sGp835bTVC1qCwom17g7ovHa"
    "AdyKpRSfjiWA682ljBh0/+yPm7tsI82xbVpbRTfkJWGW+zzLELlUvYfqy39Eho9i/eecEM"
    "TRl72pyiW1oY62QmB1xlrflSRanqT3GhbGsixR/mUVs0SFpdsAsNqXH66oOSxBvGWdOIGL"
    "nBJBu5HTSPbL326IlSRvi8HO+uUHdrRWwf2fNunJX6h3Yi5omE8h4Chz10d1ROWcekFOWT"
    "oUsuuHdMiMakjFJ+pRnylOKsRBVkZD9qt5ctEkS+z6cc91eV92VkpDoJuPSeW7lM+tNFFC"
    "GrfvKlT9vFidcTdA0OsSwZlxVq5SYLAl+aAMYklwRxj7qTJJo4gfbMejAp2n5oXPCunHyk"
    "qx3uMa0ntc5ryxa8yZVqha3S4r1mH8dPLJYAOol0xJJ6pMSl5IpzCS1noTh4g1YKIyLf9b"
    "erOBoSxrpuYX2A6mqmOsuL61o6XKMP8c3Ukj0Ns2VhPIxLZqFtF6U9XMjpQoc85GrAzeG9"
    "lE8bmA4nv8hFxiOK6JDGdJefNkl6BkPtHMdRY8nt4jourmjd0XbOZ+2cwQiAOBONoF4lTn"
    "wFUE4nSQArcfc66VnjfPLmcY7C0cz3lJDR3PA3E0S8UXJDS5oq+5IAY2koR/NOuR2N1Kyv"
    "lCBoa0tJe0sMz6FE2fMVTFBkDGjK3X/zPGc9M1qApdgheuDZWo9qqK8xlQ0BWj4Rpqis0r"
    "4sH/FbCNx2sIbvOOKmpO7NViStwywue24a6XDKmqnSEjqQXWdfrf+T/u6lXxRP27vL76OR"
    "5e1M8rsJ9MqfldZYmXJduagE736JbXOkPDFC30apxTCe28YDLoVoNbwnZKXX8+iT2qsq7a"
    "vNRL9tNmFDo1i60sCDbbZputoD93Fn7ZN5hlDbbyKtveuZUYf7t7t3S0lVt1b31OQ7mEFa"
    "eygV7Vxm3oMprk48JaNnGh2vLebVzIWaqGXt+cJai2rNusCxwIpWrL4dm+zaznJTvJQu1y"
    "kx3uHJdf7Xiqpms1m6MkB1l05QhFKKkNnPAweTKoA91ZGDPQPkD79Ih7GLVI+5hhg2TPmB"
    "NzZe2chBvc7Ta6mUZTkFfQIszY/tEMXnTIiWPdUmUXJrHZ4l+fzYnxeCBgy/IDRhKEGY0k"
    "JkYiIlWqPZZDgRxyZggjl7Cp8XziHgeF1GfYIAg/YP7GBh9cfP7BYBigoAH1CGHbjD5Goe"
    "cw+IT/ReLy7e0/EoLJ+8XuhZ3r1fyjWZkOPaR85XXjJW3ecoFq7a1Xa4eO0G3XIKTmJNjk"
    "J49EqZRmUW4rtPvGG7VsjfPNbju0y5KA92a8TZrafQUD0XJwFSNKK43FGZcaHsx14SvXv5"
    "5enqNvN+dnF7cXUY5KQmwHF/O8x835yWUxu2ruEm/uWAJNrgbmnBTgLIEz9NUYureuz3Ul"
    "ezfFDftwoMqExhUm+waydPKUYonJ5mp4QAEPWbI7osp2JG1vAtrwJrzXYFWbbmnbPGYC2r"
    "YE6kba1s2MlSjjEQ1HM8eNq2pw+jSuvEHtaJFFlTe8nxD1PcTePZ8wGctynj0m55Ifo+s/"
    "Bpe8N8u1qLhHy0+TaedT8KoFN+A/ZKL+/snb+yT8cTpKrcUPcLwQwQnWAURwvvhZl4ngrE"
    "rrrAmSajidc79baZ4Fl6EJx9U04VhY4bUqi6W6hE1eCgrZ7FDIZrly2RAlR1pGRENHWvO+"
    "SvY4X1yFsHqFZ2Vgfe+wvs1MmwHZBZ6V6dCTaTrPtuXg+PsMzmEcwzap6vNdvdwFot2v+o"
    "M/z1a2wVFF0xW1fGaQveGP/UtbE9L1u5CYlLIvQiLQ4VvgraZh9fahvgYQN5GB90iqSvhR"
    "TZXwo3KV8BkhE0N8olZyGzmZ7rwJb9tCuXEXDd3Gss2IQaPE/lixZfIiLlSsGvxSlIPQF4"
    "nQlxgzz1m5oggYCbhTUe2OhFZOXHO9ZTPfNWxfA9i+yPclZbfbYo7zkjDLfZ7l2ACeVMQx"
    "VGdSlwRBwytqeC55ouR5izT1siDkqZfhfXCxaoRTVgQgFWT15vK8FBN7RbIAMqROQ+yjHr"
    "gmUTCqh1leDLCFdP+mox83pPvfMD355uLs7kC8nhuA+CWE7xZfZAmIIYK3kQheMbiBMtsA"
    "tD/H9xmWWiaLa1bnz6HKvgC6+vXy8qBGBW4A3lK1BT1hFqr/FXjLBKKTp93bSOYips+f9N"
    "o/ugtGD5HbFJGe4Csblj4hicTG4PS7OUF8yCNDCnHa0KI2yRX3OEaEhzNEAeLGHNsP7D7T"
    "NXqeO4sReqb+PAggtx1fUDmkhftDmZB+hZDzlqAT5XiMvBR4hjZ6hnxHHeSsjIbxjc2DjI"
    "PqWgFGCjDnpQBoaaAVs5NTEaA/yzQSPyBVVm08Xru9t5VALSibMPQUGZnEqFiD3oaIBRpW"
    "mobN5M/uSAKoJkT3DWhFjrCH3VGjGXCcxUG1JcuvjmQs2HjgRsP1F+cZObwsZcpQI3dle1"
    "FWc5T5fIxClz/ijxyhGSFhFcrnOTXm6JeLW4RNvPSDSpTeM3G9sgXb5oPAlO2XKQvZ0C/x"
    "0IdsaN1mXRCiV8qGJjbHXLCL1jY1yEhBVwP5rgbh4ThZKHZAKYh1aKkydWeFrW7s1U8S1u"
    "qnSlv1E6QUtU6tzKk3eWR/iMrazcp0mXlLFk43y7b57HIOGXvkjD6Uga5OuM1LQa5tbstu"
    "IteWJ/AzW4wXDrYVG1gVBLWjGlvoY+X4VJRodUe+V+zdqYQG8NYpmOf/uKtf24l+eXl99X"
    "M8vLjgex4zPHj7ukT7qdBSkpGa1za5c9g/7cdp7nU6GorSFBOEO5F+X/Af57bvrg8ElF9y"
    "bVRH+M3wHxOSDGu0U3SBQvv9YLmaMgVgHppteGVSwpcLVBoEbg1YFuDWYNahV3THJ/oA57"
    "j8akOv6DZ7RbO//MFRq/WWlWnLFNxfwc7mTe3Aoy60L6oxzspoGOg3lgqdGteETo0FoVOB"
    "x1uF0kgltMC4a1LDc1yVkhPxcOD9i7twYisKd4hze7UoMRD5dZyR75Ccw5aq5+pgOV971K"
    "DYPkbJj/dxpwD2WfjDvc1ufYzi++89ijhn2Ct4cXNyHfpxk08G68hNkNumwl5BFioY9Vm9"
    "d9wHNb0+FYAQ2M0hsAytMrZQgaDEbaerqiJzez9Rr2fse7MD8cQwyDKcIwETXh40qqPEGW"
    "g8w8UIpSY4LybRZyhu7BP1A0PhHYgZxK8+EZe3GeC5l7wHO7VnjrsgPH41eJyok9DO9xOQ"
    "879ne7tF9wipeIh63RMzH8+CPLIZCdjrRXZD9KJsoSQVRIH37ovSBF1Xe6M7QXdQFQ1Kpj"
    "voXpWov0enSbUG9ff0vJFWnzJn1Gbd6ZopNIl5ukm1Qa/uVx8/kqP71Ye3Bvv36P1bg/38"
    "7u3sfvWefPjw+hiFMVlekAI0I0SQVtTJEyG/CDQt/fDN1MSgvqVWECMW0MKv0Hb1/6ljCh"
    "yQ1W6beLwW4HbttOGbtgrY8XgAewuwe0Zj9206NDbR0tlTjVsRSELkSgMx383ZE58DC+BA"
    "YEdEVyTsB1muNRydKuw+cW3io7njLamPGc7Os80U+Ok6uB5/HI+fUdfz0ZI/hGntyKOi2n"
    "ltPUQmZDqT55oJyYOQaQiZ7smupe8JBSHTus06hEy3ZBr0e44hZLrb+od4oVb/MBqvhQHd"
    "dqx0DdO2OQxyEKzbgTGnZHaMgv/d29jzHIOybzWJPi98wEb4PrFNNinsWvzjvc12i6BiOy"
    "8IFv5U1Oul4rBluLxxNZc3LnF53pKwb2/5VMQy1bTNzotpkGHeQa1Q9ijXMVeGOLmgmtIr"
    "ymmAdufE3txh569iZ+CcELQF3uwYGFLtrOHHXDNE2JeYeKuFgsqYF4LUjgpQVduzFsUA2J"
    "JPlh1vE1NYKagS1ZwMQFqE9InpkY4qpnkhABW6hXYeA7uXWMiiKjZ4D0FNICS0s2ypnWW1"
    "/zJXFs9jf0XQKm3Hfmqhe/Isc0ONJiEf5eJYlsPrnzcB2JfgZrpC5RlzYq4sEV+jDtVtdD"
    "NtwSLuE49/bQSr8F7aQsUMzWZwor5WIJVDUyRSDhRLEZ6YC2rL5xz0SplpIOGgolVpA1E/"
    "ucOzMgKoeMRKZRPkBDaGBv02x34QfmNgH1vOw4qgR0KWHo/K4XmT2TsixzWJe8xbXcafEz"
    "NofBk1DyH2iP8bhOkU5qi1B93b1EfP2GMDF8vA7xiM4T04Q/bjDeLJC67zjJbEDe+MFviR"
    "eFEnT/ZtrDVi5udi6fg1qaCloKPMSwbBRl0HGwXzqJrxn4pAdkLJAq6uGL/ZZdp95fgtPK"
    "actmNTxP69twO66RgF/9vG49lCi0no2KdjDE1yKm0TFlmQhQo0fZ5pz3BcAeN9u2D6RXUx"
    "s1hIoxCpw/HHD8lhxH+pO4duv55cXgr9XVu9Mlk5eF36/LpA8YF21LjIElQL2HR2bVatI6"
    "o1now0+WZHJ0aa6TMwgGXZldzSEldzEOwKDSALtTL2WSsj5/Go5LdSj8hGZmuWDt2itFgo"
    "7SEc5ajJlA8TymwqERZtDFAhDBLRermzDDQlCapZgUI5fFRrFErQe5rWe8pLGNT1RtT1fS"
    "qUSVxIpUqZjRzZqFR62cFyVdeISx0z9lmaeJ2oh4h67DNkrnz2mR9cjgob5EoaeLw42ofD"
    "P43vVx8Pifm6otRaK48RKq/pu8EeE6z84NklFZaNJEvs+os4R4yNBp8n6LX92N801muhwI"
    "Jusy7gx8sFFrAgJ5BPd4XCjUXZgLk5HuD81swnn6NiMmV4cJVQkwthSKV7HcSwcFw7SOKO"
    "fri38YzXWXIc+xglP97b5ImE46IfimrGfoIcDLzEBvUFS7veTZqV08mcbMJVmqplqlU6Cn"
    "I6AQvsR69RhWw2cFcOlf8Q771NgJu7ma4AF0+dipS2it2iAZghb3DPzajyaUvVTF6a17SZ"
    "yMuMlXAPR8NTUs2ZzYjrjYKsgaXLL1EbzYidpBLkshOe2fw7zyIfcnM33sDVBQHX4GUGNq"
    "6XG9VAeRlg417irMuwcZAbs9/GyfzknLBjU+EYy8mAkSgwwkNtYzJ3VqL6BvWEXFG2O4CD"
    "P7vnlBwUnOuy4BxQdE3tDkAhvYAQmvA9qjK6oyIZmy3ueKBM85GE8+FJ+27GPA5jVrwwXO"
    "XoT+/w/erj2+mf7lcfxh8+8maB7/AxM6qf2DphM4L9+OekeYgnCKDp4oGbQmlSKg+M9H0a"
    "6UwLXGBX4G+sPYkzUnASK5zEnuMKzOINGbCRjDYlH8Gn289NAhRG8OkODV9QyMGnOwCAwa"
    "f70n26J8SlxvxAYFdGV0Z1NiVOx2wyJ6uBhe7x/TK9KrvHV3c2qW4f3ytviTzE+S5JR0cS"
    "jhE2qrpPEr9WKBvGXioFhKPhGqL7Tqo10rua1kjvyq2R2BN9oSLw19vrqwrnfipS9PFSw0"
    "f/Rhb1BqwMiMDlYOQYhFJrpGIXpFHeQ8tvcLrvxsz/+f8A3RTS"
)
