# Sourced by Parley's scripts: start_virtual_display starts Xvfb on a free display with openbox on it (a window
# manager, so focus and stacking behave as on a desktop), exports DISPLAY, and stops both when the script exits.
# Needs Debian's xvfb and openbox.
start_virtual_display() {
  # Xvfb picks a free display itself (-displayfd) and writes its number once it accepts clients: several test runs
  # on one machine never collide.
  local number_file number=""
  number_file="$(mktemp)"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$number_file" >/dev/null 2>&1 &
  parley_xvfb_pid=$!
  parley_wm_pid=""
  trap 'kill $parley_wm_pid $parley_xvfb_pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do
    number="$(tr -dc '0-9' <"$number_file")"
    [ -n "$number" ] && break
    sleep 0.1
  done
  rm -f "$number_file"
  if [ -z "$number" ]; then
    echo "start_virtual_display: Xvfb did not start" >&2
    return 1
  fi
  export DISPLAY=":$number"
  openbox >/dev/null 2>&1 &
  parley_wm_pid=$!
  sleep 0.5
}
