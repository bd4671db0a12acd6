"""Proctoring: face consent, enrolment and verification before the exam, captures during it, proctor verdicts."""
