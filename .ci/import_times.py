"""Cold import time of each handler, from the `sam build` artifacts, with the runtime's CPython 3.12.

The built DependenciesLayer holds aarch64 binaries that cannot load on an x86_64 machine, so it is
mirrored for the host: the same layers/deps/Makefile rule with host wheels of the same pins
(LAMBDA_PLATFORM_ARGS emptied), compiled the same way. The function artifacts and the PortalLayer
are pure Python and used as built. boto3/botocore stand in for the runtime's copy at the pins in
requirements-dev.txt. sys.path follows the runtime's order: function, layer, runtime.

Each sample is a new interpreter (`python3.12 -S`, so nothing outside those directories can be
imported) timing `import <handler module>`, in CPU time (process_time: what the import costs,
hardly moved by other load on a shared machine) and wall time; the environment is the template's
(intrinsics replaced by placeholders) and AWS endpoints point at a closed port, so an import
that calls AWS fails instead of leaving the machine. Handlers run round-robin to spread noise.

--layouts compares .pyc layouts on the same code: each of layers and functions is re-laid as
`none` (sources only: the read-only runtime compiles on every cold start), `timestamp`
(compileall's default), `unchecked-hash` (what lambda.mk builds) or `sourceless` (legacy
`compileall -b`, .py removed); `as-built` (the default) times the build output itself.

Usage: python .ci/import_times.py [--runs N] [--build .aws-sam/build] [--layouts as-built,none,...]
(after `make build`)
Needs PyYAML in the interpreter running it (.venv or .venv-sam both have it).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
MIRROR = ROOT / ".aws-sam" / "import-times"
CLOSED_PORT = "http://127.0.0.1:9"


class _AnyTagLoader(yaml.SafeLoader):
    pass


_AnyTagLoader.add_multi_constructor("!", lambda loader, suffix, node: f"placeholder-{suffix}")


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    """Every command here is built from this repository's files and a local interpreter."""
    return subprocess.run(args, **kwargs)  # noqa: S603


def lambda_python() -> str:
    candidates = [
        "python3.12",
        *sorted(str(p) for p in Path.home().glob(".pyenv/versions/3.12*/bin/python3.12")),
    ]
    for candidate in candidates:
        path = shutil.which(candidate)
        if (
            path
            and run(
                [path, "-c", "import sys; sys.exit(sys.version_info[:2] != (3, 12))"], capture_output=True
            ).returncode
            == 0
        ):
            return path
    raise SystemExit("CPython 3.12 (the runtime's version) is needed to time imports")


def build_mirror(python: str) -> tuple[Path, Path]:
    """Host-platform copies of the dependency layer and of the runtime's boto3 (cached by pins)."""
    pins = (ROOT / "layers/deps/requirements.txt").read_text()
    boto_pins = re.findall(r"^(boto3==\S+|botocore==\S+)", (ROOT / "requirements-dev.txt").read_text(), re.M)
    stamp = MIRROR / "pins.txt"
    deps, runtime = MIRROR / "deps", MIRROR / "runtime"
    key = pins + "\n".join(boto_pins) + (ROOT / "lambda.mk").read_text()
    if stamp.exists() and stamp.read_text() == key:
        return deps / "python", runtime
    shutil.rmtree(MIRROR, ignore_errors=True)
    MIRROR.mkdir(parents=True)
    make = [shutil.which("make") or "make", "-s", "--makefile", str(ROOT / "layers/deps/Makefile")]
    make += [
        "build-DependenciesLayer",
        f"ARTIFACTS_DIR={deps}",
        "LAMBDA_PLATFORM_ARGS=",
        f"LAMBDA_PYTHON={python}",
    ]
    run(make, check=True, cwd=MIRROR)
    run(
        [python, "-m", "pip", "install", "--quiet", "--root-user-action=ignore", "--only-binary=:all:",
         "--target", str(runtime), *boto_pins],
        check=True,
    )  # fmt: skip
    run([python, "-m", "compileall", "-q", "-j", "0", str(runtime)], check=True)
    stamp.write_text(key)
    return deps / "python", runtime


def template_environment(build: Path) -> dict[str, dict[str, str]]:
    """Function logical id -> its environment (Globals merged), and the handler module under "."."""
    template = yaml.load((build / "template.yaml").read_text(), Loader=_AnyTagLoader)  # noqa: S506
    defaults = {name: str(p.get("Default", "")) for name, p in template.get("Parameters", {}).items()}

    def resolve(value: object) -> str:
        if isinstance(value, dict) and list(value) == ["Ref"] and value["Ref"] in defaults:
            return defaults[value["Ref"]]
        return value if isinstance(value, str) else f"placeholder-{value}"

    global_env = template.get("Globals", {}).get("Function", {}).get("Environment", {}).get("Variables", {})
    functions = {}
    for logical_id, resource in template["Resources"].items():
        if resource["Type"] != "AWS::Serverless::Function":
            continue
        props = resource["Properties"]
        env = {**global_env, **props.get("Environment", {}).get("Variables", {})}
        env = {k: resolve(v) for k, v in env.items()}
        env["."] = props["Handler"].rpartition(".")[0]
        functions[logical_id] = env
    return functions


def sample(python: str, module: str, path: list[Path], env: dict[str, str], mode: str = "time") -> str:
    """stdout "cpu_ms wall_ms" (mode time); stderr of -X importtime or of callgrind (module "" = baseline)."""
    code = (
        "import time; t, c = time.perf_counter(), time.process_time(); "
        f"import {module}; "
        "print((time.process_time() - c) * 1000, (time.perf_counter() - t) * 1000)"
    )
    if mode == "instructions":
        code = f"import {module}" if module else "pass"
    base = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "TZ")}
    run_env = {
        **base,
        **env,
        "PYTHONPATH": os.pathsep.join(str(p) for p in path),
        "PYTHONDONTWRITEBYTECODE": "1",
        "AWS_REGION": "us-east-1",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "import-timing",
        "AWS_SECRET_ACCESS_KEY": "import-timing",
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_ENDPOINT_URL": CLOSED_PORT,
        "AWS_LAMBDA_FUNCTION_NAME": env["."],
    }
    run_env.pop(".")
    args = [python, "-S", *(["-X", "importtime"] if mode == "importtime" else []), "-c", code]
    if mode == "instructions":
        valgrind = shutil.which("valgrind") or "valgrind"
        args = [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", *args]
    done = run(args, env=run_env, capture_output=True, text=True)
    if done.returncode != 0:
        raise ImportFailed(f"import {module} failed:\n{done.stderr[-2000:]}")
    return done.stdout if mode == "time" else done.stderr


def instructions(python: str, module: str, path: list[Path], env: dict[str, str]) -> float:
    """Millions of user-space instructions the import executes (callgrind; deterministic)."""

    def collected(module: str) -> int:
        return int(re.search(r"Collected : (\d+)", sample(python, module, path, env, "instructions"))[1])

    return (collected(module) - collected("")) / 1e6


class ImportFailed(Exception):
    pass


LAYOUTS = ("as-built", "none", "timestamp", "unchecked-hash", "sourceless")


def relay(python: str, source: Path, target: Path, layout: str) -> Path:
    """A copy of an artifact directory with its .pyc laid out as `layout`."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    compile_ = [python, "-m", "compileall", "-q", "-j", "0"]
    if layout == "timestamp":
        run([*compile_, str(target)], check=True)
    elif layout == "unchecked-hash":
        run([*compile_, "--invalidation-mode", "unchecked-hash", str(target)], check=True)
    elif layout == "sourceless":
        run([*compile_, "-b", str(target)], check=True)
        for py in target.rglob("*.py"):
            py.unlink()
    return target


def top_modules(importtime_log: str, count: int = 5) -> list[tuple[str, float]]:
    """Largest self times (ms) among third-party, portal and function modules."""
    rows = []
    for line in importtime_log.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|\s*(\S+)", line)
        if match:
            rows.append((match.group(3), int(match.group(1)) / 1000))
    return sorted(rows, key=lambda row: -row[1])[:count]


def time_handlers(python: str, functions: dict[str, dict[str, str]], paths: dict[str, list[Path]], runs: int):
    samples: dict[str, list[tuple[float, float]]] = {fn: [] for fn in functions}
    failed: dict[str, str] = {}
    for fn, env in functions.items():  # warm the page cache once: we time imports, not the disk
        try:
            sample(python, env["."], paths[fn], env)
        except ImportFailed as error:
            failed[fn] = str(error)
    for _ in range(runs):
        for fn, env in functions.items():
            if fn not in failed:
                cpu, wall = sample(python, env["."], paths[fn], env).split()
                samples[fn].append((float(cpu), float(wall)))
    return samples, failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--build", type=Path, default=ROOT / ".aws-sam" / "build")
    parser.add_argument("--layouts", default="as-built", help=f"comma-separated, of {', '.join(LAYOUTS)}")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count instructions with valgrind's callgrind (slow, ~30 s a handler, but load-proof)",
    )
    args = parser.parse_args()
    layouts = args.layouts.split(",")
    if unknown := set(layouts) - set(LAYOUTS):
        parser.error(f"unknown layouts {sorted(unknown)}")
    python = lambda_python()
    deps, runtime = build_mirror(python)
    functions = template_environment(args.build)
    version = run([python, "-c", "import sys; print(sys.version.split()[0])"], capture_output=True, text=True)
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs"
    print(f"{python} (CPython {version.stdout.strip()}), {machine}, {args.runs} runs per handler")

    status = 0
    for layout in layouts:
        artifacts = {fn: args.build / fn for fn in functions}
        artifacts |= {"PortalLayer": args.build / "PortalLayer" / "python", "DependenciesLayer": deps}
        if layout != "as-built":
            artifacts = {
                name: relay(python, path, MIRROR / layout / name, layout) for name, path in artifacts.items()
            }
        layers = [artifacts["PortalLayer"], artifacts["DependenciesLayer"], runtime]
        paths = {fn: [artifacts[fn], *layers] for fn in functions}
        samples, failed = time_handlers(python, functions, paths, args.runs)

        print(f"\n.pyc layout: {layout}\n")
        extra = " M instructions |" if args.instructions else ""
        print(
            f"| handler | CPU ms median | CPU ms min | wall ms median |{extra}"
            " largest self times (ms, one -X importtime run) |"
        )
        print("|---|---:|---:|---:|" + ("---:|" if args.instructions else "") + "---|")
        for fn, env in functions.items():
            if fn in failed:
                print(f"| {env['.']} | import fails | | | |" + (" |" if args.instructions else ""))
                continue
            cpu = [c for c, _ in samples[fn]]
            wall = [w for _, w in samples[fn]]
            log = sample(python, env["."], paths[fn], env, "importtime")
            top = ", ".join(f"{name} {ms:.0f}" for name, ms in top_modules(log))
            median, low, wall_median = statistics.median(cpu), min(cpu), statistics.median(wall)
            if args.instructions:
                extra = f" {instructions(python, env['.'], paths[fn], env):.0f} |"
            print(f"| {env['.']} | {median:.0f} | {low:.0f} | {wall_median:.0f} |{extra} {top} |")
        for error in failed.values():
            print(f"\n{error}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
