#!/usr/bin/env bash
# Sourced by the bench scripts: packs Digest and installs it as users do, then sets $digest to the command.
#   . "$here/install-tool.sh" WORK_DIR
# `dotnet pack` makes the pointer and framework-dependent packages and, on Linux x64, the native one;
# `dotnet tool install --add-source` picks the package for this machine, as it does for users.
# With DIGEST=PATH set, that installed command is timed instead (an earlier build kept for a before/after comparison).
install_work=${1:?usage: . install-tool.sh WORK_DIR}
if [ -n "${DIGEST:-}" ]; then
  digest=$DIGEST
  echo "== timing the installed $digest"
  return 0
fi
install_repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
install_project=$install_repo/src/Digest.Cli/Digest.Cli.csproj
echo "== packing and installing Digest as users install it"
rm -rf "$install_work/packages" "$install_work/tool"
dotnet pack "$install_project" -c Release -o "$install_work/packages" -nologo -v q >/dev/null
dotnet pack "$install_project" -c Release -r any -o "$install_work/packages" -nologo -v q >/dev/null
if [ "$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')" = linux-x64 ]; then
  dotnet pack "$install_project" -c Release -r linux-x64 -o "$install_work/packages" -nologo -v q >/dev/null
fi
dotnet tool install Digest.Cli --tool-path "$install_work/tool" --add-source "$install_work/packages" >/dev/null
digest=$install_work/tool/digest
