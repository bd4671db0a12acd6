"""Online consultations (seed 004 图文咨询, 视频问诊 later): orders, their state machine, timers and the doctor's record."""
