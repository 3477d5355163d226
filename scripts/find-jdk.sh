# Sourced by Parley's scripts: find_jdk prints the home of the newest installed JDK 25 or later (JAVA_HOME, the
# java on PATH, /usr/lib/jvm, macOS, SDKMAN, ~/.jdks), or nothing.
parley_min_jdk=25

# The major version of the JDK at $1, from its 'release' file; 0 when unknown.
jdk_major() {
  local v
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true)"
  echo "${v:-0}"
}

find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  candidates+=(/usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
               "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /opt/java/* /opt/jdk*)
  local best="" best_major=0 dir major
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/java" ] || continue
    major="$(jdk_major "$dir")"
    if [ "$major" -ge "$parley_min_jdk" ] && [ "$major" -gt "$best_major" ]; then
      best="$dir"; best_major="$major"
    fi
  done
  echo "$best"
}
