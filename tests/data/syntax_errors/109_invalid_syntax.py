except* E: pass
