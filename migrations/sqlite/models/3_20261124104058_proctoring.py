from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "proctor_capture" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "photo_key" VARCHAR(64) NOT NULL,
    "taken_at" TIMESTAMP NOT NULL,
    "received_at" TIMESTAMP NOT NULL,
    "analysis" VARCHAR(16) NOT NULL,
    "faces" SMALLINT,
    "distance" REAL,
    "analysed_at" TIMESTAMP,
    "session_id" INT NOT NULL REFERENCES "exam_session" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_proctor_cap_session_0a13bb" UNIQUE ("session_id", "photo_key")
) /* A photo taken during the exam; analysed later by a worker. */;
CREATE INDEX IF NOT EXISTS "idx_proctor_cap_taken_a_7c77e9" ON "proctor_capture" ("taken_at");
CREATE INDEX IF NOT EXISTS "idx_proctor_cap_analysi_1e4021" ON "proctor_capture" ("analysis");
        CREATE TABLE IF NOT EXISTS "proctor_face_consent" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "text_version" VARCHAR(32) NOT NULL,
    "consented_at" TIMESTAMP NOT NULL,
    "withdrawn_at" TIMESTAMP,
    "ip" VARCHAR(64) NOT NULL,
    "physician_id" INT NOT NULL REFERENCES "physician" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "proctor_face_enrolment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "photo_key" VARCHAR(64) NOT NULL,
    "encoding" JSON NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "quality" JSON NOT NULL,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "physician_id" INT NOT NULL REFERENCES "physician" ("id") ON DELETE CASCADE
) /* The reference face: a 128-d encoding and the stored photo it came from. */;
CREATE INDEX IF NOT EXISTS "idx_proctor_fac_active_972eb8" ON "proctor_face_enrolment" ("active");
        CREATE TABLE IF NOT EXISTS "proctor_session_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "detail" JSON,
    "session_id" INT NOT NULL REFERENCES "exam_session" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_proctor_ses_at_f07bab" ON "proctor_session_event" ("at");
        CREATE TABLE IF NOT EXISTS "proctor_verdict" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "verdict" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "by_admin_id" INT NOT NULL,
    "stage" VARCHAR(16) NOT NULL,
    "confirmed" INT,
    "at" TIMESTAMP NOT NULL,
    "session_id" INT NOT NULL REFERENCES "exam_session" ("id") ON DELETE CASCADE
) /* A proctor's verdict on a session; "cheating" needs a second proctor to confirm. */;
        CREATE TABLE IF NOT EXISTS "proctor_verification" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "photo_key" VARCHAR(64),
    "outcome" VARCHAR(16) NOT NULL,
    "distance" REAL,
    "threshold" REAL,
    "reason" VARCHAR(255) NOT NULL,
    "by_admin_id" INT,
    "at" TIMESTAMP NOT NULL,
    "session_id" INT NOT NULL REFERENCES "exam_session" ("id") ON DELETE CASCADE
);
        ALTER TABLE "exam_session" ADD "verified" INT NOT NULL DEFAULT 0;
        ALTER TABLE "exam_session" ADD "capture_schedule" JSON;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "exam_session" DROP COLUMN "verified";
        ALTER TABLE "exam_session" DROP COLUMN "capture_schedule";
        DROP TABLE IF EXISTS "proctor_face_enrolment";
        DROP TABLE IF EXISTS "proctor_capture";
        DROP TABLE IF EXISTS "proctor_session_event";
        DROP TABLE IF EXISTS "proctor_face_consent";
        DROP TABLE IF EXISTS "proctor_verification";
        DROP TABLE IF EXISTS "proctor_verdict";"""


MODELS_STATE = (
    "eJztXWtz2ziW/SsofdmkSp1O5DjxpKemSnaUbs84dtZ2umen3cWCSEjCmiIZPuxoZvu/L0"
    "CK74cAiaRJ+n6YnpjEhaSD173nPvCf0drUiO68urKXl+xfow/oPyMDr/k/sq/GaIQtK37B"
    "H7h4rvttTXupGGGruePaWHXZ8wXWHcIeacRRbWq51DTYU8PTdf7QVFlDaizjR55Bv3lEcc"
    "0lcVfEZi9+/4M9poZGvhMn/NO6VxaU6Frq21KNf7b/XHE3lv/s3HA/+Q35p80V1dS9tRE3"
    "tjbuyjSi1tRw+dMlMYiNXcK7d22Pf33+7ba/NPxFwTeNmwRfMSGjkQX2dDfxc+dK/GykKJ"
    "dXt8rN7FZRRhIAqabBwWVf1fF//ZJ/hR8mb96+f3ty9O7tCWvif83oyfs/g4+OgQkEfXgu"
    "b0d/+u+xi4MWPsYxqKpNOBIKdvPgfmRvXLomxQinJTNIa1vRV+E/sriHKFcBHz6IkY9nWx"
    "vQsx+oXRn6ZjvkFTjfnn+e3dxOP3/hH7d2nG+6j9/0dsbfTPynm8zTF+9e8ucmW0jBCos6"
    "Qb+d3/6C+J/oX1eXMx9e03GXtv+Jcbvbf434d8Kea7Kl+ahgLTE7w6chaqxlPOqepe056m"
    "lJGPWujHqIUWLYt98+HnW2p5P9Rj0tWcOobydpxaC3ucn2d4zzSzscqvlGkTowc3K7z869"
    "xrXdxVzL6RmD6/9/DtOzFbaLQQ3bZ7BkX7GPO+Maf1d0YizdFfvzzeSkArpfp9dnv0yvX7"
    "BWmbVwuX01Cd6l8b1nP60Y35nhrX2Mz9l3woZKcliHsl3GevTl+urX88uz2Qdk2eYDZb+D"
    "/YL1mjoOa3BnnJ3f/s8HpFJ3k3589fXSf2F6RubV59nH87PpxQe0JhpVsa5Qhg91Pdd/O7"
    "25md3cfJ5d3n5A2HGI46yJ4abbnF9+/Hpze826Z7/VY3BtFKbrY4M62P/We8yNo4nA1Dia"
    "lM4M/io9MdSt5SG68ML29UyGJiwApmcs2b+QaSOmSWvUReF3fnq0Lcw6lkA7bN/U0svBPR"
    "q1ssdNjo8FoGWtSrH136XB1ckD0fPo3qyxrpeezpHQXqfyXrvb62bP5KPJ+3fRccz/qDqJ"
    "bz5PLy7yxzHr2cWqq8gey1m59o6Mlibuu7cC8/bd29Jpy18VQ20xoAqwnhmqvbEYVtWAR9"
    "J7Id4x5bLKapj98zZlMITQvvg8/efLlNFwcXX5c9g8MRRnF1enmSFgRgCzExyZiZ4QGdwc"
    "b2RzXuONgi1LZ/+N1KU84KemqRNsFGNe1kVmAOasj6ZGIHrS7qw/vbq6SM360/PstP76+X"
    "TGrAJ/SFgj6gZGaW5nZ9rxguoFG83fb64uS5SQWCRLUFDVRf+HdOr00IStwJtjUb3LZDeU"
    "cZpv4B1kdxkL276JIMMdpGSANwimM/djLO4LSfcArzzAn0yb0KXxD7LJmboZVPOem34B/G"
    "c4hcKn8Ve08WPk/EnPLPb7A5aKv7meMaP1/IwhzYGeY/X+EduaUoK4uqI6OwqNgr18K/np"
    "H9dEjyzeZwJ3Rr9YU6NAvZBBaMr7mKo+UdEd2qVmnGIihZ/zVPUxORS4qNNp3OeAEWTbHG"
    "FIYXtJ3Pqg8/sNFa6BIhfNvdSPBfjE4WMTjxi2qfNfeuDcm4X9DPRMeAqcejmzrNXGoSrF"
    "h54DX8J+hgoUe2M4C2I7iukduHNFWN1u+xw+ZvRADXbQkHFDwJyYCQMgZRrkX60n6+wTbO"
    "Cl/5P4Z/NPKlJsC2LosopveSCdr2YrONEUounamjoQTQdxVWOIpoNRh2g6iKaDaLonjqbz"
    "HGLLuu6TMt0N7umM216jjqXjjXSERFZucN7j+qG2sOM8mszOWGFHMnoqI9jlCMYuOettUy"
    "cFdEu5izgSOMhBvN+0/uvCM1QOIpp7VHep4bzin/e3pqZ7237jtee4irrCxpIo4Ywu4Coq"
    "IydKumgxciLc+/sbOBFuJgGO+6inJV20oqd2JbSif4oqdTjIsksuKQYBShLrTMdsr9LNJa"
    "fypFdYThjWVpfX1n4xrxDrekCsqw+eMqfadylNOiXVEO5DMg95Ur8UrxELtJeI0HFGoyLO"
    "j6GVx7bBIL+uwSsa5RfPKukQvyZ9fp+tCodf/HJc5e1bW1KuvtEU/UbYBueiNTXoD5ZtLm"
    "28Rpz1GqN7dkAx83GDTIsYVEMvsKEhNtYm/+NxRQzkrghi3wWtsIPYVvjy1SgzTk30D07I"
    "bjkhg9GTOTdjCaBUd56Z2wUhRVrHIqCU7ASYh+ixr6Tck4200p2RBdVbXvUGJqFdJgFiRs"
    "p3mn5GD4jEjAB/NGz+KGcVimQp2WTBPnbFVOl7cmgg8XXQ1y3vqodLXy7o+jCoZGKuu7lM"
    "dsDEfv/hIfxfgl4GhFGT3EFq+RXQB9nlWckgpPYFMR7hyiCIOo5HNLSVRr70T8H/MfN9wS"
    "145J8iaGHaa4RZX2uqb/hfTMhzCNKIS3yndZ5IaOIDDmAS/telMhbZtvngzN2jdyK1gLKH"
    "YaIW0LuXO9iFYAhlsI4lWqsP1Du8ExlX3y3KVtMeWmFacoDmQN91wkzs414B4w7EY/RifG"
    "3ywI7BfYY4LQmj3OVRBu6m/JwcLnezdejJec7TQuA93+09T/hND/Sgp3y1PQNZ1Ieenl8p"
    "P/rZ9OZs+nH2VG70qadR9xe2G4yK8majl+PKpFneTFmF7XaavzcMUp0g23xEK1PX2F++79"
    "qlFrdL+T/VFQNzzMxTlR226HFFdd+1TQy/sWNyWSdohSgv06oRO28FN/g54FbvllvdId8K"
    "CDS6LAV2KzCYiq1/mUyOjt5PXh+9Ozl++/798cnrCOL8qyqsT89/5nCnju+8X0w2jab97J"
    "lepSpJOCQaPwwuzGXpWcDfCRwF+rZZZ2onVO0EA9tiW9kIuroRP5sBSCji0tbtYK3anlix"
    "QuQF2zZNOxgdiWM2LTXAVNU3IpT+m3JK/02O0g8gkwsZTMoMIYqt6aDBAC/ZNPe0FGiOO2"
    "FuO2GkY5GvNRfAwGoYciExYYuDNAbgS61/tgblZaWPuIwYbAuiQMsdcSkhAHknyHOyMG2p"
    "KxFiCbgRYf/KFnjhBnUyRWGPBAD1/VGnlsxeErSGTWTnJmIT9iMd2a06LQUw79aTPVc15W"
    "yRhAhY1QJWtWWTB/laW0mhAcJc/0zuvhumZ+B2xRFTeOFIkVem7GaSChdN4Q0pQv6a0ZS7"
    "waPraZF/k5rvVjfRnPANEmEjcZdtsvEYPVJ3hbDrYnXlX1pQkP9ee/fgp++Wnx5i8sqhH2"
    "5MHtTgHtqoF/iwcpltjotdT+pG1FiiRSvG8eZr6rok/Dq907U5aqT4qqlb8r3M7Z4UGoDN"
    "2HYhhoSiIcU+pcWg1G3t1BTbTx05t00sMYB1kN5sjl+/FthtWKvS7cZ/l0X4gZLHPeru5w"
    "Wh8H7e7xihtFd2UlIU0pO6ox3llWIo73j4uqlIUIHyjkgoNaWj5R0LLz6tJsBSF6SK8V9p"
    "kZ30128rqq5KCCjkEPuBOAgjP9Vng16Ytl9jIdHmJU8iYQ02bLv5gc8LnmnC+3nEmzwb1v"
    "inFZBjv28d/6M/gCYDmqyL+1pPCROgyZ7jqIvQZNF967LmVF4QzKmCMM74uJfWuAtlQfku"
    "QLkixrAU3aoQw+eLaoVJs1XNwKrZbdWk5lZxvn35JgEIi5Q0KNobO2VCnmLtmqj8mrICuz"
    "F+ORY0FudYU+xYZKexeOe9Ja+1O+9k8m7B/jufv77zjhfHx4iuLdNm84EX8+dFCCzbfKBs"
    "No0RmwA2DV4k7LiCQIma+4YoCTD/erI99dQQAPPvOY66iPlnqqpn22zwipyWfNhLnAFpsa"
    "ox7+F4V4wvH7NskX72w5amLVX3NCkD0bAil1UnvlYO5/I4k4zYADzsbUeaOKZnq1LJCrHE"
    "AODORE9NTkTCpyYn5fFT/F32PsNtiXk5/iIrBhTGbgqj4lIAaRtb5maArsEsamVn51iXSg"
    "eeEdulC54/QEYFFnby9VjQxlYzMp0pIAUm7cEF+myKdalTLJIY3kUAE4FD7GhSXph+kj3C"
    "gsse9jAdU4JgOXbFchThC4hhm7q/bUrtWFmx4VReq1dpkTlUCwYlPyJXBrk12X8E1ZtZsq"
    "deDYeocpOdiSLeg8M0lk2wSvO6iv9CWEuJWgvcGGyxY8zUqPpDIpDL7+AnRF0HOcR1GZYO"
    "0ukDj95CD8Tml2Q6Y7SwzX8TA5lslrCm/r2/RTmTTXwCaE/d0p7AIfAcD3hwCAxt1EUcAu"
    "o2bkCYyd62Bytpp5UkW4Gy/dqTPXYQVKX7zgxvnVN7nz71V7PxwpUkrkcfr6efbj8gX/bO"
    "uPoyu/zga053xtnF1c3s4wek6qazTSd++uTgrfanbLU+CeWsSHQw9yXUFvnIh36vMzolCK"
    "l63TmR84pYsKD30b6TgjDGXRtjCc4nngyh+ZyfCzIXNvuMw812h+2hNlHG8RQzlAeCdRAV"
    "1geg5rpHLJseDNRp2M+QgGrUh5lahmXMYHKdijOEipMUq9WV+fso4iBD5QwSNp+SoJPXrp"
    "9Eqe48wnnDJQ9peXWdpEz7pXWeRtFqpIhOyBrLpiTm5CAjMT+zgcwvh7qftK4ImR+oBHKr"
    "KSECZ8Tu4MJIJzowsDDyBvcMXlG/e3JedSmgMDbzChTxlA0opISnQjGEXPVhsGWicMoHxO"
    "BcUHuNgyrDC6qzIRijoNTWGJHveI2wobEHDhtM/5Zgw79zuNBVX+8n3Bl3xu2KbJsiv6Yj"
    "og5amky7NIJkP5XN/h9jVH70GzmvrM1PfoKgyU0KFOw5zp2BbcIDBsL0QV5lhqoEYcf/c6"
    "GbjwhrD3z5lAYKJGyTONo3a50kGvlfaMTeJ54lMhRHwTznALE58weYNRB30InNdsCqCsQd"
    "DG3UxeIOwk02N+inpqkTbJTFHyTkMkM+Z4L1jHJuV42GvV1z+/Tq6iI1oKfn2Ryur59PZ9"
    "cv3vgjyRrRQLcqsAP5Marr8oAn5RoDPL+s+o+4ZZsq0byie9qqbqVJCA3vtteG6pHLIBwJ"
    "tHZt5l6RH50JYwosBBliNJboRsVx/rGDqTgeXSCwh8KUlYUYge5oSHnFWMeOq8gXmM+IDS"
    "4pu5Eq85z2UBy18FLVT7qJy7KbUmIZqBdcblBL6OPV19OLGfpyPTs7vznfbm7RmvFfppWi"
    "69n0IoP0Gt8TT+pCz1iivRPbMA3SznSuXyMK8NpjNmcFYT4LzOeAJ5WZz7FEQ/r90wXR1z"
    "+ZA7D2up0iIQiKTpcVnW4Uze3YANceBwAe4doxTTiO5JDNCwK+RQwalEqCaIaeRDPEFQQK"
    "Z3AN0D77ClTFEGe89weCPPxS2vmzRwDkJyxZ3jG9TBTm3RXL2TdBl18vLqoCoLIX9R2YsX"
    "HtdzJVw1YDmeLpLRdbxD4Qpy+8j+HMTbmkloRSkC6QV4xnWGhIIAst3d2AsJUIO4xP8YKw"
    "w9QRXx52mNIqoGxhr3TwMYIAuOcTCgUBcM9x1EUC4AI9cJ9RT0u2Qm0/QT2/Ho5xfmmHQy"
    "Wb2ZaTA0Y7zw5CfaUG6ytRTTG89TywgtIIzwzV3lgMqTJlLyE5CKyrdqQm7mCIEFTmVPsu"
    "M8XzkoOr01b/VLdW22APqWkeSQ0hSLftGe6DJz2701KDC55oYGZzXoCqRNnnzqJC4RajCf"
    "mtg0dv77xjcoJHrQxA/bHTjkVUinVXCviU0ODCN+uf5TqbpIZDmBIug3Jaqr3Iwr5OZQs7"
    "zqNpa8oKOyupfSQrOIQDM4325PhYAG7WqhRv/10mjNNzXEVdYWNJlBDDAha+KnerrIsW07"
    "jCBdDbLC6I8WnWil9bClZV05O9WCQnBxTJziAfCJVoIVQinpg1YPzZmsZ99Wsui4KcW8gH"
    "BEnEt6YfWtoyeWH7QGZ3OuEJiqWKAcXeGM7i8IiS0GV/u+1vqHi1GX7TS4AWmHMqrMnhi+"
    "8T6+os6GnQaNW1WXG8BrlhNVknLb9zVQUuJbc3gQAmxU2231k17RfquKa9QebCrxCW0M8Q"
    "TpQ7mxPd5HeQuWa+LNp+XUCkVLcipeTT4gecEd8I/TTfKFhbU0nSIyMFNnme8JAP+IHwrm"
    "6F/ogE9S1sc63szR2WSAOBCEmCrWLLJvjec7hQFlDezdJCzmCNOYNRkemqzRnIcAGYS84k"
    "AUY8vRMA2AJgF26eIjeWt1Y+PZVKWMAIZFMNhYqoB0mOCo6lILmpT6fauMJk18kD0WUs9k"
    "hgEEHETRdKiteMKL6xxAABbqAOKj//pKvNpqUAaAGg2dknDXNSBkAWABkI1KZLirLt1bQD"
    "kOQ25YTUAKdyIycfg0yualxCBDhq4KifJ0cdudXlFk9WDDi93Zxe6nawA9mPIUYwjDP8R3"
    "aOdeniuC/YpSXXxoWvxpXBD4lGQG/0aYGPK+gNqN3yHI9QqN0ytFEPMYLaLVC7BWq3QO2W"
    "HiZEQ+0WqN3SlRMBircMbopD8ZZWZvZeWdGQEi1JzEGqrkxN88PydJsk5aaG81icmrR9M6"
    "6i5Px7/HDcsFZa7vcRj2/ahlqwl04Y0vXHIYTdKV0+F87uL5PJ0dH7yeujdyfHb9+/Pz55"
    "HW0C+VdVu8Hp+c98Q0htwbuZveSQie/EGSlwkhS5GaMVlwa1/GrhWKL9q4WfRoVr5BLhNb"
    "bviXQ1oUgIroGXKCDkkG9yu/dWYEg7Ris7eJK6e6CqFL8USwwuuKl+y8TBD/tdP56QG6DD"
    "Y0jkt2XSwmoLFbcHxyJwb7DAvcFbm0BOqUwLDemEaMq+T5heh4bdMBvxJu6tZzCLmvjpGd"
    "alsJtT3SOWTYsDb+KX4512/jzVtmZTP7pHM67ie5CZ/1xsfIjLgQgNiMuBUT8oLqdP5dZ7"
    "7JmC4I04m2VyIpLOMjkpz2fh7zIJcGxjUXS6pq6ypobnkgJDrLzsRqEwmApFlWOw4yic1Z"
    "Szc5NSe5q6XUO2YVvX9vSiOVxO80cCwPIfwvKzb08VC9suO99kyf6sLHD+Epz/wjb/TQpI"
    "h0rIYyHAWgJr3+KWo9GSInAy7ibRIlLjQArtLOynZ/CKkmfJeSVdrAdKaFdB3WiJ4yS1W0"
    "AuZpjfHfRignGG9L5e7YBjoBGfEaEENOJzHHUhGtFlZs9+EQ4pyQGOen9HOb+4NTaBdVqU"
    "PbIrhzOWa2eIIYVzvxF2vPmaunsu5YxsK7m6sJYPHum5nPMnIzeEfLA2Kk0+EEU+yDInOE"
    "CHUP3etgAuhVimWnDvbkUaelqsPZ7rTVNA1+z+cVTTLmK1yl0/kQREOAp4fbijTDrJIBba"
    "jwTvD8Q1UuAPJtWkkY6FwN0ggzWxKfsIabQTYoC3jHsHW65nE8VRV0TzitwQ5W7kItmDPM"
    "r92V0acSj7jgnJa3YSIvWoIL2nmXOONhGfUJD4eKBTKE6F7pmOXeoVKtgpDsToLOhlqCCR"
    "h8OvUd36wmYPw6pBmj3m+dFwIFK/Br0MGCSm1Kg+CIcjFXU1dV2ytgaFWt57nTlV8+hdGe"
    "TWZP8RjK3Y2+H/pOepaGRFUo0Qiaw4sMCvVXLLcYjxjhCAaER332h8uyIoLBXhINMgiTuI"
    "l8R1xoga/kXFpq0RG2FDQ6YvvH3AXm2QQ0j+ouNae4ZwBAhH6Mke3FPHNIQjPMdRFwlHuG"
    "eQyrhZwvYtVrLgp96oqZFN+VdE0m3Kk21yqTbsfJOsrRVKDCluuOXyLJSp91LpIJEApIMc"
    "wN65pot1ZY/KHllBSHoSKvAhe4dd4xfY5RRg/9DctLNx1x+HENVxkGOks2JD2shr840/5d"
    "VQHXOy1J51mrmuXNSRkhGDabs7bylV6eXA3KVUhZmewSzKsmW3RoG73aNpWQPEX5J9DRTi"
    "7DIWgPip7o7r2D4sinDl1XG1l6kWqDQWukFCQn+3M0Su1FhPxulPSRb+v7fc9aiAiI/ejX"
    "dy8d+STXfS8Wx4ItL8Fbpiawlh5NP5yGMDjKg7Zv9D1EEGeWAPicYMAI0z6ZaOVfIBYcN/"
    "lmPj6+r4zljje9Yes3aPiLXkkwS9cBg+yLTpkhovfSrfJi5ltmBA8Osa5/+ByAciv09Hak"
    "8pXSDyn+OoixD5cG3gM8hEgmsDG+ROvvlo5EAt51QjgeHdpVazJ4ytA+oW2i83a6zr5bxU"
    "Qq49Tup1sxP2aPL+XTRX+R9V0/Tm8/TioiC9yCXrPJi35HuZY3HbfhBJcVU7ehN30gWRS1"
    "JOxYQI5ATs71WEO3yeCHjy3dKxgYv37PJtJiM2gOtO2t5rultleEjXX6oMiaVpS4GclAGM"
    "BVLL6WJBVa9wKldrfWnJpvS+HNZH3Vf7AhJWzvZLyTRk9/WPNE3lmRS7VkoRTUhA4YMsnI"
    "FvQDaDOSHVWAJzbpJGIPc2f9mTr4HgHVQBYa+p23+cl7bpWXLbblIE2Lad0TQ+XHl4pWMQ"
    "Quftz2F//UJZNA4hObukiwFLxSDs6VgP8K/wrkcDJOhiV6IZstvRPj36cfr2A8LIYdo80Z"
    "CKHYI4BYYeVyb/pzf/Ic5eY1Nqg0Kfte/fpts0tXzeW2093xmnbxL9bJPjODuBAgqDPZzz"
    "FDmmbGA9zrUDPzv42ftEXPXU4wp+9uc46sNImOurk7D7Pq3hsMy+1qHs4djKS4J/a383C7"
    "D9+V0F2P4+Ytx1tj+/jQDdD3Q/0P3DpfuHwkPnSNNyYi8RyxjyRQUDI1E4LZkK00tNrt2r"
    "vsLyjgW0Z6LyYznhadmm6pq2oiYa7yY7kbUyXRO5+J4YSPM4LH5mDqdPf0Lsu+obh2iIjT"
    "WxOaeI0aNp3xeymwd1VcBK/p5MXPP7Vu7JZvQHsJVPyFbG4yChD6eEBshl1K8R+4toD3Iw"
    "KQc3AHWHCcwTwDZRCX3YiwHOiAIF3JWBFyH+g3OQFuhWFdfTJGTaK8FjEUPjg9TKFlp/EZ"
    "4FVosqblfzCZHQgKIu6iATNBrHTmSCLMqrcyWF4F4agcJcoY68x5mQEYU74bp89m/tGjlu"
    "Li0ERZZ2h4WV1j2RL04jVfakazCLxoWlZ1gqMuxsenM2/Th7qsCwT+xYPmNfn/jfPcePJF"
    "+PRTgSfsz7eIQScB16n9b8uIKgcMl3Vynl6ct17KzcAGmKo4mAjn00KdWx+auMczRYQvtF"
    "r2VkB2jGDklneaTuSmPHxT6sVFYWtNMujzQtCKUv3zeD1gMIo2qa0oXqqq0p/lD6s8bSnx"
    "1Q/ePaoCXKf6p4qKD6nypeKnYdkk0WxCa8QuIiqHyI3kxOftAQe2RyqtTP0uAuT4d9CtG2"
    "DlHqIpUXQVzY5rr4MqSa+gVTpFumCPhKWzlYw1WSR7k8EjkpA7VeDglCNj27yC1QEYEcSb"
    "SoNCaCYvroy/rmYZ0WRceWz/CESPsTfPTXhWeoflbi3KO6Sw3nFf/YvzU1AK3XlmI/7qFg"
    "2lcGLsZC7ZUpCB/0KmoxRTFBeuQzjJIAYxmMZTCWpY3l1P3nBbZy9n703aZy6BMkD+AqG5"
    "p9CtnIDbrG9gjhgajdzvtGNOJiqsvYYbEE5DofQDNAxBRETHVPF+xuxNSvxOYbTJESGL4S"
    "0v8eEo1FsskCsf9y0FYQmQYvVBXg9BO6G6krZpUz7O9GyCBEc/y3DGgtlEWuidjfC2oXeE"
    "sa+QTQS7ullybmnKhqmhAZoHZaP6FsE+zIxcfFEoOL9Th+/VoAX9aqFGD/XeYO6A3TK9ey"
    "BRgyUqCzFDDCTPVYyl5fvmzb4cQOl0Cv7+PusD0cpSszpOT283H0x86p0cfRba4AfBr1+D"
    "TAhgUbFmxYORuWLqjql5mZui5ZW2X2bK7ZWNC2jQTBtTEoE/KJQu86pr00HXlneq5qrqV0"
    "8YQIGOoCqjgk3reReO+umJq3MvWCrbgC5pQU4CyAM9BOic1icnwssFuwVqXbhf+uK7RTx2"
    "Zy3awT2Ohgo4ONDjY62OgpG33KbGh1NSowy7dvxlWWOI7bgO3dp7U9rnbfyhbfGHbdjUYU"
    "Pb6oJBDeNh8gum+EvLdvKry3b/LeW/aJ7jbgWTTQLyECGYWSoX45VaHNw+zP/wcKas6B"
)
