"""The payload: segments of secretstream chunks, sealed and opened on two cores.

Layout (docs/FORMAT.md, "Payload"): the plaintext is cut into segments of 64 chunks of 64 KiB
(4 MiB). Segment ``i`` is one secretstream under ``segment_key(file_key, i, last)``: a 24-byte
stream header, then chunks whose associated data is the header MAC. Every chunk but the segment's
last is a full MESSAGE chunk; the last is FINAL and non-empty; every segment but the last is full.

Segments are independent, so a pool of two threads seals or opens two at once (libsodium releases
the GIL) while the calling thread reads and writes. Buffers are allocated once and reused: on this
machine each freshly mapped page costs about 3 µs of kernel time (PERFORMANCE.md).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Protocol, runtime_checkable

from crypto import primitives
from crypto.errors import (
    Cancelled,
    SealError,
    SourceChanged,
)
from crypto.header import segment_key

CHUNK_BYTES = 64 * 1024
CHUNK_CT_BYTES = CHUNK_BYTES + primitives.STREAM_ABYTES
SEGMENT_CHUNKS = 64
SEGMENT_BYTES = CHUNK_BYTES * SEGMENT_CHUNKS
SEGMENT_CT_BYTES = primitives.STREAM_HEADER_BYTES + SEGMENT_CHUNKS * CHUNK_CT_BYTES
MIN_SEGMENT_CT_BYTES = primitives.STREAM_HEADER_BYTES + primitives.STREAM_ABYTES + 1
_WORKERS = 2
IN_FLIGHT = 3


class Readable(Protocol):
    """A source with ``readinto`` (files, BytesIO, the app's composed report source)."""

    def readinto(self, buffer: memoryview, /) -> int | None: ...


class Writable(Protocol):
    """A sink with ``write``."""

    def write(self, data: memoryview, /) -> int | None: ...


@runtime_checkable
class PositionalWritable(Protocol):
    """A file sink that can also write at an offset (app.fs.AtomicFile): workers then write
    their own segments and the calling thread never copies ciphertext."""

    def write(self, data: memoryview, /) -> int | None: ...

    def write_at(self, offset: int, data: memoryview, /) -> None: ...

    def tell(self) -> int: ...


ProgressCallback = Callable[[int], None]
CancelCheck = Callable[[], bool]
HeaderChoice = Callable[[int], bytes | None]


def segment_count(plaintext_length: int) -> int:
    """How many segments a plaintext of this length has (at least one)."""
    return max(1, -(-plaintext_length // SEGMENT_BYTES))


def sealed_payload_length(plaintext_length: int) -> int:
    """Exact ciphertext length of the payload for a plaintext of this length."""
    chunks = max(1, -(-plaintext_length // CHUNK_BYTES))
    return (plaintext_length + chunks * primitives.STREAM_ABYTES
            + segment_count(plaintext_length) * primitives.STREAM_HEADER_BYTES)


def read_fully(source: Readable, buffer: memoryview) -> int:
    """Fill ``buffer`` unless the source ends first; return the bytes read."""
    filled = 0
    while filled < len(buffer):
        got = source.readinto(buffer[filled:])
        if not got:
            break
        filled += got
    return filled


class InlineExecutor:
    """Runs work on the calling thread: a one-segment payload needs no threads."""

    def submit(self, fn: Callable[..., int], /, *args: object) -> Future[int]:
        future: Future[int] = Future()
        try:
            future.set_result(fn(*args))
        except BaseException as exc:  # re-raised by future.result() in order, like the pool
            future.set_exception(exc)
        return future

    def __enter__(self) -> InlineExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def segment_executor(segments: int, name: str) -> ThreadPoolExecutor | InlineExecutor:
    if segments <= 1:
        return InlineExecutor()
    return ThreadPoolExecutor(max_workers=_WORKERS, thread_name_prefix=name)


def allocate_buffers(count: int, size: int) -> list[bytearray]:
    # Sized to the payload: a 1 KiB report must not allocate and zero 7 x 4 MiB.
    return [bytearray(size) for _ in range(count)]


def _seal_segment(key: bytes, mac: bytes, plain: memoryview, out: memoryview,
                  header: bytes | None) -> int:
    pusher = primitives.StreamPusher(key, header)
    out[:primitives.STREAM_HEADER_BYTES] = pusher.header
    written, pos = primitives.STREAM_HEADER_BYTES, 0
    while pos < len(plain):
        message = plain[pos:pos + CHUNK_BYTES]
        pos += len(message)
        tag = primitives.TAG_FINAL if pos == len(plain) else primitives.TAG_MESSAGE
        written += pusher.push_into(out[written:], message, mac, tag)
    return written


def _seal_segment_at(sink: PositionalWritable, offset: int, key: bytes, mac: bytes,
                     plain: memoryview, out: memoryview, header: bytes | None) -> int:
    size = _seal_segment(key, mac, plain, out, header)
    sink.write_at(offset, out[:size])
    return size


def seal_stream(source: Readable, sink: Writable, file_key: bytes, mac: bytes,
                plaintext_length: int, *, progress: ProgressCallback | None = None,
                should_cancel: CancelCheck | None = None,
                choose_header: HeaderChoice | None = None) -> int:
    """Seal exactly ``plaintext_length`` bytes of ``source`` into ``sink``.

    Returns the ciphertext bytes written. Raises SealError if the source ends early and
    Cancelled if ``should_cancel`` returns True. ``choose_header`` is the vector generator's seam.
    """
    if plaintext_length < 1:
        raise SealError("empty payload")
    count = segment_count(plaintext_length)
    in_flight = min(IN_FLIGHT, count)
    plain_size = min(SEGMENT_BYTES, plaintext_length)
    plain_pool = allocate_buffers(in_flight, plain_size)
    ct_pool = allocate_buffers(in_flight, sealed_payload_length(plain_size))
    pending: deque[tuple[Future[int], bytearray, bytearray]] = deque()
    written = 0
    positional = sink if isinstance(sink, PositionalWritable) else None
    base = positional.tell() if positional is not None else 0

    def drain_one() -> None:
        nonlocal written
        future, plain, ct = pending.popleft()
        size = future.result()
        if positional is None:
            sink.write(memoryview(ct)[:size])
        written += size
        plain_pool.append(plain)
        ct_pool.append(ct)
        if progress is not None:
            progress(written)

    with segment_executor(count, "seal") as pool:
        for index in range(count):
            if should_cancel is not None and should_cancel():
                raise Cancelled("sealing cancelled")
            if len(pending) == in_flight:
                drain_one()
            size = min(SEGMENT_BYTES, plaintext_length - index * SEGMENT_BYTES)
            plain, ct = plain_pool.pop(), ct_pool.pop()
            if read_fully(source, memoryview(plain)[:size]) != size:
                raise SourceChanged("a source ended before its declared size")
            key = segment_key(file_key, index, index == count - 1)
            header = choose_header(index) if choose_header is not None else None
            plain_view, ct_view = memoryview(plain)[:size], memoryview(ct)
            if positional is None:
                future = pool.submit(_seal_segment, key, mac, plain_view, ct_view, header)
            else:
                future = pool.submit(_seal_segment_at, positional,
                                     base + index * SEGMENT_CT_BYTES, key, mac, plain_view,
                                     ct_view, header)
            pending.append((future, plain, ct))
        while pending:
            drain_one()
    return written
