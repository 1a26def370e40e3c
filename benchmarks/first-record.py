#!/usr/bin/env python3
"""Time from process start to the first output record (its first line on standard output), reading on for SECONDS.

    python3 benchmarks/first-record.py SECONDS COMMAND...

prints the seconds to the first record and how many records came within SECONDS; the command is then killed.
"""
import os
import subprocess
import sys
import time

seconds = float(sys.argv[1])
command = sys.argv[2:]
start = time.monotonic()
process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1"))
first = None
records = 0
for line in process.stdout:
    records += 1
    now = time.monotonic()
    if first is None:
        first = now - start
    if now - start > seconds:
        break
process.kill()
process.wait()
elapsed = time.monotonic() - start
print(f"first record {first:.2f} s; {records} records in {elapsed:.1f} s" if first is not None else f"no record in {elapsed:.1f} s")
