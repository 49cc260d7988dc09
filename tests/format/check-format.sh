#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file of the project differs from what clang-format makes of it with the
# project's .clang-format, and names the files.
#   check-format.sh CLANG_FORMAT SOURCE_DIR
set -euo pipefail
clang_format=$1
root=$2

unformatted=()
while IFS= read -r -d '' file; do
    if ! "$clang_format" --style=file --dry-run --Werror "$file" >/dev/null 2>&1; then
        unformatted+=("${file#"$root"/}")
    fi
done < <(find "$root/app" "$root/src" "$root/ui" "$root/resources" "$root/tests" \
    -type f \( -name '*.cpp' -o -name '*.h' \) -print0)

if ((${#unformatted[@]} > 0)); then
    printf 'Not formatted with clang-format (run clang-format -i on them):\n' >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    exit 1
fi
echo "All C++ files are clang-formatted."
