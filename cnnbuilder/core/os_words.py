"""The operating system's reasons (``Permission denied``, ``Connection refused``) translated.

An ``OSError`` carries a number (``errno``): the reason is looked up by that
number in the catalogue (context ``os``), never by its English text. A
number not listed keeps the system's own words. A server that hangs up
without an answer (``http.client.RemoteDisconnected``, which has no number)
is known by its class.
"""

from __future__ import annotations

import errno
import http.client
import socket

from cnnbuilder.i18n import QT_TRANSLATE_NOOP, translate

REASONS: dict[int, str] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("os", "no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("os", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("os", "operation not permitted"),
    errno.EROFS: QT_TRANSLATE_NOOP("os", "read-only file system"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("os", "no space left on the disk"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("os", "disk quota exceeded"),
    errno.EISDIR: QT_TRANSLATE_NOOP("os", "is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("os", "not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("os", "already exists"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("os", "file name too long"),
    errno.ELOOP: QT_TRANSLATE_NOOP("os", "too many levels of symbolic links"),
    errno.EMFILE: QT_TRANSLATE_NOOP("os", "too many open files"),
    errno.EIO: QT_TRANSLATE_NOOP("os", "input/output error"),
    errno.EBUSY: QT_TRANSLATE_NOOP("os", "device or resource busy"),
    errno.ECONNREFUSED: QT_TRANSLATE_NOOP("os", "connection refused"),
    errno.ECONNRESET: QT_TRANSLATE_NOOP("os", "connection reset"),
    errno.ETIMEDOUT: QT_TRANSLATE_NOOP("os", "timed out"),
    errno.EHOSTUNREACH: QT_TRANSLATE_NOOP("os", "host unreachable"),
    errno.ENETUNREACH: QT_TRANSLATE_NOOP("os", "network unreachable"),
    # socket.gaierror: negative numbers, apart from errno's
    socket.EAI_NONAME: QT_TRANSLATE_NOOP("os", "unknown host name"),
    socket.EAI_AGAIN: QT_TRANSLATE_NOOP("os", "host name lookup failed for now"),
}


def os_reason(exc: BaseException) -> str:
    """Why ``exc`` happened, in the chosen language (one line).

    An ``OSError`` by its number; another exception by its first line, or its
    class name when it has no text.
    """
    if isinstance(exc, http.client.RemoteDisconnected):
        return translate("os", "the server closed the connection without answering")
    if isinstance(exc, OSError):
        if exc.errno in REASONS:
            return translate("os", REASONS[exc.errno])
        if exc.strerror:
            return exc.strerror
    text = str(exc)
    return text.splitlines()[0] if text else type(exc).__name__
