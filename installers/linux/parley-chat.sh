#!/bin/sh
# /usr/bin/parley-chat: starts Parley from /opt/parley-chat with the Java runtime it carries. It runs that
# runtime directly instead of jpackage's launcher (/opt/parley-chat/bin/parley-chat, which works as well): on
# every start that launcher asks the package managers which package owns it (rpm -qf, dpkg -S, dpkg -L, each
# twice), which cost 0.3-0.4 s of a 0.7 s start here. The options are those of lib/app/parley-chat.cfg;
# Parley's modules are inside the runtime image, and postinst made the class-data archive for exactly it.
app=/opt/parley-chat
exec "$app/lib/runtime/bin/java" -Dparley.command=parley-chat -XX:+ExitOnOutOfMemoryError \
    -Xshare:auto -XX:SharedArchiveFile="$app/lib/app/parley-chat.jsa" -Xlog:cds=off -Xlog:aot=off \
    -m dev.parley.app/dev.parley.app.ParleyMain "$@"
