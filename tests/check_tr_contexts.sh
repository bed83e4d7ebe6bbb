#!/usr/bin/env bash
# A translation context "Mandat::X" is what lupdate files a tr() under when it sits in
# namespace Mandat: it is right only for a Q_OBJECT class X (whose tr() uses that context at
# run time). Anything else would never be translated: fail and name it.
cd "$(dirname "$0")/.." || exit 2
bad=0
for ctx in $(grep -ho '<name>Mandat::[A-Za-z]*</name>' translations/*.ts | sort -u | sed 's/<name>Mandat:://; s/<\/name>//'); do
  if ! grep -rlE "^class $ctx( |$)" app ui portal --include='*.h' | xargs -r grep -l 'Q_OBJECT' | grep -q .; then
    echo "context Mandat::$ctx is not a Q_OBJECT class: its strings are never translated"; bad=1
  fi
done
[ $bad -eq 0 ] && echo "every Mandat:: translation context is a Q_OBJECT class"
exit $bad
