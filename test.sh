#!/usr/bin/env bash
# The one command that sets up and runs the tests on a Debian or Ubuntu machine with the .NET SDK:
#   ./test.sh                 install what is missing, build (warnings are errors), run every test
#   ./test.sh --setup-only    install what is missing, then stop
#   ./test.sh <dotnet test arguments>, e.g. ./test.sh --filter "FullyQualifiedName~Fuzz"
# What it installs, and why:
#   Debian packages (only those missing; apt-get needs root or sudo): Samba's smbd, smbclient and nmap for the drift
#     wire tests; python3-samba reads our Group Policy files with Samba's own parsers; libevtx-utils and python3-evtx
#     check the EVTX reader; nodejs/npm run Microsoft's Kusto parser on generated KQL; python3-jsonschema/yaml check
#     Sigma rules; tzdata for time zones; git for plan; chromium (with fonts-dejavu-core) is the real browser the HTML
#     readiness report is tested in, driven by Playwright's own driver (its Node.js ships in the NuGet package; no
#     browser is downloaded).
#   The repository's .NET tools (PowerShell 7, pinned in .config/dotnet-tools.json) to run the generated scripts.
#   npm test dependencies (every tests/**/package-lock.json, exactly as locked).
# Plain `dotnet test SmbPolicyCompiler.sln` still works when these are already there.
set -euo pipefail
cd "$(dirname "$0")"

packages=(samba smbclient python3-samba nmap tzdata git libevtx-utils python3-evtx nodejs npm python3-jsonschema python3-yaml chromium fonts-dejavu-core)
missing=()
for package in "${packages[@]}"; do
  # Node from elsewhere (nodesource, nvm) brings its own npm and conflicts with Debian's: a working node and npm suffice.
  case "$package" in nodejs|npm) command -v node >/dev/null && command -v npm >/dev/null && continue ;; esac
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing Debian packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

dotnet tool restore
while IFS= read -r lock; do
  folder=$(dirname "$lock")
  echo "test.sh: npm ci in $folder"
  (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
done < <(find tests -name package-lock.json -not -path "*/node_modules/*" | sort)

if [ "${1:-}" = "--setup-only" ]; then exit 0; fi

dotnet build SmbPolicyCompiler.sln
dotnet test SmbPolicyCompiler.sln --no-build "$@"
