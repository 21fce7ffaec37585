# Sourced by .ci/run and .ci/demo: a private venv with nox and uv, made from whatever python3
# is first on PATH (Debian's own, pyenv's, an active venv). Debian's own Python refuses
# `pip install` outside a venv (externally-managed-environment), and its venv module needs
# the python3-venv package, installed here when missing (as root, from Debian).
if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
  version=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      "python${version}-venv" python3-venv
  else
    echo "python3 has no venv module: install python${version}-venv (apt), then run again" >&2
    exit 1
  fi
fi
if ! .nox/ci-runner/bin/python -c 'import nox' 2>/dev/null \
  || ! .nox/ci-runner/bin/nox --version 2>&1 | grep -qx '2026.10.20'; then
  python3 -m venv --clear .nox/ci-runner
  .nox/ci-runner/bin/python -m pip install --quiet --disable-pip-version-check \
    'nox==2026.10.20' 'uv==0.13.8'
fi
export PATH="$PWD/.nox/ci-runner/bin:$PATH"
export UV_SYSTEM_CERTS=1  # uv: trust the machine's CA store, as pip does
