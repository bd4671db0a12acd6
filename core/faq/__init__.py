"""Frequently asked questions shown on the phone (seed 000 常见问题; seed 003 patient help)."""
