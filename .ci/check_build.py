"""Check what `sam build` produced before it can be deployed (run by .ci/run after `make build`).

- DependenciesLayer holds exactly the pins of layers/deps/requirements.txt (read from each
  *.dist-info/METADATA), nothing more, nothing less;
- every requirement of every shipped distribution is met by the layer or by the python3.12
  runtime itself (boto3, botocore and their dependencies), so --no-deps dropped nothing needed;
- no artifact ships boto3/botocore/s3transfer (the runtime has them; they are 30 MB);
- every ELF file is 64-bit little-endian aarch64 (e_machine 183): the machine building may be x86_64;
- every .py has a .pyc compiled by CPython 3.12 as unchecked-hash (the runtime never recompiles);
- each handler in the built template resolves to a module in its function's artifact;
- the size of each artifact, unzipped and zipped as SAM uploads it, against Lambda's 250 MB limit.

Usage: python .ci/check_build.py [BUILD_DIR] [REQUIREMENTS]  (defaults: .aws-sam/build,
layers/deps/requirements.txt). Exits 1 on any failure. Standard library plus `packaging`.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from email.parser import HeaderParser
from pathlib import Path

try:
    from packaging.markers import default_environment
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name
except ImportError:  # every virtualenv has pip, which vendors packaging
    from pip._vendor.packaging.markers import default_environment
    from pip._vendor.packaging.requirements import Requirement
    from pip._vendor.packaging.utils import canonicalize_name

# What the python3.12 Lambda runtime provides itself (boto3 and its dependency closure).
RUNTIME_PROVIDED = {"boto3", "botocore", "s3transfer", "jmespath", "python-dateutil", "six", "urllib3"}
NOT_SHIPPED = ("boto3", "botocore", "s3transfer")
EM_AARCH64 = 183
PYC_MAGIC_312 = (3531).to_bytes(2, "little") + b"\r\n"
PYC_FLAGS_UNCHECKED_HASH = 0b01
LAMBDA_UNZIPPED_LIMIT = 250 * 1024 * 1024
# The runtime's marker environment, whatever machine runs this check.
LAMBDA_MARKERS = {
    **default_environment(),
    "implementation_name": "cpython",
    "platform_machine": "aarch64",
    "platform_system": "Linux",
    "sys_platform": "linux",
    "os_name": "posix",
    "python_version": "3.12",
    "python_full_version": "3.12.0",
    "platform_python_implementation": "CPython",
    "implementation_version": "3.12.0",
}


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)
    checks: int = 0

    def check(self, ok: bool, message: str) -> None:
        self.checks += 1
        if not ok:
            self.failures.append(message)


def read_pins(requirements: Path) -> dict[str, str]:
    pins = {}
    for line in requirements.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        req = Requirement(line)
        specs = list(req.specifier)
        if len(specs) != 1 or specs[0].operator != "==":
            raise SystemExit(f"{requirements}: {line!r} is not an exact pin (name==version)")
        pins[canonicalize_name(req.name)] = specs[0].version
    return pins


def read_distributions(site: Path) -> dict[str, tuple[str, list[str]]]:
    dists = {}
    for metadata in sorted(site.glob("*.dist-info/METADATA")):
        headers = HeaderParser().parsestr(metadata.read_text(encoding="utf-8"))
        requires = headers.get_all("Requires-Dist") or []
        dists[canonicalize_name(headers["Name"])] = (headers["Version"], requires)
    return dists


def elf_machine(path: Path) -> tuple[int, int, int] | None:
    """(EI_CLASS, EI_DATA, e_machine) of an ELF file, None if it is not one."""
    with path.open("rb") as f:
        header = f.read(20)
    if len(header) < 20 or header[:4] != b"\x7fELF":
        return None
    byteorder = "little" if header[5] == 1 else "big"
    return header[4], header[5], int.from_bytes(header[18:20], byteorder)


def zipped_size(root: Path) -> int:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(root))
    return buffer.tell()


def tree_size(root: Path) -> tuple[int, int]:
    files = [p for p in root.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def check_dependencies_layer(layer: Path, pins: dict[str, str], report: Report) -> None:
    site = layer / "python"
    dists = read_distributions(site)
    for name, version in sorted(pins.items()):
        built = dists.get(name, (None, []))[0]
        report.check(built == version, f"DependenciesLayer: {name} is {built or 'missing'}, pinned {version}")
    for name in sorted(set(dists) - set(pins)):
        report.check(False, f"DependenciesLayer: {name}=={dists[name][0]} is shipped but not pinned")
    for name, (_, requires) in sorted(dists.items()):
        for spec in requires:
            req = Requirement(spec)
            if req.marker is not None and not req.marker.evaluate({**LAMBDA_MARKERS, "extra": ""}):
                continue
            dep = canonicalize_name(req.name)
            if dep in RUNTIME_PROVIDED:
                continue
            have = dists.get(dep, (None, []))[0]
            report.check(
                have is not None and req.specifier.contains(have, prereleases=True),
                f"DependenciesLayer: {name} requires {spec}, layer has {have or 'nothing'}",
            )
    print("DependenciesLayer versions: " + ", ".join(f"{n}=={v}" for n, (v, _) in sorted(dists.items())))


def check_artifact(artifact: Path, report: Report) -> None:
    for name in NOT_SHIPPED:
        for top in (artifact, artifact / "python"):
            report.check(
                not (top / name).exists() and not list(top.glob(f"{name}-*.dist-info")),
                f"{artifact.name}: ships {name} (the Lambda runtime provides it)",
            )
    for path in sorted(p for p in artifact.rglob("*") if p.is_file() and not p.is_symlink()):
        relative = path.relative_to(artifact)
        elf = elf_machine(path)
        if elf is not None:
            report.check(
                elf == (2, 1, EM_AARCH64),
                f"{artifact.name}: {relative} is not a 64-bit little-endian aarch64 ELF "
                f"(class {elf[0]}, data {elf[1]}, e_machine {elf[2]})",
            )
        elif path.suffix == ".so" or ".so." in path.name:
            report.check(False, f"{artifact.name}: {relative} is named like a shared object but is not ELF")
        if path.suffix == ".py":
            pyc = path.parent / "__pycache__" / f"{path.stem}.cpython-312.pyc"
            header = pyc.read_bytes()[:8] if pyc.exists() else b""
            report.check(
                header[:4] == PYC_MAGIC_312
                and int.from_bytes(header[4:8], "little") == PYC_FLAGS_UNCHECKED_HASH,
                f"{artifact.name}: {relative} has no CPython 3.12 unchecked-hash .pyc",
            )


def check_handlers(build: Path, report: Report) -> None:
    template = (build / "template.yaml").read_text()
    pairs = re.findall(r"^\s+CodeUri: (\S+)\n\s+Handler: (\S+)$", template, flags=re.MULTILINE)
    report.check(bool(pairs), "built template: no CodeUri/Handler pairs found")
    for code_uri, handler in pairs:
        module, _, function = handler.rpartition(".")
        source = build / code_uri / (module.replace(".", "/") + ".py")
        defined = rf"^(def|async def) {function}\b|^{function}\s*="
        found = source.exists() and re.search(defined, source.read_text(), flags=re.MULTILINE)
        report.check(bool(found), f"{code_uri}: handler {handler} not found in {source.relative_to(build)}")


def main(argv: list[str]) -> int:
    build = Path(argv[1] if len(argv) > 1 else ".aws-sam/build")
    requirements = Path(argv[2] if len(argv) > 2 else "layers/deps/requirements.txt")
    if not (build / "DependenciesLayer").is_dir():
        print(f"{build}/DependenciesLayer not found: run `make build` first", file=sys.stderr)
        return 1
    report = Report()
    check_dependencies_layer(build / "DependenciesLayer", read_pins(requirements), report)
    check_handlers(build, report)

    artifacts = sorted(p for p in build.iterdir() if p.is_dir())
    print(f"\n{'artifact':<20} {'files':>6} {'unzipped MB':>12} {'zipped MB':>10}")
    total = 0
    for artifact in artifacts:
        check_artifact(artifact, report)
        size, count = tree_size(artifact)
        total += size
        print(f"{artifact.name:<20} {count:>6} {size / 1e6:>12.2f} {zipped_size(artifact) / 1e6:>10.2f}")
    print(f"{'all artifacts':<20} {'':>6} {total / 1e6:>12.2f}")
    # Each function's unzipped code plus both layers must stay under Lambda's 250 MB.
    layers = sum(tree_size(build / name)[0] for name in ("DependenciesLayer", "PortalLayer"))
    for artifact in artifacts:
        if artifact.name.endswith("Function"):
            size = tree_size(artifact)[0] + layers
            too_big = f"{artifact.name}: {size / 1e6:.1f} MB with its layers, over Lambda's 250 MB"
            report.check(size < LAMBDA_UNZIPPED_LIMIT, too_big)

    for failure in report.failures:
        print(f"FAIL {failure}", file=sys.stderr)
    verdict = "FAILED" if report.failures else "OK"
    print(f"\nbuild check {verdict}: {report.checks - len(report.failures)} of {report.checks} checks hold")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
