# Sourced by Parley's scripts: start_virtual_display starts Xvfb on a free-ish display with openbox on it (a window
# manager, so focus and stacking behave as on a desktop), exports DISPLAY, and stops both when the script exits.
# Needs Debian's xvfb and openbox.
start_virtual_display() {
  local display=":$(( 70 + RANDOM % 29 ))"
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  parley_xvfb_pid=$!
  parley_wm_pid=""
  trap 'kill $parley_wm_pid $parley_xvfb_pid 2>/dev/null || true' EXIT
  export DISPLAY="$display"
  for _ in $(seq 1 50); do
    [ -e "/tmp/.X11-unix/X${display#:}" ] && break
    sleep 0.1
  done
  openbox >/dev/null 2>&1 &
  parley_wm_pid=$!
  sleep 0.5
}
