/**
 * Crash-safe replacement of small files, shared by every module that keeps one (the room's stores, history and TLS
 * identity; the client's known rooms; the desktop's preferences). Only the JDK: any module may use it.
 */
module dev.parley.files {
    exports dev.parley.files;
}
