package dev.parley.protocol.codec;

import dev.parley.protocol.ProtocolVersion;
import dev.parley.protocol.message.ClientRequest;
import java.util.Objects;

/** A decoded client request with the version it declared ({@link ProtocolVersion#LEGACY} when it declared none). */
public record InboundRequest(ClientRequest request, ProtocolVersion clientVersion) {
    public InboundRequest {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(clientVersion, "clientVersion");
    }
}
