from tests.carrier_stub import carrier  # noqa: F401  (fixture)
