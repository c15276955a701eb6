"""How Chinese names name things: the keys that resolution groups mentions by (short forms of
bodies, a report's own place, fair editions, standard variants)."""
