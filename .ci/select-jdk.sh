# Sourced by the README's commands: makes JAVA_HOME point at a JDK 21 or newer (the Eclipse 4.41 train and
# Tycho 5 need it). Keeps a JAVA_HOME that is already new enough; otherwise takes the newest JDK in /usr/lib/jvm.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
  best=""; best_v=0
  for jdk in /usr/lib/jvm/* "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    [ -x "$jdk/bin/javac" ] || continue
    v=$(java_major "$jdk"); [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best=$jdk; best_v=$v; fi
  done
  if [ -z "$best" ]; then
    echo "Neurite needs a JDK 21 or newer; none found (set JAVA_HOME or install one in /usr/lib/jvm)." >&2
    exit 2
  fi
  export JAVA_HOME=$best
fi
export PATH="$JAVA_HOME/bin:$PATH"
