"""Starts Functionary's Python runtime client (functionary_runtime.py).

Kept to two lines because Python compiles the script it runs on every start and caches only
imported modules; the client itself loads from bytecode (scripts/build-engine.mjs writes it).
"""
from functionary_runtime import run

run()
