"""The internet hospital's catalogue (seed 004): departments, doctors and their practice sites,
services and prices, monthly schedules, search, follows, recently consulted doctors and the
informed consent. Modules: `departments.py` (科室管理), `service.py` (doctors in the back office,
the workstation login), `schedules.py` (排班), `catalogue.py` (the patient's phone), `consent.py`
(知情同意书, `require_consent`), `ledger.py` (what the consult domain reports: paid, completed,
rated)."""
