"""SMS: verification codes sent to a phone through a provider (seed 004 短信验证)."""
