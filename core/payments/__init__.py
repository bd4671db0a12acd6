"""Payments through WeChat Pay APIv3: see service.py (what domains call), purposes.py (what they
register), gateway.py (the provider), offline.py (the offline WeChat Pay), reconcile.py."""
