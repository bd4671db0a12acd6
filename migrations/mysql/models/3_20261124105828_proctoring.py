from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS `proctor_capture` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `photo_key` VARCHAR(64) NOT NULL,
    `taken_at` DATETIME(6) NOT NULL,
    `received_at` DATETIME(6) NOT NULL,
    `analysis` VARCHAR(16) NOT NULL,
    `faces` SMALLINT,
    `distance` DOUBLE,
    `analysed_at` DATETIME(6),
    `session_id` INT NOT NULL,
    UNIQUE KEY `uid_proctor_cap_session_0a13bb` (`session_id`, `photo_key`),
    CONSTRAINT `fk_proctor__exam_ses_899fb706` FOREIGN KEY (`session_id`) REFERENCES `exam_session` (`id`) ON DELETE CASCADE,
    KEY `idx_proctor_cap_taken_a_7c77e9` (`taken_at`),
    KEY `idx_proctor_cap_analysi_1e4021` (`analysis`)
) CHARACTER SET utf8mb4 COMMENT='A photo taken during the exam; analysed later by a worker.';
        CREATE TABLE IF NOT EXISTS `proctor_face_consent` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `text_version` VARCHAR(32) NOT NULL,
    `consented_at` DATETIME(6) NOT NULL,
    `withdrawn_at` DATETIME(6),
    `ip` VARCHAR(64) NOT NULL,
    `physician_id` INT NOT NULL,
    CONSTRAINT `fk_proctor__physicia_16573bb4` FOREIGN KEY (`physician_id`) REFERENCES `physician` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4;
        CREATE TABLE IF NOT EXISTS `proctor_face_enrolment` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `photo_key` VARCHAR(64) NOT NULL,
    `encoding` JSON NOT NULL,
    `source` VARCHAR(16) NOT NULL,
    `quality` JSON NOT NULL,
    `active` BOOL NOT NULL,
    `created_at` DATETIME(6) NOT NULL,
    `physician_id` INT NOT NULL,
    CONSTRAINT `fk_proctor__physicia_4ce5ad91` FOREIGN KEY (`physician_id`) REFERENCES `physician` (`id`) ON DELETE CASCADE,
    KEY `idx_proctor_fac_active_972eb8` (`active`)
) CHARACTER SET utf8mb4 COMMENT='The reference face: a 128-d encoding and the stored photo it came from.';
        CREATE TABLE IF NOT EXISTS `proctor_session_event` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `kind` VARCHAR(32) NOT NULL,
    `at` DATETIME(6) NOT NULL,
    `detail` JSON,
    `session_id` INT NOT NULL,
    CONSTRAINT `fk_proctor__exam_ses_abfddc37` FOREIGN KEY (`session_id`) REFERENCES `exam_session` (`id`) ON DELETE CASCADE,
    KEY `idx_proctor_ses_at_f07bab` (`at`)
) CHARACTER SET utf8mb4;
        CREATE TABLE IF NOT EXISTS `proctor_verdict` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `verdict` VARCHAR(16) NOT NULL,
    `reason` VARCHAR(500) NOT NULL,
    `by_admin_id` INT NOT NULL,
    `stage` VARCHAR(16) NOT NULL,
    `confirmed` BOOL,
    `at` DATETIME(6) NOT NULL,
    `session_id` INT NOT NULL,
    CONSTRAINT `fk_proctor__exam_ses_5da96dd0` FOREIGN KEY (`session_id`) REFERENCES `exam_session` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='A verdict by a proctor on a session; cheating needs a second proctor to confirm.';
        CREATE TABLE IF NOT EXISTS `proctor_verification` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `photo_key` VARCHAR(64),
    `outcome` VARCHAR(16) NOT NULL,
    `distance` DOUBLE,
    `threshold` DOUBLE,
    `reason` VARCHAR(255) NOT NULL,
    `by_admin_id` INT,
    `at` DATETIME(6) NOT NULL,
    `session_id` INT NOT NULL,
    CONSTRAINT `fk_proctor__exam_ses_656520e6` FOREIGN KEY (`session_id`) REFERENCES `exam_session` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4;
        ALTER TABLE `exam_session` ADD `verified` BOOL NOT NULL DEFAULT 0;
        ALTER TABLE `exam_session` ADD `capture_schedule` JSON;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE `exam_session` DROP COLUMN `verified`;
        ALTER TABLE `exam_session` DROP COLUMN `capture_schedule`;
        DROP TABLE IF EXISTS `proctor_face_consent`;
        DROP TABLE IF EXISTS `proctor_face_enrolment`;
        DROP TABLE IF EXISTS `proctor_verdict`;
        DROP TABLE IF EXISTS `proctor_capture`;
        DROP TABLE IF EXISTS `proctor_session_event`;
        DROP TABLE IF EXISTS `proctor_verification`;"""


MODELS_STATE = (
    "eJztXWtz2ziW/SsofUqqlLQjx4knPTVVsqN0e8exs7bTMzudLhZEQhLWFMnwYUcz2/99AV"
    "J8PwRIJE3S98P0xCQuJB287j33gf+M1qZGdOf1tb28Yv8afUD/GRl4zf+RfTVGI2xZ8Qv+"
    "wMVz3W9r2kvFCFvNHdfGqsueL7DuEPZII45qU8ulpsGeGp6u84emyhpSYxk/8gz63SOKay"
    "6JuyI2e/H7H+wxNTTygzjhn9a9sqBE11Lflmr8s/3nirux/GcXhvvJb8g/ba6opu6tjbix"
    "tXFXphG1pobLny6JQWzsEt69a3v86/Nvt/2l4S8KvmncJPiKCRmNLLCnu4mfO1fiZyNFub"
    "q+U25nd4oykgBINQ0OLvuqjv/rl/wrvJq8efv+7enxu7enrIn/NaMn7/8MPjoGJhD04bm6"
    "G/3pv8cuDlr4GMegqjbhSCjYzYP7kb1x6ZoUI5yWzCCtbUVfh//I4h6iXAV8+CBGPp5tbU"
    "DPfqB2beib7ZBX4Hx38Xl2ezf9/IV/3Npxvus+ftO7GX8z8Z9uMk9fvHvJn5tsIQUrLOoE"
    "/ePi7lfE/0T/ur6a+fCajru0/U+M2939a8S/E/Zcky3NRwVridkZPg1RYy3jUfcsbc9RT0"
    "vCqHdl1EOMEsO+/fbxqLM9new36mnJGkZ9O0krBr3NTba/Y5xf2uFQzTeK1IGZk9t9du41"
    "ru0u5lpOzxhc//9zmJ6vsF0Matg+gyX7in3cGdf4h6ITY+mu2J9vJqcV0P02vTn/dXrzgr"
    "XKrIWr7atJ8C6N7z37acX4zgxv7WN8wb4TNlSSwzqU7TLWoy83179dXJ3PPiDLNh8o+x3s"
    "F6zX1HFYg2/G+cXd/3xAKnU36cfXX6/8F6ZnZF59nn28OJ9efkBrolEV6wpl+FDXc/2309"
    "vb2e3t59nV3QeEHYc4zpoYbrrNxdXHr7d3N6x79ls9BtdGYbo+NqiD/W+9x9w4nghMjeNJ"
    "6czgr9ITQ91aHqILL2xfz2RowgJgesaS/QuZNmKatEZdFH7np0fbwqxjCbTD9k0tvRzco1"
    "Ere9zk5EQAWtaqFFv/XRpcnTwQPY/u7RrreunpHAntdSrvtbsdNXsmH0/ev4uOY/5H1Ul8"
    "+3l6eZk/jlnPLlZdRfZYzsq1d2S0NHHfvRWYt+/elk5b/qoYaosBVYD1zFDtjcWwqgY8kt"
    "4L8Y4pl1VWw+yfdymDIYT2xefpP1+mjIbL66tfwuaJoTi/vD7LDAEzApid4MhM9ITI4OZ4"
    "I5vzGm8UbFk6+2+kLuUBPzNNnWCjGPOyLjIDMGd9NDUC0ZN2Z/3Z9fVlatafXWSn9dfPZz"
    "NmFfhDwhpRNzBKczs7044XVC/YaP7r9vqqRAmJRbIEBVVd9H9Ip04PTdgKvDkW1btMdkMZ"
    "p/kG3kF2l7Gw7ZsIMtxBSgZ4g2A6cz/G4r6QdA/wygP8ybQJXRp/J5ucqZtBNe+56RfAf4"
    "ZTKHwaf0UbP0bOn/TMYr8/YKn4m5sZM1ovzhnSHOg5Vu8fsa0pJYirK6qzo9Ao2Mu3kp/+"
    "fkP0yOJ9JnBn9Is1NQrUCxmEpryPqeoTFd2hXWrGKSZS+DlPVR+TQ4GLOp3GfQ4YQbbNEY"
    "YUtpfErQ86v99Q4RooctHcS/1YgE8cPjbxiGGbOv+lB869WdjPQM+Ep8CplzPLWm0cqlJ8"
    "6DnwJexnqECxN4azILajmN6BO1eE1d22z+FjRg/UYAcNGTcEzImZMABSpkH+1Xqyzj7BBl"
    "76P4l/Nv+kIsW2IIYuq/iWB9L5araCE00hmq6tqQPRdBBXNYZoOhh1iKaDaDqIpnviaDrP"
    "Ibas6z4p093gns647TXqWDreSEdIZOUG5z2uH2oLO86jyeyMFXYko6cygl2OYOySs942dV"
    "JAt5S7iCOBgxzE+03rvy48Q+UgorlHdZcazmv+eX9rarq37Tdee46rqCtsLIkSzugCrqIy"
    "cqKkixYjJ8K9v7+BE+FmEuC4j3pa0kUrempXQiv6p6hSh4Msu+SSYhCgJLHOdMz2Kt1cci"
    "pPeoXlhGFtdXlt7RfzCrGuB8S6+uApc6r9kNKkU1IN4T4k85An9UvxGrFAe4kIHWc0KuL8"
    "GFp5bBsM8usavKJRfvGskg7xa9Ln99mqcPjFL8dV3r61JeXqG03RPwjb4Fy0pgZ9Zdnm0s"
    "ZrxFmvMbpnBxQzHzfItIhBNfQCGxpiY23yPx5XxEDuiiD2XdAKO4hthS9fjzLj1ET/4ITs"
    "lhMyGD2ZczOWAEp155m5XRBSpHUsAkrJToB5iB77Sso92Ugr3RlZUL3lVW9gEtplEiBmpH"
    "yn6Wf0gEjMCPBHw+aPclahSJaSTRbsY1dMlb4nhwYS3wR93fGuerj05YKuD4NKJua6m8tk"
    "B0zs9x8ewv8l6GVAGDXJHaSWXwF9kF2elQxCal8Q4xGuDYKo43hEQ1tp5Ev/HPwfM98X3I"
    "JH/imCFqa9Rpj1tab6hv/FhDyHII24xHda54mEJj7gACbhf10qY5Ftmw/O3D1+J1ILKHsY"
    "JmoBvXu5g10IhlAG61iitfpAvcM7kXH1w6JsNe2hFaYlB2gO9F0nzMQ+7hUw7kA8Ri/G1y"
    "YP7BjcZ4jTkjDKXR5l4G7Kz8nhcjdbh56c5zwtBN7z3d7zhN/0QA96ylfbM5BFfejp+ZXy"
    "o59Pb8+nH2dP5Uafehp1f2W7wagobzZ6Oa5MmuXNlFXYbqf5e8sg1QmyzUe0MnWN/eX7rl"
    "1qcbuU/1NdMTDHzDxV2WGLHldU913bxPAbOyaXdYJWiPIyrRqx81Zwg58DbvVuudUd8r2A"
    "QKPLUmC3AoOp2PqXyeT4+P3k6Pjd6cnb9+9PTo8iiPOvqrA+u/iFw506vvN+Mdk0mvazZ3"
    "qVqiThkGj8MLg0l6VnAX8ncBTo22adqZ1QtRMMbIttZSPo6kb8bAYgoYhLW7eDtWp7YsUK"
    "kRds2zTtYHQkjtm01ABTVd+IUPpvyin9NzlKP4BMLmQwKTOEKLamgwYDvGTT3NNSoDnuhL"
    "nthJGORb7WXAADq2HIhcSELQ7SGIAvtf7ZGpSXlT7iMmKwLYgCLXfEpYQA5J0gz8nCtKWu"
    "RIgl4EaE/Stb4IUb1MkUhT0SANT3R51aMntJ0Bo2kZ2biE3Yj3Rkt+q0FMC8W0/2XNWUs0"
    "USImBVC1jVlk0e5GttJYUGCHP9M7n7bpiegdsVR0zhhSNFXpmym0kqXDSFN6QI+WtGU+4G"
    "j66nRf5Nar5b3URzwjdIhI3EXbbJxmP0SN0Vwq6L1ZV/aUFB/nvt3YOfvlt+eojJK4d+uD"
    "F5UIN7aKNe4MPKZbY5LnY9qRtRY4kWrRjHm6+p65Lw6/RO1+aokeKrpu7IjzK3e1JoADZj"
    "24UYEoqGFPuUFoNSt7VTU2w/deTcNrHEANZBerM5OToS2G1Yq9Ltxn+XRfiBksc96u7nBa"
    "Hwft7vGKG0V3ZSUhTSk7qjHeWVYijvePi6qUhQgfKOSCg1paPlHQsvPq0mwFIXpIrxX2mR"
    "nfTXP1ZUXZUQUMgh9gNxEEZ+qs8GvTBtv8ZCos1LnkTCGmzYdvOKzwueacL7ecSbPBvW+K"
    "cVkGO/bx3/oz+AJgOarIv7Wk8JE6DJnuOoi9Bk0X3rsuZUXhDMqYIwzvi4l9a4C2VB+S5A"
    "uSLGsBTdqhDD54tqhUmzVc3Aqtlt1aTmVnG+ffkmAQiLlDQo2hs7ZUKeYe2GqPyasgK7MX"
    "45FjQW51hT7Fhkp7H4zXtLjrRv3unk3YL9dz4/+uadLE5OEF1bps3mAy/mz4sQWLb5QNls"
    "GiM2AWwavEjYcQWBEjX3DVESYP71ZHvqqSEA5t9zHHUR889UVc+22eAVOS35sJc4A9JiVW"
    "Pew/GuGF8+Ztki/eyHLU1bqu5pUgaiYUUuq058rRzO5XEmGbEBeNjbjjRxTM9WpZIVYokB"
    "wJ2JnpqcioRPTU7L46f4u+x9htsS83L8RVYMKIzdFEbFpQDSNrbMzQBdg1nUys7OsS6VDj"
    "wntksXPH+AjAos7OTrsaCNrWZkOlNACkzagwv02RTrUqdYJDG8iwAmAofY8aS8MP0ke4QF"
    "lz3sYTqmBMFy7IrlKMIXEMM2dX/blNqxsmLDqbxWr9Iic6gWDEp+RK4Ncmey/wiqN7NkT7"
    "0aDlHlJjsTRbwHh2ksm2CV5nUV/4WwlhK1Frgx2GLHmKlR9VUikMvv4GdEXQc5xHUZlg7S"
    "6QOP3kIPxOaXZDpjtLDNfxMDmWyWsKb+vb9FOZNNfAJoT93SnsAh8BwPeHAIDG3URRwC6j"
    "ZuQJjJ3rYHK2mnlSRbgbL92pM9dhBUpfvODG+dU3ufPvVXs/HClSSuRx9vpp/uPiBf9ptx"
    "/WV29cHXnL4Z55fXt7OPH5Cqm842nfjpk4O32p+y1foklLMi0cHcl1Bb5CMf+r3O6JQgpO"
    "p150TOK2LBgt5H+04Kwhh3bYwlOJ94MoTmc34uyFzY7DMOt9sdtofaRBnHU8xQHgjWQVRY"
    "H4Ca6x6xbHowUGdhP0MCqlEfZmoZljGDyXUqzhAqTlKsVlfm76OIgwyVM0jYfEqCTl67fh"
    "KluvMI5w2XPKTl1XWSMu2X1nkaRauRIjohayybkpiTg4zE/MwGMr8c6n7SuiJkfqASyK2m"
    "hAicEbuDCyOd6MDAwsgb3DN4Rf3uyXnVpYDC2MwrUMRTNqCQEp4KxRBy1YfBlonCKR8Qg3"
    "NB7TUOqgwvqM6GYIyCUltjRH7gNcKGxh44bDD9W4IN/87hQld9vZ/wzfhm3K3Itinyazoi"
    "6qClybRLI0j2U9ns/ylG5Se/kfPa2vzsJwia3KRAwZ7jfDOwTXjAQJg+yKvMUJUg7Ph/Ln"
    "TzEWHtgS+f0kCBhG0SR/tmrZNEI/8Ljdj7xLNEhuIomOccIDZn/gCzBuIOOrHZDlhVgbiD"
    "oY26WNxBuMnmBv3MNHWCjbL4g4RcZsjnTLCeUc7tqtGwt2tun11fX6YG9Owim8P19fPZ7O"
    "bFG38kWSMa6FYFdiA/RnVdHvCkXGOA55dV/xG3bFMlmld0T1vVrTQJoeHd9tpQPXIZhCOB"
    "1q7N3CvyozNhTIGFIEOMxhLdqDjOP3YwFcejCwT2UJiyshAj0B0NKa8Y69hxFfkC8xmxwS"
    "VlN1JlntMeiqMWXqr6STdxWXZTSiwD9YLLDWoJfbz+enY5Q19uZucXtxfbzS1aM/7LtFJ0"
    "M5teZpBe43viSV3oGUu0d2IbpkHamc71a0QBXnvM5qwgzGeB+RzwpDLzOZZoSL9/uiD6+i"
    "dzANZet1MkBEHR6bKi042iuR0b4NrjAMAjXDumCceRHLJ5QcC3iEGDUkkQzdCTaIa4gkDh"
    "DK4B2mdfgaoY4oz3/kCQh19KO3/2CID8hCXLO6aXicK8u2I5+ybo6uvlZVUAVPaivgMzNm"
    "78TqZq2GogUzy95WKL2Afi9IX3MZy5KZfUklAK0gXyivEMCw0JZKGluxsQthJhh/EpXhB2"
    "mDriy8MOU1oFlC3slQ4+RhAA93xCoSAA7jmOukgAXKAH7jPqaclWqO0nqOfXwzHOL+1wqG"
    "Qz23JywGjn2UGor9RgfSWqKYa3ngdWUBrhmaHaG4shVabsJSQHgXXVjtTEHQwRgsqcaj9k"
    "pnhecnB12uqf6tZqG+whNc0jqSEE6bY9w33wpGd3WmpwwRMNzGzOC1CVKPvcWVQo3GI0Ib"
    "918PjtN++EnOJRKwNQf+y0YxGVYt2VAj4lNLjwzfpnuc4mqeEQpoTLoJyWai+ysK9T2cKO"
    "82jamrLCzkpqH8kKDuHATKM9OTkRgJu1KsXbf5cJ4/QcV1FX2FgSJcSwgIWvyt0q66LFNK"
    "5wAfQ2iwtifJq14teWglXV9GQvFsnJAUWyM8gHQiVaCJWIJ2YNGH+2pnFf/ZrLoiDnFvIB"
    "QRLxremHlrZMXtg+kNmdTniCYqliQLE3hrM4PKIkdNnfbfsbKl5tht/0EqAF5pwKa3L44v"
    "vEujoPeho0WnVtVhyvQW5YTdZJy+9cVYFLye1NIIBJcZPtd1ZN+5U6rmlvkLnwK4Ql9DOE"
    "E+XO5kQ3+R1krpkvi7ZfFxAp1a1IKfm0+AFnxDdCP803CtbWVJL0yEiBTZ4nPOQDfiC8q1"
    "uhPyJBfQvbXCt7c4cl0kAgQpJgq9iyCb73HC6UBZR3s7SQM1hjzmBUZLpqcwYyXADmkjNJ"
    "gBFP7wQAtgDYhZunyI3lrZVPT6USFjAC2VRDoSLqQZKjgmMpSG7q06k2rjDZdfJAdBmLPR"
    "IYRBBx04WS4jUjim8sMUCAG6iDys8/6WqzaSkAWgBodvZJw5yUAZAFQAYCtemSomx7Ne0A"
    "JLlNOSE1wKncyMnHIJOrGpcQAY4aOOrnyVFHbnW5xZMVA05vN6eXuh3sQPZjiBEM4wz/kZ"
    "1jXbo47gt2acm1ceGrcWXwQ6IR0Bt9WuDjCnoDarc8xyMUarcMbdRDjKB2C9RugdotULul"
    "hwnRULsFard05USA4i2Dm+JQvKWVmb1XVjSkREsSc5CqK1PT/LA83SZJuanhPBanJm3fjK"
    "soOf8ePxw3rJWW+33E45u2oRbspROGdP1xCGF3RpfPhbP7y2RyfPx+cnT87vTk7fv3J6dH"
    "0SaQf1W1G5xd/MI3hNQWvJvZSw6Z+E6ckQInSZGbMVpxaVDLrxaOJdq/WvhpVLhGLhFeY/"
    "ueSFcTioTgGniJAkIO+S63e28FhrRjtLKDJ6m7B6pK8UuxxOCCm+q3TBz8sN/14wm5ATo8"
    "hkR+WyYtrLZQcXtwLAL3BgvcG7y1CeSUyrTQkE6Ipuz7hOl1aNgNsxFv4956BrOoiZ+eYV"
    "0KuznTPWLZtDjwJn453mnnz1Ntazb1o3s04yq+B5n5z8XGh7gciNCAuBwY9YPicvpUbr3H"
    "nikI3oizWSanIuksk9PyfBb+LpMAxzYWRadr6ipranguKTDEystuFAqDqVBUOQY7jsJZTT"
    "k7Nym1p6nbNWQbtnVtTy+aw+U0fyQALP8hLD/79lSxsO2y802W7M/KAucvwfkvbPPfpIB0"
    "qIQ8FgKsJbD2LW45Gi0pAifjbhItIjUOpNDOw356Bq8oeZacV9LFeqCEdhXUjZY4TlK7Be"
    "RihvndQS8mGGdI7+vVDjgGGvEZEUpAIz7HUReiEV1m9uwX4ZCSHOCo93eU84tbYxNYp0XZ"
    "I7tyOGO5doYYUjj3G2HHm6+pu+dSzsi2kqsLa/ngkZ7LOX8yckPIB2uj0uQDUeSDLHOCA3"
    "QI1e9tC+BSiGWqBffuVqShp8Xa47neNAV0ze4fRzXtIlar3PUTSUCEo4DXhzvKpJMMYqH9"
    "SPD+QFwjBf5gUk0a6VgI3A0yWBObso+QRjshBnjLuHew5Xo2URx1RTSvyA1R7kYukj3Io9"
    "yf3aURh7LvmJC8ZichUo8K0nuaOedoE/EJBYmPBzqF4lTonunYpV6hgp3iQIzOg16GChJ5"
    "OPwa1a0vbPYwrBqk2WOeHw0HIvVb0MuAQWJKjeqDcDhSUVdT1yVra1Co5b3XmVM1j961Qe"
    "5M9h/B2Iq9Hf5Pep6KRlYk1QiRyIoDC/xaJbcchxjvCAGIRnT3jcZ3K4LCUhEOMg2SuIN4"
    "SVxnjKjhX1Rs2hqxETY0ZPrC2wfs1QY5hOQvOq61ZwhHgHCEnuzBPXVMQzjCcxx1kXCEew"
    "apjJslbN9iJQt+6o2aGtmUf0Uk3aY82SaXasPON8naWqHEkOKGWy7PQpl6L5UOEglAOsgB"
    "7J1rulhX9qjskRWEpCehAh+yd9g1foFdTgH2D81NOxt3/XEIUR0HOUY6Kzakjbw23/hTXg"
    "3VMSdL7VmnmevKRR0pGTGYtrvzllKVXg7MXUpVmOkZzKIsW3ZrFLjbPZqWNUD8JdnXQCHO"
    "LmMBiJ/q7riO7cOiCFdeHVd7mWqBSmOhGyQk9Hc7Q+RKjfVknP6UZOH/e8tdjwqI+OjdeC"
    "cX/z3ZdCcdz4YnIs1fo2u2lhBGPp2PPDbAiLpj9j9EHWSQB/aQaMwA0DiTbulYJR8QNvxn"
    "OTa+ro6/GWt8z9pj1u4RsZZ8kqAXDsMHmTZdUuOlT+XbxKXMFgwIfl3j/D8Q+UDk9+lI7S"
    "mlC0T+cxx1ESIfrg18BplIcG1gg9zJdx+NHKjlnGokMLy71Gr2hLF1QN1C++V2jXW9nJdK"
    "yLXHSR01O2GPJ+/fRXOV/1E1TW8/Ty8vC9KLXLLOg3lHfpQ5FrftB5EUV7WjN3EnXRC5JO"
    "VUTIhATsD+XkW4w+eJgCc/LB0buHjPLt9mMmIDuO6k7b2mu1WGh3T9pcqQWJq2FMhJGcBY"
    "ILWcLhZU9QqncrXWl5ZsSu/LYX3cfbUvIGHlbL+UTEN2X/9I01SeSbFrpRTRhAQUPsjCGf"
    "gGZDOYE1KNJTDnJmkEcm/zlz35GgjeQRUQ9pq6/cd5aZueJbftJkWAbdsZTePDlYdXOgYh"
    "dN7+EvbXL5RF4xCSs0u6GLBUDMKejvUA/wrvejRAgi52JZohux3t0+Ofpm8/IIwcps0TDa"
    "nYIYhTYOhxZfJ/evNXcfYam1IbFPqsff823aap5fPeauv5m3H2JtHPNjmOsxMooDDYwzlP"
    "kWPKBtbjXDvws4OfvU/EVU89ruBnf46jPoyEub46Cbvv0xoOy+xrHcoejq28JPi39nezAN"
    "uf31WA7e8jxl1n+/PbCND9QPcD3T9cun8oPHSONC0n9hKxjCFfVDAwEoXTkqkwvdTk2r3q"
    "KyzvWEB7Jio/lhOelm2qrmkraqLxbrITWSvTNZGL74mBNI/D4mfmcPr0Z8S+q75xiIbYWB"
    "Obc4oYPZr2fSG7eVBXBazk78nENb9v5Z5sRn8AW/mEbGU8DhL6cEpogFxG/Rqxv4j2IAeT"
    "cnADUHeYwDwBbBOV0Ie9GOCMKFDAXRl4EeI/OAdpgW5VcT1NQqa9EjwWMTQ+SK1sofUX4V"
    "lgtajidjWfEAkNKOqiDjJBo3HsRCbIorw6V1II7qURKMwV6sh7nAkZUbgTrstn/9aukePm"
    "0kJQZGl3WFhp3RP54jRSZU+6BrNoXFh6hqUiw86nt+fTj7OnCgz7xI7lc/b1if/dc/xI8v"
    "VYhCPhx7yPRygB16H3ac2PKwgKl/xwlVKevlzHzsoNkKY4ngjo2MeTUh2bv8o4R4MltF/0"
    "WkZ2gGbskHSWR+quNHZc7MNKZWVBO+3ySNOCUPryfTNoPYAwqqYpXaiu2priD6U/ayz92Q"
    "HVP64NWqL8p4qHCqr/qeKlYtch2WRBbMIrJC6CyofozeT0lYbYI5NTpX6WBnd5OuxTiLZ1"
    "iFIXqbwI4sI218WXIdXUL5gi3TJFwFfaysEarpI8yuWRyEkZqPVySBCy6dlFboGKCORIok"
    "WlMREU00df1ncP67QoOrZ8hidE2p/go78uPEP1sxLnHtVdajiv+cf+rakBaL22FPtxDwXT"
    "vjJwMRZqr0xB+KBXUYspignSI59hlAQYy2Asg7EsbSyn7j8vsJWz96PvNpVDnyB5AFfZ0O"
    "xTyEZu0DW2RwgPRO123jeiERdTXcYOiyUg1/kAmgEipiBiqnu6YHcjpn4jNt9gipTA8JWQ"
    "/veQaCyQTbZtHqR3bftApsFrVQVQ/YzUFTPLuVPDIERz/DcMZy1q7ZqI/b2gdoGzpIkPAK"
    "20W1ppYsaJKqYJkQHqpvXTyTbBjlx0XCwxuEiPk6MjAXxZq1KA/XeZG6A3TKtcy5ZfyEiB"
    "xlLABzPFYyl7efmybXcTO1wCrb6Pu8P2cJSuy5CS28/D0R8rp0YPR7eZAvBo1OPRAAsWLF"
    "iwYOUsWLqgql9kZuq6ZG2VWbO5ZmNByzYSBMfGoEzIJwq865j20nTcnem5qrmW0sUTImCo"
    "C6jikHbfRtq9u2Jq3srUC7biCphTUoCzAM5AOyU2i8nJicBuwVqVbhf+u67QTh2byXWzTm"
    "Cjg40ONjrY6GCjp2z0KbOh1dWowCzfvhlXWeI4bgO2d5/W9rjafStbemPYVTcaUfT4opJA"
    "eNt8gOi+EfLevqnw3r7Je2/ZJ7rbcGfRML+ECOQTSgb65VSFNg+zP/8fMpLOTQ=="
)
