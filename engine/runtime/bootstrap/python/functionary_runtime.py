"""Functionary's Python runtime interface client.

Speaks the Lambda Runtime API like AWS's awslambdaric (bootstrap.py, lambda_context.py): init
once, then loop on /invocation/next -> handler -> /response or /error, with AWS's context object,
logging format and error shapes (lambda-wire-facts 2.1, 4.3, 4.4). Only builtin modules load at
start (no http.client, no json package) so a cold start stays close to a bare interpreter.
Imported by bootstrap.py rather than run as the script itself: a script is compiled on every
start, an imported module loads from the bytecode the engine's build writes into __pycache__.
"""
import os
import sys
import time
import _socket

from lambda_json import dumps, loads  # noqa: E402  (same folder, on sys.path[0])

_env = os.environ
# Read from the environment in _configure(), not at import: a spare sandbox imports this module
# before it knows which function it will run (see _await_claim).
_hostport = _base = _host = _port = ""
_channel_fd = 0
_via_channel = False
_sock = None
_rbuf = b""
_request_id = ""
_logging_ready = False


def _configure():
    global _hostport, _base, _host, _port, _channel_fd, _via_channel
    api = _env.get("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001")
    slash = api.find("/")
    _hostport = api if slash < 0 else api[:slash]
    _base = ("" if slash < 0 else api[slash:]) + "/2018-06-01/runtime"
    _host, _, _port = _hostport.rpartition(":")
    # The engine passes a socket pair as this fd: the same HTTP without TCP loopback. Removed
    # from the environment so the function sees AWS's variables only.
    _channel_fd = int(_env.pop("_FUNCTIONARY_RUNTIME_FD", "0") or 0)
    _via_channel = _channel_fd > 0


def _await_claim():
    """A spare sandbox (engine/runtime/spare-sandbox.ts) waits here, interpreter and client
    loaded, until the engine gives it a function: `<length>\n<JSON environment>` on the channel.
    It started with the runtime's fixed variables only; now it takes the function's, exactly as
    a normal start would have had them (the engine only claims a spare when none of them is one
    Python reads at start-up)."""
    fd = int(_env["_FUNCTIONARY_RUNTIME_FD"])
    data = b""
    while b"\n" not in data:
        chunk = os.read(fd, 65536)
        if not chunk:
            sys.exit(0)  # retired unclaimed
        data += chunk
    size, _, data = data.partition(b"\n")
    size = int(size)
    while len(data) < size:
        chunk = os.read(fd, max(65536, size - len(data)))
        if not chunk:
            sys.exit(0)
        data += chunk
    environment = loads(data.decode("utf-8"))
    _env.clear()
    _env.update(environment)
    time.tzset()


def _connect():
    global _sock, _rbuf, _channel_fd
    if _channel_fd > 0:
        _sock = _socket.socket(fileno=_channel_fd)
        os.set_inheritable(_sock.fileno(), False)  # not passed on to the function's subprocesses
        _channel_fd = -1
    elif _channel_fd < 0:
        raise ConnectionError("Runtime API channel closed")
    else:
        _sock = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
        _sock.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 1)
        _sock.connect((_host, int(_port)))
    _rbuf = b""


def _head(method, path, body, headers):
    return ("%s %s%s HTTP/1.1\r\nHost: %s\r\n%sContent-Length: %d\r\n\r\n" % (
        method, _base, path, _hostport, headers, len(body))).encode("latin-1")


def _send(data, body=b""):
    if _sock is None:
        _connect()
    if len(body) < 65536:
        _sock.sendall(data + body)
    else:
        _sock.sendall(data)
        _sock.sendall(body)


def _request(method, path, body=b"", headers=""):
    """One HTTP/1.1 exchange on the keep-alive socket; the engine always sends Content-Length."""
    _send(_head(method, path, body, headers), body)
    return _read_response()


def _post(path, body, headers):
    """A POST whose answer nobody needs: over the engine's channel it gets none."""
    if _via_channel:
        _send(_head("POST", path, body, headers), body)
    else:
        _request("POST", path, body, headers)


def _post_then_next(path, body, headers):
    """Posts an invocation's result and fetches the next event (one write on the channel)."""
    if not _via_channel:
        _request("POST", path, body, headers)
        return _request("GET", "/invocation/next")
    _send(_head("POST", path, body, headers) + body + _head("GET", "/invocation/next", b"", ""))
    return _read_response()


def _read_response():
    global _sock, _rbuf
    buf = _rbuf
    end = buf.find(b"\r\n\r\n")
    while end < 0:
        chunk = _sock.recv(65536)
        if not chunk:
            raise ConnectionError("Runtime API connection closed")
        buf += chunk
        end = buf.find(b"\r\n\r\n")
    lines = buf[:end].decode("utf-8", "replace").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    hdrs = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        hdrs[k.strip().lower()] = v.strip()
    n = int(hdrs.get("content-length", "0"))
    rest = buf[end + 4:]
    if len(rest) < n:
        parts = [rest]
        have = len(rest)
        while have < n:
            chunk = _sock.recv(max(65536, n - have))
            if not chunk:
                raise ConnectionError("Runtime API connection closed")
            parts.append(chunk)
            have += len(chunk)
        rest = b"".join(parts)
    _rbuf = rest[n:]
    if hdrs.get("connection") == "close":
        _sock.close()
        _sock = None
    return status, hdrs, rest[:n]


def _error_post(path, error):
    etype = str(error.get("errorType", "")).encode("ascii", "ignore").decode()
    return (path, dumps(error).encode("utf-8"),
            "Content-Type: application/json\r\nLambda-Runtime-Function-Error-Type: %s\r\n" % etype)


def _post_error(path, error):
    _post(*_error_post(path, error))


def _log_error(error):
    """Logs an error as awslambdaric's log_error: one event, lines joined with \\r, NBSP indents."""
    desc = "[ERROR]"
    if error.get("errorType"):
        desc += " " + error["errorType"]
    if error.get("errorMessage"):
        desc += (":" if error.get("errorType") else "") + " " + error["errorMessage"]
    lines = [desc]
    trace = error.get("stackTrace")
    if trace is not None:
        lines.append("Traceback (most recent call last):")
        for element in trace:
            for line in element.splitlines() or [""]:
                stripped = line.lstrip(" ")
                lines.append("\u00a0" * (len(line) - len(stripped)) + stripped)
    sys.stdout.write("\r".join(lines) + "\n")
    sys.stdout.flush()


def _fault(etype, message, request_id, trace=None):
    return {"errorMessage": message, "errorType": etype, "requestId": request_id, "stackTrace": trace or []}


def _from_exception(request_id):
    import traceback
    exc_type, exc_value, tb = sys.exc_info()
    frames = [f for f in traceback.extract_tb(tb) if f.filename != __file__]
    return {
        "errorMessage": str(exc_value),
        "errorType": exc_type.__name__,
        "requestId": request_id,
        "stackTrace": traceback.format_list(frames),
    }


def _setup_logging():
    """Installs AWS's root handler once user code has imported logging (no cost otherwise)."""
    global _logging_ready
    _logging_ready = True
    import logging

    class LambdaLoggerHandler(logging.Handler):
        def emit(self, record):
            msg = self.format(record)
            sys.stdout.write(msg.rstrip("\n").replace("\n", "\r") + "\n")

    factory = logging.getLogRecordFactory()

    def record_factory(*args, **kwargs):
        record = factory(*args, **kwargs)
        record.aws_request_id = _request_id
        return record

    logging.setLogRecordFactory(record_factory)
    formatter = logging.Formatter(
        "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n",
        "%Y-%m-%dT%H:%M:%S")
    formatter.converter = time.gmtime
    handler = LambdaLoggerHandler()
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.addHandler(handler)
    level = _env.get("AWS_LAMBDA_LOG_LEVEL")
    if level:
        root.setLevel(level.upper())


class CognitoIdentity:
    __slots__ = ("cognito_identity_id", "cognito_identity_pool_id")

    def __init__(self, value):
        value = value or {}
        self.cognito_identity_id = value.get("cognitoIdentityId")
        self.cognito_identity_pool_id = value.get("cognitoIdentityPoolId")


class Client:
    __slots__ = ("installation_id", "app_title", "app_version_name", "app_version_code", "app_package_name")

    def __init__(self, value):
        self.installation_id = value.get("installation_id")
        self.app_title = value.get("app_title")
        self.app_version_name = value.get("app_version_name")
        self.app_version_code = value.get("app_version_code")
        self.app_package_name = value.get("app_package_name")


class ClientContext:
    __slots__ = ("custom", "env", "client")

    def __init__(self, value):
        self.custom = value.get("custom")
        self.env = value.get("env")
        client = value.get("client")
        self.client = Client(client) if client is not None else None


def _json_header(value):
    if not value:
        return None
    try:
        return loads(value)
    except Exception:
        return None


class LambdaContext:
    def __init__(self, request_id, headers):
        self.aws_request_id = request_id
        self.log_group_name = _env.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = _env.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.function_name = _env.get("AWS_LAMBDA_FUNCTION_NAME")
        self.memory_limit_in_mb = _env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.function_version = _env.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = headers.get("lambda-runtime-invoked-function-arn")
        self.tenant_id = headers.get("lambda-runtime-aws-tenant-id")
        self.identity = CognitoIdentity(_json_header(headers.get("lambda-runtime-cognito-identity")))
        cc = _json_header(headers.get("lambda-runtime-client-context"))
        self.client_context = ClientContext(cc) if cc is not None else None
        self._deadline_ms = int(headers.get("lambda-runtime-deadline-ms") or 0)

    def get_remaining_time_in_millis(self):
        return max(self._deadline_ms - int(time.time() * 1000), 0)

    def log(self, msg):
        sys.stdout.write(str(msg))

    def __repr__(self):
        return "LambdaContext([aws_request_id=%s,function_name=%s,function_version=%s])" % (
            self.aws_request_id, self.function_name, self.function_version)


def _load_handler(handler):
    """awslambdaric's _get_handler: `module.fn`, with AWS's Runtime.* errors."""
    try:
        modname, fname = handler.rsplit(".", 1)
    except ValueError as e:
        raise _Fault("Runtime.MalformedHandlerName", "Bad handler '%s': %s" % (handler, e))
    if modname.split(".")[0] in sys.builtin_module_names:
        raise _Fault("Runtime.BuiltInModuleConflict",
                     "Cannot use built-in module %s as a handler module" % modname)
    import importlib
    # AWS's /var/task is read-only, so no __pycache__ is ever written there. Without bubblewrap
    # the unpacked package is writable (and shared by the versions with the same code): keep it
    # byte-for-byte what was deployed. The flag is for this process only; os.environ is untouched.
    sys.dont_write_bytecode = True
    try:
        module = importlib.import_module(modname.replace("/", "."))
    except ImportError as e:
        raise _Fault("Runtime.ImportModuleError", "Unable to import module '%s': %s" % (modname, e))
    except SyntaxError as e:
        trace = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)]
        raise _Fault("Runtime.UserCodeSyntaxError", "Syntax error in module '%s': %s" % (modname, e), trace)
    fn = getattr(module, fname, None)
    if fn is None:
        raise _Fault("Runtime.HandlerNotFound", "Handler '%s' missing on module '%s'" % (fname, modname))
    return fn


class _Fault(Exception):
    def __init__(self, etype, message, trace=None):
        super().__init__(message)
        self.etype, self.message, self.trace = etype, message, trace


def _invoke(handler, headers, body):
    global _request_id
    _request_id = request_id = headers.get("lambda-runtime-aws-request-id", "")
    trace_id = headers.get("lambda-runtime-trace-id")
    if trace_id:
        _env["_X_AMZN_TRACE_ID"] = trace_id
    else:
        _env.pop("_X_AMZN_TRACE_ID", None)
    path = "/invocation/%s" % request_id
    try:
        event = loads(body.decode("utf-8")) if body else {}
    except Exception as e:
        error = _fault("Runtime.UnmarshalError", "Unable to unmarshal input: %s" % e, request_id)
        _log_error(error)
        return _error_post(path + "/error", error)
    if not _logging_ready and "logging" in sys.modules:
        _setup_logging()
    try:
        result = handler(event, LambdaContext(request_id, headers))
    except Exception:
        error = _from_exception(request_id)
        _log_error(error)
        return _error_post(path + "/error", error)
    try:
        payload = dumps(result).encode("utf-8")
    except Exception as e:
        error = _fault("Runtime.MarshalError", "Unable to marshal response: %s" % e, request_id)
        _log_error(error)
        return _error_post(path + "/error", error)
    sys.stdout.flush()
    sys.stderr.flush()
    return path + "/response", payload, "Content-Type: application/json\r\n"


def main():
    if _env.get("_FUNCTIONARY_SPARE"):
        _await_claim()
    _configure()
    sys.stdout.reconfigure(line_buffering=True)
    sys.stderr.reconfigure(line_buffering=True)
    task_root = _env.get("LAMBDA_TASK_ROOT") or os.getcwd()
    sys.path[0:1] = [task_root]  # drop the runtime dir, put the code first as AWS does
    try:
        handler = _load_handler(_env.get("_HANDLER", ""))
    except _Fault as f:
        error = _fault(f.etype, f.message, "", f.trace)
        _log_error(error)
        _post_error("/init/error", error)
        sys.exit(1)
    except Exception:
        error = _from_exception("")
        _log_error(error)
        _post_error("/init/error", error)
        sys.exit(1)
    if "logging" in sys.modules:
        _setup_logging()
    status, headers, body = _request("GET", "/invocation/next")
    while True:
        if status != 200:
            sys.exit(1)
        status, headers, body = _post_then_next(*_invoke(handler, headers, body))


def run():
    """Entry point for bootstrap.py; a closed Runtime API ends the environment quietly."""
    try:
        main()
    except ConnectionError:
        sys.exit(1)
