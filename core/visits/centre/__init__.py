"""The visit event centre: how hospital systems' events get in, and the sub-centres that apply them.

Three transports (AMQP `amqp.py`, the signed webhook `webhook.py`, the poller `poller.py`) hand
events to `intake.submit`, which appends them to one Redis Stream per institution
(`visits:in:<institution_id>`). Each stream is a sub-centre: a centre process (`runner.py`) leases
institutions and runs one task per leased stream, reading it through the consumer group `centre`
and applying batches with `core.visits.apply.apply_batch` (exactly once per event id, in each
visit's order). A hospital whose events are slow or failing only holds up its own stream, and a
stream moves to another process when its lease is not renewed.
"""
