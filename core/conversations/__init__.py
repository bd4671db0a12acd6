"""Conversations with exact delivery: consultations, customer service, the visit assistant."""
