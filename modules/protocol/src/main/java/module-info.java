/** Parley's wire protocol: messages, their JSON codec, framing by JSON object and versions. No socket policy lives here. */
module dev.parley.protocol {
    // JSON
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports dev.parley.protocol;
    exports dev.parley.protocol.message;
    exports dev.parley.protocol.codec;
    exports dev.parley.protocol.framing;
    exports dev.parley.protocol.tls;
}
