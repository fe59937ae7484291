"""HTTP/1.1 load client for the write benchmarks: CLIENTS keep-alive connections to 127.0.0.1 send REQUESTS requests
in all, as fast as the server answers, and it prints "requests-per-second non-expected-answers requests".
Usage: bench_client.py PORT CLIENTS REQUESTS METHOD PATH EXPECTED_STATUS [TOKEN BODY_FILE [titles]]
With "titles", each body gets a title made from the word lists below (for seeding the list filter's benchmark)."""
import asyncio
import json
import random
import sys
import time

port, clients, total, method, path, expected = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5], int(sys.argv[6])
token = sys.argv[7] if len(sys.argv) > 7 else None
template = json.load(open(sys.argv[8])) if len(sys.argv) > 8 else None
varied = len(sys.argv) > 9 and sys.argv[9] == "titles"
levels = ["Senior ", "Junior ", "Staff ", "Principal ", "Lead ", "", "", "Associate "]
roles = ["Backend Developer", "Data Engineer", "Nurse Manager", "Product Designer", "Registered Nurse", "Sales Representative",
         "Account Executive", "Customer Success Manager", "Data Analyst", "Frontend Engineer", "DevOps Engineer",
         "Site Reliability Engineer", "Technical Writer", "Scrum Master", "Credit Analyst", "Chief Revenue Officer",
         "HR Business Partner", "Warehouse Associate", "Machine Learning Engineer", "Security Engineer"]
places = [" (Berlin)", " (Chicago)", " (Remote)", " (London)", " (Austin)"]
random.seed(1)


def request_bytes():
    headers = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    if token:
        headers += f"Authorization: Bearer {token}\r\n"
    body = b""
    if template is not None:
        document = dict(template)
        if varied:
            title = random.choice(levels) + random.choice(roles)
            if random.random() < 0.3:
                title += random.choice(places)
            if random.random() < 0.02:
                title += f" #{random.randint(1, 1000000)}"
            document["title"] = title
        body = json.dumps(document).encode()
        headers += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return (headers + "\r\n").encode() + body


fixed = None if varied else request_bytes()
remaining = total
unexpected = 0


async def client():
    global remaining, unexpected
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    while remaining > 0:
        remaining -= 1
        writer.write(fixed or request_bytes())
        status_line = await reader.readline()
        length = 0
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        await reader.readexactly(length)
        if int(status_line.split()[1]) != expected:
            unexpected += 1
    writer.close()


async def main():
    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    print(f"{total / (time.perf_counter() - started):.0f} {unexpected} {total}")


asyncio.run(main())
