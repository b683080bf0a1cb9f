#!/usr/bin/env python3
"""A minimal SMTP server that accepts and discards every message, for the subscribe benchmark.

    python3 bench/smtp_sink.py 127.0.0.1 12525

It speaks just enough of RFC 5321 (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) for the
service's mail client, counts messages, and prints the count when it is stopped.
"""
import asyncio
import signal
import sys

received = 0


async def session(reader, writer):
    global received
    writer.write(b"220 bench-sink ESMTP\r\n")
    await writer.drain()
    in_data = False
    while True:
        line = await reader.readline()
        if not line:
            break
        if in_data:
            if line in (b".\r\n", b".\n"):
                in_data = False
                received += 1
                writer.write(b"250 2.0.0 queued\r\n")
                await writer.drain()
            continue
        command = line[:4].upper()
        if command == b"EHLO":
            writer.write(b"250-bench-sink\r\n250-8BITMIME\r\n250-PIPELINING\r\n250 SIZE 10485760\r\n")
        elif command == b"HELO":
            writer.write(b"250 bench-sink\r\n")
        elif command == b"DATA":
            in_data = True
            writer.write(b"354 end with .\r\n")
        elif command == b"QUIT":
            writer.write(b"221 bye\r\n")
            await writer.drain()
            break
        else:  # MAIL, RCPT, RSET, NOOP
            writer.write(b"250 ok\r\n")
        await writer.drain()
    writer.close()


async def main(host, port):
    server = await asyncio.start_server(session, host, port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with server:
        await stop.wait()
    print(received, flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
