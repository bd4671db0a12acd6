"""帮助与反馈 (seed 004): a hospital's help desk, patients' feedback tickets with replies, online customer service."""
