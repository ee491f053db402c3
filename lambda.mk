# Shared rules for SAM's `BuildMethod: makefile` (layers/*/Makefile, functions/*/Makefile include this).
#
# SAM runs `make -f <CodeUri>/Makefile build-<LogicalId> ARTIFACTS_DIR=...` inside a scratch copy of
# the CodeUri, so paths here are taken from the including Makefile's own location, not the cwd.
# No Docker: wheels are fetched for the Lambda target (arm64, CPython 3.12, glibc 2.34) and the
# .pyc files are compiled by a local CPython 3.12, whose bytecode is what the runtime loads.

CODE_DIR := $(abspath $(dir $(firstword $(MAKEFILE_LIST))))

# .pyc magic numbers change with every minor version: compile with exactly the runtime's 3.12.
LAMBDA_PYTHON ?= $(shell for p in python3.12 $$HOME/.pyenv/versions/3.12*/bin/python3.12 \
	/usr/local/bin/python3.12 /usr/bin/python3.12; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null \
	&& { command -v $$p; break; }; done)

# Every tag the python3.12 runtime (Amazon Linux 2023, glibc 2.34, aarch64) accepts: with fewer,
# pip silently falls back to old releases or placeholder wheels. Override with an empty value to
# get host wheels of the same pins (used only by .ci/import_times.py for timing on x86_64).
LAMBDA_PLATFORM_ARGS ?= --platform manylinux2014_aarch64 --platform manylinux_2_28_aarch64 \
	--platform manylinux_2_34_aarch64 --python-version 3.12 --implementation cp

# unchecked-hash .pyc next to the sources: the runtime never recompiles (its /opt and /var/task are
# read-only, so a stale or missing .pyc means compiling on every cold start), it does not compare
# mtimes (zip keeps them only to 2 s), and tracebacks still show source lines. See docs/build.md.
# $(1): directory to compile; $(2): where the runtime mounts it (/opt/python or /var/task), recorded
# as the code's file name instead of this machine's build path.
define lambda_compile
	$(LAMBDA_PYTHON) -m compileall -q -j 0 --invalidation-mode unchecked-hash -s $(1) -p $(2) $(1)
endef

define lambda_require_python
	@test -n "$(LAMBDA_PYTHON)" || { echo "CPython 3.12 (the Lambda runtime's version) is required to compile .pyc: pyenv install 3.12" >&2; exit 1; }
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set: run this through sam build" >&2; exit 1; }
endef

# $(1): package directory name inside CODE_DIR; $(2): destination directory.
define lambda_copy_package
	mkdir -p $(2)
	cd $(CODE_DIR) && tar --exclude=__pycache__ --exclude='*.py[co]' -cf - $(1) | tar -xf - -C $(2)
endef

# A function's code: its one package `<name>_fn`; everything shared comes from the two layers.
define lambda_function
	$(lambda_require_python)
	$(call lambda_copy_package,$(1),"$(ARTIFACTS_DIR)")
	$(call lambda_compile,"$(ARTIFACTS_DIR)",/var/task)
endef
