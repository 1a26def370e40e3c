#!/usr/bin/env python3
"""Says which of the given .NET assemblies hold ReadyToRun (ahead-of-time) code.

    python3 .ci/readytorun.py FILE...

prints "FILE: readytorun" or "FILE: il" for each; exit code 0. A ReadyToRun image has a managed native header in its
CLI header (ECMA-335 II.25.3.3: the CLI header's ManagedNativeHeader directory, at offset 64, is non-zero).
"""
import struct
import sys


def is_readytorun(path):
    with open(path, "rb") as f:
        data = f.read()
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        raise ValueError(f"{path}: not a PE file")
    sections = struct.unpack_from("<H", data, pe + 6)[0]
    optional_size = struct.unpack_from("<H", data, pe + 20)[0]
    optional = pe + 24
    magic = struct.unpack_from("<H", data, optional)[0]
    directories = optional + (96 if magic == 0x10B else 112)
    cli_rva, _ = struct.unpack_from("<II", data, directories + 14 * 8)
    if cli_rva == 0:
        raise ValueError(f"{path}: not a .NET assembly")
    table = optional + optional_size
    for i in range(sections):
        entry = table + i * 40
        size, rva, _, raw = struct.unpack_from("<IIII", data, entry + 8)
        if rva <= cli_rva < rva + size:
            cli = cli_rva - rva + raw
            native_rva, _ = struct.unpack_from("<II", data, cli + 64)
            return native_rva != 0
    raise ValueError(f"{path}: the CLI header is in no section")


for path in sys.argv[1:]:
    print(f"{path}: {'readytorun' if is_readytorun(path) else 'il'}")
