#!/usr/bin/env bash
# Every source file of app/, ui/ and portal/ puts its code in namespace Mandat (files with
# main() keep only main() outside it). A global class can collide with a library's.
cd "$(dirname "$0")/.." || exit 2
bad=0
while IFS= read -r f; do
  if ! grep -q '^namespace Mandat {' "$f" && ! grep -q '^using namespace Mandat;' "$f"; then
    echo "outside namespace Mandat: $f"; bad=1
  fi
done < <(find app ui portal -name '*.h' -o -name '*.cpp')
[ $bad -eq 0 ] && echo "every source of app/, ui/ and portal/ is in namespace Mandat"
exit $bad
