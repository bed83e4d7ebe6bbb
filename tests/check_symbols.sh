#!/usr/bin/env bash
# Lists the dynamic symbols each given executable or library exports and fails when a
# shared library it loads defines one of them too: the dynamic linker would bind the
# library's calls to our definition (interposition), as a class named like a Poppler
# internal once did in the optimized build only.
#   tests/check_symbols.sh [--expect-clash] BINARY...
# With --expect-clash the check must find a clash (it tests the check itself).
set -uo pipefail
expect_clash=0
if [ "${1:-}" = "--expect-clash" ]; then expect_clash=1; shift; fi

# Symbols every ELF executable defines for the loader and the C runtime; no library binds to them.
runtime='^(_init|_fini|_edata|_end|__bss_start|_IO_stdin_used|__data_start|data_start|__dso_handle|_DYNAMIC|_GLOBAL_OFFSET_TABLE_)$'

# Defined dynamic symbols that take part in binding (a LOCAL entry of .dynsym does not).
defined() {
  readelf --dyn-syms --wide "$1" 2>/dev/null \
    | awk '$1 ~ /^[0-9]+:$/ && $5 != "LOCAL" && $7 != "UND" && $8 != "" {print $8}' | sed 's/@.*//' | sort -u
}

clashes=0
for bin in "$@"; do
  if [ ! -f "$bin" ]; then echo "missing: $bin"; exit 2; fi
  ours=$(defined "$bin" | grep -Ev "$runtime")
  libs=$(ldd "$bin" | awk '/=> \// {print $3}')
  nlibs=$(echo "$libs" | grep -c . || true)
  nours=$(echo -n "$ours" | grep -c . || true)
  echo "$(basename "$bin"): exports $nours symbol(s) of its own; $nlibs shared libraries loaded"
  [ -n "$ours" ] && echo "$ours" | sed 's/^/  exported: /' | head -n 20
  [ -n "$ours" ] || continue
  for lib in $libs; do
    common=$(comm -12 <(echo "$ours") <(defined "$lib"))
    if [ -n "$common" ]; then
      clashes=$((clashes + $(echo "$common" | wc -l)))
      echo "$common" | head -n 10 | while read -r sym; do
        echo "  CLASH: $sym ($(echo "$sym" | c++filt)) is also defined by $lib"
      done
    fi
  done
done

if [ $expect_clash -eq 1 ]; then
  if [ $clashes -gt 0 ]; then echo "the check found the planted clash"; exit 0; fi
  echo "the check missed the planted clash"; exit 1
fi
[ $clashes -eq 0 ] && echo "no clash" && exit 0
echo "$clashes clash(es): put the code in namespace Mandat and keep symbols hidden"
exit 1
