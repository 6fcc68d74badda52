"""Reading the payload: verify and decrypt the segments of a sealed report (docs/FORMAT.md 4.5).

Only the moderator side imports this module: the editor's import graph never reaches the code
that unseals reports (an import contract checks it).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future

from crypto import primitives
from crypto.errors import Cancelled, PayloadTampered, TrailingData, Truncated
from crypto.header import segment_key
from crypto.stream import (
    CHUNK_BYTES,
    CHUNK_CT_BYTES,
    IN_FLIGHT,
    MIN_SEGMENT_CT_BYTES,
    SEGMENT_BYTES,
    SEGMENT_CT_BYTES,
    CancelCheck,
    ProgressCallback,
    Readable,
    allocate_buffers,
    read_fully,
    segment_executor,
)


def _first_chunk_opens_as(file_key: bytes, index: int, last: bool, mac: bytes,
                          ct: memoryview) -> bool:
    puller = primitives.StreamPuller(segment_key(file_key, index, last),
                                     bytes(ct[:primitives.STREAM_HEADER_BYTES]))
    first = ct[primitives.STREAM_HEADER_BYTES:primitives.STREAM_HEADER_BYTES + CHUNK_CT_BYTES]
    try:
        puller.pull_into(memoryview(bytearray(CHUNK_BYTES)), first, mac)
    except primitives.PrimitiveFailure:
        return False
    return True


def _open_segment(file_key: bytes, index: int, last: bool, mac: bytes, ct: memoryview,
                  out: memoryview) -> int:
    if len(ct) < MIN_SEGMENT_CT_BYTES:
        raise Truncated("segment cut short")
    header = bytes(ct[:primitives.STREAM_HEADER_BYTES])
    puller = primitives.StreamPuller(segment_key(file_key, index, last), header)
    pos, written = primitives.STREAM_HEADER_BYTES, 0
    while pos < len(ct):
        size = min(CHUNK_CT_BYTES, len(ct) - pos)
        try:
            got, tag = puller.pull_into(out[written:], ct[pos:pos + size], mac)
        except primitives.PrimitiveFailure:
            if (last and written == 0
                    and _first_chunk_opens_as(file_key, index, False, mac, ct)):
                raise Truncated("file cut at a segment boundary") from None
            raise PayloadTampered("chunk does not authenticate") from None
        pos, written = pos + size, written + got
        if tag == primitives.TAG_FINAL:
            if pos != len(ct):
                raise TrailingData("data after a FINAL chunk")
            if got == 0:
                raise PayloadTampered("empty FINAL chunk")
            return written
        if tag != primitives.TAG_MESSAGE or size != CHUNK_CT_BYTES:
            raise PayloadTampered("bad tag or short non-final chunk")
    raise Truncated("segment ends without FINAL")


def open_stream(source: Readable, file_key: bytes, mac: bytes, *,
                progress: ProgressCallback | None = None,
                should_cancel: CancelCheck | None = None,
                size_hint: int | None = None) -> Iterator[memoryview]:
    """Yield the verified plaintext of each segment, in order.

    A yielded view is valid until the next iteration. The whole payload is verified only when
    the iterator ends without raising: callers must treat everything as provisional until then.
    ``size_hint`` (the payload's length, when known) only sizes the buffers. Raises Truncated,
    TrailingData, PayloadTampered or Cancelled.
    """
    # One byte more than the hint: a buffer that fills up means the source is longer than the
    # hint said (a file still being written), and _read_segment then grows it to a full segment.
    ct_size = (SEGMENT_CT_BYTES if size_hint is None
               else max(1, min(SEGMENT_CT_BYTES, size_hint + 1)))
    segments = 2 if size_hint is None else -(-max(size_hint, 1) // SEGMENT_CT_BYTES)
    in_flight = min(IN_FLIGHT, segments)
    ct_pool = allocate_buffers(in_flight + 1, ct_size)
    plain_pool = allocate_buffers(in_flight, min(SEGMENT_BYTES, ct_size))
    pending: deque[tuple[Future[int], bytearray, bytearray]] = deque()
    consumed = 0
    with segment_executor(segments, "open") as pool:
        current, current_size = _read_segment(source, ct_pool.pop())
        if current_size == 0:
            raise Truncated("no payload")
        index = 0
        while True:
            if should_cancel is not None and should_cancel():
                raise Cancelled("opening cancelled")
            if len(pending) == in_flight:
                yield _take_result(pending, ct_pool, plain_pool)
            upcoming, upcoming_size = _read_segment(source, ct_pool.pop())
            last = upcoming_size == 0
            plain = plain_pool.pop()
            if len(plain) < current_size:
                plain = bytearray(min(SEGMENT_BYTES, current_size))
            pending.append((pool.submit(_open_segment, file_key, index, last, mac,
                                        memoryview(current)[:current_size], memoryview(plain)),
                            current, plain))
            consumed += current_size
            if progress is not None:
                progress(consumed)
            if last:
                ct_pool.append(upcoming)
                break
            current, current_size, index = upcoming, upcoming_size, index + 1
        while pending:
            yield _take_result(pending, ct_pool, plain_pool)


def _read_segment(source: Readable, buffer: bytearray) -> tuple[bytearray, int]:
    """Read one segment's worth (SEGMENT_CT_BYTES, or less at the end of the source).

    Segment boundaries never depend on the buffer size: a buffer smaller than a segment that
    fills up is replaced by a full-size one and reading continues.
    """
    size = read_fully(source, memoryview(buffer))
    if size < len(buffer) or len(buffer) >= SEGMENT_CT_BYTES:
        return buffer, size
    grown = bytearray(SEGMENT_CT_BYTES)
    grown[:size] = buffer
    return grown, size + read_fully(source, memoryview(grown)[size:])


def _take_result(pending: deque[tuple[Future[int], bytearray, bytearray]],
                 ct_pool: list[bytearray], plain_pool: list[bytearray]) -> memoryview:
    future, ct, plain = pending.popleft()
    size = future.result()
    ct_pool.append(ct)
    # The plain buffer goes back to the pool now; it is reused only after the caller has
    # moved on, because at most IN_FLIGHT segments are pending and the pool holds that many.
    plain_pool.append(plain)
    return memoryview(plain)[:size]
